// The replication workload (sim/replication/): the Kafka queue workload on a cluster of real
// WeirNodes with topics of replication factor 3 and min.insync.replicas=2. Bounded seeds with
// every fault family (leader crashes with torn writes, clean restarts, pauses, partitions between
// brokers, clock skew) keep every queue and replication check and had faults with teeth; the same
// seed gives the same trace; the command line parses to the options its replay line names.
import { describe, expect, it } from 'vitest';
import { parseReplicationSimArguments } from '../../sim/replication/replication-command.js';
import {
  replicationReplayCommand, runReplicationSimulation, type ReplicationSimulationOptions,
} from '../../sim/replication/replication-run.js';

async function run(options: Partial<ReplicationSimulationOptions> & { seed: number }) {
  return runReplicationSimulation({ nodes: 3, timeMs: 4000, ...options });
}

describe('the replication workload', () => {
  it('bounded seeds of 3 nodes with every fault keep every check, through failovers', async () => {
    for (const seed of [1, 2]) {
      const summary = await run({ seed });
      expect(summary.violations, summary.replay).toEqual([]);
      expect(summary.faults).toBeGreaterThan(0);
      expect(summary.history.acknowledged).toBeGreaterThan(10);
      expect(summary.replication.comparisons).toBeGreaterThan(0);
    }
  }, 60_000);

  it('a seed of 5 nodes with every fault keeps every check', async () => {
    const summary = await run({ seed: 3, nodes: 5 });
    expect(summary.violations, summary.replay).toEqual([]);
    expect(summary.replication.leaderEpochs).toBeGreaterThan(3);
  }, 60_000);

  it('the same seed gives the same trace, another seed another one', async () => {
    const first = await run({ seed: 7, timeMs: 2500 });
    const second = await run({ seed: 7, timeMs: 2500 });
    expect(second.traceHash).toBe(first.traceHash);
    expect(second.events).toBe(first.events);
    const other = await run({ seed: 8, timeMs: 2500 });
    expect(other.traceHash).not.toBe(first.traceHash);
  }, 60_000);

  it('the command line parses to the options its replay line names', () => {
    const options = { seed: 4, nodes: 5, timeMs: 3000, schedule: 'kip-279' as const,
      testOnly: new Map([[2, { truncateToHighWatermark: true }]]), noNodeInvariants: true };
    const line = replicationReplayCommand(options);
    expect(line).toBe('./bin/weir sim --workload replication --seed 4 --nodes 5 --time 3s --schedule kip-279 '
      + '--unsafe truncateToHighWatermark@2 --no-node-invariants');
    const parsed = parseReplicationSimArguments(line.split(' ').slice(2));
    expect(parsed.seed).toBe(4);
    expect(parsed.options).toEqual({ nodes: 5, timeMs: 3000, schedule: 'kip-279',
      testOnly: new Map([[2, { truncateToHighWatermark: true }]]), noNodeInvariants: true });
    expect(() => parseReplicationSimArguments(['--seed', '1', '--nodes', '2'])).toThrow(/3 to 5/);
    expect(() => parseReplicationSimArguments(['--seed', '1', '--unsafe', 'skipHeartbeats@1'])).toThrow(/SWITCH one of/);
  });
});
