// Goal: the Raft core, driven by the real node driver, stays safe and live across a fixed range
// of random fault schedules on 3 and 5 nodes (every fault family on). Method: run each seed of
// the range through the simulator with all checkers on; a failure lists each failing seed with
// its first violation and the exact `weir sim` command that replays it. `make sim-soak` runs
// thousands more seeds; CI keeps a few hundred here (about a minute on two cores).
import { describe, expect, test } from 'vitest';
import { describeFailure } from '../../sim/command.js';
import { allFaultKinds } from '../../sim/nemesis.js';
import { runSimulation } from '../../sim/run.js';

async function failingSeeds(first: number, last: number, nodes: number, timeMs: number): Promise<string[]> {
  const failures: string[] = [];
  for (let seed = first; seed <= last; seed += 1) {
    const summary = await runSimulation({ seed, nodes, timeMs, faults: allFaultKinds });
    if (summary.violations.length > 0) failures.push(describeFailure(summary));
  }
  return failures;
}

describe('seed ranges with every fault', () => {
  test('3 nodes, seeds 1..150, 8 simulated seconds each: no violation', async () => {
    expect(await failingSeeds(1, 150, 3, 8000)).toEqual([]);
  });

  test('5 nodes, seeds 1..80, 8 simulated seconds each: no violation', async () => {
    expect(await failingSeeds(1, 80, 5, 8000)).toEqual([]);
  });
});
