// What the quorum driver (raft-driver.ts) drives and what it answers a proposal with. These two
// types sit at the bottom of src/quorum/ so that the layers above it (the metadata publisher, the
// controller, the simulator's test registers) import them downward without depending on the
// driver itself.
import type { Entry, NodeId, Offset, Snapshot } from '../../raft/mod.js';

/** What the replicated log drives: the controller, a broker's metadata image, a test register. */
export interface StateMachine {
  /** Applies newly committed entries, in offset order (data and control records alike). */
  apply(entries: readonly Entry[]): void;
  /**
   * The whole state as bytes, as of the last applied entry (KIP-630 snapshot contents). Without
   * it the node never takes snapshots (its log is never compacted).
   */
  snapshot?(): Uint8Array;
  /** Replaces the whole state with a snapshot's (received from the leader, or at restart). */
  restore(snapshot: Snapshot): void;
}

/** The outcome of a proposal, as a client learns it. */
export type ProposalOutcome =
  /** Committed at `offset`: it is in the log of a majority and will never change. */
  | { readonly status: 'committed'; readonly offset: Offset }
  /** Definitely not committed: refused (not the leader) or replaced by another leader's entry. */
  | { readonly status: 'failed'; readonly reason: 'not-leader' | 'superseded' | 'stopped'; readonly leader: NodeId | null };
