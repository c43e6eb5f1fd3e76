// The two runs of the replication workload in which consumers saw the high watermark go back
// (issue 11; sim/replication/README.md "What it found"), each kept as a regression with the
// test-only switch that brings its bug back, caught by the one checker named for it
// (high-watermark-regressed):
//   restarted-leader  a leader crashed and back within its broker session led its old epoch from
//                     its recovered image, with the older checkpointed high watermark; fixed by
//                     following images only from this incarnation's registration (broker.ts).
//                     Switch: leadBeforeRegistration. The consumer rule below would hide that
//                     leader's low high watermark from consumers, so both runs of this case turn
//                     it off (showUnknownHighWatermark) to check the registration gate alone.
//   kip-279           after a clean failover the new leader showed the high watermark it had as
//                     a follower, one fetch behind; fixed by consumer-high-watermark.ts.
//                     Switch: showUnknownHighWatermark.
import { describe, expect, it } from 'vitest';
import type { NodeSwitches } from '../../sim/node-switches.js';
import { runReplicationSimulation, type ReplicationSimulationOptions } from '../../sim/replication/replication-run.js';

const onEveryNode = (switches: NodeSwitches): Map<number, NodeSwitches> => new Map([1, 2, 3].map((id) => [id, switches]));

interface HighWatermarkCase {
  readonly name: string;
  readonly options: ReplicationSimulationOptions;
  /** Switches both runs share (none: the real code). */
  readonly base: NodeSwitches;
  /** The switch that brings the bug back. */
  readonly broken: NodeSwitches;
}

const cases: readonly HighWatermarkCase[] = [
  { name: 'a leader restarted within its session does not lead its old epoch from its recovered image',
    options: { seed: 0, nodes: 3, timeMs: 2500, schedule: [{ kind: 'crash', atMs: 582, durationMs: 50, node: 0, tear: false }] },
    base: { showUnknownHighWatermark: true }, broken: { leadBeforeRegistration: true } },
  { name: 'a new leader after a fast failover shows consumers no lower high watermark (kip-279)',
    options: { seed: 1, nodes: 3, timeMs: 5000, schedule: 'kip-279' },
    base: {}, broken: { showUnknownHighWatermark: true } },
];

describe('the high watermark consumers see never goes back', () => {
  for (const { name, options, base, broken } of cases) {
    it(`${name}; without the fix it is caught as high-watermark-regressed`, async () => {
      const baseSwitches = Object.keys(base).length === 0 ? {} : { testOnly: onEveryNode(base) };
      const real = await runReplicationSimulation({ ...options, ...baseSwitches });
      expect(real.violations, real.replay).toEqual([]);
      expect(real.faults).toBeGreaterThan(0);
      const controlled = await runReplicationSimulation({ ...options, testOnly: onEveryNode({ ...base, ...broken }),
        noNodeInvariants: true });
      expect(controlled.violations.map((violation) => violation.anomaly), controlled.replay).toEqual(['high-watermark-regressed']);
    }, 60_000);
  }

  it('the real code keeps every check on the shrunk restart run', async () => {
    const real = await runReplicationSimulation(cases[0]!.options);
    expect(real.violations, real.replay).toEqual([]);
  }, 60_000);
});
