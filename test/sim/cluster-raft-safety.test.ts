// Goal: Raft safety is checked on the real metadata quorum of the whole-cluster workload, by every
// Raft checker of sim/checkers/, and each of them can fail there. Method: as
// test/sim/negative-controls.test.ts does for the Raft workload — a test-only switch breaks one
// rule of the real core, driver or disk on the WeirNodes (sim/node-switches.ts), a
// schedule aimed at that rule runs over a small fixed range of seeds, and every run that fails must
// fail with exactly the anomaly named for the switch, on at least K of the N seeds; the same
// schedules without a switch run clean. The switches and their detectors:
// - the core grants two votes in one epoch, every controller losing power at once: `election-safety`;
// - the core grants votes without the log check, a voter lagging while the leader crashes:
//   `leader-completeness`;
// - the leader serves a diverging fetch instead of the diverging epoch, a controller cut off with
//   the broker-only node (whose registration and heartbeats it appends while it cannot commit):
//   `log-matching`;
// - the driver drops the committed entries of a Ready that also appends: `committed-entry-changed`;
// - the driver applies entries as soon as they are durable locally: `applied-uncommitted`;
// - the disk skips the quorum-state fsync, the controllers restarted in turn: `durability`, and
//   with that checker silenced, `epoch-regressed` (monotonic-progress).
import { describe, expect, it } from 'vitest';
import type { FaultStep, Schedule } from '../../sim/nemesis.js';
import { namedSchedules } from '../../sim/raft-schedules.js';
import { runClusterSimulation, type ClusterSimulationOptions } from '../../sim/cluster/cluster-run.js';
import type { NodeSwitches } from '../../sim/node-switches.js';
import { expectOnly } from './control-verdict.js';

const shape = { controllers: 3, brokers: 1 };
const controllers = [1, 2, 3];
const everyNode = [1, 2, 3, 4];

interface Control {
  readonly schedule: Schedule;
  readonly timeMs: number;
  readonly switches?: { readonly on: readonly number[]; readonly set: NodeSwitches };
  readonly withoutAnomalies?: readonly string[];
}

/** The first anomaly of each run of seeds 1..seedCount (null for a clean run). */
async function firstAnomalies(control: Control, seedCount: number): Promise<Array<string | null>> {
  const anomalies: Array<string | null> = [];
  for (let seed = 1; seed <= seedCount; seed += 1) {
    const options: ClusterSimulationOptions = {
      seed, shape, timeMs: control.timeMs, schedule: control.schedule,
      ...(control.switches === undefined ? {} : {
        testOnly: new Map(control.switches.on.map((id) => [id, control.switches?.set as NodeSwitches])),
      }),
      ...(control.withoutAnomalies === undefined ? {} : { withoutAnomalies: control.withoutAnomalies }),
    };
    const summary = await runClusterSimulation(options);
    anomalies.push(summary.violations[0]?.anomaly ?? null);
  }
  return anomalies;
}

/** Every controller loses power at once (torn), every second, for 100 ms: candidates stand together. */
const powerLoss: Schedule = Array.from({ length: 6 }, (_, index) => controllers.map((node): FaultStep =>
  ({ kind: 'crash', atMs: 500 + index * 1000, durationMs: 100, node, tear: true }))).flat();
/** Each controller in turn cut off with the broker-only node for 1.5 s. */
const minorityWithBroker: Schedule = controllers.map((node, index): FaultStep => ({
  kind: 'partition', atMs: 500 + index * 2000, durationMs: 1500, shape: 'halves',
  nodes: [node, 4, ...controllers.filter((other) => other !== node)],
}));
const laggingVoter = namedSchedules['lagging-voter']?.(3, 6000) as Schedule;
const rollingRestart = namedSchedules['rolling-restart']?.(3, 3000) as Schedule;

/** Each control: its switch, where it is on, its schedule, and the anomaly on at least K of N seeds. */
const controls: ReadonlyArray<{ readonly name: string; readonly control: Control; readonly anomaly: string;
  readonly atLeast: number; readonly seeds: number }> = [
  // Six seeds: since a restarted broker takes roles only once registered (src/broker/broker.ts),
  // the power losses' elections interleave otherwise, and seeds 1-4 collide on two of them.
  { name: 'two votes granted in one epoch', anomaly: 'election-safety', atLeast: 3, seeds: 6,
    control: { schedule: powerLoss, timeMs: 6000, switches: { on: controllers, set: { grantMultipleVotesPerEpoch: true } } } },
  { name: 'votes granted without the log check', anomaly: 'leader-completeness', atLeast: 3, seeds: 4,
    control: { schedule: laggingVoter, timeMs: 6000, switches: { on: controllers, set: { grantVotesWithoutLogCheck: true } } } },
  { name: 'a leader that serves diverging fetches', anomaly: 'log-matching', atLeast: 3, seeds: 4,
    control: { schedule: minorityWithBroker, timeMs: 6000, switches: { on: everyNode, set: { serveDivergingFetches: true } } } },
  { name: 'a driver that drops committed entries when it also appends', anomaly: 'committed-entry-changed', atLeast: 2, seeds: 2,
    control: { schedule: [], timeMs: 3000, switches: { on: everyNode, set: { dropCommittedWithAppend: true } } } },
  { name: 'a driver that applies before the commit', anomaly: 'applied-uncommitted', atLeast: 2, seeds: 2,
    control: { schedule: [], timeMs: 3000, switches: { on: everyNode, set: { applyBeforeCommit: true } } } },
  { name: 'a disk that skips the quorum-state fsync', anomaly: 'durability', atLeast: 2, seeds: 2,
    control: { schedule: rollingRestart, timeMs: 3000, switches: { on: controllers, set: { skipQuorumStateSync: true } } } },
  { name: 'the skipped quorum-state fsync, without the durability checker', anomaly: 'epoch-regressed', atLeast: 2, seeds: 2,
    control: { schedule: rollingRestart, timeMs: 3000, withoutAnomalies: ['durability'],
      switches: { on: controllers, set: { skipQuorumStateSync: true } } } },
];

describe('Raft safety on the whole cluster: a switch breaks the real quorum, the checker names it', () => {
  it.each(controls)('$name: $anomaly in at least $atLeast of $seeds seeds', async ({ control, anomaly, atLeast, seeds }) => {
    expectOnly(await firstAnomalies(control, seeds), anomaly, atLeast);
  }, 120_000);

  it('without a switch the same schedules are clean (each control fails for its switch alone)', async () => {
    for (const control of [
      { schedule: powerLoss, timeMs: 6000 }, { schedule: laggingVoter, timeMs: 6000 },
      { schedule: minorityWithBroker, timeMs: 6000 }, { schedule: rollingRestart, timeMs: 3000 },
    ]) {
      expect(await firstAnomalies(control, 2)).toEqual([null, null]);
    }
  }, 240_000);
});
