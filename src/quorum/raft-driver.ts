// The node driver: the one place that carries a RaftCore's Ready to the runtime seam and feeds
// what comes back (messages, timer ticks, proposals) into the core (STYLE.md §2; etcd-io/raft's
// "node" loop). The simulator runs this same driver on sim/ implementations of the seam.
//
// Each Ready is carried out in the order raft/ready.ts numbers: quorum state (atomic file),
// snapshot, truncation, append + fsync, log start; then messages; then the state machine
// (snapshot, committed entries); then `advance`. Inputs that arrive meanwhile wait in a bounded
// inbox and are fed to the core in batches on the node's own turn, so the core is never stepped
// between `ready()` and `advance()`. The state machine is generic (a `StateMachine`), so the
// controller and broker can sit on the same driver later.
//
// Restart = a new RaftDriver on the same disk: `RaftDriver.start` recovers the quorum state, the
// snapshot and the log, and hands them to the core's `restored` option.
import assert from 'node:assert/strict';
import {
  offset, RaftCore, type Entry, type HardState, type Message, type NodeId,
  type OffsetAndEpoch, type RaftEvent, type RaftOptions, type RaftStatus, type Ready, type Snapshot,
} from '../../raft/mod.js';
import type { CancelTimer, Connection, Runtime } from '../runtime/seam.js';
import type { ProposalOutcome, StateMachine } from './state-machine.js';
import { QuorumStateStore } from './quorum-state-store.js';
import { RaftLogStore, type RecoveredLog } from './raft-log-store.js';
import { PeerMessenger } from './peer-messenger.js';
import { validateRaftMessage } from './raft-wire.js';

/** Hooks for traces and checkers; all optional except `onFatal`. */
export interface RaftDriverObserver {
  /** Everything the core reports, in order. */
  onRaftEvent?(event: RaftEvent): void;
  /** What recovery found at start (before the core exists). */
  onRecovered?(recovered: RecoveredLog & { readonly hardState: HardState | null }): void;
  /**
   * A Ready's persistence steps (1-5) begin; until `onPersisted`, a crash may leave any prefix
   * of them durable (each step is atomic or, for an append, may keep a prefix of its entries).
   */
  onPersisting?(ready: Ready): void;
  /** A Ready's persistence steps (1-5) are durable; called before its messages are sent. */
  onPersisted?(ready: Ready): void;
  /** Committed entries were applied to the state machine. */
  onApplied?(entries: readonly Entry[]): void;
  /** The driver hit a bug or a fatal environment failure; the process must end. */
  onFatal(error: unknown): void;
}

export interface RaftDriverOptions {
  readonly runtime: Runtime;
  readonly id: NodeId;
  /** The bootstrap voter set (used when the log has none). */
  readonly voters: readonly NodeId[];
  /** Internal RPC address of every voter (this node's included when it is a voter). */
  readonly addresses: ReadonlyMap<NodeId, string>;
  /**
   * How peers reach this node: 'listen' (default for a voter) binds this node's address itself;
   * 'handed-over' leaves that to the node's controller listener, which passes peer connections
   * to `acceptPeerConnection`; 'none' (default for an observer, a node without an address) only
   * dials, and hears the leader's answers on the connections it opened.
   */
  readonly inbound?: 'listen' | 'handed-over' | 'none';
  /** The cluster id sent to and required of peers; '' in worlds without one (tests, Raft-only runs). */
  readonly clusterId?: string;
  readonly dataDirectory: string;
  readonly stateMachine: StateMachine;
  /** Length of one core tick in monotonic milliseconds. */
  readonly tickMs: number;
  readonly electionTimeoutTicks: number;
  readonly fetchTimeoutTicks: number;
  readonly observer: RaftDriverObserver;
  /** Inputs fed to the core before it is asked for a Ready. */
  readonly inputBatchMax?: number;
  /** Inbox bound; messages beyond it are dropped (Raft tolerates loss), proposals refused. */
  readonly inboxMax?: number;
  /** Test-only switches that break one safety rule in the core (negative controls). */
  readonly testOnlyBreakSafety?: RaftOptions['testOnlyBreakSafety'];
  /**
   * Test only (a negative control): break the driver's persist-before-send rule by sending a
   * Ready's messages before its quorum state and entries are durable, so a vote or a fetch
   * offset can promise what a crash then takes away.
   */
  readonly testOnlySendBeforePersist?: boolean;
}

type Input =
  | { readonly kind: 'message'; readonly message: Message }
  | { readonly kind: 'snapshot' }
  | { readonly kind: 'propose'; readonly payloads: readonly Uint8Array[]; readonly settle: (outcomes: ProposalOutcome[]) => void };

interface PendingProposal {
  readonly epoch: number;
  readonly settle: (outcome: ProposalOutcome) => void;
}

/** One running Raft node. Create with `RaftDriver.start`. */
export class RaftDriver {
  private readonly inbox: Input[] = [];
  private pendingTicks = 0;
  private pumping = false;
  private stopped = false;
  private cancelTick: CancelTimer = () => {};
  private readonly pending = new Map<number, PendingProposal>();
  private readonly inputBatchMax: number;
  private readonly inboxMax: number;
  private messenger!: PeerMessenger<Message>;
  /** The last entry applied to the state machine (or covered by its snapshot); null before any. */
  private lastApplied: OffsetAndEpoch | null = null;

  private constructor(
    private readonly options: RaftDriverOptions,
    private readonly core: RaftCore,
    private readonly quorumStore: QuorumStateStore,
    private readonly logStore: RaftLogStore,
  ) {
    this.inputBatchMax = options.inputBatchMax ?? 64;
    this.inboxMax = options.inboxMax ?? 4096;
    assert(this.inputBatchMax > 0, 'a batch holds at least one input');
  }

  /** Recovers from the disk, starts listening and ticking. Rejects (e.g. CorruptionError) when recovery fails. */
  static async start(options: RaftDriverOptions): Promise<RaftDriver> {
    const { runtime, id, dataDirectory } = options;
    const inbound = options.inbound ?? (options.addresses.has(id) ? 'listen' : 'none');
    assert(inbound !== 'listen' || options.addresses.has(id), `node ${id} listens at an address of its own`);
    const quorumStore = new QuorumStateStore(runtime.disk, dataDirectory);
    const hardState = await quorumStore.load();
    const { store: logStore, recovered } = await RaftLogStore.open(runtime.disk, dataDirectory);
    options.observer.onRecovered?.({ ...recovered, hardState });
    if (recovered.snapshot !== null) options.stateMachine.restore(recovered.snapshot);
    const core = new RaftCore({
      id,
      voters: options.voters,
      random: runtime.random,
      electionTimeoutTicks: options.electionTimeoutTicks,
      fetchTimeoutTicks: options.fetchTimeoutTicks,
      restored: { hardState, snapshot: recovered.snapshot, entries: recovered.entries },
      ...(options.testOnlyBreakSafety === undefined ? {} : { testOnlyBreakSafety: options.testOnlyBreakSafety }),
    });
    const node = new RaftDriver(options, core, quorumStore, logStore);
    if (recovered.snapshot !== null) node.lastApplied = lastCoveredBy(recovered.snapshot);
    node.messenger = await PeerMessenger.start<Message>({
      clock: runtime.clock,
      network: runtime.network,
      localId: id,
      clusterId: options.clusterId ?? '',
      inbound: inbound === 'listen' ? { listenAddress: options.addresses.get(id) as string } : inbound,
      peers: options.addresses,
      validate: validateRaftMessage,
      senderOf: (message) => message.from,
      onMessage: (message) => {
        // The gateway's last check: the core asserts that a message is for it and from another
        // node. The sender may be an observer, which no voter has an address for.
        if (message.to !== id || message.from === id) return;
        node.enqueue({ kind: 'message', message });
      },
    });
    node.scheduleTick();
    node.kick();
    return node;
  }

  /** Serves a Raft peer's connection accepted by the node's controller listener ('handed-over'). */
  acceptPeerConnection(connection: Connection, buffered: Uint8Array): void {
    this.messenger.accept(connection, buffered);
  }

  /** The core's view of itself (role, epoch, leader, offsets), for status pages and checkers. */
  status(): RaftStatus {
    return this.core.status();
  }

  /** Asserts the core's internal invariants (the simulator calls it after every event). */
  checkInvariants(): void {
    this.core.checkInvariants();
  }

  /** Proposes one payload; resolves once it is committed or has definitely failed. */
  async propose(payload: Uint8Array): Promise<ProposalOutcome> {
    const outcomes = await new Promise<ProposalOutcome[]>((settle) => {
      if (!this.enqueue({ kind: 'propose', payloads: [payload], settle })) {
        settle([{ status: 'failed', reason: 'stopped', leader: null }]);
      }
    });
    return outcomes[0] as ProposalOutcome;
  }

  /**
   * Asks the state machine for a snapshot at its last applied entry, on the node's next turn,
   * so the core can drop the log before it (KIP-630). Does nothing if nothing new was applied.
   */
  takeSnapshot(): void {
    this.enqueue({ kind: 'snapshot' });
  }

  /** Stops ticking and closes the network; pending proposals stay unresolved (indeterminate). */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    this.cancelTick();
    await this.messenger.close();
    await this.logStore.close();
  }

  private scheduleTick(): void {
    this.cancelTick = this.options.runtime.clock.setTimer(this.options.tickMs, () => {
      if (this.stopped) return;
      this.pendingTicks += 1;
      this.scheduleTick();
      this.kick();
    });
  }

  /** Queues an input; false when the inbox is full (the input is dropped). */
  private enqueue(input: Input): boolean {
    if (this.stopped || this.inbox.length >= this.inboxMax) return false;
    this.inbox.push(input);
    this.kick();
    return true;
  }

  private kick(): void {
    if (this.pumping || this.stopped) return;
    this.pumping = true;
    this.pump().then(
      () => { this.pumping = false; },
      (error: unknown) => {
        this.pumping = false;
        this.stopped = true;
        this.options.observer.onFatal(error);
      },
    );
  }

  /** Feeds inputs and carries out Readies until both run dry. */
  private async pump(): Promise<void> {
    while (!this.stopped) {
      this.feedBatch();
      if (!this.core.hasReady()) {
        if (this.inbox.length === 0 && this.pendingTicks === 0) return;
        continue;
      }
      const ready = this.core.ready();
      await this.carryOut(ready);
      if (this.stopped) return;
      this.core.advance(ready);
    }
  }

  private feedBatch(): void {
    for (; this.pendingTicks > 0; this.pendingTicks -= 1) this.core.tick();
    const batch = this.inbox.splice(0, this.inputBatchMax);
    for (const input of batch) {
      switch (input.kind) {
        case 'message':
          this.core.step(input.message);
          break;
        case 'propose':
          this.proposeNow(input.payloads, input.settle);
          break;
        case 'snapshot':
          this.snapshotNow();
          break;
        default: {
          const unexpected: never = input;
          assert.fail(`unknown input ${String(unexpected)}`);
        }
      }
    }
  }

  /** Proposes to the core; refusals settle at once, accepted proposals when their offset commits. */
  private proposeNow(payloads: readonly Uint8Array[], settle: (outcomes: ProposalOutcome[]) => void): void {
    const result = this.core.propose(payloads);
    if (!result.ok) {
      settle(payloads.map(() => ({ status: 'failed', reason: 'not-leader', leader: result.leader })));
      return;
    }
    const epoch = this.core.status().epoch;
    assert.equal(result.offsets.length, payloads.length, 'one offset per proposed payload');
    const outcomes: ProposalOutcome[] = [];
    const settleOne = (index: number, outcome: ProposalOutcome): void => {
      outcomes[index] = outcome;
      if (outcomes.filter((value) => value !== undefined).length === payloads.length) settle(outcomes);
    };
    result.offsets.forEach((proposed, index) => {
      // An older proposal still waiting at this offset left our log in a truncation; whether it
      // commits elsewhere is unknown here, so its proposer is left to time out (indeterminate).
      this.pending.set(proposed, { epoch, settle: (outcome) => settleOne(index, outcome) });
    });
  }

  private snapshotNow(): void {
    const applied = this.lastApplied;
    const stateMachine = this.options.stateMachine;
    if (applied === null || stateMachine.snapshot === undefined) return;
    const endOffset = offset(applied.offset + 1);
    const status = this.core.status();
    if (endOffset <= status.logStartOffset || endOffset > status.appliedEndOffset) return;
    this.core.snapshotTaken({ id: { offset: endOffset, epoch: applied.epoch }, data: stateMachine.snapshot() });
  }

  /** Carries out one Ready in the numbered order of raft/ready.ts. */
  private async carryOut(ready: Ready): Promise<void> {
    const observer = this.options.observer;
    observer.onPersisting?.(ready);
    const sendFirst = this.options.testOnlySendBeforePersist === true;
    if (sendFirst) this.send(ready.messages);
    if (ready.hardState !== null) await this.quorumStore.save(ready.hardState);
    if (ready.snapshotToPersist !== null) await this.logStore.saveSnapshot(ready.snapshotToPersist);
    if (ready.truncateLogTo !== null) await this.logStore.truncate(ready.truncateLogTo);
    if (ready.entriesToPersist.length > 0) await this.logStore.append(ready.entriesToPersist);
    if (ready.logStartOffset !== null) await this.logStore.startAt(ready.logStartOffset);
    if (this.stopped) return;
    observer.onPersisted?.(ready);
    if (!sendFirst) this.send(ready.messages);
    if (ready.snapshotToApply !== null) {
      this.options.stateMachine.restore(ready.snapshotToApply);
      this.lastApplied = lastCoveredBy(ready.snapshotToApply);
    }
    if (ready.committed.length > 0) {
      this.options.stateMachine.apply(ready.committed);
      const last = ready.committed[ready.committed.length - 1] as Entry;
      this.lastApplied = { offset: last.offset, epoch: last.epoch };
      observer.onApplied?.(ready.committed);
      this.settleCommitted(ready.committed);
    }
    if (observer.onRaftEvent !== undefined) for (const event of ready.events) observer.onRaftEvent(event);
  }

  private send(messages: readonly Message[]): void {
    for (const message of messages) this.messenger.send(message.to, message);
  }

  /** Tells waiting proposers what became of their offsets. */
  private settleCommitted(committed: readonly Entry[]): void {
    if (this.pending.size === 0) return;
    for (const entry of committed) {
      const waiting = this.pending.get(entry.offset);
      if (waiting === undefined) continue;
      this.pending.delete(entry.offset);
      // Log matching: an entry committed at this offset in another epoch means ours is gone.
      if (entry.epoch === waiting.epoch) waiting.settle({ status: 'committed', offset: entry.offset });
      else waiting.settle({ status: 'failed', reason: 'superseded', leader: null });
    }
  }
}

/** The last entry a snapshot covers: the one just below its end offset. */
function lastCoveredBy(snapshot: Snapshot): OffsetAndEpoch | null {
  if (snapshot.id.offset === 0) return null;
  return { offset: offset(snapshot.id.offset - 1), epoch: snapshot.id.epoch };
}
