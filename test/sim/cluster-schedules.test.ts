// fast-check over the whole-cluster workload's fault schedules (as test/sim/schedules.test.ts
// does for the Raft workload): generated schedules of pauses, crashes and partitions between the
// machines of 3 controllers and a broker-only node; a failing schedule shrinks to a small one
// whose report carries the replay line. The negative control: the controller fences without
// moving leadership (TestOnlyBreakCluster.fenceWithoutMovingLeaders), which only a schedule that
// keeps a broker silent past its session timeout can reveal, so fast-check must find one.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { TestOnlyBreakCluster } from '../../src/metadata/test-only-break-cluster.js';
import { describeClusterFailure } from '../../sim/cluster/cluster-command.js';
import { runClusterSimulation } from '../../sim/cluster/cluster-run.js';
import type { FaultStep, PartitionShape, Schedule } from '../../sim/nemesis.js';

const shape = { controllers: 3, brokers: 1 };
const machines = [1, 2, 3, 4];
const timeMs = 4000;
const shapes: PartitionShape[] = ['halves', 'isolate', 'one-way', 'bridge'];

const atMs = fc.integer({ min: 0, max: timeMs - 1 });
const durationMs = fc.integer({ min: 50, max: 3000 });
const node = fc.integer({ min: 1, max: machines.length });
const stepArbitrary: fc.Arbitrary<FaultStep> = fc.oneof(
  fc.record({ kind: fc.constant('pause' as const), atMs, durationMs, node }),
  fc.record({ kind: fc.constant('crash' as const), atMs, durationMs, node, tear: fc.boolean() }),
  fc.record({ kind: fc.constant('partition' as const), atMs, durationMs, shape: fc.constantFrom(...shapes),
    nodes: fc.shuffledSubarray(machines, { minLength: machines.length, maxLength: machines.length }) }),
);

/** Steps may overlap: the nemesis skips a step whose machine is not in a state to take it. */
const scheduleArbitrary = fc.array(stepArbitrary, { maxLength: 6 }).map((steps) => [...steps].sort((a, b) => a.atMs - b.atMs));

async function runOrThrow(seed: number, schedule: Schedule, broken?: TestOnlyBreakCluster): Promise<void> {
  const summary = await runClusterSimulation({
    seed, shape, timeMs, schedule, livenessBudgetMs: 8000,
    ...(broken === undefined ? {} : { testOnly: new Map([1, 2, 3].map((id) => [id, broken])), noNodeInvariants: true }),
  });
  const anomaly = summary.violations[0]?.anomaly;
  // Under the switch only the anomaly it causes counts as found.
  if (anomaly !== undefined && (broken === undefined || anomaly === 'fenced-leader')) throw new Error(describeClusterFailure(summary));
}

describe('fast-check schedules of the whole-cluster workload', () => {
  test('generated schedules keep every check', async () => {
    await fc.assert(fc.asyncProperty(fc.nat({ max: 1_000_000 }), scheduleArbitrary, (seed, schedule) => runOrThrow(seed, schedule)),
      { numRuns: 8, seed: 20261202 });
  }, 120_000);

  test('fencing that keeps leaders is found and its schedule shrunk; the report carries the replay line', async () => {
    const details = await fc.check(
      fc.asyncProperty(fc.limitShrink(fc.nat({ max: 1_000_000 }), 2), scheduleArbitrary, (seed, schedule) =>
        runOrThrow(seed, schedule, { fenceWithoutMovingLeaders: true })),
      { numRuns: 20, seed: 7 },
    );
    expect(details.failed).toBe(true);
    const [, shrunk] = details.counterexample as [number, Schedule];
    expect(shrunk.length).toBeLessThanOrEqual(2);
    const message = details.errorInstance instanceof Error ? details.errorInstance.message : '';
    expect(message).toContain('fenced-leader');
    expect(message).toContain('./bin/weir sim --workload cluster --seed');
    expect(message).toContain('--schedule');
  }, 180_000);
});
