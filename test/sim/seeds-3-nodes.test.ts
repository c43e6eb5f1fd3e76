// Goal: the Raft core, driven by the real node driver, stays safe and live across a fixed range
// of random fault schedules on 3 nodes (partitions of every shape, loss, duplication and delay,
// crashes with torn writes, pauses, clock skew and jumps, disk corruption, snapshots).
// Method: each seed runs with all checkers; a failure lists each failing seed with its first
// violation and the `weir sim` command that replays it. `make sim-soak` runs thousands more.
import { describe, expect, test } from 'vitest';
import { failingSeeds } from './seed-range.js';

describe('3 nodes under random fault schedules', () => {
  test('seeds 1..100, 5 simulated seconds of faults each: no violation', async () => {
    expect(await failingSeeds({ first: 1, last: 100 }, { nodes: 3, timeMs: 5000 })).toEqual([]);
  }, 400_000);
});
