// The groups workload (sim/groups/): a classic consumer group of simulated members and producers
// on a cluster of real WeirNodes. Bounded seeds with every fault family (the coordinator
// crashed, stopped, paused and isolated, members cut off from it and crashed) keep every group
// check, with rebalances and faults that had teeth, for classic and KIP-848 members; the named
// schedule keeps them too; the same
// seed gives the same trace; the command line parses to the options its replay line names.
import { describe, expect, it } from 'vitest';
import { parseGroupsSimArguments } from '../../sim/groups/groups-command.js';
import { groupsReplayCommand, runGroupsSimulation, type GroupsSimulationOptions } from '../../sim/groups/groups-run.js';

async function run(options: Partial<GroupsSimulationOptions> & { seed: number }) {
  return runGroupsSimulation({ nodes: 3, members: 3, timeMs: 6000, ...options });
}

describe('the groups workload', () => {
  it('bounded seeds with every fault keep every group check, through rebalances and coordinator failovers', async () => {
    for (const seed of [1, 2]) {
      const summary = await run({ seed });
      expect(summary.violations, summary.replay).toEqual([]);
      expect(summary.faults).toBeGreaterThan(0);
      expect(summary.group.assignments).toBeGreaterThan(3);
      expect(summary.group.commits).toBeGreaterThan(10);
      expect(summary.group.recordsCovered).toBeGreaterThan(10);
    }
  }, 120_000);

  it('KIP-848 members (--protocol consumer) with every fault keep every group check', async () => {
    const summary = await run({ seed: 1, protocol: 'consumer' });
    expect(summary.violations, summary.replay).toEqual([]);
    expect(summary.faults).toBeGreaterThan(0);
    expect(summary.group.assignments).toBeGreaterThan(2);
    expect(summary.group.recordsCovered).toBeGreaterThan(10);
  }, 120_000);

  it('the coordinator crash keeps every check, and the group moves to a new coordinator', async () => {
    const summary = await run({ seed: 3, schedule: 'coordinator-crash' });
    expect(summary.violations, summary.replay).toEqual([]);
    expect(summary.faults).toBe(1);
    expect(summary.group.resumes).toBeGreaterThan(3);
  }, 120_000);

  it('the same seed gives the same trace, another seed another one', async () => {
    const first = await run({ seed: 7, timeMs: 3000 });
    const second = await run({ seed: 7, timeMs: 3000 });
    expect(second.traceHash).toBe(first.traceHash);
    expect(second.events).toBe(first.events);
    const other = await run({ seed: 8, timeMs: 3000 });
    expect(other.traceHash).not.toBe(first.traceHash);
  }, 120_000);

  it('the command line parses to the options its replay line names', () => {
    const options = { seed: 4, nodes: 5, members: 2, timeMs: 3000, schedule: 'member-cut-off' as const,
      without: ['offsets' as const], testOnly: new Map([[2, { serveAboveHighWatermark: true }]]), noNodeInvariants: true };
    const line = groupsReplayCommand(options);
    expect(line).toBe('./bin/weir sim --workload groups --seed 4 --nodes 5 --members 2 --time 3s --schedule member-cut-off '
      + '--without offsets --unsafe serveAboveHighWatermark@2 --no-node-invariants');
    const parsed = parseGroupsSimArguments(line.split(' ').slice(2));
    expect(parsed.seed).toBe(4);
    expect(parsed.options).toEqual({ nodes: 5, members: 2, timeMs: 3000, schedule: 'member-cut-off', without: ['offsets'],
      testOnly: new Map([[2, { serveAboveHighWatermark: true }]]), noNodeInvariants: true });
    expect(parseGroupsSimArguments(['--seed', '1', '--protocol', 'consumer']).options.protocol).toBe('consumer');
    expect(groupsReplayCommand({ seed: 1, nodes: 3, members: 3, protocol: 'consumer', timeMs: 6000 }))
      .toBe('./bin/weir sim --workload groups --seed 1 --nodes 3 --members 3 --protocol consumer --time 6s');
    expect(() => parseGroupsSimArguments(['--seed', '1', '--protocol', 'eager'])).toThrow(/Unknown --protocol/);
    expect(() => parseGroupsSimArguments(['--seed', '1', '--members', '9'])).toThrow(/1 to 6/);
    expect(() => parseGroupsSimArguments(['--seed', '1', '--without', 'nothing'])).toThrow(/Unknown --without/);
  });
});
