// Negative controls of the group checkers (sim/checkers/group-ownership.ts, committed-offsets.ts,
// group-resume.ts): each test-only switch breaks one rule of the real node
// (src/group/runtime/test-only-break-groups.ts in the coordinator, src/broker/test-only-break-replication.ts
// in the broker's Fetch), runs a schedule aimed at it, and must be caught as exactly the anomaly
// of the one checker it names; the same seed and schedule without the switch keep every check.
//   keepGenerationOnRebalance  no faults          partition-owned-twice (the second member's join
//                                                 completes a rebalance under generation 1)
//   acceptStaleHeartbeats      member-cut-off     partition-owned-twice (member-1, removed, is
//                                                 confirmed in its old generation after the heal)
//   acknowledgeWritesAtAppend     coordinator-isolated committed-offset-regressed (commits acknowledged
//                                                 by the cut-off coordinator are not in the log the
//                                                 next one loads)
//   serveAboveHighWatermark    coordinator-isolated resume-skip (members consume the isolated
//                                                 leader's unreplicated records, which the next
//                                                 leader replaces, and commit past them)
import { describe, expect, it } from 'vitest';
import type { NodeSwitches } from '../../sim/node-switches.js';
import { runGroupsSimulation } from '../../sim/groups/groups-run.js';
import type { NamedGroupSchedule } from '../../sim/groups/groups-schedules.js';

interface ControlCase {
  readonly broken: NodeSwitches;
  readonly schedule: NamedGroupSchedule | readonly [];
  readonly anomaly: string;
  readonly seeds: readonly number[];
  readonly timeMs: number;
}

const cases: readonly ControlCase[] = [
  { broken: { keepGenerationOnRebalance: true }, schedule: [], anomaly: 'partition-owned-twice', seeds: [1], timeMs: 2500 },
  { broken: { acceptStaleHeartbeats: true }, schedule: 'member-cut-off', anomaly: 'partition-owned-twice', seeds: [1], timeMs: 6000 },
  { broken: { acknowledgeWritesAtAppend: true }, schedule: 'coordinator-isolated', anomaly: 'committed-offset-regressed', seeds: [1],
    timeMs: 7000 },
  { broken: { serveAboveHighWatermark: true }, schedule: 'coordinator-isolated', anomaly: 'resume-skip', seeds: [1], timeMs: 7000 },
];

describe('negative controls of the group checkers', () => {
  for (const { broken, schedule, anomaly, seeds, timeMs } of cases) {
    it(`${Object.keys(broken).join(',')} is caught as ${anomaly}; the same run without it keeps every check`, async () => {
      for (const seed of seeds) {
        const options = { seed, nodes: 3, members: 3, timeMs, schedule };
        const real = await runGroupsSimulation(options);
        expect(real.violations, real.replay).toEqual([]);
        const controlled = await runGroupsSimulation({ ...options, testOnly: new Map([1, 2, 3].map((id) => [id, broken])) });
        expect(controlled.violations.map((violation) => violation.anomaly), controlled.replay).toEqual([anomaly]);
      }
    }, 120_000);
  }
});
