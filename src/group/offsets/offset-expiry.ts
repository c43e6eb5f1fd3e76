// Which committed offsets have expired (offsets.retention.minutes, KIP-211; Kafka's
// OffsetMetadataManager.cleanupExpiredOffsets). Offsets of a group that has members never expire:
// its consumers still read from them. Offsets of a group that does not exist (only "simple"
// commits made them) or that has no members expire once offsets.retention.minutes have passed
// since the later of their commit and the moment the group became empty, so a group that was
// empty for a week but committed yesterday keeps yesterday's offsets. An offset stored with an
// explicit expire timestamp (value version 1, written by old clients' retention time) expires
// then. Pure.
import type { GroupKind } from '../group-kind.js';
import type { CommittedOffset, OffsetStore } from './offset-store.js';
import type { OffsetKey } from './offset-records.js';

/** The expired offsets of the store at `nowMs`. */
export function expiredOffsets(store: OffsetStore, context: { readonly nowMs: number; readonly retentionMs: number;
  kindOf(groupId: string): GroupKind | undefined }): OffsetKey[] {
  const expired: OffsetKey[] = [];
  for (const groupId of store.groupIds()) {
    const kind = context.kindOf(groupId);
    const emptySince = kind === undefined ? Number.NEGATIVE_INFINITY : kind.emptySince(groupId);
    if (emptySince === undefined) continue;
    for (const [topic, partitions] of store.offsetsOf(groupId)) {
      for (const [partition, committed] of partitions) {
        if (hasExpired(committed, emptySince, context)) expired.push({ groupId, topic, partition });
      }
    }
  }
  return expired;
}

function hasExpired(committed: CommittedOffset, emptySinceMs: number,
  context: { readonly nowMs: number; readonly retentionMs: number }): boolean {
  if (committed.expireTimestampMs >= 0) return context.nowMs >= committed.expireTimestampMs;
  const sinceMs = Math.max(committed.commitTimestampMs, emptySinceMs);
  return context.nowMs - sinceMs >= context.retentionMs;
}
