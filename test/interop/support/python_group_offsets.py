# Committed offsets through kafka-python (test/interop/group-offsets.test.ts): a consumer of a
# group that assigns its partitions itself commits (OffsetCommit outside any generation, after
# FindCoordinator), then KafkaAdminClient.list_consumer_group_offsets reads them back
# (OffsetFetch). Input and output are JSON on stdin and stdout.
import json
import sys

from kafka import KafkaAdminClient, KafkaConsumer, TopicPartition
from kafka.structs import OffsetAndMetadata


def main():
    command = json.loads(sys.stdin.read())
    bootstrap, group, topic = command['bootstrap'], command['group'], command['topic']
    if command['action'] == 'commit':
        consumer = KafkaConsumer(bootstrap_servers=bootstrap, group_id=group, enable_auto_commit=False,
                                 api_version_auto_timeout_ms=10000)
        partitions = [TopicPartition(topic, int(partition)) for partition in command['offsets']]
        consumer.assign(partitions)
        consumer.commit({TopicPartition(topic, int(partition)): OffsetAndMetadata(offset, command['metadata'])
                         for partition, offset in command['offsets'].items()})
        consumer.close(autocommit=False)
        print(json.dumps({'committed': True}))
        return
    admin = KafkaAdminClient(bootstrap_servers=bootstrap, api_version_auto_timeout_ms=10000)
    offsets = admin.list_consumer_group_offsets(group)
    admin.close()
    print(json.dumps({'offsets': {f'{tp.topic}:{tp.partition}': [meta.offset, meta.metadata]
                                  for tp, meta in offsets.items()}}))


main()
