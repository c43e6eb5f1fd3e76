# Long-running confluent-kafka 1.7.0 (librdkafka 2.0.2) clients for the replication tests, driven
# by support/steady-clients.ts. Run with /usr/bin/python3 (Debian's python3-confluent-kafka).
# Reads one JSON command line on stdin, then runs until stdin has another line or closes, and
# prints one JSON object per line on stdout as things happen (flushed at once, so the test sees
# every acknowledgement while the faults go on):
#   produce: {"ack": seq, "partition": p, "offset": o} or {"failed": seq, "partition": p, "error": NAME}
#   follow:  {"partition": p, "offset": o, "value": text}
# and finally {"done": true}. Values are "<prefix>-<seq>", unique per record.
#
# The producer sends without retries (retries=0): a record whose answer was lost is reported
# failed instead of being sent again, so an acknowledged value is in the log exactly once unless
# the broker duplicated it (without idempotence a client retry could, and would blur the check).
import json
import select
import sys
import time


def emit(event):
    sys.stdout.write(json.dumps(event) + "\n")
    sys.stdout.flush()


def stop_requested():
    """True once the driver wrote a line or closed stdin (a non-blocking check)."""
    readable, _, _ = select.select([sys.stdin], [], [], 0)
    return bool(readable)


def produce(command):
    from confluent_kafka import Producer
    producer = Producer({
        "bootstrap.servers": command["bootstrap"],
        "acks": "all",
        "retries": 0,
        "linger.ms": 2,
        # Bounded: a record whose partition has no leader for this long is reported failed.
        "message.timeout.ms": command.get("messageTimeoutMs", 20000),
        "request.timeout.ms": command.get("requestTimeoutMs", 5000),
        "topic.metadata.refresh.interval.ms": 500,
        "retry.backoff.ms": 100,
        "reconnect.backoff.max.ms": 500,
    })
    partitions = command["partitions"]
    interval = 1.0 / command["ratePerSecond"]
    prefix = command["prefix"]

    def delivered_for(seq):
        def delivered(error, message):
            if error is None:
                emit({"ack": seq, "partition": message.partition(), "offset": message.offset()})
            else:
                emit({"failed": seq, "partition": message.partition(), "error": error.name()})
        return delivered

    seq = 0
    next_send = time.monotonic()
    while not stop_requested():
        now = time.monotonic()
        if now < next_send:
            producer.poll(min(next_send - now, 0.05))
            continue
        value = "%s-%d" % (prefix, seq)
        try:
            producer.produce(command["topic"], value=value.encode(), partition=seq % partitions,
                             on_delivery=delivered_for(seq))
        except BufferError:
            emit({"failed": seq, "partition": seq % partitions, "error": "QUEUE_FULL"})
        seq += 1
        next_send += interval
        producer.poll(0)
    remaining = producer.flush(command.get("messageTimeoutMs", 20000) / 1000 + 5)
    emit({"done": True, "sent": seq, "unresolved": remaining})


def follow(command):
    from confluent_kafka import Consumer, TopicPartition, OFFSET_BEGINNING
    consumer = Consumer({
        "bootstrap.servers": command["bootstrap"],
        # librdkafka 2.0.2 insists on a group id even for assign(); no group API is used.
        "group.id": "weir-replication-follower",
        "enable.auto.commit": False,
        "enable.auto.offset.store": False,
        "auto.offset.reset": "earliest",
        "topic.metadata.refresh.interval.ms": 500,
        "fetch.wait.max.ms": 100,
        "reconnect.backoff.max.ms": 500,
    })
    consumer.assign([TopicPartition(command["topic"], p, OFFSET_BEGINNING)
                     for p in range(command["partitions"])])
    while not stop_requested():
        message = consumer.poll(0.1)
        if message is None:
            continue
        if message.error() is not None:
            # Leader changes surface here as transient errors; the consumer goes on.
            continue
        emit({"partition": message.partition(), "offset": message.offset(),
              "value": message.value().decode()})
    consumer.close()
    emit({"done": True})


ACTIONS = {"produce": produce, "follow": follow}


def main():
    command = json.loads(sys.stdin.readline())
    ACTIONS[command["action"]](command)


if __name__ == "__main__":
    main()
