// The groups a broker coordinates, as the consumer lag metrics read them (src/http/
// group-lag-metrics.ts): for every loaded shard, each group it lists (classic, consumer, and the
// "simple" groups that only have offsets) with its member count and committed offsets. Read at
// scrape time straight from the shards' state; an unloaded or loading shard contributes nothing,
// so a group is reported by its coordinator alone and moves with it on a failover.
import assert from 'node:assert/strict';

import type { GroupShard } from './runtime/group-shard.js';

/** One group this broker coordinates, as its shard holds it. */
export interface CoordinatedGroup {
  readonly groupId: string;
  readonly memberCount: number;
  /** Sorted by topic, then partition. */
  readonly offsets: ReadonlyArray<{ readonly topic: string; readonly partition: number; readonly committedOffset: number }>;
}

/** The groups of `shards` (the loaded ones), sorted by id. */
export function coordinatedGroups(shards: readonly GroupShard[]): CoordinatedGroup[] {
  const groups: CoordinatedGroup[] = [];
  for (const shard of shards.filter((entry) => entry.isLoaded)) {
    for (const listing of shard.listGroups()) {
      groups.push({ groupId: listing.groupId, memberCount: memberCount(shard, listing.groupId), offsets: offsetsOf(shard, listing.groupId) });
    }
  }
  assert.equal(new Set(groups.map((group) => group.groupId)).size, groups.length, 'a group lives in one shard, under one kind');
  return groups.sort((a, b) => a.groupId.localeCompare(b.groupId));
}

function memberCount(shard: GroupShard, groupId: string): number {
  const type = shard.typeOf(groupId);
  switch (type) {
    case 'classic': return shard.classic.group(groupId)?.members.size ?? 0;
    case 'consumer': return shard.consumer.group(groupId)?.members.size ?? 0;
    // Only offsets: a simple group, with no members.
    case undefined: return 0;
    default: {
      const unexpected: never = type;
      return assert.fail(`unknown group type ${String(unexpected)}`);
    }
  }
}

function offsetsOf(shard: GroupShard, groupId: string): CoordinatedGroup['offsets'] {
  const offsets: Array<CoordinatedGroup['offsets'][number]> = [];
  for (const [topic, partitions] of shard.offsets.store.offsetsOf(groupId)) {
    for (const [partition, committed] of partitions) {
      // A client may commit -1 ("no position", as some do before they have read); it is not an offset to measure lag from.
      if (committed.offset >= 0n) offsets.push({ topic, partition, committedOffset: Number(committed.offset) });
    }
  }
  return offsets.sort((a, b) => a.topic.localeCompare(b.topic) || a.partition - b.partition);
}
