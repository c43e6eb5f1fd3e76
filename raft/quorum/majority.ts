// Majority arithmetic for elections: how many votes win, and whether a tally is decided.
// Part of raft/quorum/: pure functions that know nothing of the core (Raft paper §5.2).
import assert from 'node:assert/strict';
import type { NodeId } from '../types.js';

/**
 * The number of voters that form a majority of `voterCount`.
 * @example majorityCount(5) // 3
 */
export function majorityCount(voterCount: number): number {
  assert.ok(Number.isSafeInteger(voterCount), 'a voter count is an integer');
  assert.ok(voterCount > 0, 'a voter set is never empty');
  return Math.floor(voterCount / 2) + 1;
}

/** The state of an election: won with a majority, lost when a majority refused, else pending. */
export type VoteOutcome = 'won' | 'lost' | 'pending';

/**
 * Tallies an election among `voters`. Answers from nodes outside the voter set do not count.
 * Precondition: no node both granted and refused.
 * @example tallyVotes([1, 2, 3], new Set([1, 2]), new Set()) // 'won'
 */
export function tallyVotes(
  voters: readonly NodeId[],
  granted: ReadonlySet<NodeId>,
  refused: ReadonlySet<NodeId>,
): VoteOutcome {
  const needed = majorityCount(voters.length);
  let grantedCount = 0;
  let refusedCount = 0;
  for (const voter of voters) {
    assert.ok(!(granted.has(voter) && refused.has(voter)), 'a voter answers one way per round');
    if (granted.has(voter)) grantedCount += 1;
    if (refused.has(voter)) refusedCount += 1;
  }
  if (grantedCount >= needed) return 'won';
  if (refusedCount > voters.length - needed) return 'lost';
  return 'pending';
}
