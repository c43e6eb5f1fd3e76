// Goal: the checkers can fail, each on the anomaly it exists for. With a test-only switch that
// breaks one rule in the real code, and a fault schedule aimed at that rule, the simulator must
// report exactly the anomaly named for the switch, on most seeds of a small fixed range;
// otherwise the clean seed ranges in seeds-*.test.ts would prove nothing. Method: run the range
// with the switch on and collect each run's first violation; every one must be the named
// anomaly, and at least K of the N runs must have one. The switches and their detectors:
// - the core grants votes without the log check (Raft §5.4.1), under `lagging-voter` (a node
//   falls behind, the leader crashes): a leader is elected without committed entries,
//   `leader-completeness`;
// - the core grants two votes in one epoch, under `power-loss` (all restart together, so
//   several candidates stand in one epoch): `election-safety`;
// - the driver (src/quorum/raft-driver.ts) sends a Ready's messages before persisting it, under
//   `crash-after-append` (every follower crashes right after an append, then the leader): a
//   follower's fetch offset counts toward a commit the crash then takes back, and the next
//   leader lacks the committed entry, `leader-completeness`; the same schedule runs clean with
//   the switch off, so the schedule alone does not cause it;
// - the core raises a follower's high watermark over fetched entries not yet persisted, under
//   `flaky-network`: the simulated disks take time, so the follower is seen calling committed
//   what a crash could still take, `high-watermark-not-durable`;
// - the disk skips the quorum-state fsync (KIP-595's durable vote), under `rolling-restart`:
//   `durability` sees recovery find less than was persisted; without that checker the node's
//   epoch goes back across the restart, `epoch-regressed` (monotonic-progress). A forgotten
//   vote is always a forgotten epoch too (one file holds both), and the restarted node's first
//   event shows it, before it could cast a second vote: so election-safety never sees it first.
import { describe, expect, test } from 'vitest';
import { runSimulation, type SimulationOptions } from '../../sim/run.js';
import { expectOnly } from './control-verdict.js';

interface Control {
  readonly schedule: string;
  readonly nodes?: number;
  readonly timeMs: number;
  readonly testOnly?: SimulationOptions['testOnly'];
}

/** The first anomaly of each run of seeds 1..seedCount (null for a clean run). */
async function firstAnomalies(control: Control, seedCount: number): Promise<Array<string | null>> {
  const anomalies: Array<string | null> = [];
  for (let seed = 1; seed <= seedCount; seed += 1) {
    const summary = await runSimulation({
      seed, nodes: control.nodes ?? 3, timeMs: control.timeMs, faults: [], schedule: control.schedule,
      ...(control.testOnly === undefined ? {} : { testOnly: control.testOnly }),
    });
    anomalies.push(summary.violations[0]?.anomaly ?? null);
  }
  return anomalies;
}

describe('negative controls', () => {
  test('votes granted without the log check: leader-completeness in at least 5 of 6 seeds', async () => {
    const control = { schedule: 'lagging-voter', timeMs: 6000, testOnly: { unsafeCore: { grantVotesWithoutLogCheck: true } } };
    expectOnly(await firstAnomalies(control, 6), 'leader-completeness', 5);
  });

  test('two votes granted in one epoch: election-safety in at least 4 of 6 seeds', async () => {
    const control = { schedule: 'power-loss', nodes: 5, timeMs: 4000, testOnly: { unsafeCore: { grantMultipleVotesPerEpoch: true } } };
    expectOnly(await firstAnomalies(control, 6), 'election-safety', 4);
  });

  test('a driver that sends before persisting: leader-completeness in at least 6 of 8 seeds', async () => {
    const control = { schedule: 'crash-after-append', timeMs: 3000, testOnly: { sendBeforePersist: true } };
    expectOnly(await firstAnomalies(control, 8), 'leader-completeness', 6);
  });

  test('the same crashes right after appends, with the real driver: no violation', async () => {
    expect(await firstAnomalies({ schedule: 'crash-after-append', timeMs: 3000 }, 3)).toEqual([null, null, null]);
  });

  test('a follower that commits entries before they are durable: high-watermark-not-durable in every one of 4 seeds', async () => {
    const control = { schedule: 'flaky-network', timeMs: 2000, testOnly: { unsafeCore: { commitBeforeDurable: true } } };
    expectOnly(await firstAnomalies(control, 4), 'high-watermark-not-durable', 4);
  });

  test('a disk that skips the quorum-state fsync: durability in every one of 4 seeds', async () => {
    const control = { schedule: 'rolling-restart', timeMs: 2000, testOnly: { skipQuorumStateSync: true } };
    expectOnly(await firstAnomalies(control, 4), 'durability', 4);
  });

  test('without the durability checker, the skipped fsync is epoch-regressed in every one of 4 seeds', async () => {
    const control = { schedule: 'rolling-restart', timeMs: 2000, testOnly: { skipQuorumStateSync: true, withoutDurabilityChecker: true } };
    expectOnly(await firstAnomalies(control, 4), 'epoch-regressed', 4);
  });
});
