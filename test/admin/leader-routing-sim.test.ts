// Goal (issue 14): the admin layer sends partition-led requests (ListOffsets, Produce, Fetch) to
// each partition's leader, which it learns from Metadata, not to the bootstrap broker; it follows
// a leader that moved (the old leader crashed), and gives up with a clear, retryable error when no
// leader answers within the session's bound.
// Method: three combined WeirNodes in the simulator (virtual time); an AdminSession on the test
// client's runtime, bootstrapped at node 1, which leads nothing.
import { describe, expect, test } from 'vitest';

import { AdminError } from '../../src/admin/admin-error.js';
import { AdminSession } from '../../src/admin/admin-session.js';
import { BatchingProducer } from '../../src/admin/batching-producer.js';
import { LATEST_TIMESTAMP, readOffsets } from '../../src/admin/offset-reads.js';
import { fetchRound } from '../../src/admin/record-reader.js';
import { createReplicatedTopic, partitionImage, startReplicationCluster } from '../weir-node/support/replication-world.js';
import type { SimWeirCluster } from '../weir-node/support/sim-weir-cluster.js';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

async function produce(cluster: SimWeirCluster, session: AdminSession, topic: string, values: readonly string[], acks = -1): Promise<void> {
  await cluster.ask(async () => {
    const producer = new BatchingProducer(session, topic, { acks, compression: 'none', partitionCount: 1 });
    for (const value of values) await producer.add({ key: null, value: encoder.encode(value), headers: [], partition: 0 });
    await producer.flushAll();
  }, 60_000);
}

async function readAll(cluster: SimWeirCluster, session: AdminSession, topic: string): Promise<string[]> {
  const round = await cluster.ask(() => fetchRound(session, topic, new Map([[0, 0]]), { maxWaitMs: 0, limit: 1000 }), 60_000);
  return round.records.map((fetched) => decoder.decode(fetched.record.value ?? new Uint8Array()));
}

describe('partition-led admin requests go to the partition leader', () => {
  test('offsets, produce and fetch through a bootstrap that leads nothing, and after the leader crashed', async () => {
    const cluster = await startReplicationCluster(1401, { combined: [1, 2, 3] });
    await createReplicatedTopic(cluster, 'routed', { replicas: [2, 3, 1] });
    expect(partitionImage(cluster, 'routed', 1).leader).toBe(2);
    const session = new AdminSession(cluster.clientRuntime, 'node-1:9092', { requestTimeoutMs: 5_000 });

    await produce(cluster, session, 'routed', ['a', 'b']);
    // acks=0 is unanswered, but goes to the leader all the same (over the connection the fetch then uses).
    await produce(cluster, session, 'routed', ['c'], 0);
    expect(await readAll(cluster, session, 'routed')).toEqual(['a', 'b', 'c']);
    const ends = await cluster.ask(() => readOffsets(session, 'routed', [0], LATEST_TIMESTAMP));
    expect(ends.get(0)).toBe(3);

    // The session still believes node 2 leads; it finds the new leader itself.
    cluster.crash(2);
    await produce(cluster, session, 'routed', ['d']);
    expect(partitionImage(cluster, 'routed', 1).leader).not.toBe(2);
    expect(await readAll(cluster, session, 'routed')).toEqual(['a', 'b', 'c', 'd']);
    session.close();
  });

  test('the bootstrap broker lost: Metadata comes from the other brokers it named, and the leader is followed', async () => {
    const cluster = await startReplicationCluster(1403, { combined: [1, 2, 3], brokersOnly: [4] });
    await createReplicatedTopic(cluster, 'orphaned', { replicas: [4, 3, 2] });
    const session = new AdminSession(cluster.clientRuntime, 'node-1:9092', { requestTimeoutMs: 5_000 });
    await produce(cluster, session, 'orphaned', ['a']);
    // Node 1 (the bootstrap, a controller) and node 4 (the leader) both go; 2 of 3 voters remain.
    cluster.crash(1);
    cluster.crash(4);
    await produce(cluster, session, 'orphaned', ['b']);
    expect(partitionImage(cluster, 'orphaned', 2).leader).not.toBe(4);
    expect(await readAll(cluster, session, 'orphaned')).toEqual(['a', 'b']);
    session.close();
  });

  test('a topic Metadata does not list is not-found at once, not after leaderWaitMs', async () => {
    const cluster = await startReplicationCluster(1404, { combined: [1, 2, 3] });
    const session = new AdminSession(cluster.clientRuntime, 'node-1:9092', { requestTimeoutMs: 5_000, leaderWaitMs: 600_000 });
    // Well within the 600 s the session would wait for a leader that moved.
    const failure = await cluster.ask(() => readOffsets(session, 'absent', [0], LATEST_TIMESTAMP).then(() => null, (error: unknown) => error),
      30_000);
    expect(failure).toBeInstanceOf(AdminError);
    expect((failure as AdminError).failure).toBe('not-found');
    session.close();
  });

  test('no leader that answers within leaderWaitMs: an unavailable AdminError naming the partition', async () => {
    const cluster = await startReplicationCluster(1402, { combined: [1, 2, 3] });
    await createReplicatedTopic(cluster, 'lonely', { replicas: [2] });
    const session = new AdminSession(cluster.clientRuntime, 'node-1:9092', { requestTimeoutMs: 1_000, leaderWaitMs: 5_000 });
    expect((await cluster.ask(() => readOffsets(session, 'lonely', [0], LATEST_TIMESTAMP))).get(0)).toBe(0);
    cluster.crash(2);
    const failure = await cluster.ask(() => readOffsets(session, 'lonely', [0], LATEST_TIMESTAMP).then(() => null, (error: unknown) => error),
      30_000);
    expect(failure).toBeInstanceOf(AdminError);
    expect((failure as AdminError).message).toMatch(/lonely partition\(s\) 0/);
    expect((failure as AdminError).failure).toBe('unavailable');
    session.close();
  });
});
