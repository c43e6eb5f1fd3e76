// Goal (issue 11, KIP-392): a real librdkafka consumer with client.rack reads from the follower
// in its rack. Three node processes in racks east/west/north with replica.selector.class set to
// Kafka's RackAwareReplicaSelector; a topic led by node 1 (east) with replicas on all three. kcat
// (librdkafka) consumes it with client.rack=west and gets every record; node 2 (west), a
// follower, is the one that sent them: its BytesOut for the topic grows by at least the records'
// bytes, while the leader's stays below them (it only answers the redirect and metadata).
// Method: ClusterProcesses; /metrics read from each node; every wait a bounded poll.
import { describe, expect, test } from 'vitest';
import { skipWithout } from './support/clients.js';
import { kcat, kcatProduce } from './support/external-clients.js';
import { makeRecords } from './support/records.js';
import { disposeAfterEach, startReplicatedCluster, type ReplicationTimeouts } from './support/replicated-cluster.js';

const timeouts: ReplicationTimeouts = { sessionTimeoutMs: 3000, replicaLagTimeMs: 3000 };
const racks: Record<number, string> = { 1: 'east', 2: 'west', 3: 'north' };
const started = disposeAfterEach();

async function bytesOut(httpAddress: string, topic: string): Promise<number> {
  const text = await (await fetch(`http://${httpAddress}/metrics`)).text();
  const line = text.split('\n').find((entry) => entry.startsWith(`kafka_server_brokertopicmetrics_bytesout_total{topic="${topic}"}`));
  return line === undefined ? 0 : Number(line.split(' ').pop());
}

describe('KIP-392 follower fetching with a real client', () => {
  test.skipIf(skipWithout('kcat'))('a consumer with client.rack=west reads every record from the west follower', async () => {
    const topic = 'racked';
    const { cluster } = await startReplicatedCluster({ topic, timeouts, assignments: [[1, 2, 3]],
      settings: { 'replica.selector.class': 'org.apache.kafka.common.replica.RackAwareReplicaSelector' },
      settingsFor: (nodeId) => ({ 'broker.rack': racks[nodeId] ?? '' }) });
    started.clusters.push(cluster);
    const bootstrap = cluster.kafkaAddresses().join(',');
    const records = makeRecords({ tag: 'rack', count: 300, partitionCount: 1, baseTimestamp: 0, sameHeaders: true, withTimestamps: false });
    await kcatProduce({ bootstrap, topic, codec: 'none', records });
    const recordBytes = records.reduce((total, record) => total + (record.value?.length ?? 0), 0);
    const before = { leader: await bytesOut(cluster.node(1).httpAddress, topic), west: await bytesOut(cluster.node(2).httpAddress, topic) };
    const consumed = await kcat(['-b', bootstrap, '-C', '-t', topic, '-p', '0', '-o', 'beginning', '-e', '-q',
      '-X', 'client.rack=west', '-f', '%o\\n']);
    const offsets = consumed.stdout.split('\n').filter((line) => line !== '').map(Number);
    expect(offsets).toEqual(records.map((_, index) => index));
    const after = { leader: await bytesOut(cluster.node(1).httpAddress, topic), west: await bytesOut(cluster.node(2).httpAddress, topic) };
    expect(after.west - before.west).toBeGreaterThanOrEqual(recordBytes);
    expect(after.leader - before.leader).toBeLessThan(recordBytes);
    expect(await bytesOut(cluster.node(3).httpAddress, topic)).toBe(0);
  });
});
