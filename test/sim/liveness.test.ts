// Goal: after the fault phase heals, a leader is elected and new proposals commit within the
// liveness budget, for every named schedule (leader isolation, leader crash and pause, rolling
// restarts, majorities ring, flaky network). The control: a budget too short to elect anyone
// must be reported as a liveness violation, so the check can fail.
import { describe, expect, test } from 'vitest';
import { describeFailure } from '../../sim/command.js';
import { namedSchedules } from '../../sim/raft-schedules.js';
import { runSimulation } from '../../sim/run.js';

describe('liveness after heal', () => {
  test.each(Object.keys(namedSchedules))('schedule %s on 5 nodes: the cluster commits again after the heal', async (schedule) => {
    const summary = await runSimulation({ seed: 5, nodes: 5, timeMs: 8000, faults: [], schedule });
    expect(summary.violations.map(() => describeFailure(summary))).toEqual([]);
    expect(summary.faults).toBeGreaterThan(0);
    expect(summary.commits).toBeGreaterThan(0);
  });

  test('a liveness budget too short to elect a leader is reported as a liveness violation', async () => {
    // Every node is down when the fault phase ends: the heal restarts them, and no election can
    // finish within 100 ms (the election timeout alone is 150 ms or more).
    const schedule = [1, 2, 3].map((node) => ({ kind: 'crash' as const, atMs: 900, durationMs: 5000, node, tear: true }));
    const summary = await runSimulation({ seed: 5, nodes: 3, timeMs: 1000, faults: [], schedule, livenessBudgetMs: 100 });
    expect(summary.violations[0]?.anomaly).toBe('liveness');
  });
});
