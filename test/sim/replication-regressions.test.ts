// Regression schedules for the published bug classes of replicated logs (simulation.md §4.3,
// §5.2; sim/replication/replication-schedules.ts), each run twice on the same seed: on the real
// code it keeps every check, and with the test-only switch that brings the bug back
// (src/metadata/test-only-break-cluster.ts, in the real broker or controller) it is caught as the
// one anomaly named for it — the negative controls of the replication checkers:
//   kip-101               truncateToHighWatermark      isr-incomplete (an ISR member lost committed records)
//   kip-279               truncateToHighWatermark      isr-incomplete
//   zombie-leader         acknowledgeBeforeReplicated  lost-write (an acks=-1 write acknowledged, then gone)
//   redpanda-lost-writes  electLeaderOutsideIsr        leader-not-in-isr
import { describe, expect, it } from 'vitest';
import type { TestOnlyBreakCluster } from '../../src/metadata/test-only-break-cluster.js';
import { runReplicationSimulation } from '../../sim/replication/replication-run.js';
import type { NamedReplicationSchedule } from '../../sim/replication/replication-schedules.js';

const cases: ReadonlyArray<{ schedule: NamedReplicationSchedule; seed: number; broken: TestOnlyBreakCluster; anomaly: string }> = [
  { schedule: 'kip-101', seed: 1, broken: { truncateToHighWatermark: true }, anomaly: 'isr-incomplete' },
  { schedule: 'kip-279', seed: 1, broken: { truncateToHighWatermark: true }, anomaly: 'isr-incomplete' },
  { schedule: 'zombie-leader', seed: 1, broken: { acknowledgeBeforeReplicated: true }, anomaly: 'lost-write' },
  { schedule: 'redpanda-lost-writes', seed: 1, broken: { electLeaderOutsideIsr: true }, anomaly: 'leader-not-in-isr' },
];

describe('regression schedules of replication bugs', () => {
  for (const { schedule, seed, broken, anomaly } of cases) {
    const name = Object.keys(broken)[0] as string;
    it(`${schedule} keeps every check on the real code, and ${name} is caught as ${anomaly}`, async () => {
      const options = { seed, nodes: 3, timeMs: 7000, schedule };
      const real = await runReplicationSimulation(options);
      expect(real.violations, real.replay).toEqual([]);
      expect(real.faults).toBeGreaterThan(0);
      const testOnly = new Map([1, 2, 3].map((id) => [id, broken]));
      const controlled = await runReplicationSimulation({ ...options, testOnly, noNodeInvariants: true });
      expect(controlled.violations.map((violation) => violation.anomaly), controlled.replay).toEqual([anomaly]);
    }, 60_000);
  }
});
