// Goal: as seeds-3-nodes.test.ts, on 5 nodes (two faulty nodes at a time are within the fault
// model), crashes with teeth included. Method: a fixed seed range, all checkers on; failures
// print their replay commands; the disks' crash statistics are summed over the range.
import { describe, test } from 'vitest';
import { expectCleanWithTeeth, runSeedRange } from './seed-range.js';

describe('5 nodes under random fault schedules', () => {
  test('seeds 1..50, 5 simulated seconds of faults each: no violation, and crashes lost and tore writes', async () => {
    const result = await runSeedRange({ first: 1, last: 50 }, { nodes: 5, timeMs: 5000 });
    expectCleanWithTeeth(result, { crashed: 25, lost: 3, torn: 2 });
  }, 400_000);
});
