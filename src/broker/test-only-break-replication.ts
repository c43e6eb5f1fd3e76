// Test-only switches that break partition replication on purpose (issue 11), so that the
// simulator's negative controls can show each replication checker catches a real fault of the
// real code (/work/shared/research/simulation.md: KIP-101 truncation to the high watermark, an
// acks=all answer before the ISR has the batch). `weir node` never sets them; WeirNode hands
// them to the broker, which hands each to the one part it breaks.
export interface TestOnlyBreakReplication {
  /**
   * A follower told its log diverged truncates to its own high watermark instead of where the
   * leader's epochs say (the pre-KIP-101 rule, which loses acknowledged records).
   */
  readonly truncateToHighWatermark?: boolean;
  /** acks=all is answered as soon as the leader's own log holds the batch, as acks=1 is. */
  readonly acknowledgeBeforeReplicated?: boolean;
}
