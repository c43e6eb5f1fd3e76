// Test-only switches that break the group coordinator runtime on purpose (issue 12), so that
// tests and the simulator's negative controls can show their checks catch a real fault of the
// real code (the runtime's, and the offsets and classic parts' that read them from their shard
// context) ("committed offsets go back", "a group does not resume at its committed offsets",
// /work/shared/research/simulation.md). `weir node` never sets them; WeirNode hands them to the
// broker, which hands them to its GroupCoordinator.
export interface TestOnlyBreakGroups {
  /**
   * A write resolves as soon as the leader's log holds its batch, before the in-sync replicas
   * have it: a failover right after the answer loses what was acknowledged.
   */
  readonly acknowledgeWritesAtAppend?: boolean;
  /** A new coordinator replays nothing: its shard starts empty, as if the partition held nothing. */
  readonly skipLoading?: boolean;
  /**
   * OffsetFetch answers from the shard's state without waiting for it to be committed
   * (offsets-part.ts): a commit not yet replicated is shown, and a failover then loses it.
   */
  readonly fetchOffsetsUncommitted?: boolean;
  /** A classic group's rebalance completes under the generation id it began in (classic-group.ts). */
  readonly keepGenerationOnRebalance?: boolean;
  /**
   * A classic Heartbeat of a member the group no longer has, or of an older generation, is
   * answered NONE (heartbeat.ts): a removed member keeps believing it owns its partitions.
   */
  readonly acceptStaleHeartbeats?: boolean;
  /**
   * KIP-848: reconciliation frees the partitions a member must revoke before it acknowledged
   * the revocation (TestOnlyBreakConsumerGroups, handed to the shard's ConsumerGroups).
   */
  readonly revokeWithoutWaiting?: boolean;
}
