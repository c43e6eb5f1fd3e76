// The high watermark a leader may show consumers (issue 11: "the high watermark seen by
// consumers never goes back"; KIP-207 and Kafka's Partition, whose leader refuses ListOffsets
// with OFFSET_NOT_AVAILABLE while its high watermark is below its leader epoch's start offset).
// Pure.
//
// A new leader learned its high watermark as a follower, one fetch behind the old leader's, so
// its own starts low and rises only when its followers fetch in the new epoch. Until it reaches
// the epoch's start offset (the log end the replica had when it became leader) it is not known:
// a consumer is shown no high watermark at all, never a lower one.
//
// Invariant: a known answer is at least every high watermark an earlier leader showed. The new
// leader was in the ISR that elected it (clean election), the old leader's high watermark counted
// every member of its maximal ISR, and a replica never truncates below a committed offset; so the
// epoch start offset is at least the old high watermark, and within the epoch the high watermark
// only rises (high-watermark.ts).

/** What the rule reads of a leader. Invariant: highWatermark ≤ the log end ≥ leaderEpochStartOffset. */
export interface LeaderHighWatermark {
  readonly highWatermark: number;
  /** The log end offset when this replica became leader of its current epoch. */
  readonly leaderEpochStartOffset: number;
}

/**
 * The high watermark to show consumers, or undefined while it is not yet known.
 *
 * @example
 * consumerHighWatermark({ highWatermark: 39, leaderEpochStartOffset: 40 }) // undefined
 * consumerHighWatermark({ highWatermark: 41, leaderEpochStartOffset: 40 }) // 41
 */
export function consumerHighWatermark(leader: LeaderHighWatermark): number | undefined {
  return leader.highWatermark >= leader.leaderEpochStartOffset ? leader.highWatermark : undefined;
}
