// Goal: the one nemesis strikes any machine of a world, with every fault family, whatever program
// the machines run: here the Raft voters, with the step kinds the Kafka workload draws (disk
// errors, skew, pause, a cut-off client, a clean restart the program cannot do) aimed at machines
// other than the first. Method: a hand-written schedule on a 3-node cluster, machine state read
// between steps of virtual time.
import { describe, expect, test } from 'vitest';
import { SimCluster, followerAppendInFlight, type SimHost } from '../../sim/cluster.js';
import { Nemesis, type Schedule } from '../../sim/nemesis.js';
import { SimNetwork } from '../../sim/sim-network.js';
import { World } from '../../sim/world.js';

function cluster(seed: number): { world: World; network: SimNetwork; cluster: SimCluster; nemesis: Nemesis } {
  const world = new World({ seed });
  const network = new SimNetwork(world, {
    conditions: { minimumLatencyMs: 1, meanExtraLatencyMs: 1, lossRate: 0, duplicateRate: 0 },
    modeFor: () => 'message', connectTimeoutMs: 100,
  });
  const voters = new SimCluster({ world, network, nodeCount: 3, tickMs: 10, electionTimeoutTicks: 15, fetchTimeoutTicks: 20, observers: [] });
  const nemesis = new Nemesis(world, network, {
    machines: voters.hosts,
    leader: () => voters.hosts.find((host) => host.status === 'up' && host.node?.status().role === 'leader') ?? null,
    appendInFlight: (machine) => followerAppendInFlight(machine as SimHost),
    corruptible: (path) => path.startsWith('/data/'),
    diskErrorPath: '/data',
  });
  return { world, network, cluster: voters, nemesis };
}

describe('Nemesis', () => {
  test('faults land on the machine the step names; a step without a node strikes machine 1', async () => {
    const { world, cluster: voters, nemesis } = cluster(3);
    const schedule: Schedule = [
      { kind: 'pause', atMs: 1000, durationMs: 300, node: 2 },
      { kind: 'skew', atMs: 1000, durationMs: 300, node: 3, rate: 2, jumpMs: 5000 },
      { kind: 'crash', atMs: 1100, durationMs: 200, tear: true },
      // The voter program has no clean stop: a restart step does not apply to it.
      { kind: 'restart', atMs: 1100, durationMs: 200, node: 3 },
    ];
    nemesis.install(schedule, 5000);
    for (const host of voters.hosts) host.start();
    await world.runUntil(1150);
    expect(voters.hosts.map((host) => host.status)).toEqual(['down', 'paused', 'up']);
    const wallOffset = (id: number): number => voters.host(id).clock.wallNow() - voters.host(id).clock.monotonicNow();
    expect(wallOffset(3) - wallOffset(2)).toBe(5000);
    await world.runUntil(2000);
    expect(voters.hosts.map((host) => host.status)).toEqual(['up', 'up', 'up']);
    expect(nemesis.injected).toBe(3);
    expect(world.violation).toBeNull();
  });

  test('a disk error on any machine is a fatal exit, and the machine starts its node again', async () => {
    const { world, cluster: voters, nemesis } = cluster(4);
    // Armed before the first election, whose quorum-state fsync it then fails (an idle quorum syncs nothing).
    nemesis.install([{ kind: 'disk-error', atMs: 10, durationMs: 2000, node: 2, operation: 'sync' }], 5000);
    for (const host of voters.hosts) host.start();
    await world.runUntil(3000);
    expect(voters.host(2).counts.fatalExits).toBe(1);
    expect(voters.host(2).incarnation).toBe(1);
    expect(voters.host(2).status).toBe('up');
    expect(voters.host(1).counts.fatalExits + voters.host(3).counts.fatalExits).toBe(0);
    expect(world.violation).toBeNull();
  });

  test('a partition over machines blocks exactly the links of its shape, and heals', async () => {
    const { world, network, cluster: voters, nemesis } = cluster(5);
    nemesis.install([{ kind: 'partition', atMs: 100, durationMs: 10_000, shape: 'one-way', nodes: [2] }], 5000);
    for (const host of voters.hosts) host.start();
    await world.runUntil(200);
    expect(network.isBlocked('node-2', 'node-1')).toBe(true);
    expect(network.isBlocked('node-1', 'node-2')).toBe(false);
    expect(network.isBlocked('node-1', 'node-3')).toBe(false);
    nemesis.healAll();
    expect(network.isBlocked('node-2', 'node-1')).toBe(false);
  });
});
