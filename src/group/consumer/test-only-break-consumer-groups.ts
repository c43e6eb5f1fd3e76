// Test-only switches that break the KIP-848 coordinator on purpose, so that a negative control
// can show its checker catches a real fault of the real code. A broker never sets them; tests
// and the simulator hand them to `new ConsumerGroups(context, typeOf, testOnlyBreak)`.
export interface TestOnlyBreakConsumerGroups {
  /**
   * Reconciliation does not wait for a member to acknowledge a revocation: the member moves to
   * its target at once, and the partitions it must give up are free for others while it may
   * still consume them. The property test of reconciliation (checker "partition owned by two
   * members") must catch it.
   */
  readonly revokeWithoutWaiting?: boolean;
}
