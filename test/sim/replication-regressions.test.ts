// Regression schedules for the published bug classes of replicated logs (simulation.md §4.3,
// §5.2; sim/replication/replication-schedules.ts), each run twice on the same seed: on the real
// code it keeps every check, and with the test-only switch that brings the bug back
// (src/metadata/test-only-break-cluster.ts, in the real broker or controller) it is caught as the
// one anomaly named for it — the negative controls of the replication checkers:
//   kip-101               truncateToHighWatermark      isr-incomplete (an ISR member lost committed records);
//                         with leadBeforeRegistration beside it, which alone keeps every check: a
//                         restarted follower now takes no role before its new incarnation is
//                         registered, i.e. before its old session ended and fencing took it out of
//                         the ISR, so the truncation this control breaks happens inside the ISR only
//                         when the follower acts from its recovered image as it did before
//   kip-279               (none yet: truncateToLeaderEndOffset, KIP-279's own bug, found no
//                         schedule here that it breaks; see sim/replication/README.md)
//   zombie-leader         acknowledgeBeforeReplicated  lost-write (an acks=-1 write acknowledged, then gone)
//   redpanda-lost-writes  electLeaderOutsideIsr        leader-not-in-isr
import { describe, expect, it } from 'vitest';
import type { NodeSwitches } from '../../sim/node-switches.js';
import { runReplicationSimulation } from '../../sim/replication/replication-run.js';
import type { NamedReplicationSchedule } from '../../sim/replication/replication-schedules.js';

interface RegressionCase {
  readonly schedule: NamedReplicationSchedule;
  readonly seed: number;
  /** Long enough for the schedule's last step to end. */
  readonly timeMs: number;
  /** The switch that brings the bug back and the anomaly it must be caught as (none yet for kip-279). */
  readonly control?: {
    readonly broken: NodeSwitches; readonly anomaly: string;
    /** Switches the control needs beside its own to reach the bug, which alone keep every check. */
    readonly beside?: NodeSwitches;
  };
}

const cases: readonly RegressionCase[] = [
  { schedule: 'kip-101', seed: 1, timeMs: 5500, control: { broken: { truncateToHighWatermark: true }, anomaly: 'isr-incomplete',
    beside: { leadBeforeRegistration: true } } },
  { schedule: 'kip-279', seed: 2, timeMs: 5000 },
  { schedule: 'zombie-leader', seed: 1, timeMs: 5000, control: { broken: { acknowledgeBeforeReplicated: true }, anomaly: 'lost-write' } },
  { schedule: 'redpanda-lost-writes', seed: 1, timeMs: 6000,
    control: { broken: { electLeaderOutsideIsr: true }, anomaly: 'leader-not-in-isr' } },
];

describe('regression schedules of replication bugs', () => {
  for (const { schedule, seed, timeMs, control } of cases) {
    const name = control === undefined ? '' : `, and ${Object.keys(control.broken).join(',')} is caught as ${control.anomaly}`;
    it(`${schedule} keeps every check on the real code${name}`, async () => {
      const options = { seed, nodes: 3, timeMs, schedule };
      const real = await runReplicationSimulation(options);
      expect(real.violations, real.replay).toEqual([]);
      expect(real.faults).toBeGreaterThan(0);
      if (control === undefined) return;
      if (control.beside !== undefined) {
        const beside = await runReplicationSimulation({ ...options, testOnly: new Map([1, 2, 3].map((id) => [id, control.beside as NodeSwitches])) });
        expect(beside.violations, beside.replay).toEqual([]);
      }
      const testOnly = new Map([1, 2, 3].map((id) => [id, { ...control.beside, ...control.broken }]));
      const controlled = await runReplicationSimulation({ ...options, testOnly, noNodeInvariants: true });
      expect(controlled.violations.map((violation) => violation.anomaly), controlled.replay).toEqual([control.anomaly]);
    }, 60_000);
  }
});
