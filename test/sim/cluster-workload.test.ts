// The whole-cluster workload (sim/cluster/): bounded seeds with every fault run clean, the same
// seed gives the same trace, and each checker's negative control — a test-only switch that
// breaks the real node's code (src/metadata/test-only-break-cluster.ts) — is caught as exactly
// its anomaly.
import { describe, expect, it } from 'vitest';
import type { TestOnlyBreakCluster } from '../../src/metadata/test-only-break-cluster.js';
import { clusterReplayCommand, runClusterSimulation, type ClusterSimulationOptions } from '../../sim/cluster/cluster-run.js';
import { parseClusterSimArguments } from '../../sim/cluster/cluster-command.js';
import { duplicableFrame } from '../../sim/cluster/cluster-faults.js';
import { encodePeerFrame } from '../../src/quorum/peer-frame.js';
import { frameBytes } from '../../src/protocol/mod.js';
import { Packr } from 'msgpackr';

const shape = { controllers: 3, brokers: 1 };
/** The broker-only node of `shape`. */
const brokerOnly = 4;

async function run(options: Partial<ClusterSimulationOptions> & { seed: number }) {
  return runClusterSimulation({ shape, timeMs: 5000, ...options });
}

function on(ids: readonly number[], switches: TestOnlyBreakCluster): Map<number, TestOnlyBreakCluster> {
  return new Map(ids.map((id) => [id, switches]));
}

function anomalies(summary: { violations: readonly { anomaly: string }[] }): string[] {
  return summary.violations.map((violation) => violation.anomaly);
}

describe('the whole-cluster workload', () => {
  it('a fault-free run is clean, checks images and creates topics through the brokers', async () => {
    const summary = await run({ seed: 1, schedule: [] });
    expect(summary.violations).toEqual([]);
    expect(summary.imagesChecked).toBeGreaterThan(10);
    expect(summary.adminDone).toBeGreaterThan(0);
  }, 60_000);

  it('bounded seeds with every fault, 3 controllers and 1 broker-only node, are clean', async () => {
    for (const seed of [1, 2, 3]) {
      const summary = await run({ seed });
      expect(summary.violations, summary.replay).toEqual([]);
      expect(summary.faults).toBeGreaterThan(0);
    }
  }, 120_000);

  it('a seed of 5 controllers and 2 broker-only nodes with every fault is clean', async () => {
    const summary = await runClusterSimulation({ seed: 4, shape: { controllers: 5, brokers: 2 }, timeMs: 5000 });
    expect(summary.violations, summary.replay).toEqual([]);
    expect(summary.faults).toBeGreaterThan(0);
  }, 120_000);

  it('only a whole Raft peer frame may be duplicated, never a Kafka frame or a part of a stream', () => {
    const peer = encodePeerFrame(new Packr(), 'cluster', { type: 'FetchRequest', from: 1, to: 2 });
    expect(duplicableFrame(peer)).toBe(true);
    expect(duplicableFrame(frameBytes(new Uint8Array([0, 18, 0, 3, 0, 0, 0, 7])))).toBe(false);
    expect(duplicableFrame(peer.subarray(0, peer.length - 1))).toBe(false);
    const twoFrames = new Uint8Array(peer.length * 2);
    twoFrames.set(peer, 0);
    twoFrames.set(peer, peer.length);
    expect(duplicableFrame(twoFrames)).toBe(false);
  });

  it('duplicates Raft peer frames under the loss fault and stays clean', async () => {
    const summary = await run({ seed: 2, timeMs: 4000, schedule: [
      { kind: 'loss', atMs: 300, durationMs: 3000, lossRate: 0.2, duplicateRate: 0.3, meanExtraLatencyMs: 2 },
    ] });
    expect(summary.violations, summary.replay).toEqual([]);
    expect(summary.messages.duplicated).toBeGreaterThan(20);
    expect(summary.adminDone).toBeGreaterThan(0);
  }, 60_000);

  it('replays 5 controllers and 2 brokers with every fault exactly: same seed, same trace hash', async () => {
    const options = { seed: 3, shape: { controllers: 5, brokers: 2 }, timeMs: 4000 };
    const first = await runClusterSimulation(options);
    const second = await runClusterSimulation(options);
    expect(second.traceHash).toBe(first.traceHash);
    expect(second.events).toBe(first.events);
    expect(first.faults).toBeGreaterThan(0);
  }, 120_000);

  it('the seed that found timers firing early on a skewed clock (a livelock at 8329.609 ms) runs clean', async () => {
    // Before sim/sim-clock.ts kept a timer from firing before its delay had passed on the local
    // clock, node 1's controller re-armed its session check for a few ulps forever, in one instant.
    const summary = await runClusterSimulation({ seed: 8, shape: { controllers: 5, brokers: 2 }, timeMs: 9000 });
    expect(summary.violations, summary.replay).toEqual([]);
  }, 120_000);

  it('the same seed gives the same trace hash', async () => {
    const first = await run({ seed: 7, timeMs: 3000 });
    const second = await run({ seed: 7, timeMs: 3000 });
    expect(second.traceHash).toBe(first.traceHash);
    expect(second.events).toBe(first.events);
    const other = await run({ seed: 8, timeMs: 3000 });
    expect(other.traceHash).not.toBe(first.traceHash);
  }, 120_000);

  describe('negative controls: a switch breaks the real node, the checker names it', () => {
    it('one node skips RemoveTopicRecord: inconsistent-offsets', async () => {
      const summary = await run({ seed: 1, schedule: [], testOnly: on([2], { skipTopicRemoval: true }) });
      expect(anomalies(summary)).toEqual(['inconsistent-offsets']);
      expect(summary.replay).toContain('--unsafe skipTopicRemoval@2');
    }, 60_000);

    it('the controller reuses the broker epoch of a restarted broker: epochs-regressed', async () => {
      const summary = await run({
        seed: 1, testOnly: on([1, 2, 3, brokerOnly], { reuseBrokerEpoch: true }),
        schedule: [{ kind: 'crash', atMs: 1500, durationMs: 300, node: brokerOnly, tear: false }],
      });
      expect(anomalies(summary)).toEqual(['epochs-regressed']);
    }, 60_000);

    it('the controller fences a broker without moving its leadership: fenced-leader', async () => {
      const summary = await run({
        seed: 1, noNodeInvariants: true, testOnly: on([1, 2, 3], { fenceWithoutMovingLeaders: true }),
        schedule: [{ kind: 'pause', atMs: 1500, durationMs: 3000, node: brokerOnly }],
      });
      expect(anomalies(summary)).toEqual(['fenced-leader']);
    }, 60_000);

    it('a broker that never heartbeats: liveness', async () => {
      const summary = await run({ seed: 1, schedule: [], livenessBudgetMs: 5000,
        testOnly: on([brokerOnly], { skipHeartbeats: true }) });
      expect(anomalies(summary)).toEqual(['liveness']);
      expect(summary.violations[0]?.message).toContain(`broker ${brokerOnly} is not registered and unfenced`);
    }, 60_000);

    it('without a switch the same schedules are clean (the controls fail for the switch alone)', async () => {
      for (const schedule of [
        [{ kind: 'crash' as const, atMs: 1500, durationMs: 300, node: brokerOnly, tear: false }],
        [{ kind: 'pause' as const, atMs: 1500, durationMs: 3000, node: brokerOnly }],
      ]) {
        const summary = await run({ seed: 1, schedule });
        expect(summary.violations, summary.replay).toEqual([]);
      }
    }, 120_000);
  });

  it('the replay line parses back to the same options', () => {
    const options: ClusterSimulationOptions = { seed: 5, shape: { controllers: 5, brokers: 2 }, timeMs: 4000,
      testOnly: on([2], { skipTopicRemoval: true }) };
    // The replay line without './bin/weir sim' (it has no quoted schedule, so spaces split it).
    const line = clusterReplayCommand(options).split(' ').slice(2);
    const parsed = parseClusterSimArguments(line);
    expect(parsed.options.shape).toEqual(options.shape);
    expect(parsed.options.timeMs).toBe(4000);
    expect(parsed.seed).toBe(5);
    expect([...(parsed.options.testOnly ?? new Map())]).toEqual([[2, { skipTopicRemoval: true }]]);
  });

  it('the replay line of a Raft control parses back with its switches and silenced anomalies', () => {
    const options: ClusterSimulationOptions = { seed: 2, shape, timeMs: 3000, withoutAnomalies: ['durability'],
      testOnly: new Map([[1, { skipQuorumStateSync: true, serveDivergingFetches: true }]]) };
    const parsed = parseClusterSimArguments(clusterReplayCommand(options).split(' ').slice(2));
    expect(parsed.options.withoutAnomalies).toEqual(['durability']);
    expect([...(parsed.options.testOnly ?? new Map())]).toEqual([[1, { skipQuorumStateSync: true, serveDivergingFetches: true }]]);
    expect(() => parseClusterSimArguments(['--seed', '1', '--unsafe', 'noSuchSwitch@1'])).toThrow(/noSuchSwitch.*skipQuorumStateSync/);
  });
});
