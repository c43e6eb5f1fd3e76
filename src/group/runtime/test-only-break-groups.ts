// Test-only switches that break the group coordinator runtime on purpose (issue 12), so that
// tests and the simulator's negative controls can show their checks catch a real fault of the
// real code ("committed offsets go back", "a group does not resume at its committed offsets",
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
}
