// The leader's check of a fetch position against its own log (KIP-595 divergence, KIP-630).
// Part of raft/log/. A follower says "my log ends at fetchOffset and its last entry has epoch
// lastFetchedEpoch". If the leader's log has that entry with that epoch the logs match up to
// there (Raft's log matching property) and the leader sends what follows. Otherwise it finds the
// largest epoch it holds that is at most lastFetchedEpoch and answers with that epoch and its
// end offset: the follower truncates there and asks again. When the answer lies inside the
// leader's snapshot, the follower must fetch the snapshot instead.
import assert from 'node:assert/strict';
import { offset, type Epoch, type Offset, type OffsetAndEpoch } from '../types.js';
import type { RaftLog } from './raft-log.js';

/** The verdict on a fetch position. */
export type FetchPosition =
  | { readonly kind: 'valid' }
  | { readonly kind: 'diverging'; readonly divergingEpoch: OffsetAndEpoch }
  | { readonly kind: 'snapshot' };

/**
 * Checks a follower's (fetchOffset, lastFetchedEpoch) against the leader's log.
 * @example checkFetchPosition(log, offset(10), epoch(3)) // { kind: 'valid' } when they match
 */
export function checkFetchPosition(
  log: RaftLog,
  fetchOffset: Offset,
  lastFetchedEpoch: Epoch,
): FetchPosition {
  if (fetchOffset < log.startOffset) return { kind: 'snapshot' };
  const matches = fetchOffset <= log.endOffset && log.epochBefore(fetchOffset) === lastFetchedEpoch;
  if (matches) return { kind: 'valid' };
  const found = log.endOffsetForEpoch(lastFetchedEpoch);
  if (found === null) return { kind: 'snapshot' };
  const divergingOffset = offset(Math.min(found.offset, fetchOffset));
  const divergingEpoch = { epoch: found.epoch, offset: divergingOffset };
  // A point at or below the log start lies in the snapshot, which only a snapshot can repair;
  // an empty log without a snapshot (start 0) can still be truncated to nothing.
  if (log.startOffset > 0 && divergingEpoch.offset <= log.startOffset) return { kind: 'snapshot' };
  assert.ok(divergingEpoch.offset <= fetchOffset, 'divergence never moves a follower forward');
  return { kind: 'diverging', divergingEpoch };
}

/**
 * Where a follower truncates on a diverging-epoch answer: the end of the same epoch in its own
 * log, but never past the leader's end offset for it.
 */
export function truncationOffset(log: RaftLog, divergingEpoch: OffsetAndEpoch): Offset {
  const local = log.endOffsetForEpoch(divergingEpoch.epoch);
  const localEnd = local === null ? log.startOffset : local.offset;
  const agreedEnd = Math.min(localEnd, divergingEpoch.offset, log.endOffset);
  return offset(Math.max(log.startOffset, agreedEnd));
}
