// Goal: the replication gauges a broker reports (UnderReplicatedPartitions, UnderMinIsr and AtMinIsr
// partition counts, PartitionCount, LeaderCount, OfflineReplicaCount; issue 14) count what the
// image says of this broker's partitions, and the controller's OfflinePartitionsCount counts
// partitions with no leader. Method: small images built from real records (one topic "t" over
// brokers 1-3), read from each broker's point of view.
import { describe, expect, test } from 'vitest';
import { nodeId } from '../../src/protocol/mod.js';
import type { TopicImage } from '../../src/metadata/image/metadata-image.js';
import { offlinePartitionsCount, replicationGauges } from '../../src/broker/replication-gauges.js';
import { imageOf } from '../controller/partition-images.js';

const brokers = [{ id: 1 }, { id: 2 }, { id: 3 }];
const minIsrOfTopic = (topic: TopicImage): number => Number(topic.configs.get('min.insync.replicas') ?? '1');

describe('replication gauges of one broker', () => {
  const image = imageOf(brokers, [
    { replicas: [1, 2, 3], isr: [1, 2, 3], leader: 1 }, // led by 1, fully in sync
    { replicas: [1, 2, 3], isr: [1, 2], leader: 1 }, // led by 1, at min ISR 2
    { replicas: [1, 2, 3], isr: [1], leader: 1 }, // led by 1, under min ISR
    { replicas: [2, 3, 1], isr: [2], leader: 2 }, // led by 2: under-replicated there, not on 1
    { replicas: [2, 3], isr: [2, 3], leader: 2 }, // not hosted by 1
    { replicas: [3, 1, 2], isr: [3], leader: -1 }, // no leader
  ], { 'min.insync.replicas': '2' });

  test('counts hosted, led, under-replicated, under and at min ISR from the leader\'s point of view', () => {
    expect(replicationGauges(image, { nodeId: nodeId(1), minInsyncReplicasOf: minIsrOfTopic, offlineReplicaCount: 1 }))
      .toEqual({ partitionCount: 5, leaderCount: 3, underReplicatedPartitions: 2, underMinIsrPartitionCount: 1,
        atMinIsrPartitionCount: 1, offlineReplicaCount: 1 });
    expect(replicationGauges(image, { nodeId: nodeId(2), minInsyncReplicasOf: minIsrOfTopic, offlineReplicaCount: 0 }))
      .toEqual({ partitionCount: 6, leaderCount: 2, underReplicatedPartitions: 1, underMinIsrPartitionCount: 1,
        atMinIsrPartitionCount: 1, offlineReplicaCount: 0 });
  });

  test('min.insync.replicas comes from the topic: with 1, a lone leader is at min ISR, none under', () => {
    const gauges = replicationGauges(image, { nodeId: nodeId(1), minInsyncReplicasOf: () => 1, offlineReplicaCount: 0 });
    expect(gauges.underMinIsrPartitionCount).toBe(0);
    expect(gauges.atMinIsrPartitionCount).toBe(1);
  });

  test('a negative offline replica count is refused', () => {
    expect(() => replicationGauges(image, { nodeId: nodeId(3), minInsyncReplicasOf: minIsrOfTopic, offlineReplicaCount: -1 }))
      .toThrow(/offline replica count/);
  });

  test('OfflinePartitionsCount counts partitions with no leader', () => {
    expect(offlinePartitionsCount(image)).toBe(1);
    expect(offlinePartitionsCount(imageOf(brokers, [{ replicas: [1], isr: [1], leader: 1 }]))).toBe(0);
  });
});
