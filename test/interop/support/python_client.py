# Drives kafka-python 2.0.2 and confluent-kafka 1.7.0 (librdkafka 2.0.2) from the interop tests.
# Run with /usr/bin/python3 (the Debian packages). Reads one JSON command on stdin, prints one
# JSON answer on stdout. Keys, values and header values are UTF-8 strings or null; timestamps are
# milliseconds. Records are read by partition assignment (no consumer group), from the beginning
# up to the end offset the broker reports at the start of the read.
import json
import os
import logging
import sys
import time


class _Problems(logging.Handler):
    """Collects kafka-python's warnings and errors (e.g. a response it did not expect)."""

    def __init__(self):
        super().__init__(logging.WARNING)
        self.messages = []

    def emit(self, record):
        self.messages.append(record.getMessage())


def kafka_python_produce(command):
    from kafka import KafkaProducer
    problems = _Problems()
    logging.getLogger("kafka").addHandler(problems)
    codec = command.get("codec")
    producer = KafkaProducer(
        bootstrap_servers=command["bootstrap"],
        acks=command.get("acks", 1),
        compression_type=None if codec in (None, "none") else codec,
        max_request_size=command.get("maxRequestBytes", 1048576),
        linger_ms=5,
    )
    futures = []
    for record in command["records"]:
        futures.append(producer.send(
            command["topic"],
            value=encode(record["value"]),
            key=encode(record["key"]),
            headers=[(name, encode(value)) for name, value in record["headers"]],
            partition=record["partition"],
            timestamp_ms=record.get("timestamp"),
        ))
    acks = []
    try:
        for future in futures:
            metadata = future.get(timeout=30)
            acks.append({"partition": metadata.partition, "offset": metadata.offset})
    except Exception as error:  # the caller checks which error it was
        producer.close(timeout=5)
        return {"acks": acks, "error": type(error).__name__, "message": str(error), "problems": problems.messages}
    producer.flush(timeout=30)
    # A metadata round trip on the producer's connections after the sends: had the broker answered
    # an acks=0 produce, kafka-python would find a response it never asked for here.
    producer.partitions_for(command["topic"])
    producer.close(timeout=10)
    return {"acks": acks, "problems": problems.messages}


def kafka_python_consume(command):
    from kafka import KafkaConsumer, TopicPartition
    consumer = KafkaConsumer(
        bootstrap_servers=command["bootstrap"],
        group_id=None,
        enable_auto_commit=False,
        auto_offset_reset="earliest",
        fetch_max_bytes=command.get("fetchMaxBytes", 52428800),
        max_partition_fetch_bytes=command.get("partitionMaxBytes", 1048576),
        consumer_timeout_ms=1000,
    )
    partitions = [TopicPartition(command["topic"], p) for p in command["partitions"]]
    consumer.assign(partitions)
    consumer.seek_to_beginning(*partitions)
    end = consumer.end_offsets(partitions)
    position = {tp: consumer.position(tp) for tp in partitions}
    records = []
    deadline = time.time() + 30
    while any(position[tp] < end[tp] for tp in partitions) and time.time() < deadline:
        batches = consumer.poll(timeout_ms=500)
        for tp, messages in batches.items():
            for message in messages:
                records.append({
                    "partition": message.partition,
                    "offset": message.offset,
                    "key": decode(message.key),
                    "value": decode(message.value),
                    "headers": [[name, decode(value)] for name, value in (message.headers or [])],
                    "timestamp": message.timestamp,
                    "timestampType": message.timestamp_type,
                })
                position[tp] = message.offset + 1
    consumer.close()
    return {"records": records, "ends": {str(tp.partition): end[tp] for tp in partitions}}


def kafka_python_old_producer(command):
    """A producer pinned to Kafka 0.10.0's protocol: it sends Produce v2, which Weir does not offer
    (magic 0/1 message sets), so each send is refused by closing the connection and retried on a
    new one for `seconds`."""
    import threading
    from kafka import KafkaProducer
    producer = KafkaProducer(bootstrap_servers=command["bootstrap"], api_version=(0, 10, 0),
                             retries=1000, retry_backoff_ms=100, reconnect_backoff_ms=50)

    def send_forever():
        while True:
            try:
                producer.send(command["topic"], value=b"refused").get(timeout=5)
            except Exception:  # refused as expected; send again
                time.sleep(0.1)

    threading.Thread(target=send_forever, daemon=True).start()
    time.sleep(command["seconds"])
    return {"exitHard": True}


def kafka_python_create_topic(command):
    from kafka.admin import KafkaAdminClient, NewTopic
    admin = KafkaAdminClient(bootstrap_servers=command["bootstrap"])
    topic = NewTopic(
        name=command["topic"],
        num_partitions=command["partitions"],
        replication_factor=1,
        topic_configs=command.get("configs", {}),
    )
    admin.create_topics([topic], timeout_ms=20000)
    admin.close()
    return {"created": command["topic"]}


def kafka_python_admin_round(command):
    """create (with a config) -> describe -> alter -> describe -> create partitions -> delete."""
    from kafka.admin import ConfigResource, ConfigResourceType, KafkaAdminClient, NewPartitions, NewTopic
    admin = KafkaAdminClient(bootstrap_servers=command["bootstrap"])
    topic = command["topic"]
    admin.create_topics([NewTopic(topic, 1, 1, topic_configs={"retention.ms": "3600000"})], timeout_ms=20000)
    resource = ConfigResource(ConfigResourceType.TOPIC, topic)

    def describe():
        response = admin.describe_configs([resource])[0]
        entries = response.resources[0][4]
        return {entry[0]: entry[1] for entry in entries}

    before = describe()
    admin.alter_configs([ConfigResource(ConfigResourceType.TOPIC, topic, configs={"retention.ms": "7200000"})])
    after = describe()
    admin.create_partitions({topic: NewPartitions(total_count=3)})
    partitions = len(admin.describe_topics([topic])[0]["partitions"])
    admin.delete_topics([topic], timeout_ms=20000)
    remaining = admin.list_topics()
    admin.close()
    return {"before": before.get("retention.ms"), "after": after.get("retention.ms"),
            "partitions": partitions, "deleted": topic not in remaining}


def confluent_admin_round(command):
    """create (with a config) -> describe -> alter -> describe -> create partitions -> delete."""
    from confluent_kafka.admin import AdminClient, ConfigResource, NewPartitions, NewTopic
    admin = AdminClient({"bootstrap.servers": command["bootstrap"]})
    topic = command["topic"]

    def wait(futures):
        for future in futures.values():
            future.result(timeout=30)

    wait(admin.create_topics([NewTopic(topic, 1, 1, config={"retention.ms": "3600000"})], operation_timeout=20))

    def describe():
        futures = admin.describe_configs([ConfigResource("topic", topic)])
        entries = list(futures.values())[0].result(timeout=30)
        return {name: entry.value for name, entry in entries.items()}

    before = describe()
    wait(admin.alter_configs([ConfigResource("topic", topic, set_config={"retention.ms": "7200000"})]))
    after = describe()
    wait(admin.create_partitions([NewPartitions(topic, 3)], operation_timeout=20))
    partitions = len(admin.list_topics(topic, timeout=20).topics[topic].partitions)
    wait(admin.delete_topics([topic], operation_timeout=20))
    deleted = topic not in admin.list_topics(timeout=20).topics
    return {"before": before.get("retention.ms"), "after": after.get("retention.ms"),
            "partitions": partitions, "deleted": deleted}


def kafka_python_broker_configs(command):
    """alter a dynamic broker config -> try a read-only one -> describe both."""
    from kafka.admin import ConfigResource, ConfigResourceType, KafkaAdminClient
    admin = KafkaAdminClient(bootstrap_servers=command["bootstrap"])
    broker = command["broker"]

    def alter(configs):
        response = admin.alter_configs([ConfigResource(ConfigResourceType.BROKER, broker, configs=configs)])
        return response.resources[0][0]

    altered = alter({"log.retention.ms": command["retentionMs"]})
    refused = alter({"num.partitions": "9"})
    response = admin.describe_configs([ConfigResource(ConfigResourceType.BROKER, broker)])[0]
    entries = {entry[0]: entry for entry in response.resources[0][4]}
    admin.close()
    return {"altered": altered, "refused": refused, "described": {
        name: {"value": entries[name][1], "readOnly": entries[name][2], "source": entries[name][3]}
        for name in ("log.retention.ms", "num.partitions")}}


def confluent_broker_configs(command):
    """alter a dynamic broker config -> try a read-only one -> describe both."""
    from confluent_kafka import KafkaException
    from confluent_kafka.admin import AdminClient, ConfigResource
    admin = AdminClient({"bootstrap.servers": command["bootstrap"]})
    broker = command["broker"]

    def alter(configs):
        futures = admin.alter_configs([ConfigResource("broker", broker, set_config=configs)])
        try:
            list(futures.values())[0].result(timeout=30)
            return 0
        except KafkaException as error:
            return error.args[0].code()

    altered = alter({"log.retention.ms": command["retentionMs"]})
    refused = alter({"num.partitions": "9"})
    futures = admin.describe_configs([ConfigResource("broker", broker)])
    entries = list(futures.values())[0].result(timeout=30)
    return {"altered": altered, "refused": refused, "described": {
        name: {"value": entries[name].value, "readOnly": entries[name].is_read_only,
               "source": int(entries[name].source)}
        for name in ("log.retention.ms", "num.partitions")}}


def confluent_produce(command):
    from confluent_kafka import Producer
    producer = Producer({
        "bootstrap.servers": command["bootstrap"],
        "acks": str(command.get("acks", -1)),
        "compression.codec": command.get("codec") or "none",
        "message.max.bytes": command.get("maxRequestBytes", 1000000),
        "linger.ms": 5,
    })
    acks = []
    errors = []

    def delivered(error, message):
        if error is not None:
            errors.append(error.name())
        else:
            acks.append({"partition": message.partition(), "offset": message.offset()})

    for record in command["records"]:
        producer.produce(
            command["topic"],
            value=encode(record["value"]),
            key=encode(record["key"]),
            partition=record["partition"],
            headers=[(name, encode(value)) for name, value in record["headers"]],
            timestamp=record.get("timestamp") or 0,
            on_delivery=delivered,
        )
        producer.poll(0)
    remaining = producer.flush(30)
    answer = {"acks": acks}
    if errors:
        answer["error"] = errors[0]
    elif remaining:
        answer["error"] = "TIMED_OUT"
    return answer


def confluent_consume(command):
    from confluent_kafka import Consumer, TopicPartition, OFFSET_BEGINNING
    consumer = Consumer({
        "bootstrap.servers": command["bootstrap"],
        # librdkafka 2.0.2 insists on a group id even for assign(); no group API is used.
        "group.id": "weir-interop",
        "enable.auto.commit": False,
        "enable.auto.offset.store": False,
        "fetch.max.bytes": command.get("fetchMaxBytes", 52428800),
        "max.partition.fetch.bytes": command.get("partitionMaxBytes", 1048576),
    })
    end = {}
    for p in command["partitions"]:
        low, high = consumer.get_watermark_offsets(TopicPartition(command["topic"], p), timeout=20)
        end[p] = high
    consumer.assign([TopicPartition(command["topic"], p, OFFSET_BEGINNING) for p in command["partitions"]])
    position = {p: 0 for p in command["partitions"]}
    records = []
    deadline = time.time() + 30
    while any(position[p] < end[p] for p in end) and time.time() < deadline:
        message = consumer.poll(0.5)
        if message is None:
            continue
        if message.error() is not None:
            if message.error().code() == -191:  # _PARTITION_EOF
                continue
            raise RuntimeError(str(message.error()))
        timestamp_type, timestamp = message.timestamp()
        records.append({
            "partition": message.partition(),
            "offset": message.offset(),
            "key": decode(message.key()),
            "value": decode(message.value()),
            "headers": [[name, decode(value)] for name, value in (message.headers() or [])],
            "timestamp": timestamp,
            "timestampType": timestamp_type - 1,
        })
        position[message.partition()] = message.offset() + 1
    consumer.close()
    return {"records": records, "ends": {str(p): end[p] for p in end}}


def confluent_create_topic(command):
    from confluent_kafka.admin import AdminClient, NewTopic
    admin = AdminClient({"bootstrap.servers": command["bootstrap"]})
    futures = admin.create_topics([NewTopic(
        command["topic"], num_partitions=command["partitions"], replication_factor=1,
        config=command.get("configs", {}),
    )], operation_timeout=20)
    for future in futures.values():
        future.result(timeout=30)
    return {"created": command["topic"]}


def encode(text):
    return None if text is None else text.encode("utf-8")


def decode(data):
    return None if data is None else bytes(data).decode("utf-8")


ACTIONS = {
    ("kafka-python", "produce"): kafka_python_produce,
    ("kafka-python", "consume"): kafka_python_consume,
    ("kafka-python", "create-topic"): kafka_python_create_topic,
    ("kafka-python", "old-producer"): kafka_python_old_producer,
    ("kafka-python", "admin-round"): kafka_python_admin_round,
    ("confluent-kafka", "admin-round"): confluent_admin_round,
    ("kafka-python", "broker-configs"): kafka_python_broker_configs,
    ("confluent-kafka", "broker-configs"): confluent_broker_configs,
    ("confluent-kafka", "produce"): confluent_produce,
    ("confluent-kafka", "consume"): confluent_consume,
    ("confluent-kafka", "create-topic"): confluent_create_topic,
}


def main():
    command = json.load(sys.stdin)
    action = ACTIONS[(command["library"], command["action"])]
    answer = action(command)
    json.dump(answer, sys.stdout)
    sys.stdout.write("\n")
    if answer.get("exitHard"):
        # Threads still blocked inside a client are not waited for.
        sys.stdout.flush()
        os._exit(0)


if __name__ == "__main__":
    main()
