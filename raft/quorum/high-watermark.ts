// The high watermark as majority math: the largest offset that a majority of voters stores.
// Part of raft/quorum/: a pure function (KIP-595, Kafka LeaderState's high watermark update;
// Raft paper §5.3 commit index). The leader applies the epoch rule on top (see roles/leader.ts).
import assert from 'node:assert/strict';
import { majorityCount } from './majority.js';
import type { Offset } from '../types.js';

/**
 * The largest end offset reached by a majority of the given voter end offsets: sort them in
 * descending order and take the one at the majority's position.
 * @example majorityEndOffset([10, 4, 7]) // 7: two of three voters hold offsets below 7
 */
export function majorityEndOffset(voterEndOffsets: readonly Offset[]): Offset {
  assert.ok(voterEndOffsets.length > 0, 'the high watermark needs at least one voter');
  const descending = [...voterEndOffsets].sort((left, right) => right - left);
  const reached = descending[majorityCount(descending.length) - 1];
  assert.ok(reached !== undefined, 'the majority position lies inside the voter set');
  return reached;
}
