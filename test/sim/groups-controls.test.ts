// Negative controls of the group checkers (sim/checkers/group-ownership.ts,
// member-epoch-ownership.ts, committed-offsets.ts, group-resume.ts): each test-only switch breaks
// one rule of the real node (src/group/runtime/test-only-break-groups.ts in the coordinator,
// src/broker/test-only-break-replication.ts in the broker's Fetch), runs a schedule aimed at it,
// and must be caught as exactly the anomaly of the one checker it names; the same seed and
// schedule without the switch keep every check.
//   keepGenerationOnRebalance  classic, no faults       partition-owned-twice (the later members'
//                                                      joins complete rebalances under one generation)
//   acceptStaleHeartbeats      classic, member-cut-off  partition-owned-twice (member-1, removed, is
//                                                      confirmed in its old generation after the heal)
//   revokeWithoutWaiting       KIP-848, no faults       partition-owned-twice (a partition handed on
//                                                      before its owner acknowledged the revocation)
//   skipLoading                classic, coordinator-crash  committed-offset-regressed (the next
//                                                      coordinator serves none of the commits)
//   serveAboveHighWatermark    both, coordinator-isolated  resume-skip (members consume the isolated
//                                                      leader's unreplicated records, which the next
//                                                      leader replaces, and commit past them)
import { describe, expect, it } from 'vitest';
import type { NodeSwitches } from '../../sim/node-switches.js';
import type { GroupProtocol } from '../../sim/groups/group-members.js';
import { runGroupsSimulation } from '../../sim/groups/groups-run.js';
import type { NamedGroupSchedule } from '../../sim/groups/groups-schedules.js';

interface ControlCase {
  readonly broken: NodeSwitches;
  readonly protocol: GroupProtocol;
  readonly schedule: NamedGroupSchedule | readonly [];
  readonly anomaly: string;
  readonly timeMs: number;
}

const cases: readonly ControlCase[] = [
  { broken: { keepGenerationOnRebalance: true }, protocol: 'classic', schedule: [], anomaly: 'partition-owned-twice', timeMs: 2500 },
  { broken: { acceptStaleHeartbeats: true }, protocol: 'classic', schedule: 'member-cut-off', anomaly: 'partition-owned-twice',
    timeMs: 6000 },
  { broken: { revokeWithoutWaiting: true }, protocol: 'consumer', schedule: [], anomaly: 'partition-owned-twice', timeMs: 2500 },
  { broken: { skipLoading: true }, protocol: 'classic', schedule: 'coordinator-crash', anomaly: 'committed-offset-regressed',
    timeMs: 6000 },
  { broken: { serveAboveHighWatermark: true }, protocol: 'classic', schedule: 'coordinator-isolated', anomaly: 'resume-skip',
    timeMs: 7000 },
  { broken: { serveAboveHighWatermark: true }, protocol: 'consumer', schedule: 'coordinator-isolated', anomaly: 'resume-skip',
    timeMs: 7000 },
];

describe('negative controls of the group checkers', () => {
  for (const { broken, protocol, schedule, anomaly, timeMs } of cases) {
    it(`${Object.keys(broken).join(',')} (${protocol}) is caught as ${anomaly}; the same run without it keeps every check`, async () => {
      const options = { seed: 1, nodes: 3, members: 3, protocol, timeMs, schedule };
      const real = await runGroupsSimulation(options);
      expect(real.violations, real.replay).toEqual([]);
      const controlled = await runGroupsSimulation({ ...options, testOnly: new Map([1, 2, 3].map((id) => [id, broken])) });
      expect(controlled.violations.map((violation) => violation.anomaly), controlled.replay).toEqual([anomaly]);
    }, 120_000);
  }
});
