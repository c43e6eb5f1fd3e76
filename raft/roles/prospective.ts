// The prospective role (KIP-996 pre-vote): before bumping its epoch, a voter asks the others
// whether they would vote for it in the next epoch. Only with a majority of pre-votes does it
// become a candidate, so a node cut off from a healthy leader cannot disrupt it by raising the
// epoch. Part of raft/roles/. A prospective node keeps its epoch and any vote cast in it.
import assert from 'node:assert/strict';
import type { Context } from '../context.js';
import type { VoteResponse } from '../messages.js';
import { tallyVotes } from '../quorum/majority.js';
import { transitionToProspective } from '../quorum-state.js';
import { epoch, type NodeId } from '../types.js';
import { becomeCandidate, requestVotes } from './candidate.js';
import { becomeFollower } from './follower.js';
import { becomeUnattached } from './unattached.js';

/** The state of a prospective node: the pre-votes of this round. */
export interface ProspectiveState {
  readonly role: 'prospective';
  /** The tick at which this round gives up and a new one starts. */
  electionDeadlineTicks: number;
  readonly granted: Set<NodeId>;
  readonly refused: Set<NodeId>;
}

/** Becomes prospective and sends pre-vote requests for epoch + 1. */
export function becomeProspective(context: Context): void {
  transitionToProspective(context);
  requestVotes(context, { candidateEpoch: epoch(context.epoch + 1), preVote: true });
  const state = context.quorum.role;
  assert.equal(state.role, 'prospective');
  maybeWinPreVote(context, state);
}

/** One tick: a round that ran out of time starts over; a node no longer a voter stops. */
export function onProspectiveTick(context: Context, state: ProspectiveState): void {
  if (!context.mayCampaign()) return becomeUnattached(context, context.epoch);
  if (context.nowTicks >= state.electionDeadlineTicks) becomeProspective(context);
}

/** Counts a pre-vote answer that belongs to this round. */
export function onPreVoteResponse(
  context: Context,
  state: ProspectiveState,
  response: VoteResponse,
): void {
  // A voter that refuses because it follows a leader of this epoch shows where to go back to
  // (KIP-996). A grant that names a leader only says the voter no longer hears from it.
  const leader = response.leaderId;
  const refusedForLeader = !response.granted && response.epoch === context.epoch;
  if (refusedForLeader && context.mayFollow(context.epoch, leader)) {
    return becomeFollower(context, context.epoch, leader);
  }
  if (ignorePreVoteResponse(context, state, response)) return;
  (response.granted ? state.granted : state.refused).add(response.from);
  context.emit({
    type: 'vote-received', preVote: true, voter: response.from, granted: response.granted,
  });
  maybeWinPreVote(context, state);
}

function ignorePreVoteResponse(
  context: Context,
  state: ProspectiveState,
  response: VoteResponse,
): boolean {
  if (!response.preVote) return true;
  if (response.candidateEpoch !== context.epoch + 1) return true;
  return state.granted.has(response.from) || state.refused.has(response.from);
}

function maybeWinPreVote(context: Context, state: ProspectiveState): void {
  if (tallyVotes(context.voters, state.granted, state.refused) === 'won') becomeCandidate(context);
}
