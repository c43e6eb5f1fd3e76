// A hosted partition's role, as the committed metadata image gives it (issue 11; Kafka's
// Partition.makeLeader / makeFollower from a PartitionImage, KIP-631): the leader serves
// produces and consumers and tracks its followers; a follower fetches from the leader. Pure.
import assert from 'node:assert/strict';
import type { PartitionImage } from '../../metadata/image/metadata-image.js';

/** The role of one replica. Invariant: leaderEpoch ≥ 0 (a hosted partition has one). */
export type PartitionRole =
  | {
    readonly kind: 'leader';
    readonly leaderEpoch: number;
    readonly partitionEpoch: number;
    /** The other replicas, in assignment order. */
    readonly followers: readonly number[];
    /** The committed ISR without this replica. Invariant: a subset of `followers`. */
    readonly isrFollowers: readonly number[];
  }
  | {
    readonly kind: 'follower';
    readonly leaderEpoch: number;
    readonly partitionEpoch: number;
    /** The leader to fetch from, or -1 while the partition has none. */
    readonly leader: number;
  };

/** The role of `nodeId`'s replica of `partition`. Precondition: `nodeId` is among its replicas. */
export function roleFromImage(partition: PartitionImage, nodeId: number): PartitionRole {
  assert.ok(partition.replicas.some((id) => id === nodeId), 'only a replica has a role');
  const leaderEpoch = Math.max(partition.leaderEpoch, 0);
  if (partition.leader === nodeId) {
    return { kind: 'leader', leaderEpoch, partitionEpoch: partition.partitionEpoch,
      followers: partition.replicas.filter((id) => id !== nodeId),
      isrFollowers: partition.isr.filter((id) => id !== nodeId) };
  }
  return { kind: 'follower', leaderEpoch, partitionEpoch: partition.partitionEpoch, leader: partition.leader };
}

/** The role of a partition opened on its own (one replica, tests): leader with no followers. */
export function soleLeaderRole(leaderEpoch: number): PartitionRole {
  return { kind: 'leader', leaderEpoch, partitionEpoch: 0, followers: [], isrFollowers: [] };
}
