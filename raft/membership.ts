// Membership rules: adding or removing one voter at a time through a committed log entry.
// Part of raft/. KIP-853 keeps the voter set in the log as `voters` control records; every node
// uses the newest one as soon as it is appended, and a leader accepts a new change only once
// the previous one has committed. A new leader must also have committed an entry of its own
// epoch first (Ongaro, raft-dev 2015, the fix to single-server changes), and a new voter must
// already be caught up as an observer. Pure functions only.
import assert from 'node:assert/strict';
import { sortedVoters, type NodeId, type Offset } from './types.js';

/** Why a leader refused a membership change. */
export type MembershipError =
  | 'NOT_LEADER'
  | 'LEADER_NOT_READY'
  | 'VOTER_NOT_CAUGHT_UP'
  | 'CHANGE_IN_PROGRESS'
  | 'ALREADY_VOTER'
  | 'NOT_A_VOTER'
  | 'LAST_VOTER';

/** The outcome of `addVoter` / `removeVoter`: the offset of the `voters` entry, or why not. */
export type ChangeResult =
  | { readonly ok: true; readonly offset: Offset }
  | { readonly ok: false; readonly error: MembershipError; readonly leader: NodeId | null };

/** What the leader knows when it is asked for a change. */
export interface ChangeContext {
  readonly voters: readonly NodeId[];
  readonly highWatermark: Offset;
  /** The offset of the leader's own leader-change entry (its first entry in this epoch). */
  readonly epochStartOffset: Offset;
  /** The offset of the newest `voters` entry in the log, or null if none since the snapshot. */
  readonly latestVotersOffset: Offset | null;
  /** The end offset a node last fetched from in this epoch, or null if it has not fetched. */
  readonly fetchedEndOffset: (node: NodeId) => Offset | null;
}

/** The new voter set, or why there is none. */
export type VotersDecision =
  | { readonly voters: readonly NodeId[] }
  | { readonly error: MembershipError };

/** Refuses a change while a previous one or the leader's own epoch is uncommitted. */
function refuseWhileUncommitted(context: ChangeContext): MembershipError | null {
  if (context.highWatermark <= context.epochStartOffset) return 'LEADER_NOT_READY';
  const latest = context.latestVotersOffset;
  if (latest !== null && latest >= context.highWatermark) return 'CHANGE_IN_PROGRESS';
  return null;
}

/**
 * The voter set after adding `voter`, or why it cannot be added now.
 * @example votersAfterAdding(context, nodeId(4))
 */
export function votersAfterAdding(
  context: ChangeContext,
  voter: NodeId,
): VotersDecision {
  const refusal = refuseWhileUncommitted(context);
  if (refusal !== null) return { error: refusal };
  if (context.voters.includes(voter)) return { error: 'ALREADY_VOTER' };
  // KIP-853: only a replica that already holds the committed log may join; a lagging new voter
  // could leave the quorum unable to commit until it catches up.
  const fetched = context.fetchedEndOffset(voter);
  if (fetched === null || fetched < context.highWatermark) return { error: 'VOTER_NOT_CAUGHT_UP' };
  const voters = sortedVoters([...context.voters, voter]);
  assert.equal(voters.length, context.voters.length + 1, 'an addition adds exactly one voter');
  return { voters };
}

/**
 * The voter set after removing `voter`, or why it cannot be removed now.
 * @example votersAfterRemoving(context, nodeId(2))
 */
export function votersAfterRemoving(
  context: ChangeContext,
  voter: NodeId,
): VotersDecision {
  const refusal = refuseWhileUncommitted(context);
  if (refusal !== null) return { error: refusal };
  if (!context.voters.includes(voter)) return { error: 'NOT_A_VOTER' };
  if (context.voters.length === 1) return { error: 'LAST_VOTER' };
  const voters = context.voters.filter((existing) => existing !== voter);
  assert.equal(voters.length, context.voters.length - 1, 'a removal removes exactly one voter');
  return { voters };
}

/**
 * The unchanged voter set for rewriting the `voters` record of a member (new endpoints), or why
 * not now.
 * @example votersAfterUpdating(context, nodeId(2))
 */
export function votersAfterUpdating(
  context: ChangeContext,
  voter: NodeId,
): VotersDecision {
  const refusal = refuseWhileUncommitted(context);
  if (refusal !== null) return { error: refusal };
  if (!context.voters.includes(voter)) return { error: 'NOT_A_VOTER' };
  return { voters: context.voters };
}
