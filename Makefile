# Weir's developer entry points. `make run` and `make test` are the README's two commands.
# Each target installs what it needs first, so both work on a fresh machine.

SCHEMAS ?= ../shared/kafka-protocol
NODE_MODULES_STAMP := node_modules/.package-lock.json

.PHONY: all install build test bench protocol run sim-soak clean interop-clients

all: build

# Installs what package-lock.json records, only when the lock file changed. `npm install`, not
# `npm ci`: the registry this project reaches lacks some platform-specific optional packages
# (e.g. msgpackr-extract's macOS builds), which the lock therefore cannot list, and `npm ci`
# refuses such a lock as "out of sync"; `npm install` installs the same versions and leaves the
# lock unchanged.
# --loglevel=error: npm's warnings (EBADENGINE from dependencies that declare newer Node
# versions than they need) read like failures on this Node 20 project; errors still show.
$(NODE_MODULES_STAMP): package.json package-lock.json
	npm install --no-audit --no-fund --loglevel=error
	@touch $@

install: $(NODE_MODULES_STAMP)

# The compile runs only when a source file changed since the last successful one (the stamp is
# touched only after it), and then incrementally (tsc's build info), so a second `make run`
# starts the node in seconds. A failed compile deletes the stamp (.DELETE_ON_ERROR).
SOURCES := $(shell find raft storage src sim bench test -name '*.ts' -not -path '*/node_modules/*') tsconfig.json
BUILD_STAMP := dist/.build-stamp
.DELETE_ON_ERROR:

$(BUILD_STAMP): $(NODE_MODULES_STAMP) $(SOURCES)
	npx tsc -p tsconfig.json
	@touch $@

build: $(BUILD_STAMP)

test: build interop-clients
	npx vitest run --config test/vitest.config.ts

# The Kafka clients test/interop/ drives (kcat and the Python clients come from Debian; kafkajs
# and @platformatic/kafka from npm). apt runs only when a package is missing, so a second run
# costs nothing; as a non-root user it goes through sudo.
# kcat on librdkafka 2.15 (Debian's is 2.0.2) is built once from ../shared/vendor into .cache.
VENDOR := ../shared/vendor
KCAT_NEW_PREFIX := .cache/librdkafka-2.15.0
# chromium is the browser the console test drives through playwright-core (which downloads none).
# burrow reports consumer lag (test/interop/groups-burrow.test.ts); it will not start without a
# ZooKeeper, which the test runs from Debian's zookeeper package.
INTEROP_PACKAGES := kcat python3-kafka python3-confluent-kafka python3-lz4 python3-snappy python3-zstandard chromium \
  burrow zookeeper
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

interop-clients:
	@missing=""; \
	for package in $(INTEROP_PACKAGES); do dpkg -s $$package >/dev/null 2>&1 || missing="$$missing $$package"; done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing the interop clients:$$missing"; \
	  $(SUDO) apt-get update && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $$missing; \
	fi
	@if [ -f $(VENDOR)/build-librdkafka.sh ]; then bash $(VENDOR)/build-librdkafka.sh $(KCAT_NEW_PREFIX); \
	else echo "No $(VENDOR): the tests that need librdkafka 2.15 fail under CI=true"; fi

bench: build
	node dist/bench/run.js

# Regenerates the committed Kafka codecs from the JSON message schemas.
protocol: build
	node dist/src/protocol/codegen/main.js $(SCHEMAS)

# A local 3-node cluster (weir cluster start): three combined nodes (broker + controller, all
# voters), Kafka on 127.0.0.1:9092-9094, controllers on 19092-19094, HTTP on 9644-9646, data under
# ./data/node-N. Ctrl-C (SIGINT) or SIGTERM stops every node cleanly; run it again to resume the
# same cluster. Then: kcat -b 127.0.0.1:9092 -L. One node alone: ./bin/weir node
# (The simulator demo: ./bin/weir sim --seed 1 --nodes 3 --time 60s --trace sim-trace.jsonl)
run: build
	./bin/weir cluster start --nodes 3

# Many more seeds than `make test` runs (seeds beyond its fixed ranges); for nightly or manual
# soak runs. Failing seeds are printed with their replay commands; roughly an hour on 2 cores.
sim-soak: build
	./bin/weir sim --seeds 1000..2999 --nodes 3 --time 30s
	./bin/weir sim --seeds 1000..2999 --nodes 5 --time 30s

clean:
	rm -rf dist
