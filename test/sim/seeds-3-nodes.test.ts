// Goal: the Raft core, driven by the real node driver, stays safe and live across a fixed range
// of random fault schedules on 3 nodes (partitions of every shape, loss, duplication and delay,
// crashes with torn writes, also right after an append, pauses, clock skew and jumps, disk
// corruption, snapshots), and those crashes had teeth: some lost unsynced bytes, some tore a
// write (a crash that always lands after every fsync finished proves nothing about durability).
// Method: each seed runs with all checkers; a failure lists each failing seed with its first
// violation and the `weir sim` command that replays it; the disks' crash statistics are summed
// over the range. `make sim-soak` runs thousands more.
import { describe, test } from 'vitest';
import { expectCleanWithTeeth, runSeedRange } from './seed-range.js';

describe('3 nodes under random fault schedules', () => {
  test('seeds 1..100, 5 simulated seconds of faults each: no violation, and crashes lost and tore writes', async () => {
    const result = await runSeedRange({ first: 1, last: 100 }, { nodes: 3, timeMs: 5000 });
    expectCleanWithTeeth(result, { crashed: 50, lost: 5, torn: 4 });
  }, 400_000);
});
