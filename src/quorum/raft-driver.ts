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
  offset, RaftCore, type ChangeResult, type Entry, type HardState, type MembershipError, type Message, type NodeId,
  type OffsetAndEpoch, type RaftEvent, type RaftOptions, type RaftStatus, type Ready, type Snapshot,
} from '../../raft/mod.js';
import type { CancelTimer, Connection, Runtime } from '../runtime/seam.js';
import type { Uuid } from '../protocol/mod.js';
import type { ProposalOutcome, StateMachine } from './state-machine.js';
import { QuorumStateStore } from './quorum-state-store.js';
import { RaftLogStore, type RecoveredLog } from './raft-log-store.js';
import { PeerMessenger } from './peer-messenger.js';
import { validateRaftMessage } from './raft-wire.js';
import { VoterAddressBook } from './voter-address-book.js';
import { bootstrapVoter, decodeVotersRecord, encodeVotersRecord, type VoterInfo } from './voters-record.js';
import { decodeSnapshotContents, encodeSnapshotContents } from './snapshot-voters.js';
import { ZERO_UUID } from '../protocol/mod.js';
import { committedToApply, type TestOnlyBreakDriver } from './raft-driver-switches.js';

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
  /**
   * Internal RPC address of every bootstrap voter (this node's included when it is a voter).
   * Voters the log adds later are dialed at the endpoints its `voters` records name.
   */
  readonly addresses: ReadonlyMap<NodeId, string>;
  /** The listener name given to the bootstrap addresses in `voters` records (default CONTROLLER). */
  readonly controllerListenerName?: string;
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
  /** Test only: further driver rules broken on purpose (raft-driver-switches.ts). */
  readonly testOnlyBreakDriver?: TestOnlyBreakDriver;
}

/** A change of the voter set asked for through AddRaftVoter, RemoveRaftVoter or UpdateRaftVoter. */
export type VoterChange =
  | { readonly kind: 'add'; readonly voter: VoterInfo }
  | { readonly kind: 'remove'; readonly id: NodeId; readonly directoryId: Uuid }
  | { readonly kind: 'update'; readonly voter: VoterInfo };

/**
 * What became of a voter change: committed, refused by the membership rules (raft/membership.ts)
 * or because the directory id names another replica, or lost (a new leader truncated it).
 */
export type VoterChangeOutcome =
  | { readonly status: 'committed' }
  | { readonly status: 'refused'; readonly error: MembershipError | 'VOTER_KEY_MISMATCH'; readonly leader: NodeId | null }
  | { readonly status: 'failed' };

type Input =
  | { readonly kind: 'message'; readonly message: Message }
  | { readonly kind: 'snapshot' }
  | { readonly kind: 'voters'; readonly change: VoterChange; readonly settle: (outcome: VoterChangeOutcome) => void }
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
  /** The epoch this node leads, or null: what `onLeadershipChange` listeners last heard. */
  private leadingEpoch: number | null = null;
  private readonly leadershipListeners = new Set<(status: RaftStatus) => void>();

  private constructor(
    private readonly options: RaftDriverOptions,
    private readonly core: RaftCore,
    private readonly quorumStore: QuorumStateStore,
    private readonly logStore: RaftLogStore,
    private readonly book: VoterAddressBook,
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
    const listenerName = options.controllerListenerName ?? 'CONTROLLER';
    const book = await VoterAddressBook.open(runtime.disk, dataDirectory,
      [...options.addresses].map(([voter, address]) => bootstrapVoter(voter, address, listenerName)));
    // The snapshot's voters first: the entries after it are later news.
    if (recovered.snapshot !== null) restoreFromSnapshot(options.stateMachine, book, recovered.snapshot);
    for (const entry of recovered.entries) learnVoters(book, entry);
    await book.saveIfChanged();
    const core = new RaftCore({
      id,
      voters: options.voters,
      random: runtime.random,
      electionTimeoutTicks: options.electionTimeoutTicks,
      fetchTimeoutTicks: options.fetchTimeoutTicks,
      restored: { hardState, snapshot: recovered.snapshot, entries: recovered.entries },
      ...(options.testOnlyBreakSafety === undefined ? {} : { testOnlyBreakSafety: options.testOnlyBreakSafety }),
    });
    const node = new RaftDriver(options, core, quorumStore, logStore, book);
    if (recovered.snapshot !== null) node.lastApplied = lastCoveredBy(recovered.snapshot);
    node.messenger = await PeerMessenger.start<Message>({
      clock: runtime.clock,
      network: runtime.network,
      localId: id,
      clusterId: options.clusterId ?? '',
      inbound: inbound === 'listen' ? { listenAddress: options.addresses.get(id) as string } : inbound,
      peers: book.dialAddresses(),
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

  /** Every voter whose address this node knows (the current set and any former voter). */
  knownVoters(): ReadonlyMap<NodeId, VoterInfo> {
    return this.book.all();
  }

  /**
   * Changes the voter set by one (KIP-853), on the node's next turn; resolves once the new
   * `voters` record is committed or has definitely failed. A change that is neither (the leader
   * lost its quorum) stays pending: callers bound their wait.
   */
  changeVoters(change: VoterChange): Promise<VoterChangeOutcome> {
    return new Promise((settle) => {
      if (!this.enqueue({ kind: 'voters', change, settle })) settle({ status: 'failed' });
    });
  }

  /**
   * Calls `listener` after each Ready in which this node began or stopped leading an epoch
   * (KRaft's RaftClient.Listener.handleLeaderChange), so that the controller can renounce at
   * once; returns the function that unsubscribes it.
   */
  onLeadershipChange(listener: (status: RaftStatus) => void): () => void {
    this.leadershipListeners.add(listener);
    return () => { this.leadershipListeners.delete(listener); };
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
      this.announceLeadership();
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
        case 'voters':
          this.changeVotersNow(input.change, input.settle);
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

  /** Asks the core for a voter change with the new set's VotersRecord; settles when it commits. */
  private changeVotersNow(change: VoterChange, settle: (outcome: VoterChangeOutcome) => void): void {
    const status = this.core.status();
    const id = change.kind === 'remove' ? change.id : change.voter.id;
    const givenDirectory = change.kind === 'remove' ? change.directoryId : change.voter.directoryId;
    const known = this.book.get(id);
    // KIP-853 names a voter by id AND directory id: a replica that lost its disk comes back with
    // another directory id and must not be mistaken for the voter it was.
    const directoryMismatch = change.kind !== 'add' && known !== undefined && givenDirectory !== ZERO_UUID &&
      known.directoryId !== ZERO_UUID && known.directoryId !== givenDirectory;
    if (status.role === 'leader' && directoryMismatch && status.voters.includes(id)) {
      settle({ status: 'refused', error: 'VOTER_KEY_MISMATCH', leader: status.id });
      return;
    }
    const others = status.voters.filter((voter) => voter !== id).map((voter) => this.book.get(voter) ??
      { id: voter, directoryId: ZERO_UUID, endpoints: [] });
    let result: ChangeResult;
    switch (change.kind) {
      case 'add':
        result = this.core.addVoter(id, encodeVotersRecord([...others, change.voter]));
        break;
      case 'remove':
        result = this.core.removeVoter(id, encodeVotersRecord(others));
        break;
      case 'update':
        result = this.core.updateVoter(id, encodeVotersRecord([...others, change.voter]));
        break;
      default: {
        const unexpected: never = change;
        assert.fail(`unknown voter change ${String(unexpected)}`);
      }
    }
    if (!result.ok) {
      settle({ status: 'refused', error: result.error, leader: result.leader });
      return;
    }
    this.pending.set(result.offset, {
      epoch: status.epoch,
      settle: (outcome) => settle(outcome.status === 'committed' ? { status: 'committed' } : { status: 'failed' }),
    });
  }

  private snapshotNow(): void {
    const applied = this.lastApplied;
    const stateMachine = this.options.stateMachine;
    if (applied === null || stateMachine.snapshot === undefined) return;
    const endOffset = offset(applied.offset + 1);
    const status = this.core.status();
    if (endOffset <= status.logStartOffset || endOffset > status.appliedEndOffset) return;
    // KIP-853: the snapshot opens with the voter set in force at its end, endpoints included,
    // since the `voters` entries it replaces carried them.
    const voters = this.core.votersAt(endOffset).map((voter) => this.book.get(voter) ??
      { id: voter, directoryId: ZERO_UUID, endpoints: [] });
    const data = encodeSnapshotContents(voters, stateMachine.snapshot());
    this.core.snapshotTaken({ id: { offset: endOffset, epoch: applied.epoch }, data });
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
    if (ready.entriesToPersist.length > 0) {
      await this.logStore.append(ready.entriesToPersist);
      await this.learnVotersOf(ready.entriesToPersist);
    }
    if (ready.logStartOffset !== null) await this.logStore.startAt(ready.logStartOffset);
    if (this.stopped) return;
    observer.onPersisted?.(ready);
    if (!sendFirst) this.send(ready.messages);
    if (ready.snapshotToApply !== null) {
      if (restoreFromSnapshot(this.options.stateMachine, this.book, ready.snapshotToApply)) await this.addressesLearned();
      this.lastApplied = lastCoveredBy(ready.snapshotToApply);
    }
    const broken = this.options.testOnlyBreakDriver;
    const committed = broken === undefined ? ready.committed : committedToApply(broken, ready, this.lastApplied);
    if (committed.length > 0) {
      this.options.stateMachine.apply(committed);
      const last = committed[committed.length - 1] as Entry;
      this.lastApplied = { offset: last.offset, epoch: last.epoch };
      observer.onApplied?.(committed);
      this.settleCommitted(committed);
    }
    if (observer.onRaftEvent !== undefined) for (const event of ready.events) observer.onRaftEvent(event);
  }

  /** Records the addresses new `voters` entries name, durably, and dials them from now on. */
  private async learnVotersOf(entries: readonly Entry[]): Promise<void> {
    let changed = false;
    for (const entry of entries) changed = learnVoters(this.book, entry) || changed;
    if (changed) await this.addressesLearned();
  }

  /** Keeps what the address book learned, durably, and dials the voters at those addresses from now on. */
  private async addressesLearned(): Promise<void> {
    await this.book.saveIfChanged();
    for (const [voter, address] of this.book.dialAddresses()) this.messenger.setPeerAddress(voter, address);
  }

  private send(messages: readonly Message[]): void {
    for (const message of messages) this.messenger.send(message.to, message);
  }

  /** Tells the leadership listeners when the epoch this node leads changed (to none, or a new one). */
  private announceLeadership(): void {
    const status = this.core.status();
    const leading = status.role === 'leader' ? status.epoch : null;
    if (leading === this.leadingEpoch) return;
    this.leadingEpoch = leading;
    for (const listener of [...this.leadershipListeners]) listener(status);
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

/**
 * Restores the state machine from a snapshot's data and learns the voters its VotersRecord names
 * (snapshot-voters.ts); true when the address book learned something.
 */
function restoreFromSnapshot(stateMachine: StateMachine, book: VoterAddressBook, snapshot: Snapshot): boolean {
  const contents = decodeSnapshotContents(snapshot.data);
  stateMachine.restore({ ...snapshot, data: contents.data });
  return contents.voters !== null && book.learn(contents.voters);
}

/** Learns the voters a `voters` entry names (raft-wire.ts checked its payload at the gateway). */
function learnVoters(book: VoterAddressBook, entry: Entry): boolean {
  if (entry.kind !== 'voters') return false;
  const voters = decodeVotersRecord(entry.payload);
  return voters !== null && book.learn(voters);
}
