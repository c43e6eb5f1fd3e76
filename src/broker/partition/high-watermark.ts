// The high watermark of a partition leader (Kafka's Partition.maybeIncrementLeaderHW; issue 11):
// the offset below which every in-sync replica holds the log, so the records below it survive
// the loss of any replica but one in the ISR. Pure.
//
// Rules:
// - The candidate is the lowest log end offset over the leader and every ISR follower (the
//   "maximal" ISR, which still holds a member whose removal is proposed but not committed, and
//   already holds one whose addition is proposed: an acks=all write waits for both).
// - A follower whose log end is not known in the current leader epoch (it has not fetched since
//   this broker became leader) holds the candidate where it is: the new leader cannot know what
//   it has, so the high watermark does not move.
// - Within one leader epoch the high watermark never moves back, and never passes the leader's
//   own log end offset.

/** What the leader knows when it computes its high watermark. */
export interface HighWatermarkInputs {
  /** The high watermark now. Invariant: ≤ leaderLogEndOffset. */
  readonly current: number;
  readonly leaderLogEndOffset: number;
  /**
   * The log end offset of each in-sync follower (the leader excluded), or undefined for one not
   * heard from in this leader epoch.
   */
  readonly followerLogEndOffsets: readonly (number | undefined)[];
}

/**
 * The new high watermark: the minimum log end offset over the ISR, or the current one when that is
 * lower or a follower's log end is unknown.
 *
 * @example
 * nextHighWatermark({ current: 3, leaderLogEndOffset: 10, followerLogEndOffsets: [7, 9] }) // 7
 */
export function nextHighWatermark(inputs: HighWatermarkInputs): number {
  if (inputs.current > inputs.leaderLogEndOffset) {
    throw new RangeError(`high watermark ${inputs.current} past the log end ${inputs.leaderLogEndOffset}`);
  }
  let candidate = inputs.leaderLogEndOffset;
  for (const endOffset of inputs.followerLogEndOffsets) {
    if (endOffset === undefined) return inputs.current;
    candidate = Math.min(candidate, endOffset);
  }
  return Math.max(inputs.current, candidate);
}

/**
 * A follower's high watermark from its leader's: the leader's, but never past the follower's own
 * log end (it may not hold everything below the leader's yet), and never below zero.
 */
export function followerHighWatermark(leaderHighWatermark: number, followerLogEndOffset: number): number {
  return Math.max(0, Math.min(leaderHighWatermark, followerLogEndOffset));
}
