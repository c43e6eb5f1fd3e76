# librdkafka (2.0.2, through Debian's python3-confluent-kafka 1.7.0) load for
# bench/replication.bench.ts. Run with /usr/bin/python3; one JSON command on stdin, one JSON
# answer on stdout:
#   produce: `count` records of `size` bytes round-robin over `partitions`, acks=all, the
#            library's own batching (linger.ms 5, as its default); answer: seconds from the first
#            send to the last acknowledgement, and failures
#   consume: every partition from the beginning until `count` records came back; answer: seconds
#   latency: single records at `rate` per second for `seconds` on a fixed schedule, acks=all,
#            linger.ms `lingerMs` (0: a request per record; 5, the library's default: records
#            that arrive within 5 ms share a batch); answer: every latency in ms (ack minus send)
import json
import sys
import time


def producer(command, linger_ms):
    from confluent_kafka import Producer
    return Producer({
        "bootstrap.servers": command["bootstrap"],
        "acks": "all",
        "linger.ms": linger_ms,
        "queue.buffering.max.kbytes": 512 * 1024,
        "queue.buffering.max.messages": 1000000,
        "batch.size": 1000000,
    })


def produce(command):
    client = producer(command, 5)
    value = b"r" * command["size"]
    failures = []

    def delivered(error, _message):
        if error is not None:
            failures.append(error.name())

    started = time.perf_counter()
    for index in range(command["count"]):
        while True:
            try:
                client.produce(command["topic"], value=value, partition=index % command["partitions"], on_delivery=delivered)
                break
            except BufferError:
                client.poll(0.01)
        client.poll(0)
    left = client.flush(120)
    return {"seconds": time.perf_counter() - started, "failures": len(failures) + left,
            "firstFailure": failures[0] if failures else None}


def consume(command):
    from confluent_kafka import Consumer, TopicPartition, OFFSET_BEGINNING
    consumer = Consumer({
        "bootstrap.servers": command["bootstrap"],
        "group.id": "weir-bench",  # librdkafka 2.0.2 wants one even for assign(); no group API is used
        "enable.auto.commit": False,
        "fetch.max.bytes": 64 * 1024 * 1024,
        "max.partition.fetch.bytes": 8 * 1024 * 1024,
        "queued.max.messages.kbytes": 256 * 1024,
    })
    consumer.assign([TopicPartition(command["topic"], p, OFFSET_BEGINNING) for p in range(command["partitions"])])
    count = 0
    started = None
    deadline = time.perf_counter() + 120
    while count < command["count"] and time.perf_counter() < deadline:
        messages = consumer.consume(10000, 0.5)
        if started is None and messages:
            started = time.perf_counter()
        count += sum(1 for message in messages if message.error() is None)
    seconds = time.perf_counter() - (started or time.perf_counter())
    consumer.close()
    return {"seconds": seconds, "records": count}


def latency(command):
    client = producer(command, command["lingerMs"])
    value = b"l" * command["size"]
    latencies = []
    failures = []
    interval = 1.0 / command["rate"]
    total = int(command["rate"] * command["seconds"])

    def delivered_for(sent):
        def delivered(error, _message):
            if error is None:
                latencies.append((time.perf_counter() - sent) * 1000)
            else:
                failures.append(error.name())
        return delivered

    started = time.perf_counter()
    for index in range(total):
        due = started + index * interval
        while True:
            now = time.perf_counter()
            if now >= due:
                break
            client.poll(min(due - now, 0.001))
        client.produce(command["topic"], value=value, partition=index % command["partitions"],
                       on_delivery=delivered_for(time.perf_counter()))
        client.poll(0)
    client.flush(60)
    return {"latencies": sorted(latencies), "failures": len(failures)}


ACTIONS = {"produce": produce, "consume": consume, "latency": latency}


def main():
    command = json.loads(sys.stdin.readline())
    json.dump(ACTIONS[command["action"]](command), sys.stdout)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
