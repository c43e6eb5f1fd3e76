// Test-only switches that break the cluster's metadata handling on purpose, so that the
// whole-cluster simulator's negative controls (sim/cluster/README.md) can show each of its
// checkers catches a real fault of the real code. `weir node` never sets them; WeirNode hands
// each to the one part it breaks.
export interface TestOnlyBreakCluster {
  /** The metadata publisher skips RemoveTopicRecord (this node's image keeps deleted topics). */
  readonly skipTopicRemoval?: boolean;
  /**
   * The controller gives a new registration the broker's previous epoch, and neither it nor the
   * image applying the record refuses it (both check that epochs grow; the control turns that off).
   */
  readonly reuseBrokerEpoch?: boolean;
  /** The controller fences an expired broker without moving its leadership away. */
  readonly fenceWithoutMovingLeaders?: boolean;
  /** The broker registers but never sends a heartbeat. */
  readonly skipHeartbeats?: boolean;
  /**
   * Replication (`weir sim --workload replication` controls). The controller, when a leader
   * leaves, elects a replica outside the ISR if one is able to lead (an unclean election).
   */
  readonly electLeaderOutsideIsr?: boolean;
}

