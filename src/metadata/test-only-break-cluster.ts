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
  /** A follower truncates its log to its high watermark, not to where it agrees with the leader by epoch (pre-KIP-101). */
  readonly truncateToHighWatermark?: boolean;
  /**
   * A follower told of a diverging epoch truncates to the leader's end offset for it, without
   * looking at where that epoch ends in its own log (KIP-101 before KIP-279).
   */
  readonly truncateToLeaderEndOffset?: boolean;
  /** A leader answers an acks=-1 produce once its own log holds the batch, before the ISR has it. */
  readonly acknowledgeBeforeReplicated?: boolean;
}
