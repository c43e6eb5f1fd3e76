// Test-only switches that break partition replication on purpose (issue 11), so that the
// simulator's negative controls can show each replication checker catches a real fault of the
// real code (/work/shared/research/simulation.md: KIP-101 truncation to the high watermark, an
// acks=all answer before the ISR has the batch, a high watermark shown lower than before). `weir node` never sets them; WeirNode hands
// them to the broker, which hands each to the one part it breaks.
export interface TestOnlyBreakReplication {
  /**
   * A follower told its log diverged truncates to its own high watermark instead of where the
   * leader's epochs say (the pre-KIP-101 rule, which loses acknowledged records).
   */
  readonly truncateToHighWatermark?: boolean;
  /** acks=all is answered as soon as the leader's own log holds the batch, as acks=1 is. */
  readonly acknowledgeBeforeReplicated?: boolean;
  /**
   * A restarted broker's partitions follow its recovered image at once, before the image shows
   * this incarnation registered: it leads its old epoch again with an older high watermark.
   */
  readonly leadBeforeRegistration?: boolean;
  /**
   * A consumer Fetch is shown a new leader's high watermark before it reached the leader epoch's
   * start offset (consumer-high-watermark.ts): lower than the old leader showed.
   */
  readonly showUnknownHighWatermark?: boolean;
  /**
   * Consumer fetches read up to the leader's log end instead of its high watermark, so a consumer
   * is served records a failover may truncate and replace (the groups workload's resume checker
   * sees the replaced ones skipped).
   */
  readonly serveAboveHighWatermark?: boolean;
}
