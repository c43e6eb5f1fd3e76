// Where new partitions' replicas go, and the first registration of a partition. Weir places
// replicas round-robin over the active brokers (unfenced, not in controlled shutdown) from a
// random start, so leaders spread over the cluster (the rack-less case of Kafka's
// StripedReplicaPlacer), and a new partition's ISR is its active replicas with the first of them
// as leader (as Kafka's ReplicationControlManager does).
import assert from 'node:assert/strict';

import type { Random } from '../runtime/seam.js';
import type { NodeId, Uuid } from '../protocol/mod.js';
import { createPartitionRecord } from '../protocol/generated/metadata/partition-record.js';
import type { MetadataRecord } from '../metadata/metadata-records.js';
import type { MetadataImage } from '../metadata/image/metadata-image.js';
import { isActiveBroker, unfencedBrokers } from '../metadata/image/metadata-image.js';

/** A placement, or why none is possible (a message for INVALID_REPLICATION_FACTOR). */
export type PlacementResult =
  | { readonly ok: true; readonly assignments: readonly (readonly NodeId[])[] }
  | { readonly ok: false; readonly message: string };

/**
 * Replicas for `partitionCount` new partitions of `replicationFactor` replicas each, over the
 * unfenced brokers of `image`. Precondition: both counts are positive.
 */
export function placeReplicas(
  image: MetadataImage,
  options: { readonly partitionCount: number; readonly replicationFactor: number; readonly random: Random },
): PlacementResult {
  const { partitionCount, replicationFactor, random } = options;
  assert.ok(Number.isSafeInteger(partitionCount) && partitionCount > 0, 'at least one partition is placed');
  assert.ok(Number.isSafeInteger(replicationFactor) && replicationFactor > 0, 'a partition has a replica');
  const brokers = unfencedBrokers(image).filter((broker) => !broker.inControlledShutdown).map((broker) => broker.id);
  if (replicationFactor > brokers.length) {
    return {
      ok: false,
      message: `Unable to replicate the partition ${replicationFactor} time(s): ` +
        `only ${brokers.length} unfenced broker(s) are registered`,
    };
  }
  const start = random.nextInt(brokers.length);
  const assignments: NodeId[][] = [];
  for (let partition = 0; partition < partitionCount; partition += 1) {
    const replicas: NodeId[] = [];
    for (let replica = 0; replica < replicationFactor; replica += 1) {
      replicas.push(brokers[(start + partition + replica) % brokers.length] as NodeId);
    }
    assignments.push(replicas);
  }
  assert.equal(assignments.length, partitionCount, 'one assignment per partition');
  return { ok: true, assignments };
}

/**
 * The record that registers a new partition on `replicas`: the ISR is the unfenced replicas, the
 * leader the first of them. Precondition: at least one replica is an unfenced broker.
 */
export function newPartitionRecord(
  image: MetadataImage,
  partition: { readonly topicId: Uuid; readonly partitionId: number; readonly replicas: readonly NodeId[] },
): MetadataRecord {
  const isr = partition.replicas.filter((id) => isActiveBroker(image, id));
  const leader = isr[0];
  assert.ok(leader !== undefined, 'a new partition has an unfenced replica to lead it');
  return {
    type: 'PartitionRecord',
    record: createPartitionRecord({
      partitionId: partition.partitionId,
      topicId: partition.topicId,
      replicas: [...partition.replicas],
      isr: [...isr],
      leader,
      leaderEpoch: 0,
      partitionEpoch: 0,
    }),
  };
}

/** True when some replica of `replicas` is an active broker (unfenced, not shutting down). */
export function hasUnfencedReplica(image: MetadataImage, replicas: readonly NodeId[]): boolean {
  return replicas.some((id) => isActiveBroker(image, id));
}

/**
 * Why a manually given replica list cannot be used for partition `partitionId`, or null. The
 * rules are Kafka's: non-empty, no broker twice, every broker registered, one of them unfenced.
 */
export function manualAssignmentProblem(
  image: MetadataImage,
  replicas: readonly NodeId[],
  partitionId: number,
): string | null {
  const what = `The manual partition assignment for partition ${partitionId}`;
  if (replicas.length === 0) return `${what} is an empty replica list`;
  const seen = new Set<NodeId>();
  for (const id of replicas) {
    if (seen.has(id)) return `${what} names broker ${id} more than once`;
    seen.add(id);
    if (!image.brokers.has(id)) return `${what} names broker ${id}, which is not registered`;
  }
  if (!hasUnfencedReplica(image, replicas)) return `${what} names only fenced brokers`;
  return null;
}
