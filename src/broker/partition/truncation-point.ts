// Where a follower's log and its leader's agree, by leader epoch (KIP-101, KIP-279; Kafka's
// AbstractFetcherThread.getOffsetTruncationState and Partition's diverging-epoch check of a
// Fetch, KIP-595 style). Pure.
//
// Truncating a follower to its high watermark loses records (KIP-101: the follower's high
// watermark lags the leader's, so records the ISR acknowledged are cut, and a later election
// can make that loss permanent), and after two quick failovers a follower's tail may match the
// new leader's offsets but not its records (KIP-279). The leader epoch of each batch tells them
// apart: the follower truncates to where the last epoch the two share ends, at the lower of the
// two ends.
//
// On the leader (Fetch v12+): a fetch names the epoch of the follower's last batch; if the
// leader's log has that epoch ending before the fetch offset, or knows only an older epoch,
// the answer is a diverging epoch (the largest epoch ≤ the follower's and where it ends in the
// leader's log) and no records. On the follower: the truncation offset for that answer.
import type { EpochEndOffset } from '../../../storage/mod.js';

/** The leader's answer to a fetch: no divergence, or the epoch and end offset to truncate by. */
export type DivergenceCheck =
  | { readonly diverging: false }
  | { readonly diverging: true; readonly epoch: number; readonly endOffset: number };

/**
 * The leader's divergence check of a fetch at `fetchOffset` whose last fetched batch had
 * `lastFetchedEpoch` (-1: the follower's log is empty or predates epochs; no check).
 * `leaderEpochEnd` is the leader's endOffsetForEpoch(lastFetchedEpoch).
 */
export function checkDivergence(fetch: { readonly fetchOffset: number; readonly lastFetchedEpoch: number },
  leader: { readonly epochEnd: EpochEndOffset; readonly logEndOffset: number }): DivergenceCheck {
  if (fetch.lastFetchedEpoch < 0) return { diverging: false };
  const { epochEnd } = leader;
  // The leader's log holds no epoch at all (empty): everything the follower has diverges.
  if (epochEnd.epoch < 0 || epochEnd.endOffset < 0) {
    return { diverging: true, epoch: -1, endOffset: leader.logEndOffset };
  }
  if (epochEnd.epoch < fetch.lastFetchedEpoch || epochEnd.endOffset < fetch.fetchOffset) {
    return { diverging: true, epoch: epochEnd.epoch, endOffset: epochEnd.endOffset };
  }
  return { diverging: false };
}

/** Where the follower truncates, and whether that settles the divergence. */
export interface TruncationPoint {
  readonly offset: number;
  /**
   * False when the follower does not have the leader's epoch: it truncated to the end of its own
   * latest epoch below, and its next fetch (naming that epoch) checks again.
   */
  readonly complete: boolean;
}

/**
 * The follower's truncation offset for the leader's diverging `epoch` ending at `endOffset`.
 * `followerEpochEnd` is the follower's endOffsetForEpoch(epoch). Never above the follower's log
 * end; never derived from a high watermark.
 */
export function truncationPoint(leader: { readonly epoch: number; readonly endOffset: number },
  follower: { readonly epochEnd: EpochEndOffset; readonly logEndOffset: number }): TruncationPoint {
  if (leader.endOffset < 0) throw new RangeError(`diverging end offset ${leader.endOffset} is negative`);
  const lowest = (offset: number): number => Math.min(offset, follower.logEndOffset);
  if (leader.epoch < 0 || follower.epochEnd.epoch < 0 || follower.epochEnd.endOffset < 0) {
    return { offset: lowest(leader.endOffset), complete: true };
  }
  if (follower.epochEnd.epoch !== leader.epoch) {
    return { offset: lowest(follower.epochEnd.endOffset), complete: false };
  }
  return { offset: lowest(Math.min(leader.endOffset, follower.epochEnd.endOffset)), complete: true };
}
