# Classic consumer groups through the Python clients (test/interop/classic-group-python.test.ts).
# Input and output are JSON on stdin and stdout.
#   kafka-python: `members` KafkaConsumer(group_id=...) with auto-commit, one thread each, poll
#     until together they read `expected` records (or `seconds` pass); each reports its final
#     assignment. kafka-python 2.0.2 speaks JoinGroup v2, SyncGroup v1, Heartbeat v1, LeaveGroup v1.
#   confluent-kafka: two Consumers with partition.assignment.strategy=cooperative-sticky, polled in
#     turn from one thread: the first takes every partition; once the second subscribes, the
#     incremental rebalance (KIP-429) moves some of them without revoking the rest. The rebalance
#     callbacks' events, the records read and the final assignments are reported; commit() stores
#     the positions.
import json
import sys
import threading
import time


def kafka_python_group(command):
    from kafka import KafkaConsumer
    read = {}
    lock = threading.Lock()
    deadline = time.time() + command['seconds']
    assignments = {}

    def member(name):
        consumer = KafkaConsumer(command['topic'], bootstrap_servers=command['bootstrap'], group_id=command['group'],
                                 auto_offset_reset='earliest', enable_auto_commit=True, auto_commit_interval_ms=200,
                                 session_timeout_ms=10000, heartbeat_interval_ms=500, api_version_auto_timeout_ms=10000)
        stable_since = None
        while time.time() < deadline:
            for records in consumer.poll(timeout_ms=200).values():
                with lock:
                    for record in records:
                        read.setdefault(f'{record.partition}:{record.offset}', []).append(name)
            with lock:
                assignments[name] = sorted(tp.partition for tp in consumer.assignment())
                done = len(read) >= command['expected'] and sum(len(a) for a in assignments.values()) == command['partitions'] \
                    and len(assignments) == command['members']
            if done:
                stable_since = stable_since or time.time()
                if time.time() - stable_since > 1:
                    break
        consumer.commit()
        consumer.close()

    threads = [threading.Thread(target=member, args=(f'member-{index}',)) for index in range(command['members'])]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return {'read': read, 'assignments': assignments}


def confluent_cooperative(command):
    from confluent_kafka import Consumer
    events = []
    read = {}

    def make(name):
        consumer = Consumer({'bootstrap.servers': command['bootstrap'], 'group.id': command['group'],
                             'partition.assignment.strategy': 'cooperative-sticky', 'auto.offset.reset': 'earliest',
                             'enable.auto.commit': False, 'session.timeout.ms': 10000, 'heartbeat.interval.ms': 500})

        def on_assign(_consumer, partitions):
            events.append([name, 'assign', sorted(p.partition for p in partitions)])

        def on_revoke(_consumer, partitions):
            events.append([name, 'revoke', sorted(p.partition for p in partitions)])

        consumer.subscribe([command['topic']], on_assign=on_assign, on_revoke=on_revoke)
        return consumer

    def poll(name, consumer):
        message = consumer.poll(0.1)
        if message is not None and message.error() is None:
            read.setdefault(f'{message.partition()}:{message.offset()}', []).append(name)

    deadline = time.time() + command['seconds']
    first = make('first')
    while time.time() < deadline and len(first.assignment()) < command['partitions']:
        poll('first', first)
    second = make('second')
    while time.time() < deadline:
        poll('first', first)
        poll('second', second)
        if len(read) >= command['expected'] and len(first.assignment()) > 0 and len(second.assignment()) > 0 \
                and len(first.assignment()) + len(second.assignment()) == command['partitions']:
            break
    assignments = {'first': sorted(p.partition for p in first.assignment()),
                   'second': sorted(p.partition for p in second.assignment())}
    for consumer in (first, second):
        consumer.commit(asynchronous=False)
    committed = {p.partition: p.offset for p in first.committed(first.assignment(), timeout=10)}
    # close() revokes whatever is left: those events are not the rebalance's.
    rebalance_events = list(events)
    first.close()
    second.close()
    return {'events': rebalance_events, 'read': read, 'assignments': assignments, 'committedByFirst': committed}


def confluent_static(command):
    """One incarnation of a static member (group.instance.id, KIP-345): poll until it has an
    assignment and has read `expected` records (or `seconds` pass), commit, close. A static member
    sends no LeaveGroup on close, so the next incarnation takes its place without a rebalance."""
    from confluent_kafka import Consumer
    consumer = Consumer({'bootstrap.servers': command['bootstrap'], 'group.id': command['group'],
                         'group.instance.id': command['instance'], 'auto.offset.reset': 'earliest',
                         'enable.auto.commit': False, 'session.timeout.ms': 30000})
    consumer.subscribe([command['topic']])
    read = 0
    deadline = time.time() + command['seconds']
    while time.time() < deadline and (read < command['expected'] or not consumer.assignment()):
        message = consumer.poll(0.1)
        if message is not None and message.error() is None:
            read += 1
    assignment = sorted(p.partition for p in consumer.assignment())
    if read > 0:
        consumer.commit(asynchronous=False)
    consumer.close()
    return {'read': read, 'assignment': assignment}


def main():
    command = json.loads(sys.stdin.read())
    action = {'kafka-python-group': kafka_python_group, 'confluent-cooperative': confluent_cooperative,
              'confluent-static': confluent_static}[command['action']]
    print(json.dumps(action(command)))


main()
