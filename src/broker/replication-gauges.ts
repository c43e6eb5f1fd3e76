// The replication gauges one broker reports (issue 14's Kafka-named metrics; Kafka's
// ReplicaManager gauges UnderReplicatedPartitions, UnderMinIsrPartitionCount,
// AtMinIsrPartitionCount, OfflineReplicaCount, PartitionCount and LeaderCount), computed from
// the committed metadata image: the ISR a leader acts on is the image's (isr-proposer.ts), so the
// image is the truth these gauges report. Pure; the broker calls it when it applied an image.
import assert from 'node:assert/strict';
import { NO_LEADER, type MetadataImage, type TopicImage } from '../metadata/image/metadata-image.js';
import type { NodeId } from '../protocol/mod.js';

/** One broker's replication gauges, each a count of partitions. */
export interface ReplicationGauges {
  /** Partitions whose replicas include this broker. */
  readonly partitionCount: number;
  /** Partitions this broker leads. */
  readonly leaderCount: number;
  /** Led here, with an ISR smaller than the replica set. */
  readonly underReplicatedPartitions: number;
  /** Led here, with an ISR below the topic's min.insync.replicas. */
  readonly underMinIsrPartitionCount: number;
  /** Led here, with an ISR exactly at the topic's min.insync.replicas. */
  readonly atMinIsrPartitionCount: number;
  /** Hosted here with a log that recovery refused (served as KAFKA_STORAGE_ERROR). */
  readonly offlineReplicaCount: number;
}

/** What the computation needs besides the image. */
export interface ReplicationGaugeInputs {
  readonly nodeId: NodeId;
  /** The topic's effective min.insync.replicas (its override, else the broker's default). */
  readonly minInsyncReplicasOf: (topic: TopicImage) => number;
  /** How many hosted partitions are offline here (their logs refused). */
  readonly offlineReplicaCount: number;
}

/** The gauges of broker `inputs.nodeId` in `image`. */
export function replicationGauges(image: MetadataImage, inputs: ReplicationGaugeInputs): ReplicationGauges {
  let partitionCount = 0;
  let leaderCount = 0;
  let underReplicated = 0;
  let underMinIsr = 0;
  let atMinIsr = 0;
  for (const topic of image.topicsById.values()) {
    let minIsr: number | undefined;
    for (const partition of topic.partitions) {
      if (!partition.replicas.includes(inputs.nodeId)) continue;
      partitionCount += 1;
      if (partition.leader !== inputs.nodeId) continue;
      leaderCount += 1;
      minIsr ??= inputs.minInsyncReplicasOf(topic);
      const isrSize = partition.isr.length;
      if (isrSize < partition.replicas.length) underReplicated += 1;
      if (isrSize < minIsr) underMinIsr += 1;
      else if (isrSize === minIsr) atMinIsr += 1;
    }
  }
  // Not bounded by partitionCount: the replica manager may still hold a partition that a newer
  // image than the one it applied has taken away.
  assert.ok(Number.isInteger(inputs.offlineReplicaCount) && inputs.offlineReplicaCount >= 0,
    'the offline replica count is a count');
  return { partitionCount, leaderCount, underReplicatedPartitions: underReplicated,
    underMinIsrPartitionCount: underMinIsr, atMinIsrPartitionCount: atMinIsr,
    offlineReplicaCount: inputs.offlineReplicaCount };
}

/** What the controller gauges read on each scrape (Kafka's ActiveControllerCount, OfflinePartitionsCount). */
export interface ControllerGaugeSource {
  /** This node is the active controller now. */
  readonly active: boolean;
  /** Partitions with no leader in the node's newest image. */
  readonly offlinePartitions: number;
}

/** Partitions with no leader (leader -1) in `image`: Kafka's controller OfflinePartitionsCount. */
export function offlinePartitionsCount(image: MetadataImage): number {
  let count = 0;
  for (const topic of image.topicsById.values()) {
    for (const partition of topic.partitions) if (partition.leader === NO_LEADER) count += 1;
  }
  return count;
}
