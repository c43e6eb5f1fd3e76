// Goal: the node assembly (src/node/weir-node.ts) starts a combined broker + controller on a quorum of
// one, registers and unfences its broker with the listener's bound port, serves Kafka clients,
// stops cleanly, and a restart on the same data resumes the cluster (same cluster id, topics
// kept, a new broker epoch for the new incarnation).
// Method: WeirNode in this process on the real Node runtime, port 0 listeners and a temp data
// directory; kafkajs talks to it over loopback. Readiness is awaited, never slept for.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { Kafka, logLevel } from 'kafkajs';
import { buildNodeConfig } from '../../src/config/node-config.js';
import { silentLogger } from '../../src/log/logger.js';
import { noopBrokerMetrics } from '../../src/broker/metrics.js';
import { createNodeRuntime } from '../../src/runtime/nodejs/node-runtime.js';
import { WeirNode } from '../../src/node/weir-node.js';

const directories: string[] = [];
const running: WeirNode[] = [];

afterEach(async () => {
  for (const node of running.splice(0)) await node.stop();
  for (const directory of directories.splice(0)) rmSync(directory, { recursive: true, force: true });
});

async function startNode(dataDirectory: string, snapshotEveryEntries?: number): Promise<WeirNode> {
  const config = buildNodeConfig('', [
    ['node.id', '1'],
    ['controller.quorum.voters', '1@127.0.0.1:0'],
    ['listeners', 'PLAINTEXT://127.0.0.1:0,CONTROLLER://127.0.0.1:0'],
    ['log.dirs', dataDirectory],
    ['controller.quorum.election.timeout.ms', '100'],
  ]);
  const fatal: unknown[] = [];
  const node = await WeirNode.start({
    runtime: createNodeRuntime(), config, logger: silentLogger(), metrics: noopBrokerMetrics(),
    onFatal: (error) => fatal.push(error), checkInvariants: true,
    ...(snapshotEveryEntries === undefined ? {} : { snapshotEveryEntries }),
  });
  running.push(node);
  await node.ready();
  expect(fatal).toEqual([]);
  return node;
}

function client(node: WeirNode): Kafka {
  return new Kafka({ clientId: 'weir-node-test', brokers: [node.kafkaAddresses()[0] as string], logLevel: logLevel.NOTHING });
}

describe('WeirNode', () => {
  test('becomes ready with its broker registered, unfenced and reachable at the bound port', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'weir-node-'));
    directories.push(directory);
    const node = await startNode(directory);
    expect(node.isReady()).toBe(true);
    const [address] = node.kafkaAddresses();
    expect(address).toMatch(/^127\.0\.0\.1:\d+$/);
    expect(address).not.toMatch(/:0$/);
    const broker = node.image().brokers.get(1 as never);
    expect(broker?.fenced).toBe(false);
    expect(`${broker?.listeners[0]?.host}:${broker?.listeners[0]?.port}`).toBe(address);
    expect(node.raftStatus().role).toBe('leader');
    const admin = client(node).admin();
    await admin.connect();
    const cluster = await admin.describeCluster();
    await admin.disconnect();
    expect(cluster.brokers.map((entry) => `${entry.host}:${entry.port}`)).toEqual([address]);
  });

  test('a restart on the same data keeps the cluster id and topics, with a new broker epoch', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'weir-node-'));
    directories.push(directory);
    const first = await startNode(directory);
    const admin = client(first).admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic: 'kept', numPartitions: 2 }] });
    await admin.disconnect();
    const clusterId = first.image().clusterId;
    const firstEpoch = first.image().brokers.get(1 as never)?.epoch ?? -1;
    await first.stop();
    running.splice(running.indexOf(first), 1);
    expect(first.isReady()).toBe(false);

    const second = await startNode(directory);
    expect(second.image().clusterId).toBe(clusterId);
    expect(second.image().topicsByName.get('kept' as never)?.partitions).toHaveLength(2);
    expect(second.image().brokers.get(1 as never)?.epoch).toBeGreaterThan(firstEpoch);
  });

  test('metadata snapshots bound the log, and a restart from a snapshot keeps every topic', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'weir-node-'));
    directories.push(directory);
    const first = await startNode(directory, 4);
    const admin = client(first).admin();
    await admin.connect();
    for (let index = 0; index < 12; index += 1) await admin.createTopics({ topics: [{ topic: `snap-${index}` }] });
    await admin.disconnect();
    const status = first.raftStatus();
    expect(status.snapshotId).not.toBeNull();
    expect(status.logStartOffset).toBeGreaterThan(0);
    await first.stop();
    running.splice(running.indexOf(first), 1);

    const second = await startNode(directory, 4);
    const names = [...second.image().topicsByName.keys()].filter((name) => name.startsWith('snap-')).sort();
    expect(names).toEqual(Array.from({ length: 12 }, (_, index) => `snap-${index}`).sort());
  });
});
