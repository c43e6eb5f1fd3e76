// The quorum state: the durable (epoch, voted-for, leader) triple plus the node's current role.
// Part of raft/. This is the one place a role changes (Kafka's QuorumState.java): every
// `transitionTo*` function checks the move is legal, updates the hard state, builds the new
// role's state and reports the change as an event. What a role then does on entry (send votes,
// append the leader-change record, start fetching) lives in its own file under roles/.
// raft/README.md draws the transitions; in short: unattached or follower -> prospective (a
// timeout) -> candidate (pre-vote majority) -> leader (vote majority) -> resigned; any role ->
// follower on hearing from the leader; any role -> the newer epoch on seeing one.
import assert from 'node:assert/strict';
import type { Context } from './context.js';
import type { HardState } from './ready.js';
import type { CandidateState } from './roles/candidate.js';
import type { FollowerState } from './roles/follower.js';
import type { LeaderState, ReplicaProgress } from './roles/leader.js';
import type { ProspectiveState } from './roles/prospective.js';
import type { ResignedState } from './roles/resigned.js';
import type { UnattachedState } from './roles/unattached.js';
import type { ResignReason } from './events.js';
import { epoch, type Epoch, type NodeId, type Offset } from './types.js';

/** The six roles of a KRaft node (KIP-595, with KIP-996's prospective). */
export type Role = 'unattached' | 'prospective' | 'candidate' | 'leader' | 'follower' | 'resigned';

/** The state of the current role. Switch on `role`. */
export type RoleState =
  | UnattachedState
  | ProspectiveState
  | CandidateState
  | LeaderState
  | FollowerState
  | ResignedState;

function sameHardState(left: HardState, right: HardState): boolean {
  return left.epoch === right.epoch && left.votedFor === right.votedFor &&
    left.leader === right.leader;
}

/** The hard state and role of one node. */
export class QuorumState {
  #hardState: HardState;
  #durableHardState: HardState;
  role: RoleState;

  constructor(restored: HardState, role: RoleState) {
    this.#hardState = restored;
    this.#durableHardState = restored;
    this.role = role;
  }

  get hardState(): HardState { return this.#hardState; }
  get durableHardState(): HardState { return this.#durableHardState; }

  /** True when the hard state changed since the driver last persisted it. */
  hasChanges(): boolean {
    return !sameHardState(this.#hardState, this.#durableHardState);
  }

  /** The driver persisted `hardState` (Ready step 1). */
  markDurable(hardState: HardState): void {
    assert.ok(sameHardState(hardState, this.#hardState), 'the persisted hard state is the latest');
    this.#durableHardState = hardState;
  }

  /**
   * Replaces the hard state. Safety rules checked here: the epoch never decreases, and within
   * one epoch the vote and the leader, once set, never change.
   */
  setHardState(next: HardState, unsafeVotes: boolean): void {
    const current = this.#hardState;
    assert.ok(next.epoch >= current.epoch, 'the epoch never decreases');
    if (next.epoch === current.epoch) {
      const revote = current.votedFor !== null && next.votedFor !== current.votedFor;
      assert.ok(!revote || unsafeVotes, 'at most one vote per epoch');
      const bothKnown = current.leader !== null && next.leader !== null;
      const releader = bothKnown && next.leader !== current.leader;
      assert.ok(!releader, 'at most one leader per epoch');
    }
    this.#hardState = next;
  }
}

/** Becomes unattached: no leader known in `toEpoch`, keeping the vote if the epoch is the same. */
export function transitionToUnattached(context: Context, toEpoch: Epoch): void {
  const current = context.quorum.hardState;
  const votedFor = toEpoch === current.epoch ? current.votedFor : null;
  context.quorum.setHardState({ epoch: toEpoch, votedFor, leader: null }, false);
  const role: UnattachedState = {
    role: 'unattached',
    electionDeadlineTicks: context.mayCampaign() ? context.electionDeadlineTicks() : null,
    nextDiscoveryTicks: context.nowTicks,
  };
  context.quorum.role = role;
  context.emit({ type: 'became-unattached', votedFor });
}

/**
 * Records this node's vote for `candidate` in the current epoch and waits, unattached, for the
 * outcome with a fresh election timeout (Raft paper §5.2: granting a vote resets the timer).
 */
export function recordVote(context: Context, candidate: NodeId): void {
  const role = context.quorum.role.role;
  assert.ok(role === 'unattached' || role === 'prospective', 'only a node without leader votes');
  const next = { epoch: context.epoch, votedFor: candidate, leader: null };
  context.quorum.setHardState(next, context.options.unsafe.grantMultipleVotesPerEpoch === true);
  transitionToUnattached(context, context.epoch);
}

/** Becomes prospective (KIP-996): same epoch, no vote cast, asking for pre-votes. */
export function transitionToProspective(context: Context): void {
  assert.ok(context.mayCampaign(), 'only voters campaign');
  assert.notEqual(context.quorum.role.role, 'leader', 'a leader resigns before campaigning');
  const role: ProspectiveState = {
    role: 'prospective',
    electionDeadlineTicks: context.electionDeadlineTicks(),
    granted: new Set([context.id]),
    refused: new Set(),
  };
  context.quorum.role = role;
  context.emit({ type: 'became-prospective' });
}

/** Becomes a candidate: the next epoch, with a vote for itself (Raft paper §5.2). */
export function transitionToCandidate(context: Context): void {
  assert.equal(context.quorum.role.role, 'prospective', 'a candidate was first prospective');
  assert.ok(context.mayCampaign(), 'only voters campaign');
  const nextEpoch = epoch(context.epoch + 1);
  context.quorum.setHardState({ epoch: nextEpoch, votedFor: context.id, leader: null }, false);
  const role: CandidateState = {
    role: 'candidate',
    electionDeadlineTicks: context.electionDeadlineTicks(),
    granted: new Set([context.id]),
    refused: new Set(),
  };
  context.quorum.role = role;
  context.emit({ type: 'became-candidate' });
}

/** Becomes leader of the candidate's epoch; its first entry will sit at `epochStartOffset`. */
export function transitionToLeader(context: Context, epochStartOffset: Offset): void {
  assert.equal(context.quorum.role.role, 'candidate', 'only a candidate becomes leader');
  assert.equal(context.quorum.hardState.votedFor, context.id, 'a leader voted for itself');
  const hardState = { epoch: context.epoch, votedFor: context.id, leader: context.id };
  context.quorum.setHardState(hardState, false);
  const replicas = new Map<NodeId, ReplicaProgress>();
  const role: LeaderState = {
    role: 'leader',
    epochStartOffset,
    electedTicks: context.nowTicks,
    replicas,
    nextBeginQuorumEpochTicks: context.nowTicks,
  };
  context.quorum.role = role;
  context.emit({ type: 'became-leader', epochStartOffset });
}

/** Becomes a follower of `leader` in `toEpoch` (keeping the vote if the epoch is the same). */
export function transitionToFollower(context: Context, toEpoch: Epoch, leader: NodeId): void {
  assert.notEqual(leader, context.id, 'a node never follows itself');
  const current = context.quorum.hardState;
  const leadsThisEpoch = context.quorum.role.role === 'leader' && toEpoch === current.epoch;
  assert.ok(!leadsThisEpoch, 'a leader never follows in its own epoch');
  const votedFor = toEpoch === current.epoch ? current.votedFor : null;
  context.quorum.setHardState({ epoch: toEpoch, votedFor, leader }, false);
  const role: FollowerState = {
    role: 'follower',
    leader,
    fetchDeadlineTicks: context.nowTicks + context.options.fetchTimeoutTicks,
    heardFromLeader: false,
    inFlight: null,
    nextFetchTicks: context.nowTicks,
    snapshotDownload: null,
    leaderHighWatermark: context.highWatermark,
  };
  context.quorum.role = role;
  context.emit({ type: 'became-follower', leader });
}

/** A leader gives up its office but keeps its epoch until a successor is elected. */
export function transitionToResigned(
  context: Context,
  reason: ResignReason,
  preferredSuccessors: readonly NodeId[],
): void {
  assert.equal(context.quorum.role.role, 'leader', 'only a leader resigns');
  assert.ok(!preferredSuccessors.includes(context.id), 'a leader does not succeed itself');
  const role: ResignedState = {
    role: 'resigned',
    preferredSuccessors,
    electionDeadlineTicks: context.electionDeadlineTicks(),
    acknowledged: new Set(),
    nextEndQuorumEpochTicks: context.nowTicks,
  };
  context.quorum.role = role;
  context.emit({ type: 'resigned', reason, preferredSuccessors });
}

/**
 * After a restart, a node whose quorum state names itself leader comes back resigned: it cannot
 * know what it promised before the crash, so it hands over instead (Kafka's QuorumState).
 */
export function restoreResigned(context: Context): void {
  const formerLeader = context.quorum.hardState.leader;
  assert.equal(formerLeader, context.id, 'only a former leader restores resigned');
  const role: ResignedState = {
    role: 'resigned',
    preferredSuccessors: [],
    electionDeadlineTicks: context.electionDeadlineTicks(),
    acknowledged: new Set(),
    nextEndQuorumEpochTicks: context.nowTicks,
  };
  context.quorum.role = role;
  context.emit({ type: 'resigned', reason: 'restarted', preferredSuccessors: [] });
}
