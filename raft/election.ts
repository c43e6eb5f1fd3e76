// The voter's side of an election: answering Vote and pre-vote requests.
// Part of raft/. A voter grants at most one vote per epoch, and only to a candidate whose log is
// at least as up to date as its own: newer last epoch, or the same with an end offset at least
// as large (Raft paper §5.2 and §5.4.1; KIP-595). A pre-vote (KIP-996) asks the same question
// for the next epoch without changing anything; a voter that still hears from a leader refuses
// it, so a node cut off from the leader cannot disturb a healthy quorum.
import type { Context } from './context.js';
import type { VoteRefusal } from './events.js';
import { isLogUpToDate } from './log/raft-log.js';
import type { VoteRequest } from './messages.js';
import { recordVote } from './quorum-state.js';

/** Answers a Vote or pre-vote request, recording the vote first when it is granted. */
export function onVoteRequest(context: Context, request: VoteRequest): void {
  const refusal = voteRefusal(context, request);
  const granted = refusal === null;
  if (granted && !request.preVote) recordVote(context, request.from);
  context.emit({
    type: 'vote-answered', preVote: request.preVote, candidate: request.from, granted, refusal,
  });
  context.send({
    type: 'VoteResponse',
    to: request.from,
    epoch: context.epoch,
    preVote: request.preVote,
    candidateEpoch: request.epoch,
    granted,
    leaderId: context.knownLeader(),
  });
}

/**
 * Why this node refuses the request, or null when it grants it. Like the Raft dissertation
 * (§4.1) and KIP-853, it does not consult its own voter set: a candidate asks the voters of the
 * set in its log, and a node just added may not have that entry yet. Were it to refuse, a
 * quorum that needs it could never elect the leader that would send it the entry. Observers
 * that are in no candidate's voter set are never asked.
 */
function voteRefusal(context: Context, request: VoteRequest): VoteRefusal | null {
  if (request.epoch < context.epoch) return 'stale-epoch';
  const candidateLog = { offset: request.endOffset, epoch: request.lastEpoch };
  const logUpToDate = context.options.unsafe.grantVotesWithoutLogCheck === true ||
    isLogUpToDate(candidateLog, context.log.endOffsetAndEpoch);
  if (request.preVote) return preVoteRefusal(context, request, logUpToDate);
  return realVoteRefusal(context, request, logUpToDate);
}

/** KIP-996: grant a pre-vote only when no leader is known to be alive and the log is behind. */
function preVoteRefusal(
  context: Context,
  request: VoteRequest,
  logUpToDate: boolean,
): VoteRefusal | null {
  const role = context.quorum.role;
  if (role.role === 'leader') return 'leader-is-alive';
  // A follower that has fetched from its leader within the fetch timeout knows it is alive;
  // one that never heard back from it yet does not (KAFKA-17641).
  if (role.role === 'follower' && role.heardFromLeader) return 'leader-is-alive';
  const votedFor = context.quorum.hardState.votedFor;
  const sameEpoch = request.epoch === context.epoch;
  if (sameEpoch && votedFor !== null && votedFor !== request.from) return 'already-voted';
  if (!logUpToDate) return 'log-not-up-to-date';
  return null;
}

/** A real vote in this node's epoch (a newer epoch was joined before this runs). */
function realVoteRefusal(
  context: Context,
  request: VoteRequest,
  logUpToDate: boolean,
): VoteRefusal | null {
  const hardState = context.quorum.hardState;
  if (hardState.leader !== null) return 'has-leader';
  const role = context.quorum.role.role;
  const mayRevote = context.options.unsafe.grantMultipleVotesPerEpoch === true &&
    (role === 'unattached' || role === 'prospective');
  if (hardState.votedFor !== null && hardState.votedFor !== request.from && !mayRevote) {
    return 'already-voted';
  }
  if (!logUpToDate) return 'log-not-up-to-date';
  return null;
}
