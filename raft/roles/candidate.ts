// The candidate role: the node moved to a new epoch, voted for itself and asks the other
// voters for their votes (Raft paper §5.2, KIP-595 Vote). A majority makes it leader. If the
// election times out it goes back to asking pre-votes (KIP-996) rather than bumping the epoch
// again, so repeated split votes do not inflate epochs.
// Part of raft/roles/.
import assert from 'node:assert/strict';
import type { Context } from '../context.js';
import type { VoteResponse } from '../messages.js';
import { tallyVotes } from '../quorum/majority.js';
import { transitionToCandidate } from '../quorum-state.js';
import type { Epoch, NodeId } from '../types.js';
import { becomeFollower } from './follower.js';
import { becomeLeader } from './leader.js';
import { becomeProspective } from './prospective.js';
import { becomeUnattached } from './unattached.js';

/** The state of a candidate: the votes of its election. */
export interface CandidateState {
  readonly role: 'candidate';
  /** The tick at which the election is given up. */
  electionDeadlineTicks: number;
  readonly granted: Set<NodeId>;
  readonly refused: Set<NodeId>;
}

/** Becomes a candidate in the next epoch and asks every other voter for its vote. */
export function becomeCandidate(context: Context): void {
  transitionToCandidate(context);
  requestVotes(context, { candidateEpoch: context.epoch, preVote: false });
  const state = context.quorum.role;
  assert.equal(state.role, 'candidate');
  maybeWinElection(context, state);
}

/**
 * Asks every other voter for its vote (or, with `preVote`, whether it would vote) in
 * `candidateEpoch`, offering this node's last epoch and end offset for the up-to-date check.
 */
export function requestVotes(context: Context, request: { candidateEpoch: Epoch; preVote: boolean }): void {
  for (const voter of context.otherVoters()) {
    context.send({
      type: 'VoteRequest',
      to: voter,
      epoch: request.candidateEpoch,
      preVote: request.preVote,
      lastEpoch: context.log.lastEpoch,
      endOffset: context.log.endOffset,
    });
  }
}

/** One tick: an election that ran out of time goes back to pre-vote. */
export function onCandidateTick(context: Context, state: CandidateState): void {
  if (!context.mayCampaign()) return becomeUnattached(context, context.epoch);
  if (context.nowTicks >= state.electionDeadlineTicks) onElectionTimeout(context);
}

function onElectionTimeout(context: Context): void {
  becomeProspective(context);
}

/** Counts a vote of this election. */
export function onVoteResponse(
  context: Context,
  state: CandidateState,
  response: VoteResponse,
): void {
  // Someone else already won this epoch: follow it.
  const leader = response.leaderId;
  if (response.epoch === context.epoch && context.mayFollow(context.epoch, leader)) {
    return becomeFollower(context, context.epoch, leader);
  }
  if (ignoreVoteResponse(context, state, response)) return;
  (response.granted ? state.granted : state.refused).add(response.from);
  context.emit({
    type: 'vote-received', preVote: false, voter: response.from, granted: response.granted,
  });
  maybeWinElection(context, state);
}

function ignoreVoteResponse(
  context: Context,
  state: CandidateState,
  response: VoteResponse,
): boolean {
  if (response.preVote) return true;
  if (response.candidateEpoch !== context.epoch) return true;
  return state.granted.has(response.from) || state.refused.has(response.from);
}

function maybeWinElection(context: Context, state: CandidateState): void {
  if (tallyVotes(context.voters, state.granted, state.refused) === 'won') becomeLeader(context);
}
