// fast-check over the replication workload's fault schedules (as test/sim/cluster-schedules.test.ts
// does for the cluster workload): generated schedules of crashes (torn), pauses and partitions
// between the three brokers, node 0 being the leader of sim-a/0 when a step starts. Generated
// schedules must keep every check; with the leader answering acks=-1 before its followers have
// the batch (NodeSwitches.acknowledgeBeforeReplicated), fast-check must find a schedule
// that loses such a write — a leader crashed or cut off right after it answered — and shrink it
// to at most two steps, reported with its `weir sim --workload replication` replay line.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { NodeSwitches } from '../../sim/node-switches.js';
import { describeSeedFailure } from '../../sim/cluster-switches.js';
import type { FaultStep, Schedule } from '../../sim/nemesis.js';
import { runReplicationSimulation } from '../../sim/replication/replication-run.js';

const timeMs = 2500;
const atMs = fc.integer({ min: 500, max: timeMs - 1 });
const durationMs = fc.integer({ min: 50, max: 2500 });
const node = fc.integer({ min: 0, max: 3 });
const stepArbitrary: fc.Arbitrary<FaultStep> = fc.oneof(
  fc.record({ kind: fc.constant('crash' as const), atMs, durationMs, node, tear: fc.boolean() }),
  fc.record({ kind: fc.constant('pause' as const), atMs, durationMs, node }),
  fc.record({ kind: fc.constant('partition' as const), atMs, durationMs, shape: fc.constantFrom('isolate' as const, 'one-way' as const),
    nodes: fc.constantFrom([0], [1], [2], [3]) }),
);
const scheduleArbitrary = fc.array(stepArbitrary, { maxLength: 4 }).map((steps) => [...steps].sort((a, b) => a.atMs - b.atMs));

async function runOrThrow(seed: number, schedule: Schedule, broken?: NodeSwitches): Promise<void> {
  const summary = await runReplicationSimulation({ seed, nodes: 3, timeMs, schedule, livenessBudgetMs: 5000,
    ...(broken === undefined ? {} : { testOnly: new Map([1, 2, 3].map((id) => [id, broken])) }) });
  const anomaly = summary.violations[0]?.anomaly;
  // Under the switch only the anomaly it causes counts as found.
  if (anomaly !== undefined && (broken === undefined || anomaly === 'lost-write')) throw new Error(describeSeedFailure(summary));
}

describe('fast-check schedules of the replication workload', () => {
  test('generated schedules keep every check', async () => {
    await fc.assert(fc.asyncProperty(fc.nat({ max: 1_000_000 }), scheduleArbitrary, (seed, schedule) => runOrThrow(seed, schedule)),
      { numRuns: 2, seed: 20261202 });
  }, 120_000);

  test('acks=-1 answered before replication is found and its schedule shrunk; the report carries the replay line', async () => {
    const details = await fc.check(
      fc.asyncProperty(fc.limitShrink(fc.nat({ max: 1_000_000 }), 2), scheduleArbitrary, (seed, schedule) =>
        runOrThrow(seed, schedule, { acknowledgeBeforeReplicated: true })),
      { numRuns: 8, seed: 11 },
    );
    expect(details.failed).toBe(true);
    const [, shrunk] = details.counterexample as [number, Schedule];
    expect(shrunk.length).toBeLessThanOrEqual(2);
    const message = details.errorInstance instanceof Error ? details.errorInstance.message : '';
    expect(message).toContain('lost-write');
    expect(message).toContain('./bin/weir sim --workload replication --seed');
    expect(message).toContain('--unsafe acknowledgeBeforeReplicated@1');
  }, 180_000);
});
