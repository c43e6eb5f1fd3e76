// The Ready value: everything the core asks its driver to do, handed out one at a time.
// Part of raft/. The core never touches a disk or a socket; after each batch of inputs the driver
// takes one Ready, carries out its fields IN THE NUMBERED ORDER below, then acknowledges it
// with `advance(ready)`. The order is the persist-before-send contract: a vote, an
// acknowledgement or a fetch offset may only leave the node once the state it promises is
// durable (KIP-595's quorum-state file; Raft paper §5.1 and Figure 2, "before responding").
import type { Message } from './messages.js';
import type { RaftEvent } from './events.js';
import type { Entry, Epoch, NodeId, Offset, OffsetAndEpoch } from './types.js';

/**
 * The durable quorum state (Kafka's `quorum-state` file): the current epoch, the vote cast in
 * it and the leader known for it.
 * Invariant: at most one `votedFor` per epoch; it never changes once set within an epoch.
 */
export interface HardState {
  readonly epoch: Epoch;
  readonly votedFor: NodeId | null;
  readonly leader: NodeId | null;
}

/**
 * A snapshot of the state machine (KIP-630). `id.offset` is its end offset: the snapshot
 * covers every entry below it, and `id.epoch` is the epoch of the last entry it covers.
 */
export interface Snapshot {
  readonly id: OffsetAndEpoch;
  /** The state machine's bytes, opaque to the core. */
  readonly data: Uint8Array;
  /** The voter set in force at `id.offset`. */
  readonly voters: readonly NodeId[];
}

/**
 * The work the driver must do, in this order:
 *
 * 1. `hardState`: write the quorum state atomically (temp file, fsync, rename, fsync dir).
 * 2. `snapshotToPersist`: store this snapshot durably (one taken locally or received).
 * 3. `truncateLogTo`: drop durable entries at offsets >= this (a diverging log, or a snapshot
 *    that replaces the whole log).
 * 4. `entriesToPersist`: append these entries and fsync.
 * 5. `logStartOffset`: the log now starts here; entries below it may be deleted. When the log
 *    is empty the next append is at this offset.
 * 6. `messages`: send them, only now that 1-4 are durable.
 * 7. `snapshotToApply`: replace the state machine's state with this snapshot.
 * 8. `committed`: apply these entries to the state machine, in offset order.
 *
 * Then call `core.advance(ready)` with this very object. Between `ready()` and `advance()` the
 * core accepts no input (tick, step, propose, ...): the driver queues inputs meanwhile.
 * `events` report what happened, for logs and traces; they need no action.
 */
export interface Ready {
  readonly hardState: HardState | null;
  readonly snapshotToPersist: Snapshot | null;
  readonly truncateLogTo: Offset | null;
  readonly entriesToPersist: readonly Entry[];
  readonly logStartOffset: Offset | null;
  readonly messages: readonly Message[];
  readonly snapshotToApply: Snapshot | null;
  /** Newly committed entries: offsets below the high watermark, each handed out once. */
  readonly committed: readonly Entry[];
  readonly events: readonly RaftEvent[];
}
