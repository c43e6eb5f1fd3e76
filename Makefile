# Weir's developer entry points. `make run` and `make test` are the README's two commands.
# Each target installs what it needs first, so both work on a fresh machine.

SCHEMAS ?= ../shared/kafka-protocol
NODE_MODULES_STAMP := node_modules/.package-lock.json

.PHONY: all install build test bench protocol run sim-soak clean

all: build

# npm ci reinstalls exactly what package-lock.json records, only when the lock file changed.
$(NODE_MODULES_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund
	@touch $@

install: $(NODE_MODULES_STAMP)

build: install
	npx tsc -p tsconfig.json

test: build
	npx vitest run --config test/vitest.config.ts

bench: build
	node dist/bench/run.js

# Regenerates the committed Kafka codecs from the JSON message schemas.
protocol: build
	node dist/src/protocol/codegen/main.js $(SCHEMAS)

# One deterministic simulation of a 3-node Raft cluster under every fault, with its trace.
run: build
	./bin/weir sim --seed 1 --nodes 3 --time 60s --trace sim-trace.jsonl

# Many more seeds than `make test` runs (seeds beyond its fixed ranges); for nightly or manual
# soak runs. Failing seeds are printed with their replay commands; roughly an hour on 2 cores.
sim-soak: build
	./bin/weir sim --seeds 1000..2999 --nodes 3 --time 30s
	./bin/weir sim --seeds 1000..2999 --nodes 5 --time 30s

clean:
	rm -rf dist
