// What the Raft checkers of sim/checkers/ need to know of a node, and the hooks they react to.
// Part of sim/checkers/. A simulated machine (sim/machine.ts) has these fields, and so has a
// node of the in-memory test harness (test/support/harness/harness-node.ts): both feed the same
// checkers, so a violation means the same thing whichever of them found it.
import type { Entry, HardState, RaftEvent, Ready } from '../../raft/mod.js';
import type { RecoveredLog } from '../../src/quorum/raft-log-store.js';

/** A node as the checkers see it. */
export interface CheckedNode {
  readonly id: number;
  /** For messages: `node-2`. */
  readonly name: string;
  /** Grows on every start, so facts of one run of the process (its high watermark) can be reset. */
  readonly incarnation: number;
  /** The nemesis damaged its disk on purpose: what recovery finds need not match what was durable. */
  readonly corrupted: boolean;
}

/** What a node recovered from its disk at a start. */
export type RecoveredState = RecoveredLog & { readonly hardState: HardState | null };

/**
 * The hooks a checker may implement, called in Ready-contract order by whoever drives the node
 * (sim/cluster.ts's ClusterObserver has the same hooks with the simulated machine for `host`).
 */
export interface NodeObserver {
  onRaftEvent?(host: CheckedNode, event: RaftEvent): void;
  onRecovered?(host: CheckedNode, recovered: RecoveredState): void;
  /** The driver starts making `ready` durable. */
  onPersisting?(host: CheckedNode, ready: Ready): void;
  /** Everything `ready` asked to be durable is. */
  onPersisted?(host: CheckedNode, ready: Ready): void;
  onApplied?(host: CheckedNode, entries: readonly Entry[]): void;
  /** The node's process ended (crash) or refused to start. */
  onDown?(host: CheckedNode): void;
}
