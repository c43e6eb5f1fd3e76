// The committed offsets of one shard, in memory: group → topic → partition → the last commit,
// exactly what replaying the shard's OffsetCommit records (key versions 0 and 1) gives. A value
// sets a partition's committed offset; a tombstone (null value) deletes it. The offsets part
// (offsets-part.ts) changes it only through `apply`, for loaded and new records alike, so the
// state is always the replay of the log.
import assert from 'node:assert/strict';
import type { GroupRecord } from '../group-records.js';

/** One partition's committed offset, as OffsetCommitValue stores it. */
export interface CommittedOffset {
  readonly offset: bigint;
  /** The leader epoch of the committed record (KIP-320), -1 when the client named none. */
  readonly leaderEpoch: number;
  readonly metadata: string;
  /** Wall-clock ms of the commit (the coordinator's clock). */
  readonly commitTimestampMs: number;
  /** Wall-clock ms at which it expires (value version 1 only), -1 otherwise. */
  readonly expireTimestampMs: number;
}

export type OffsetCommitRecord = Extract<GroupRecord, { type: 'offset-commit' }>;

/** The committed offsets of the groups of one shard. */
export class OffsetStore {
  private readonly groups = new Map<string, Map<string, Map<number, CommittedOffset>>>();

  /** Applies one OffsetCommit record (a commit or a tombstone). */
  apply(record: OffsetCommitRecord): void {
    const { group, topic, partition } = record.key;
    if (record.value === null) {
      this.remove(group, topic, partition);
      return;
    }
    const { value } = record;
    let topics = this.groups.get(group);
    if (topics === undefined) this.groups.set(group, topics = new Map());
    let partitions = topics.get(topic);
    if (partitions === undefined) topics.set(topic, partitions = new Map());
    partitions.set(partition, { offset: value.offset, leaderEpoch: value.leaderEpoch, metadata: value.metadata,
      commitTimestampMs: Number(value.commitTimestamp), expireTimestampMs: Number(value.expireTimestamp) });
  }

  private remove(group: string, topic: string, partition: number): void {
    const topics = this.groups.get(group);
    const partitions = topics?.get(topic);
    if (topics === undefined || partitions === undefined) return;
    partitions.delete(partition);
    if (partitions.size === 0) topics.delete(topic);
    if (topics.size === 0) this.groups.delete(group);
    assert.ok(this.get(group, topic, partition) === undefined, 'a tombstone removes the offset');
  }

  get(group: string, topic: string, partition: number): CommittedOffset | undefined {
    return this.groups.get(group)?.get(topic)?.get(partition);
  }

  /** Whether `group` has any committed offset. */
  hasGroup(group: string): boolean {
    return this.groups.has(group);
  }

  /** The groups that have committed offsets. */
  groupIds(): string[] {
    return [...this.groups.keys()];
  }

  /** Every committed offset of `group`, by topic then partition (copies: callers may keep them). */
  offsetsOf(group: string): Map<string, Map<number, CommittedOffset>> {
    const topics = this.groups.get(group);
    const copy = new Map<string, Map<number, CommittedOffset>>();
    for (const [topic, partitions] of topics ?? []) copy.set(topic, new Map(partitions));
    return copy;
  }

  /** How many partition offsets are stored in all. */
  get size(): number {
    let count = 0;
    for (const topics of this.groups.values()) for (const partitions of topics.values()) count += partitions.size;
    return count;
  }

  checkInvariants(): void {
    for (const topics of this.groups.values()) {
      assert.ok(topics.size > 0, 'a group without offsets is not kept');
      for (const partitions of topics.values()) assert.ok(partitions.size > 0, 'a topic without offsets is not kept');
    }
  }
}
