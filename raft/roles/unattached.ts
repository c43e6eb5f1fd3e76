// The unattached role: the node knows no leader in its epoch (it may have voted in it).
// Part of raft/roles/. A voter waits here for a BeginQuorumEpoch or a randomized election
// timeout, after which it asks for pre-votes (KIP-996). An observer has no election timer: it
// asks a random voter who the leader is by fetching from it, as Kafka observers do through
// their bootstrap servers; the answer names the leader (KIP-595).
import type { Context } from '../context.js';
import { transitionToUnattached } from '../quorum-state.js';
import type { Epoch } from '../types.js';
import { becomeProspective } from './prospective.js';

/** The state of an unattached node. */
export interface UnattachedState {
  readonly role: 'unattached';
  /** The tick at which a voter starts a pre-vote; null for an observer. */
  electionDeadlineTicks: number | null;
  /** The tick at which an observer next asks a voter for the leader. */
  nextDiscoveryTicks: number;
}

/** Becomes unattached in `toEpoch` (the same epoch keeps the vote cast in it). */
export function becomeUnattached(context: Context, toEpoch: Epoch): void {
  transitionToUnattached(context, toEpoch);
}

/** One tick: a voter's election timer, or an observer's search for the leader. */
export function onUnattachedTick(context: Context, state: UnattachedState): void {
  if (!context.mayCampaign()) {
    state.electionDeadlineTicks = null;
    if (context.nowTicks >= state.nextDiscoveryTicks) discoverLeader(context, state);
    return;
  }
  // A node that just became a voter (KIP-853) starts its election timer now.
  state.electionDeadlineTicks ??= context.electionDeadlineTicks();
  if (context.nowTicks >= state.electionDeadlineTicks) onElectionTimeout(context);
}

function onElectionTimeout(context: Context): void {
  becomeProspective(context);
}

/** Sends a fetch to a random voter; any answer names the leader it knows. */
function discoverLeader(context: Context, state: UnattachedState): void {
  const voters = context.otherVoters();
  state.nextDiscoveryTicks = context.nowTicks + context.options.retryTicks;
  if (voters.length === 0) return;
  const voter = voters[context.options.random.nextInt(voters.length)];
  if (voter === undefined) return;
  context.send({
    type: 'FetchRequest',
    to: voter,
    epoch: context.epoch,
    fetchOffset: context.log.endOffset,
    lastFetchedEpoch: context.log.lastEpoch,
  });
}
