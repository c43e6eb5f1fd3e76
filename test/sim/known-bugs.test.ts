// Goal: keep a found bug visible until it is fixed. Each test replays a seed on which the
// simulator found a violation that is not fixed yet, and expects that violation. When one of
// these tests starts failing, the bug is gone: delete the test and widen the CI seed ranges
// (seed-range.ts) to the fault family it excluded.
import { describe, expect, test } from 'vitest';
import { allFaultKinds } from '../../sim/nemesis.js';
import { runSimulation } from '../../sim/run.js';

describe('known bugs found by the simulator', () => {
  test('raft liveness: after the leader is lost for good, prospectives keep following it (seed 3)', async () => {
    // Replay: ./bin/weir sim --seed 3 --nodes 3 --time 8s --faults partition,loss,crash,pause,skew,corrupt
    const summary = await runSimulation({ seed: 3, nodes: 3, timeMs: 8000, faults: allFaultKinds });
    expect(summary.violations[0]?.anomaly).toBe('liveness');
  });
});
