// Goal: replaying records builds the image Kafka's rules describe (topics by name and id,
// partitions, leader and partition epochs, configs, brokers and fencing, features, cluster id),
// unchanged parts are shared between images, a snapshot rebuilds the same image, and the
// invariant check catches a broken image. Method: hand-written record sequences, checked field by
// field; snapshot round trips; a deliberately broken image as the checker's negative control.
import { describe, expect, test } from 'vitest';
import { nodeId, topicName, type NodeId, type Uuid } from '../../../src/protocol/mod.js';
import { createBrokerRegistrationChangeRecord } from '../../../src/protocol/generated/metadata/broker-registration-change-record.js';
import { createConfigRecord } from '../../../src/protocol/generated/metadata/config-record.js';
import { createFeatureLevelRecord } from '../../../src/protocol/generated/metadata/feature-level-record.js';
import { createFenceBrokerRecord } from '../../../src/protocol/generated/metadata/fence-broker-record.js';
import { createPartitionChangeRecord } from '../../../src/protocol/generated/metadata/partition-change-record.js';
import { createPartitionRecord } from '../../../src/protocol/generated/metadata/partition-record.js';
import {
  createRegisterBrokerRecord, createRegisterBrokerRecordBrokerEndpoint,
} from '../../../src/protocol/generated/metadata/register-broker-record.js';
import { createRemoveTopicRecord } from '../../../src/protocol/generated/metadata/remove-topic-record.js';
import { createTopicRecord } from '../../../src/protocol/generated/metadata/topic-record.js';
import { createUnregisterBrokerRecord } from '../../../src/protocol/generated/metadata/unregister-broker-record.js';
import type { MetadataRecord } from '../../../src/metadata/metadata-records.js';
import {
  CLUSTER_ID_CONFIG, applyRecords, checkImageInvariants, decodeImageSnapshot, emptyImage, encodeImageSnapshot,
  imageAtOffset, imageFromRecords, imageToRecords, unfencedBrokers, type MetadataImage,
} from '../../../src/metadata/image/metadata-image.js';

const ordersId = 'b3JkZXJzLXRvcGljLWlkMQ' as Uuid;
const logsId = 'bG9ncy10b3BpYy1pZC0xMg' as Uuid;

function topic(name: string, topicId: Uuid): MetadataRecord {
  return { type: 'TopicRecord', record: createTopicRecord({ name: topicName(name), topicId }) };
}

function partition(topicId: Uuid, partitionId: number, replicas: number[], leader = replicas[0]): MetadataRecord {
  const ids = replicas.map((id) => nodeId(id));
  return {
    type: 'PartitionRecord',
    record: createPartitionRecord({ partitionId, topicId, replicas: ids, isr: ids, leader: leader as NodeId, leaderEpoch: 0, partitionEpoch: 0 }),
  };
}

function broker(id: number, epoch: number, fenced = true): MetadataRecord {
  return {
    type: 'RegisterBrokerRecord',
    record: createRegisterBrokerRecord({
      brokerId: nodeId(id), brokerEpoch: BigInt(epoch), incarnationId: ordersId, fenced,
      endPoints: [createRegisterBrokerRecordBrokerEndpoint({ name: 'PLAINTEXT', host: 'h', port: 9092, securityProtocol: 0 })],
    }),
  };
}

function topicConfig(name: string, key: string, value: string | null): MetadataRecord {
  return { type: 'ConfigRecord', record: createConfigRecord({ resourceType: 2, resourceName: name, name: key, value }) };
}

/**
 * A small cluster: two brokers (1 unfenced), topic orders (2 partitions, 1 override), topic logs.
 * Broker 1 leads every partition: a fenced broker leads none.
 */
function sampleImage(): MetadataImage {
  return imageAtOffset(applyRecords(emptyImage(), [
    { type: 'FeatureLevelRecord', record: createFeatureLevelRecord({ name: 'metadata.version', featureLevel: 14 }) },
    { type: 'ConfigRecord', record: createConfigRecord({ resourceType: 4, resourceName: '', name: CLUSTER_ID_CONFIG, value: 'cluster-one' }) },
    broker(1, 5, false),
    broker(2, 6),
    topic('orders', ordersId),
    topicConfig('orders', 'retention.ms', '1000'),
    partition(ordersId, 0, [1, 2]),
    partition(ordersId, 1, [2, 1], 1),
    topic('logs', logsId),
    partition(logsId, 0, [1]),
  ]), 41);
}

describe('metadata image replay', () => {
  test('records build topics, partitions, configs, brokers, features and the cluster id', () => {
    const image = sampleImage();
    checkImageInvariants(image);
    expect(image.offset).toBe(41);
    expect(image.clusterId).toBe('cluster-one');
    expect(image.features.get('metadata.version')).toBe(14);
    const orders = image.topicsByName.get(topicName('orders'))!;
    expect(image.topicsById.get(ordersId)).toBe(orders);
    expect(orders.partitions.map((entry) => [entry.partition, entry.leader, entry.replicas])).toEqual([[0, 1, [1, 2]], [1, 1, [2, 1]]]);
    expect(orders.configs).toEqual(new Map([['retention.ms', '1000']]));
    expect(unfencedBrokers(image).map((entry) => entry.id)).toEqual([1]);
  });

  test('a leader change bumps the leader epoch; every change bumps the partition epoch', () => {
    const image = applyRecords(sampleImage(), [
      { type: 'PartitionChangeRecord', record: createPartitionChangeRecord({ topicId: ordersId, partitionId: 0, isr: [nodeId(1)] }) },
      { type: 'PartitionChangeRecord', record: createPartitionChangeRecord({ topicId: ordersId, partitionId: 1, leader: nodeId(1), isr: [nodeId(1)] }) },
    ]);
    const [first, second] = image.topicsByName.get(topicName('orders'))!.partitions;
    expect(first).toMatchObject({ leader: 1, isr: [1], leaderEpoch: 0, partitionEpoch: 1 });
    expect(second).toMatchObject({ leader: 1, isr: [1], leaderEpoch: 1, partitionEpoch: 1 });
    checkImageInvariants(image);
  });

  test('removing a topic drops it by name and id, with its configs and partitions', () => {
    const image = applyRecords(sampleImage(), [{ type: 'RemoveTopicRecord', record: createRemoveTopicRecord({ topicId: ordersId }) }]);
    expect([...image.topicsByName.keys()]).toEqual(['logs']);
    expect(image.topicsById.has(ordersId)).toBe(false);
    const recreated = applyRecords(image, [topic('orders', 'bmV3LW9yZGVycy10b3BpY0E' as Uuid)]);
    expect(recreated.topicsByName.get(topicName('orders'))!.configs.size).toBe(0);
  });

  test('a config record with a null value removes the override', () => {
    const image = applyRecords(sampleImage(), [topicConfig('orders', 'retention.ms', null)]);
    expect(image.topicsByName.get(topicName('orders'))!.configs.size).toBe(0);
  });

  test('brokers are fenced, unfenced and unregistered by their current epoch', () => {
    let image = applyRecords(sampleImage(), [
      { type: 'BrokerRegistrationChangeRecord', record: createBrokerRegistrationChangeRecord({ brokerId: nodeId(2), brokerEpoch: 6n, fenced: -1 }) },
    ]);
    expect(unfencedBrokers(image).map((entry) => entry.id)).toEqual([1, 2]);
    image = applyRecords(image, [{ type: 'FenceBrokerRecord', record: createFenceBrokerRecord({ id: nodeId(1), epoch: 5n }) }]);
    expect(unfencedBrokers(image).map((entry) => entry.id)).toEqual([2]);
    image = applyRecords(image, [{ type: 'UnregisterBrokerRecord', record: createUnregisterBrokerRecord({ brokerId: nodeId(1), brokerEpoch: 5n }) }]);
    expect([...image.brokers.keys()]).toEqual([2]);
  });

  test('KIP-631: an image in which a fenced broker leads a partition fails the invariant check', () => {
    const image = applyRecords(sampleImage(), [
      { type: 'BrokerRegistrationChangeRecord', record: createBrokerRegistrationChangeRecord({ brokerId: nodeId(1), brokerEpoch: 5n, fenced: 1 }) },
    ]);
    expect(() => checkImageInvariants(image)).toThrow(/fenced broker leads no partition/);
    const moved = applyRecords(sampleImage(), [
      { type: 'PartitionChangeRecord', record: createPartitionChangeRecord({ topicId: ordersId, partitionId: 0, leader: nodeId(-1) }) },
      { type: 'PartitionChangeRecord', record: createPartitionChangeRecord({ topicId: ordersId, partitionId: 1, leader: nodeId(-1) }) },
      { type: 'PartitionChangeRecord', record: createPartitionChangeRecord({ topicId: logsId, partitionId: 0, leader: nodeId(-1) }) },
      { type: 'BrokerRegistrationChangeRecord', record: createBrokerRegistrationChangeRecord({ brokerId: nodeId(1), brokerEpoch: 5n, fenced: 1 }) },
    ]);
    expect(() => checkImageInvariants(moved)).not.toThrow();
  });

  test('a controlled shutdown change marks the broker; unregistering a stale epoch is a bug', () => {
    const image = applyRecords(sampleImage(), [
      { type: 'BrokerRegistrationChangeRecord', record: createBrokerRegistrationChangeRecord({ brokerId: nodeId(1), brokerEpoch: 5n, fenced: 0, inControlledShutdown: 1 }) },
    ]);
    expect(image.brokers.get(nodeId(1))).toMatchObject({ fenced: false, inControlledShutdown: true });
    const stale = { type: 'UnregisterBrokerRecord', record: createUnregisterBrokerRecord({ brokerId: nodeId(1), brokerEpoch: 4n }) } as const;
    expect(() => applyRecords(sampleImage(), [stale])).toThrow(/current registration/);
    const unknown = { type: 'UnregisterBrokerRecord', record: createUnregisterBrokerRecord({ brokerId: nodeId(7), brokerEpoch: 1n }) } as const;
    expect(() => applyRecords(sampleImage(), [unknown])).toThrow(/registered broker 7/);
  });

  test('records that do not fit the image are bugs and fail an assertion', () => {
    expect(() => applyRecords(sampleImage(), [topic('orders', 'ZHVwbGljYXRlLW5hbWUxMg' as Uuid)])).toThrow(/created once/);
    expect(() => applyRecords(emptyImage(), [partition(ordersId, 0, [1])])).toThrow(/existing topic id/);
    expect(() => applyRecords(sampleImage(), [partition(ordersId, 5, [1])])).toThrow(/dense/);
  });

  test('an unchanged topic keeps its identity in the next image; a changed one does not', () => {
    const before = sampleImage();
    const after = applyRecords(before, [topicConfig('orders', 'retention.ms', '2000')]);
    expect(after.topicsByName.get(topicName('logs'))).toBe(before.topicsByName.get(topicName('logs')));
    expect(after.topicsByName.get(topicName('orders'))).not.toBe(before.topicsByName.get(topicName('orders')));
    expect(before.topicsByName.get(topicName('orders'))!.configs.get('retention.ms')).toBe('1000');
    expect(applyRecords(before, [])).toBe(before);
  });

  test('the invariant check catches an ISR member that is not a replica (negative control)', () => {
    const image = sampleImage();
    const orders = image.topicsByName.get(topicName('orders'))!;
    const broken = { ...orders, partitions: [{ ...orders.partitions[0]!, isr: [nodeId(3)] }, orders.partitions[1]!] };
    const brokenImage: MetadataImage = {
      ...image,
      topicsByName: new Map([...image.topicsByName, [orders.name, broken]]),
      topicsById: new Map([...image.topicsById, [orders.topicId, broken]]),
    };
    expect(() => checkImageInvariants(brokenImage)).toThrow(/subset/);
  });
});

describe('metadata snapshots', () => {
  test('an image written as records and replayed is the same image', () => {
    const image = sampleImage();
    expect(imageFromRecords(imageToRecords(image), image.offset)).toEqual(image);
  });

  test('snapshot bytes decode to the same image at the offset before the snapshot end', () => {
    const image = applyRecords(sampleImage(), [
      { type: 'PartitionChangeRecord', record: createPartitionChangeRecord({ topicId: ordersId, partitionId: 1, leader: nodeId(1), isr: [nodeId(1)] }) },
    ]);
    const restored = decodeImageSnapshot(encodeImageSnapshot(image), image.offset + 1);
    expect(restored).toEqual(image);
    expect(restored.topicsByName.get(topicName('orders'))!.partitions[1]).toMatchObject({ leaderEpoch: 1, partitionEpoch: 1 });
  });

  test('a reassignment under way and a recovering leader survive the snapshot round trip', () => {
    const image = applyRecords(sampleImage(), [
      { type: 'PartitionChangeRecord', record: createPartitionChangeRecord({ topicId: logsId, partitionId: 0,
        replicas: [nodeId(2), nodeId(1)], addingReplicas: [nodeId(2)], removingReplicas: [nodeId(1)], leaderRecoveryState: 1 }) },
    ]);
    expect(image.topicsByName.get(topicName('logs'))!.partitions[0]).toMatchObject({
      replicas: [2, 1], addingReplicas: [2], removingReplicas: [1], leaderRecoveryState: 1, leaderEpoch: 0 });
    expect(decodeImageSnapshot(encodeImageSnapshot(image), image.offset + 1)).toEqual(image);
  });

  test('the empty image has an empty snapshot', () => {
    expect(encodeImageSnapshot(emptyImage())).toHaveLength(0);
    expect(decodeImageSnapshot(new Uint8Array(0), 0)).toEqual(emptyImage());
  });
});
