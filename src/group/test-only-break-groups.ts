// Test-only switches that break the group coordinator on purpose (issue 12), so that the
// simulator's groups workload (sim/groups/) can show each group checker catches a real fault of
// the real code: a write answered before it is replicated, an OffsetFetch served from state not
// yet committed, a rebalance that keeps its generation, a heartbeat of a removed member accepted.
// `weir node` never sets them; WeirNode hands them to the broker, whose services carry them to the
// coordinator runtime and the group parts, each to the one rule it breaks.
export interface TestOnlyBreakGroups {
  /** The shard writer resolves a write once its batch is appended, not once it is committed. */
  readonly answerBeforeReplicated?: boolean;
  /** OffsetFetch answers from the shard's state without waiting for it to be committed. */
  readonly fetchOffsetsUncommitted?: boolean;
  /** A classic group's rebalance completes under the generation id it began in. */
  readonly keepGenerationOnRebalance?: boolean;
  /** A classic Heartbeat of a member the group no longer has (or of an old generation) is answered NONE. */
  readonly acceptStaleHeartbeats?: boolean;
}
