// RaftCore: the KRaft state machine as a value you step. Inputs are tick(), step(message),
// propose(payloads) and a few operator calls; output is one Ready at a time (ready.ts), which
// the driver carries out and acknowledges with advance(). No I/O, timers, promises or ambient
// randomness: the same inputs always give the same outputs (etcd-io/raft's RawNode design,
// with Apache Kafka's KRaft protocol: KIP-595, KIP-630, KIP-853, KIP-996).
// Part of raft/; the public surface is re-exported by raft/mod.ts.
import assert from 'node:assert/strict';
import { Context } from './context.js';
import { fenceByEpoch } from './fencing.js';
import { checkInvariants, type CheckedState } from './invariants.js';
import { RaftLog, noSnapshotId } from './log/raft-log.js';
import { entriesContinuingSnapshot } from './log/restore.js';
import {
  votersAfterAdding, votersAfterRemoving, votersAfterUpdating,
  type ChangeContext, type ChangeResult, type VotersDecision,
} from './membership.js';
import type { Message } from './messages.js';
import { resolveOptions, type RaftOptions } from './options.js';
import {
  QuorumState, restoreResigned, transitionToFollower, transitionToUnattached, type Role,
} from './quorum-state.js';
import type { HardState, Ready, Snapshot } from './ready.js';
import { assertMessagesCovered } from './ready-checks.js';
import { onCandidateTick } from './roles/candidate.js';
import { followHighWatermark, onFollowerTick } from './roles/follower.js';
import {
  appendAsLeader, maybeAdvanceHighWatermark, onLeaderTick, preferredSuccessors, proposeAsLeader,
  type LeaderState,
} from './roles/leader.js';
import { onProspectiveTick } from './roles/prospective.js';
import { onResignedTick, resign } from './roles/resigned.js';
import { onUnattachedTick } from './roles/unattached.js';
import { routeMessage } from './step.js';
import {
  epoch, offset, sortedVoters,
  type Entry, type Epoch, type NodeId, type Offset, type OffsetAndEpoch,
} from './types.js';

/** Why a proposal was refused; it names the leader to try, if known. */
export type ProposeResult =
  | { readonly ok: true; readonly offsets: readonly Offset[] }
  | { readonly ok: false; readonly error: 'NOT_LEADER'; readonly leader: NodeId | null };

/** What a node looks like from outside: for admin APIs, transcripts and checkers. */
export interface RaftStatus {
  readonly id: NodeId;
  readonly role: Role;
  readonly epoch: Epoch;
  /** The leader known in this epoch (itself when leading). */
  readonly leader: NodeId | null;
  readonly votedFor: NodeId | null;
  readonly voters: readonly NodeId[];
  readonly isVoter: boolean;
  readonly logStartOffset: Offset;
  readonly endOffset: Offset;
  readonly lastEpoch: Epoch;
  readonly durableEndOffset: Offset;
  readonly highWatermark: Offset;
  /** Entries below this were handed out to be applied. */
  readonly appliedEndOffset: Offset;
  readonly snapshotId: OffsetAndEpoch | null;
  /** For a leader: each replica's fetched end offset (null before its first valid fetch). */
  readonly replicas: ReadonlyArray<{ readonly id: NodeId; readonly endOffset: Offset | null }>;
}

/**
 * One node's KRaft state machine.
 *
 * @example
 * const core = new RaftCore({ id: nodeId(1), voters: [nodeId(1)], random, electionTimeoutTicks: 10,
 *   fetchTimeoutTicks: 20 });
 * core.tick();
 * while (core.hasReady()) { const ready = core.ready(); carryOut(ready); core.advance(ready); }
 */
export class RaftCore {
  readonly #context: Context;
  #outstanding: Ready | null = null;
  #checked: CheckedState | null = null;

  constructor(options: RaftOptions) {
    const resolved = resolveOptions(options);
    const restored = options.restored;
    const snapshot = restored?.snapshot ?? null;
    const snapshotId = snapshot?.id ?? noSnapshotId;
    const kept = entriesContinuingSnapshot(snapshotId, restored?.entries ?? []);
    const log = new RaftLog({
      snapshotId,
      voters: snapshot?.voters ?? options.voters,
      entries: kept.entries,
      discardDurable: kept.discarded,
    });
    const hardState = restored?.hardState ?? { epoch: epoch(0), votedFor: null, leader: null };
    // A placeholder role until the context exists; #restoreRole sets the real one.
    const quorum = new QuorumState(hardState, {
      role: 'unattached', electionDeadlineTicks: null, nextDiscoveryTicks: 0,
    });
    this.#context = new Context({ options: resolved, log, quorum, snapshot });
    if (kept.discarded) this.#context.emit({ type: 'log-truncated', endOffset: snapshotId.offset });
    this.#restoreRole(hardState);
  }

  #restoreRole(hardState: HardState): void {
    const context = this.#context;
    if (hardState.leader === context.id) return restoreResigned(context);
    if (hardState.leader !== null) {
      return transitionToFollower(context, hardState.epoch, hardState.leader);
    }
    transitionToUnattached(context, hardState.epoch);
  }

  #assertAcceptingInput(): void {
    assert.equal(this.#outstanding, null, 'no input between ready() and advance()');
  }

  /** Advances the logical clock by one tick: timeouts, retries and check-quorum happen here. */
  tick(): void {
    this.#assertAcceptingInput();
    const context = this.#context;
    context.nowTicks += 1;
    const state = context.quorum.role;
    switch (state.role) {
      case 'unattached': return onUnattachedTick(context, state);
      case 'prospective': return onProspectiveTick(context, state);
      case 'candidate': return onCandidateTick(context, state);
      case 'leader': return onLeaderTick(context, state);
      case 'follower': return onFollowerTick(context, state);
      case 'resigned': return onResignedTick(context, state);
      default: {
        const unexpected: never = state;
        assert.fail(`unknown role ${JSON.stringify(unexpected)}`);
      }
    }
  }

  /** Handles one message from a peer. Precondition: it is addressed to this node. */
  step(message: Message): void {
    this.#assertAcceptingInput();
    assert.equal(message.to, this.#context.id, 'a message reaches the node it is addressed to');
    assert.notEqual(message.from, this.#context.id, 'a node never messages itself');
    if (fenceByEpoch(this.#context, message) === 'handle') routeMessage(this.#context, message);
  }

  /** Appends the state machine's records if this node leads; they commit on a majority. */
  propose(payloads: readonly Uint8Array[]): ProposeResult {
    this.#assertAcceptingInput();
    const context = this.#context;
    if (context.quorum.role.role !== 'leader') {
      return { ok: false, error: 'NOT_LEADER', leader: context.knownLeader() };
    }
    if (payloads.length === 0) return { ok: true, offsets: [] };
    return { ok: true, offsets: proposeAsLeader(context, payloads) };
  }

  /**
   * Adds a voter through a committed `voters` record (KIP-853); one change at a time.
   * `payload` is the record's bytes, opaque here: the driver puts Kafka's VotersRecord there,
   * so every voter's endpoints travel and persist with the set (src/quorum/voters-record.ts).
   */
  addVoter(voter: NodeId, payload: Uint8Array = new Uint8Array(0)): ChangeResult {
    return this.#changeVoters((change) => votersAfterAdding(change, voter), payload);
  }

  /** Removes a voter through a committed `voters` record (KIP-853); one change at a time. */
  removeVoter(voter: NodeId, payload: Uint8Array = new Uint8Array(0)): ChangeResult {
    return this.#changeVoters((change) => votersAfterRemoving(change, voter), payload);
  }

  /**
   * Rewrites the `voters` record with the same set and a new payload (KIP-853's UpdateRaftVoter:
   * a voter's endpoints changed); the same one-change-at-a-time rules apply.
   */
  updateVoter(voter: NodeId, payload: Uint8Array): ChangeResult {
    return this.#changeVoters((change) => votersAfterUpdating(change, voter), payload);
  }

  #changeVoters(decide: (change: ChangeContext) => VotersDecision, payload: Uint8Array): ChangeResult {
    this.#assertAcceptingInput();
    const context = this.#context;
    const state = context.quorum.role;
    if (state.role !== 'leader') {
      return { ok: false, error: 'NOT_LEADER', leader: context.knownLeader() };
    }
    const decision = decide({
      voters: context.voters,
      highWatermark: context.highWatermark,
      epochStartOffset: state.epochStartOffset,
      latestVotersOffset: context.log.latestVotersOffset,
      fetchedEndOffset: (node) => state.replicas.get(node)?.endOffset ?? null,
    });
    if ('error' in decision) return { ok: false, error: decision.error, leader: context.id };
    const voters = decision.voters;
    const votersEntry = { kind: 'voters' as const, payload, voters };
    const [at] = appendAsLeader(context, [votersEntry]);
    assert.ok(at !== undefined);
    // The new set counts at once: a smaller majority may already cover more entries.
    maybeAdvanceHighWatermark(context, state);
    return { ok: true, offset: at };
  }

  /**
   * Gives up leadership gracefully (shutdown, or an operator's transfer): EndQuorumEpoch names
   * the successors, most caught up first unless given. Does nothing on a node that does not lead.
   */
  resign(preferredSuccessors_?: readonly NodeId[]): void {
    this.#assertAcceptingInput();
    const context = this.#context;
    const state = context.quorum.role;
    if (state.role !== 'leader') return;
    const successors = preferredSuccessors_ ?? preferredSuccessors(context, state);
    resign(context, 'requested', successors.filter((voter) => voter !== context.id));
  }

  /**
   * The state machine took a snapshot covering every entry below `snapshot.id.offset`, all of
   * them applied already. The core keeps it (to serve FetchSnapshot), drops the log before it,
   * and hands it out once in `snapshotToPersist`. The core fills in the voter set itself;
   * a given `voters` must match it.
   */
  snapshotTaken(snapshot: {
    readonly id: OffsetAndEpoch;
    readonly data: Uint8Array;
    readonly voters?: readonly NodeId[];
  }): void {
    this.#assertAcceptingInput();
    const context = this.#context;
    if (snapshot.voters !== undefined) {
      const expected = context.log.votersAt(snapshot.id.offset);
      const given = sortedVoters(snapshot.voters);
      assert.deepEqual(given, expected, 'a snapshot names the voters in force at its end');
    }
    const endOffset = snapshot.id.offset;
    assert.ok(endOffset <= context.appliedEndOffset, 'a snapshot covers applied entries only');
    assert.ok(endOffset > context.log.startOffset, 'a snapshot moves the log start forward');
    const voters = context.log.votersAt(endOffset);
    const full: Snapshot = { id: snapshot.id, data: snapshot.data, voters };
    context.log.compactTo(snapshot.id);
    context.snapshot = full;
    context.snapshotToPersist = full;
    context.emit({ type: 'snapshot-taken', snapshotId: snapshot.id });
  }

  /** Whether there is work for the driver: call ready() when true. */
  hasReady(): boolean {
    const context = this.#context;
    return context.quorum.hasChanges() || context.log.hasChanges() || context.messages.length > 0 ||
      context.events.length > 0 || context.snapshotToPersist !== null ||
      context.snapshotToApply !== null || context.highWatermark > context.appliedEndOffset;
  }

  /** Hands out the pending work as one Ready; carry it out in order, then call advance(ready). */
  ready(): Ready {
    this.#assertAcceptingInput();
    assert.ok(this.hasReady(), 'ready() is called only when hasReady()');
    const context = this.#context;
    const changes = context.log.changes();
    const committedEnd = context.highWatermark;
    const committed = committedEnd > context.appliedEndOffset
      ? context.log.slice(context.appliedEndOffset, committedEnd)
      : [];
    const ready: Ready = {
      hardState: context.quorum.hasChanges() ? context.quorum.hardState : null,
      snapshotToPersist: context.snapshotToPersist,
      truncateLogTo: changes.truncateLogTo,
      entriesToPersist: changes.entriesToPersist,
      logStartOffset: changes.logStartOffset,
      messages: context.messages.splice(0),
      snapshotToApply: context.snapshotToApply,
      committed,
      events: context.events.splice(0),
    };
    const durable = { id: context.id, hardState: context.quorum.hardState, log: context.log };
    assertMessagesCovered(ready, durable);
    context.snapshotToPersist = null;
    context.snapshotToApply = null;
    context.appliedEndOffset = offset(Math.max(context.appliedEndOffset, committedEnd));
    this.#outstanding = ready;
    return ready;
  }

  /** The driver carried out `ready` (the last one handed out): its state is durable now. */
  advance(ready: Ready): void {
    assert.ok(this.#outstanding !== null, 'advance() follows ready()');
    assert.equal(ready, this.#outstanding, 'advance() is handed exactly the last Ready');
    const context = this.#context;
    if (ready.hardState !== null) context.quorum.markDurable(ready.hardState);
    context.log.markDurable({
      truncateLogTo: ready.truncateLogTo,
      entriesToPersist: ready.entriesToPersist,
      logStartOffset: ready.logStartOffset,
    });
    this.#outstanding = null;
    // The leader's own entries count toward the high watermark only once durable; a follower
    // commits the entries the leader has committed only once they are durable here too.
    const state = context.quorum.role;
    if (state.role === 'leader') maybeAdvanceHighWatermark(context, state);
    if (state.role === 'follower') followHighWatermark(context, state);
  }

  /** A read-only picture of the node. */
  status(): RaftStatus {
    const context = this.#context;
    const state = context.quorum.role;
    return {
      id: context.id,
      role: state.role,
      epoch: context.epoch,
      leader: context.knownLeader(),
      votedFor: context.quorum.hardState.votedFor,
      voters: context.voters,
      isVoter: context.isVoter(),
      logStartOffset: context.log.startOffset,
      endOffset: context.log.endOffset,
      lastEpoch: context.log.lastEpoch,
      durableEndOffset: context.log.durableEndOffset,
      highWatermark: context.highWatermark,
      appliedEndOffset: context.appliedEndOffset,
      snapshotId: context.snapshot?.id ?? null,
      replicas: state.role === 'leader' ? replicaList(state) : [],
    };
  }

  /** The entries held in memory, from the log start offset on (read-only, for checkers). */
  logEntries(): readonly Entry[] {
    return this.#context.log.entries;
  }

  /** The voter set in force at `at` (the last `voters` entry below it, else the snapshot's or the bootstrap set). */
  votersAt(at: Offset): readonly NodeId[] {
    return this.#context.log.votersAt(at);
  }

  /** The latest snapshot held, or null. */
  latestSnapshot(): Snapshot | null {
    return this.#context.snapshot;
  }

  /**
   * Asserts the internal invariants; tests and the simulator call it after every input.
   * The high watermark and the epoch never move backwards across calls.
   */
  checkInvariants(): void {
    this.#checked = checkInvariants(this.#context, this.#checked);
  }
}

function replicaList(state: LeaderState): Array<{ id: NodeId; endOffset: Offset | null }> {
  return [...state.replicas.entries()]
    .map(([id, progress]) => ({ id, endOffset: progress.endOffset }))
    .sort((left, right) => left.id - right.id);
}
