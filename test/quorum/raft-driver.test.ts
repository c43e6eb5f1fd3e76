// Goal: the node driver (src/quorum/raft-driver.ts) keeps the Ready contract under the simulator: nothing
// leaves a node before the quorum state it depends on is durable (a message's epoch, a granted
// vote), proposals are acknowledged only once committed, and a node restarted from its disk
// recovers its quorum state and log. Method: a 3-node simulated cluster whose network hook
// inspects every frame as it is sent against the synced bytes of the sender's quorum-state file.
// The simulated disks take time (sim/disk-latency.ts), so a driver that sent before its writes
// were fsynced would be seen doing so; the controls break the disk and the driver to show it.
import { peekPeerMessage } from '../../src/quorum/peer-frame.js';
import { describe, expect, test } from 'vitest';
import type { Message } from '../../raft/mod.js';
import { SimCluster } from '../../sim/cluster.js';
import { SimNetwork } from '../../sim/sim-network.js';
import { World } from '../../sim/world.js';

function syncedQuorumState(cluster: SimCluster, node: number): { epoch: number; votedFor: number | null } | null {
  const bytes = cluster.host(node).disk.syncedContents('/data/quorum/quorum-state');
  if (bytes === undefined || bytes.length <= 13) return null;
  try {
    return JSON.parse(new TextDecoder().decode(bytes.subarray(13))) as { epoch: number; votedFor: number | null };
  } catch {
    return null;
  }
}

async function sendsBeforeDurable(unsafe: { skipQuorumStateSync?: boolean; sendBeforePersist?: boolean }): Promise<{ problems: string[]; checked: number; world: World }> {
    const world = new World({ seed: 9 });
    const problems: string[] = [];
    let cluster: SimCluster | null = null;
    let checked = 0;
    const network = new SimNetwork(world, {
      conditions: { minimumLatencyMs: 1, meanExtraLatencyMs: 3, lossRate: 0.05, duplicateRate: 0.05 },
      modeFor: () => 'message',
      connectTimeoutMs: 50,
      describe: (bytes) => {
        const message = peekPeerMessage(bytes) as Message;
        const durable = syncedQuorumState(cluster as SimCluster, message.from);
        const isPreVote = message.type === 'VoteRequest' && message.preVote;
        if (!isPreVote && (durable?.epoch ?? 0) < message.epoch) problems.push(`${message.type} in epoch ${message.epoch} before it was durable`);
        if (message.type === 'VoteResponse' && message.granted && !message.preVote && durable?.votedFor !== message.to) {
          problems.push(`vote for ${message.to} sent before it was durable`);
        }
        checked += 1;
        return message.type;
      },
    });
    cluster = new SimCluster({ world, network, nodeCount: 3, tickMs: 10, electionTimeoutTicks: 15, fetchTimeoutTicks: 20, observers: [], ...unsafe });
    for (const host of cluster.hosts) host.start();
    await world.runUntil(1500);
    const leader = cluster.hosts.find((host) => host.node?.status().role === 'leader');
    expect(leader).toBeDefined();
    leader!.crash({ tear: true });
    world.schedule(300, null, () => leader!.start());
    await world.runUntil(4000);
    return { problems, checked, world };
}

describe('node driver', () => {
  test('every message is sent only after the quorum state it depends on is durable', async () => {
    const { problems, checked, world } = await sendsBeforeDurable({});
    expect(checked).toBeGreaterThan(100);
    expect(problems).toEqual([]);
    expect(world.violation).toBeNull();
  });

  test('control: with quorum-state fsyncs skipped, the same check sees messages ahead of the disk', async () => {
    const { problems } = await sendsBeforeDurable({ skipQuorumStateSync: true });
    expect(problems.length).toBeGreaterThan(0);
  });

  test('control: a driver that sends before persisting is seen ahead of the disk (the disk takes time)', async () => {
    const { problems } = await sendsBeforeDurable({ sendBeforePersist: true });
    expect(problems.length).toBeGreaterThan(0);
  });

  test('a proposal resolves as committed, and a restarted node recovers the committed log', async () => {
    const world = new World({ seed: 10 });
    const network = new SimNetwork(world, {
      conditions: { minimumLatencyMs: 1, meanExtraLatencyMs: 2, lossRate: 0, duplicateRate: 0 },
      modeFor: () => 'message',
      connectTimeoutMs: 50,
    });
    const recoveredEntries: number[] = [];
    const cluster = new SimCluster({
      world, network, nodeCount: 3, tickMs: 10, electionTimeoutTicks: 15, fetchTimeoutTicks: 20,
      observers: [{ onRecovered: (_host, recovered) => recoveredEntries.push(recovered.entries.length) }],
    });
    for (const host of cluster.hosts) host.start();
    await world.runUntil(1500);
    const leader = cluster.hosts.find((host) => host.node?.status().role === 'leader');
    expect(leader).toBeDefined();
    let outcome: unknown = null;
    world.schedule(0, leader!.process, () => {
      void leader!.node!.propose(new TextEncoder().encode('hello')).then((result) => { outcome = result; });
    });
    await world.runUntil(2000);
    expect(outcome).toMatchObject({ status: 'committed' });
    const committedOffset = (outcome as { offset: number }).offset;
    const follower = cluster.hosts.find((host) => host !== leader)!;
    const epochBefore = follower.node!.status().epoch;
    follower.crash({ tear: true });
    recoveredEntries.length = 0;
    follower.start();
    await world.runUntil(2100);
    expect(recoveredEntries[0]).toBeGreaterThan(committedOffset);
    expect(follower.node!.status().epoch).toBeGreaterThanOrEqual(epochBefore);
  });
});
