# One member of a KIP-848 consumer group (group.protocol=consumer) for the interop tests:
# confluent-kafka's Consumer on librdkafka 2.15 (LD_LIBRARY_PATH points at the build in
# .cache/librdkafka-2.15.0/lib; librdkafka keeps its ABI, so Debian's confluent-kafka 1.7 binds
# to it). It polls continuously and prints one JSON line per event on stdout:
#   {"event": "started", "libversion": "2.15.0"}
#   {"event": "assigned", "partitions": [..]} / {"event": "revoked", "partitions": [..]}
#       the partitions gained or given up (the consumer protocol rebalances incrementally)
#   {"event": "record", "partition": p, "offset": o, "value": "..."}
#       each record, committed synchronously before the next poll, so a member taking the
#       partition over resumes right after it
#   {"event": "error", "message": "..."}
#   {"event": "closed"} after "close" on stdin (the member leaves the group), then it exits.
# Arguments: bootstrap, group id, topic.
import json
import select
import sys

import confluent_kafka


def say(event):
    sys.stdout.write(json.dumps(event) + "\n")
    sys.stdout.flush()


def main():
    bootstrap, group, topic = sys.argv[1:4]
    consumer = confluent_kafka.Consumer({
        "bootstrap.servers": bootstrap,
        "group.id": group,
        "group.protocol": "consumer",
        "auto.offset.reset": "earliest",
        "enable.auto.commit": False,
        "error_cb": lambda error: say({"event": "error", "message": str(error)}),
    })
    say({"event": "started", "libversion": confluent_kafka.libversion()[0]})

    def on_assign(_consumer, partitions):
        say({"event": "assigned", "partitions": sorted(p.partition for p in partitions)})

    def on_revoke(_consumer, partitions):
        say({"event": "revoked", "partitions": sorted(p.partition for p in partitions)})

    consumer.subscribe([topic], on_assign=on_assign, on_revoke=on_revoke)
    while True:
        readable, _, _ = select.select([sys.stdin], [], [], 0)
        if readable and sys.stdin.readline().strip() == "close":
            break
        message = consumer.poll(0.1)
        if message is None:
            continue
        if message.error() is not None:
            if message.error().code() != confluent_kafka.KafkaError._PARTITION_EOF:
                say({"event": "error", "message": str(message.error())})
            continue
        consumer.commit(message=message, asynchronous=False)
        say({"event": "record", "partition": message.partition(), "offset": message.offset(),
             "value": message.value().decode("utf-8")})
    consumer.close()
    say({"event": "closed"})


if __name__ == "__main__":
    main()
