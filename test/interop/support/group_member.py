# One long-running member of a consumer group, for the consumer-group interop tests: kafka-python
# 2.0.2 (KafkaConsumer(group_id=...) with auto-commit) or confluent-kafka 1.7.0 (subscribe() with
# on_assign/on_revoke callbacks and a synchronous commit() after every 50 records or a quiet poll). Run with
# /usr/bin/python3. Reads one JSON command line on stdin, then runs until a "stop" line (or the
# end of stdin): it then commits, leaves the group (close()) and exits 0. Prints one JSON event
# per line, each with "at" (wall-clock seconds, the same clock for every member on this machine):
#   {"assigned": [partitions]}            the whole assignment after a rebalance (eager protocol)
#   {"consumed": partition, "offset": n}  a record handed to the application
#   {"committed": partition, "offset": n} a commit the coordinator acknowledged (next offset to read)
#   {"done": true}                        after close()
import json
import sys
import threading
import time


_emitting = threading.Lock()


def emit(event):
    # kafka-python's heartbeat thread may complete a commit: one line at a time, in stamp order.
    with _emitting:
        event["at"] = time.time()
        sys.stdout.write(json.dumps(event) + "\n")
        sys.stdout.flush()


def stop_signal():
    """An Event set when the test writes "stop" (or closes stdin)."""
    stopped = threading.Event()

    def watch():
        for line in sys.stdin:
            if line.strip() == "stop":
                break
        stopped.set()

    threading.Thread(target=watch, daemon=True).start()
    return stopped


def kafka_python_member(command, stopped):
    from kafka import ConsumerRebalanceListener, KafkaConsumer

    class Listener(ConsumerRebalanceListener):
        def on_partitions_revoked(self, revoked):
            pass

        def on_partitions_assigned(self, assigned):
            emit({"assigned": sorted(tp.partition for tp in assigned)})

    consumer = KafkaConsumer(
        bootstrap_servers=command["bootstrap"].split(","),
        group_id=command["group"],
        enable_auto_commit=True,
        auto_commit_interval_ms=command.get("autoCommitIntervalMs", 300),
        auto_offset_reset="earliest",
        session_timeout_ms=6000,
        heartbeat_interval_ms=500,
        max_poll_interval_ms=30000,
    )
    # kafka-python's auto-commit has no public hook. Every commit it makes (asynchronously on the
    # interval, synchronously before a rebalance and in close()) goes through this one method,
    # whose future succeeds as the coordinator's answer is read: reporting there gives the
    # acknowledgements in the order the coordinator sent them (its completion callbacks run
    # later, so a synchronous commit's report could overtake an earlier asynchronous one's).
    coordinator = consumer._coordinator
    send_commit = coordinator._send_offset_commit_request

    def report(offsets, _result):
        for tp, meta in offsets.items():
            emit({"committed": tp.partition, "offset": meta.offset})

    def send_and_report(offsets):
        return send_commit(offsets).add_callback(report, offsets)

    coordinator._send_offset_commit_request = send_and_report
    consumer.subscribe([command["topic"]], listener=Listener())
    while not stopped.is_set():
        for tp, messages in consumer.poll(timeout_ms=200).items():
            for message in messages:
                emit({"consumed": tp.partition, "offset": message.offset})
    consumer.close(autocommit=True)


def confluent_kafka_member(command, stopped):
    from confluent_kafka import Consumer

    consumer = Consumer({
        "bootstrap.servers": command["bootstrap"],
        "group.id": command["group"],
        "enable.auto.commit": False,
        "auto.offset.reset": "earliest",
        "session.timeout.ms": 6000,
        "heartbeat.interval.ms": 500,
    })

    def commit():
        try:
            answered = consumer.commit(asynchronous=False)
        except Exception as error:  # nothing to commit, or the group is rebalancing
            emit({"commitFailed": str(error)})
            return
        for tp in answered or []:
            if tp.error is None and tp.offset >= 0:
                emit({"committed": tp.partition, "offset": tp.offset})

    def on_assign(_consumer, partitions):
        emit({"assigned": sorted(tp.partition for tp in partitions)})

    def on_revoke(_consumer, partitions):
        # What was read before the rebalance is committed while this member still owns it.
        commit()
        emit({"revoked": sorted(tp.partition for tp in partitions)})

    consumer.subscribe([command["topic"]], on_assign=on_assign, on_revoke=on_revoke)
    # poll(), one message at a time: librdkafka 2.0's batch consume (Consumer.consume) may lose
    # messages across a rebalance while their offsets are stored and committed (a known issue
    # of librdkafka 2.0.0, fixed later), which the test would rightly report as records skipped.
    uncommitted = 0
    while not stopped.is_set():
        message = consumer.poll(0.2)
        if message is not None and message.error() is None:
            emit({"consumed": message.partition(), "offset": message.offset()})
            uncommitted += 1
        if uncommitted > 0 and (message is None or uncommitted >= 50):
            commit()
            uncommitted = 0
    consumer.close()


def main():
    command = json.loads(sys.stdin.readline())
    stopped = stop_signal()
    if command["library"] == "kafka-python":
        kafka_python_member(command, stopped)
    else:
        confluent_kafka_member(command, stopped)
    emit({"done": True})


if __name__ == "__main__":
    main()
