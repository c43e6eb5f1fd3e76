// Consumer lag, pure (src/admin/): per partition a group consumes or has committed, the committed
// offset, the log end (the high watermark, what a read_uncommitted consumer can reach) and their
// difference, with the member assigned the partition, as kafka-consumer-groups --describe shows
// it. A partition assigned but never committed has no lag ("-"), as there.
import assert from 'node:assert/strict';

import type { CommittedOffset, GroupMember } from './group-reads.js';

/** One row of a group's lag. */
export interface PartitionLag {
  readonly topic: string;
  readonly partition: number;
  /** null: nothing committed yet. */
  readonly committedOffset: number | null;
  /** The partition's high watermark; null when the topic is gone. */
  readonly logEndOffset: number | null;
  /** logEndOffset − committedOffset; null when either is unknown. */
  readonly lag: number | null;
  /** The member assigned the partition now, if any. */
  readonly memberId: string | null;
  readonly clientId: string | null;
  readonly clientHost: string | null;
}

/** Log end offsets by topic, then partition. */
export type LogEnds = ReadonlyMap<string, ReadonlyMap<number, number>>;

/** The partitions a group has committed offsets for or has assigned, by topic. */
export function lagPartitions(committed: readonly CommittedOffset[], members: readonly GroupMember[]): Map<string, number[]> {
  const partitions = new Map<string, Set<number>>();
  const add = (topic: string, partition: number): void => {
    partitions.set(topic, (partitions.get(topic) ?? new Set()).add(partition));
  };
  for (const entry of committed) add(entry.topic, entry.partition);
  for (const member of members) for (const entry of member.assignment ?? []) for (const partition of entry.partitions) add(entry.topic, partition);
  return new Map([...partitions].map(([topic, set]) => [topic, [...set].sort((a, b) => a - b)]));
}

/**
 * The lag of each partition of `lagPartitions(committed, members)`, sorted by topic and
 * partition.
 *
 * @example
 * partitionLags([{ topic: 't', partition: 0, offset: 3, leaderEpoch: -1, metadata: '' }], [],
 *   new Map([['t', new Map([[0, 5]])]]))[0]?.lag; // 2
 */
export function partitionLags(committed: readonly CommittedOffset[], members: readonly GroupMember[], logEnds: LogEnds): PartitionLag[] {
  const committedAt = new Map(committed.map((entry) => [`${entry.topic}\u0000${entry.partition}`, entry.offset]));
  const ownerOf = new Map<string, GroupMember>();
  for (const member of members) {
    for (const entry of member.assignment ?? []) for (const partition of entry.partitions) ownerOf.set(`${entry.topic}\u0000${partition}`, member);
  }
  const rows: PartitionLag[] = [];
  for (const [topic, partitions] of [...lagPartitions(committed, members)].sort(([a], [b]) => a.localeCompare(b))) {
    for (const partition of partitions) {
      const key = `${topic}\u0000${partition}`;
      const committedOffset = committedAt.get(key) ?? null;
      const logEndOffset = logEnds.get(topic)?.get(partition) ?? null;
      const owner = ownerOf.get(key);
      rows.push({
        topic, partition, committedOffset, logEndOffset,
        lag: committedOffset === null || logEndOffset === null ? null : logEndOffset - committedOffset,
        memberId: owner?.memberId ?? null, clientId: owner?.clientId ?? null, clientHost: owner?.clientHost ?? null,
      });
    }
  }
  assert.ok(rows.length >= new Set(committed.map((entry) => `${entry.topic}\u0000${entry.partition}`)).size, 'every committed partition has a row');
  return rows;
}

/** The sum of the known lags. */
export function totalLag(rows: readonly PartitionLag[]): number {
  return rows.reduce((sum, row) => sum + (row.lag ?? 0), 0);
}
