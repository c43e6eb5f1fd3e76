// The resigned role: a former leader that gave up its office but keeps its epoch until a
// successor is elected. Part of raft/roles/ (Kafka's ResignedState.java). It tells the voters
// with EndQuorumEpoch (repeated until each acknowledges) so they elect a successor now instead
// of after a fetch timeout; the most caught-up voters are named first (KIP-595). After its own
// election timeout it may campaign again, through pre-vote, if it is still a voter.
import type { Context } from '../context.js';
import type { ResignReason } from '../events.js';
import type { EndQuorumEpochResponse } from '../messages.js';
import { transitionToResigned } from '../quorum-state.js';
import type { NodeId } from '../types.js';
import { becomeProspective } from './prospective.js';
import { becomeUnattached } from './unattached.js';

/** The state of a resigned leader. */
export interface ResignedState {
  readonly role: 'resigned';
  readonly preferredSuccessors: readonly NodeId[];
  /** The tick at which it may campaign again (or, no longer a voter, becomes an observer). */
  electionDeadlineTicks: number;
  /** Voters that acknowledged EndQuorumEpoch. */
  readonly acknowledged: Set<NodeId>;
  nextEndQuorumEpochTicks: number;
}

/** Resigns the leadership and announces it with EndQuorumEpoch. */
export function resign(
  context: Context,
  reason: ResignReason,
  preferredSuccessors: readonly NodeId[],
): void {
  transitionToResigned(context, reason, preferredSuccessors);
  const state = context.quorum.role;
  if (state.role === 'resigned') sendEndQuorumEpoch(context, state);
}

function sendEndQuorumEpoch(context: Context, state: ResignedState): void {
  state.nextEndQuorumEpochTicks = context.nowTicks + context.options.retryTicks;
  for (const voter of context.otherVoters()) {
    if (state.acknowledged.has(voter)) continue;
    context.send({
      type: 'EndQuorumEpochRequest', to: voter, epoch: context.epoch,
      leaderId: context.id, preferredSuccessors: state.preferredSuccessors,
    });
  }
}

/** One tick: campaign again after the election timeout, else repeat EndQuorumEpoch. */
export function onResignedTick(context: Context, state: ResignedState): void {
  if (context.nowTicks >= state.electionDeadlineTicks) return onElectionTimeout(context);
  if (context.nowTicks >= state.nextEndQuorumEpochTicks) sendEndQuorumEpoch(context, state);
}

function onElectionTimeout(context: Context): void {
  if (context.mayCampaign()) return becomeProspective(context);
  becomeUnattached(context, context.epoch);
}

/** A voter acknowledged EndQuorumEpoch. */
export function onEndQuorumEpochResponse(
  _context: Context,
  state: ResignedState,
  response: EndQuorumEpochResponse,
): void {
  state.acknowledged.add(response.from);
}
