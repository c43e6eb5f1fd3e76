// Goal: as seeds-3-nodes.test.ts, on 5 nodes (two faulty nodes at a time are within the fault
// model). Method: a fixed seed range, all checkers on; failures print their replay commands.
import { describe, expect, test } from 'vitest';
import { failingSeeds } from './seed-range.js';

describe('5 nodes under random fault schedules', () => {
  test('seeds 1..50, 5 simulated seconds of faults each: no violation', async () => {
    expect(await failingSeeds({ first: 1, last: 50 }, { nodes: 5, timeMs: 5000 })).toEqual([]);
  }, 400_000);
});
