// One node of the Raft test harness (test/support/raft-harness.ts): a RaftCore, the "durable"
// record a real driver would keep on disk (quorum state, snapshot, log), and a tiny state
// machine (the list of data payloads applied). `processReady` honours the Ready contract of
// raft/ready.ts exactly as a real driver does: persist hard state, snapshot, truncation and
// entries first, then hand messages to the network, then apply, then `advance`. A crash drops
// the core and the state machine and keeps the durable record; a restart builds a new core from
// it through the `restored` option, as src/quorum/raft-driver.ts does after reading the disk.
// Along the way it calls the hooks of the simulator's checkers (sim/checkers/checked-node.ts)
// at the points where src/quorum/raft-driver.ts and sim/cluster.ts call them.
import assert from 'node:assert/strict';
import {
  RaftCore,
  type Entry,
  type HardState,
  type Message,
  type NodeId,
  type RaftEvent,
  type RaftOptions,
  type Ready,
  type Snapshot,
} from '../../../raft/mod.js';
import type { CheckedNode, NodeObserver } from '../../../sim/checkers/checked-node.js';
import { uncoveredPromise } from './persist-before-send.js';
import { StateMachine } from './state-machine.js';

/** What survives a crash: exactly what the Ready contract told the driver to make durable. */
export interface DurableRecord {
  hardState: HardState | null;
  snapshot: Snapshot | null;
  /** Invariant: consecutive offsets, starting at or below the snapshot's end offset. */
  entries: Entry[];
}

/**
 * Where a torn crash stops a Ready: after how many of the durable steps 1-4 (hard state,
 * snapshot, truncation, entries); 4 appends only the first half of the entries, as a crash in
 * the middle of a write does. No message of that Ready is sent.
 */
export type TornCut = 0 | 1 | 2 | 3 | 4;

/** Options for the core that stay the same across restarts (all but `id` and `restored`). */
export type CoreOptions = Omit<RaftOptions, 'id' | 'restored'>;

/** Where a processed Ready's outputs go. */
export interface ReadySink {
  send(message: Message): void;
  event(event: RaftEvent): void;
  /** A message promised more than the durable record held when it was sent. */
  uncovered?(message: Message, reason: string): void;
}

/** A node of the harness. */
export class HarnessNode implements CheckedNode {
  readonly id: NodeId;
  readonly name: string;
  /** The harness never damages a durable record on purpose. */
  readonly corrupted = false;
  readonly durable: DurableRecord = { hardState: null, snapshot: null, entries: [] };
  readonly #coreOptions: CoreOptions;
  #core: RaftCore | null;
  readonly #keepPayloads: boolean;
  /** The checkers watching this node (sim/checkers/), if any. */
  readonly #observer: NodeObserver | null;
  #stateMachine: StateMachine;
  #incarnation = 0;
  #tornCut: TornCut | null = null;

  constructor(
    id: NodeId,
    coreOptions: CoreOptions,
    options: { readonly keepPayloads?: boolean; readonly observer?: NodeObserver } = {},
  ) {
    this.id = id;
    this.name = `node-${id}`;
    this.#coreOptions = coreOptions;
    this.#keepPayloads = options.keepPayloads ?? true;
    this.#observer = options.observer ?? null;
    this.#stateMachine = new StateMachine({ keepPayloads: this.#keepPayloads });
    this.#core = new RaftCore({ ...coreOptions, id });
  }

  /** The running core. Precondition: the node is alive. */
  get core(): RaftCore {
    assert.ok(this.#core !== null, `node ${this.id} is crashed`);
    return this.#core;
  }

  get alive(): boolean {
    return this.#core !== null;
  }

  get incarnation(): number {
    return this.#incarnation;
  }

  get stateMachine(): StateMachine {
    return this.#stateMachine;
  }

  /** Loses everything but the durable record, as a process crash does. */
  crash(): void {
    assert.ok(this.#core !== null, `node ${this.id} is already crashed`);
    this.#core = null;
    this.#tornCut = null;
    this.#stateMachine = new StateMachine({ keepPayloads: this.#keepPayloads });
    this.#observer?.onDown?.(this);
  }

  /** Starts a new core from the durable record, as a driver does after reading its disk. */
  restart(): void {
    assert.ok(this.#core === null, `node ${this.id} is running`);
    this.#incarnation++;
    const snapshot = this.durable.snapshot;
    const start = snapshot?.id.offset ?? 0;
    const restored = {
      hardState: this.durable.hardState,
      snapshot,
      entries: this.durable.entries.filter((entry) => entry.offset >= start),
    };
    this.#observer?.onRecovered?.(this, { ...restored, tornBytes: 0 });
    this.#core = new RaftCore({ ...this.#coreOptions, id: this.id, restored });
    // The core hands out only what is committed after the restart; the driver itself rebuilds
    // the state machine from the durable snapshot (raft/core.ts, RestoredState).
    if (snapshot !== null) this.#stateMachine.restore(snapshot);
  }

  /** The next Ready with something to persist will be cut short by a crash at `cut`. */
  armTornCrash(cut: TornCut): void {
    assert.ok(this.alive, `node ${this.id} is crashed`);
    this.#tornCut = cut;
  }

  /** Cancels an armed torn crash that has not happened yet. */
  disarmTornCrash(): void {
    this.#tornCut = null;
  }

  /**
   * Carries out every pending Ready in contract order; returns how many there were. An armed
   * torn crash ends it early with the node crashed.
   */
  processReady(sink: ReadySink): number {
    const core = this.core;
    let readyCount = 0;
    while (core.hasReady()) {
      const ready = core.ready();
      this.#observer?.onPersisting?.(this, ready);
      if (this.#tornCut !== null && hasDurableWork(ready)) {
        this.#persistTorn(ready, this.#tornCut);
        this.#tornCut = null;
        this.crash();
        return readyCount;
      }
      this.#persist(ready);
      this.#observer?.onPersisted?.(this, ready);
      for (const message of ready.messages) {
        assert.equal(message.from, this.id, 'a node sends only as itself');
        if (sink.uncovered !== undefined) {
          const reason = uncoveredPromise(message, this.durable);
          if (reason !== undefined) sink.uncovered(message, reason);
        }
        sink.send(message);
      }
      this.#apply(ready);
      for (const event of ready.events) {
        this.#observer?.onRaftEvent?.(this, event);
        sink.event(event);
      }
      core.advance(ready);
      readyCount++;
      assert.ok(readyCount < 1000, `node ${this.id}: the core keeps producing Ready`);
    }
    return readyCount;
  }

  /** Steps 1-5 of the contract: everything that must be durable before a message leaves. */
  #persist(ready: Ready): void {
    const durable = this.durable;
    if (ready.hardState !== null) durable.hardState = ready.hardState;
    if (ready.snapshotToPersist !== null) durable.snapshot = ready.snapshotToPersist;
    if (ready.truncateLogTo !== null) this.#truncate(ready.truncateLogTo);
    if (ready.entriesToPersist.length > 0) this.#append(ready.entriesToPersist, ready.logStartOffset);
    if (ready.logStartOffset !== null) this.#dropBefore(ready.logStartOffset);
  }

  /** The steps of `#persist` up to `cut`, as far as a crash in the middle lets them get. */
  #persistTorn(ready: Ready, cut: TornCut): void {
    const durable = this.durable;
    if (cut >= 1 && ready.hardState !== null) durable.hardState = ready.hardState;
    if (cut >= 2 && ready.snapshotToPersist !== null) durable.snapshot = ready.snapshotToPersist;
    if (cut >= 3 && ready.truncateLogTo !== null) this.#truncate(ready.truncateLogTo);
    const half = ready.entriesToPersist.slice(0, Math.ceil(ready.entriesToPersist.length / 2));
    if (cut >= 4 && half.length > 0) this.#append(half, ready.logStartOffset);
  }

  /** Deletes durable entries below `start` (they are covered by a snapshot now). */
  #dropBefore(start: number): void {
    const entries = this.durable.entries;
    const first = entries[0];
    if (first === undefined || first.offset >= start) return;
    entries.splice(0, Math.min(entries.length, start - first.offset));
    assert.ok(entries.length === 0 || entries[0]?.offset === start, 'the log now starts at the log start offset');
  }

  #truncate(endOffset: number): void {
    const entries = this.durable.entries;
    const keep = entries.findIndex((entry) => entry.offset >= endOffset);
    if (keep < 0) return;
    entries.length = keep;
  }

  #append(entries: readonly Entry[], logStartOffset: number | null): void {
    const log = this.durable.entries;
    const first = entries[0] as Entry;
    const last = log[log.length - 1];
    const expected = last !== undefined ? last.offset + 1 : (logStartOffset ?? this.durable.snapshot?.id.offset ?? 0);
    // A log emptied by a snapshot starts again at the snapshot's end offset.
    const startsFresh = last === undefined && first.offset === (this.durable.snapshot?.id.offset ?? 0);
    if (first.offset !== expected && !startsFresh) {
      assert.fail(`node ${this.id}: append at ${first.offset}, log ends at ${expected}`);
    }
    log.push(...entries);
  }

  /** Steps 7-8: the state machine takes a snapshot or applies committed entries. */
  #apply(ready: Ready): void {
    if (ready.snapshotToApply !== null) this.#stateMachine.restore(ready.snapshotToApply);
    for (const entry of ready.committed) this.#stateMachine.apply(entry);
    if (ready.committed.length > 0) this.#observer?.onApplied?.(this, ready.committed);
  }
}

/** Whether a Ready asks for anything to be made durable (steps 1-4). */
function hasDurableWork(ready: Ready): boolean {
  return ready.hardState !== null || ready.snapshotToPersist !== null || ready.truncateLogTo !== null ||
    ready.entriesToPersist.length > 0;
}
