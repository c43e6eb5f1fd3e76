// The OffsetCommit records of `__consumer_offsets` as the offsets part writes them: a commit
// (OffsetCommitValue, written in value version 3 by group-records.ts: offset, leader epoch,
// metadata, commit timestamp) and a tombstone (a null value: the offset is deleted; compaction
// later drops the key). Pure.
import type { OffsetCommitRecord } from './offset-store.js';

/** Where an offset belongs: its group and topic partition. */
export interface OffsetKey {
  readonly groupId: string;
  readonly topic: string;
  readonly partition: number;
}

/** The record of a commit. */
export function offsetCommitRecord(key: OffsetKey, value: { offset: bigint; leaderEpoch: number; metadata: string;
  commitTimestampMs: number }): OffsetCommitRecord {
  return {
    type: 'offset-commit',
    key: { group: key.groupId, topic: key.topic, partition: key.partition },
    value: { offset: value.offset, leaderEpoch: value.leaderEpoch, metadata: value.metadata,
      commitTimestamp: BigInt(value.commitTimestampMs), expireTimestamp: -1n },
  };
}

/** The tombstone that deletes an offset. */
export function offsetTombstone(key: OffsetKey): OffsetCommitRecord {
  return { type: 'offset-commit', key: { group: key.groupId, topic: key.topic, partition: key.partition }, value: null };
}
