// Goal: the in-sync replica set and leader failover, Kafka's way (issue 11), on whole WeirNodes:
// a follower cut off from its leader leaves the ISR only after replica.lag.time.max.ms (through
// the leader's AlterPartition, committed by the controller) and rejoins once healed and caught
// up; with min.insync.replicas=2 and both followers gone acks=all is refused NOT_ENOUGH_REPLICAS
// while acks=1 goes on; when the leader crashes, the leader the controller elects from the ISR
// has every acknowledged record, and the old leader, restarted, truncates its unreplicated tail
// by leader epoch and ends byte-identical with the others. Method: the simulator's world with
// three combined controller nodes (1-3) and three broker-only nodes (4-6) holding the topic's
// replicas [4, 5, 6], so cutting links between 4, 5 and 6 never cuts a broker from the
// controller (no fencing muddles the ISR rules); every wait is a bounded run of virtual time.
import { describe, expect, test } from 'vitest';
import { ErrorCode } from '../../src/protocol/mod.js';
import {
  createReplicatedTopic, cut, hostedBy, partitionImage, produceTo, replicasOf, startReplicationCluster, storedBytes,
  storedValues,
} from './support/replication-world.js';
import type { SimWeirCluster } from './support/sim-weir-cluster.js';
import { failoverStory, replicaShape as shape } from './support/replication-scenarios.js';

const topic = 'in-sync';

function isrOf(cluster: SimWeirCluster): number[] {
  return [...partitionImage(cluster, topic, 1).isr].sort();
}

/** Every live replica holds the same bytes below the lowest high watermark among them, and it is ≥ `atLeast`. */
async function expectIdenticalBelowHighWatermark(cluster: SimWeirCluster, atLeast: number): Promise<void> {
  const replicas = replicasOf(cluster, topic);
  const highWatermark = Math.min(...replicas.map((replica) => replica.highWatermark));
  expect(highWatermark).toBeGreaterThanOrEqual(atLeast);
  const logs = await Promise.all(replicas.map((replica) => storedBytes(cluster, replica, highWatermark)));
  for (const log of logs) expect(log.equals(logs[0] as Buffer)).toBe(true);
}

describe('ISR and failover across WeirNodes', () => {
  test('a follower cut off leaves the ISR after replica.lag.time.max.ms and rejoins after the heal', async () => {
    const cluster = await startReplicationCluster(41, shape);
    await createReplicatedTopic(cluster, topic, { replicas: [4, 5, 6] });
    expect((await produceTo(cluster, 4, { topic, values: ['before'], acks: -1 })).errorCode).toBe(ErrorCode.NONE);
    cut(cluster, 4, 6);
    const cutAtMs = cluster.world.nowMs;
    // Kafka's default lag time, 30 s: the ISR holds 6 for at least that long.
    expect(await cluster.runUntil(() => !isrOf(cluster).includes(6), 25_000)).toBe(false);
    expect(await cluster.runUntil(() => !isrOf(cluster).includes(6), 25_000)).toBe(true);
    expect(cluster.world.nowMs - cutAtMs).toBeGreaterThan(30_000);
    expect(isrOf(cluster)).toEqual([4, 5]);
    // acks=all goes on with the two in-sync replicas.
    expect((await produceTo(cluster, 4, { topic, values: ['during'], acks: -1 })).errorCode).toBe(ErrorCode.NONE);
    cluster.network.heal();
    expect(await cluster.runUntil(() => isrOf(cluster).includes(6), 10_000)).toBe(true);
    expect(await cluster.runUntil(() => replicasOf(cluster, topic).every((replica) => replica.highWatermark === 2), 5_000)).toBe(true);
    await expectIdenticalBelowHighWatermark(cluster, 2);
    expect(cluster.world.violation).toBeNull();
  });

  test('min.insync.replicas=2 with both followers gone: NOT_ENOUGH_REPLICAS for acks=all, acks=1 still appends', async () => {
    const cluster = await startReplicationCluster(42, shape);
    await createReplicatedTopic(cluster, topic, { replicas: [4, 5, 6], configs: { 'min.insync.replicas': '2' } });
    cut(cluster, 4, 5);
    cut(cluster, 4, 6);
    expect(await cluster.runUntil(() => isrOf(cluster).length === 1, 50_000)).toBe(true);
    expect(isrOf(cluster)).toEqual([4]);
    expect(await cluster.runUntil(() => hostedBy(cluster, topic).get(4)?.inSyncReplicaCount === 1, 5_000)).toBe(true);
    expect((await produceTo(cluster, 4, { topic, values: ['refused'], acks: -1 })).errorCode).toBe(ErrorCode.NOT_ENOUGH_REPLICAS);
    expect((await produceTo(cluster, 4, { topic, values: ['leader-only'], acks: 1 })).errorCode).toBe(ErrorCode.NONE);
    cluster.network.heal();
    expect(await cluster.runUntil(() => isrOf(cluster).length === 3, 10_000)).toBe(true);
    expect((await produceTo(cluster, 4, { topic, values: ['all-again'], acks: -1 })).errorCode).toBe(ErrorCode.NONE);
    expect(cluster.world.violation).toBeNull();
  });

  test('the leader crashes: the new leader has every acknowledged record; the old one truncates by epoch and rejoins', async () => {
    const seen = await failoverStory(43);
    const { cluster } = seen;
    expect([5, 6]).toContain(seen.newLeader);
    expect(seen.newLeaderValues).toEqual(seen.acknowledged);
    // Node 4 restarted with its unreplicated batch at the offset the new leader gave 'after'...
    expect(seen.restartedLogEndOffset).toBe(seen.acknowledged.length + 1);
    // ...and cut it where the epochs say (offset 8, where the old epoch ends on the new leader).
    expect(seen.truncations.some((line) => line.includes('from=9') && line.includes('to=8'))).toBe(true);
    const rejoined = hostedBy(cluster, topic).get(4);
    if (rejoined === undefined) throw new Error('node 4 hosts no replica');
    expect(await storedValues(cluster, rejoined)).toEqual([...seen.acknowledged, 'after']);
    expect(await cluster.runUntil(() => replicasOf(cluster, topic).every((replica) => replica.highWatermark === 9), 5_000)).toBe(true);
    await expectIdenticalBelowHighWatermark(cluster, 9);
    expect(cluster.world.violation).toBeNull();
  });
});
