// Metadata snapshots (KIP-630): an image written out as the records that rebuild it, and read
// back by replaying them into the empty image. Kafka's image classes each have a `write` method
// that emits their records (TopicsImage.write, ClusterImage.write, ...); this file is the same
// idea in one place. The snapshot data is the record layout of metadata-records.ts.
import assert from 'node:assert/strict';

import { createConfigRecord } from '../../protocol/generated/metadata/config-record.js';
import { createFeatureLevelRecord } from '../../protocol/generated/metadata/feature-level-record.js';
import { createPartitionRecord } from '../../protocol/generated/metadata/partition-record.js';
import { ZERO_UUID } from '../../protocol/mod.js';
import { createProducerIdsRecord } from '../../protocol/generated/metadata/producer-ids-record.js';
import {
  createRegisterBrokerRecord, createRegisterBrokerRecordBrokerEndpoint,
} from '../../protocol/generated/metadata/register-broker-record.js';
import { createTopicRecord } from '../../protocol/generated/metadata/topic-record.js';
import {
  CLUSTER_ID_CONFIG, ConfigResourceType, decodeMetadataRecords, encodeMetadataRecords, type MetadataRecord,
} from '../metadata-records.js';
import { applyRecords } from './apply-records.js';
import {
  emptyImage, imageAtOffset, type BrokerImage, type MetadataImage, type TopicImage,
} from './metadata-image.js';

/**
 * The records that rebuild `image` from the empty image: features, cluster id, dynamic broker
 * configs, brokers, then each topic with its configs and partitions. Deterministic: maps are
 * walked in sorted order.
 */
export function imageToRecords(image: MetadataImage): MetadataRecord[] {
  const records: MetadataRecord[] = [];
  for (const name of [...image.features.keys()].sort()) {
    const featureLevel = image.features.get(name) as number;
    records.push({ type: 'FeatureLevelRecord', record: createFeatureLevelRecord({ name, featureLevel }) });
  }
  if (image.clusterId !== null) {
    const record = createConfigRecord({
      resourceType: ConfigResourceType.BROKER, resourceName: '', name: CLUSTER_ID_CONFIG, value: image.clusterId,
    });
    records.push({ type: 'ConfigRecord', record });
  }
  records.push(...brokerConfigRecords(image));
  const brokers = [...image.brokers.values()].sort((a, b) => a.id - b.id);
  for (const broker of brokers) records.push(brokerRecord(broker));
  for (const topic of [...image.topicsByName.values()].sort((a, b) => compareText(a.name, b.name))) {
    records.push(...topicRecords(topic));
  }
  if (image.nextProducerId > 0n) {
    const record = createProducerIdsRecord({ nextProducerId: image.nextProducerId });
    records.push({ type: 'ProducerIdsRecord', record });
  }
  return records;
}

function compareText(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0;
}

/** The dynamic broker configs: the cluster-wide default first, then brokers by id. */
function brokerConfigRecords(image: MetadataImage): MetadataRecord[] {
  const records: MetadataRecord[] = [];
  // "" sorts before every broker id, and ids sort as numbers.
  const order = (name: string): number => (name === '' ? -1 : Number(name));
  const resourceNames = [...image.brokerConfigs.keys()].sort((a, b) => order(a) - order(b));
  for (const resourceName of resourceNames) {
    const configs = image.brokerConfigs.get(resourceName) as ReadonlyMap<string, string>;
    for (const name of [...configs.keys()].sort(compareText)) {
      const value = configs.get(name) as string;
      const record = createConfigRecord({ resourceType: ConfigResourceType.BROKER, resourceName, name, value });
      records.push({ type: 'ConfigRecord', record });
    }
  }
  return records;
}

function brokerRecord(broker: BrokerImage): MetadataRecord {
  return {
    type: 'RegisterBrokerRecord',
    record: createRegisterBrokerRecord({
      brokerId: broker.id,
      incarnationId: broker.incarnationId,
      brokerEpoch: BigInt(broker.epoch),
      endPoints: broker.listeners.map((listener) => createRegisterBrokerRecordBrokerEndpoint(listener)),
      rack: broker.rack,
      fenced: broker.fenced,
      inControlledShutdown: broker.inControlledShutdown,
    }),
  };
}

function topicRecords(topic: TopicImage): MetadataRecord[] {
  const topicRecord = createTopicRecord({ name: topic.name, topicId: topic.topicId });
  const records: MetadataRecord[] = [{ type: 'TopicRecord', record: topicRecord }];
  for (const name of [...topic.configs.keys()].sort()) {
    const value = topic.configs.get(name) as string;
    const resource = { resourceType: ConfigResourceType.TOPIC, resourceName: topic.name };
    const record = createConfigRecord({ ...resource, name, value });
    records.push({ type: 'ConfigRecord', record });
  }
  for (const partition of topic.partitions) {
    records.push({
      type: 'PartitionRecord',
      record: createPartitionRecord({
        partitionId: partition.partition,
        topicId: partition.topicId,
        replicas: [...partition.replicas],
        isr: [...partition.isr],
        leader: partition.leader,
        leaderEpoch: partition.leaderEpoch,
        partitionEpoch: partition.partitionEpoch,
        addingReplicas: [...partition.addingReplicas],
        removingReplicas: [...partition.removingReplicas],
        leaderRecoveryState: partition.leaderRecoveryState,
        // Kafka's DirectoryId.UNASSIGNED for each replica: Weir has one log directory per broker.
        directories: partition.replicas.map(() => ZERO_UUID),
        eligibleLeaderReplicas: partition.elr.length === 0 ? null : [...partition.elr],
        lastKnownElr: partition.lastKnownElr.length === 0 ? null : [...partition.lastKnownElr],
      }),
    });
  }
  return records;
}

/** The image `records` build from the empty image, marked as reflecting the log up to `offset`. */
export function imageFromRecords(records: readonly MetadataRecord[], offset: number): MetadataImage {
  return imageAtOffset(applyRecords(emptyImage(), records), offset);
}

/** Snapshot data for `image` (empty bytes for the empty image). */
export function encodeImageSnapshot(image: MetadataImage): Uint8Array {
  const records = imageToRecords(image);
  return records.length === 0 ? new Uint8Array(0) : encodeMetadataRecords(records);
}

/**
 * The image a snapshot's data describes. `endOffset` is the snapshot's end offset (Raft's
 * snapshot id): it covers the entries below it, so the image reflects the log up to endOffset - 1.
 * Throws ProtocolDecodeError for malformed data.
 */
export function decodeImageSnapshot(data: Uint8Array, endOffset: number): MetadataImage {
  assert.ok(Number.isSafeInteger(endOffset) && endOffset >= 0, 'a snapshot end offset is a log offset');
  return imageFromRecords(decodeMetadataRecords(data), endOffset - 1);
}
