// Goal (issue 14, "every CLI verb and API route tested against a real cluster"): on three real
// `weir node` processes, the admin layer sends each partition-led request to the partition's
// leader, not to the bootstrap broker: `weir topic describe`, `weir produce`, `weir consume` and
// the HTTP `/v1/topics/{topic}/records` routes all work through a bootstrap broker that leads
// none of the topic's partitions, and `weir produce` keeps going through a kill -9 of the
// partition's leader (replication factor 3), following the leader to its successor.
// Method: ClusterProcesses with short session and lag timeouts; the topic's replicas are placed so
// that nodes 2 and 3 lead and node 1 (the bootstrap) only follows; each verb runs as its own
// `weir` process; every wait is a bounded poll or an exit event; nothing sleeps.
import { once } from 'node:events';

import { describe, expect, test } from 'vitest';

import { readOffsets, LATEST_TIMESTAMP } from '../../src/admin/offset-reads.js';
import { eventually } from './support/eventually.js';
import { runWeir, spawnWeir } from './support/node-process.js';
import { addressOf, withSession } from './support/partition-state.js';
import {
  disposeAfterEach, failoverBoundMs, leaderAmong, startReplicatedCluster, type ReplicationTimeouts,
} from './support/replicated-cluster.js';

const timeouts: ReplicationTimeouts = { sessionTimeoutMs: 3000, replicaLagTimeMs: 3000 };
const topic = 'routed';
/** Preferred leaders 2 and 3; node 1 follows both partitions. */
const assignments = [[2, 3, 1], [3, 2, 1]];

const started = disposeAfterEach();

interface DescribedTopic {
  partitions: Array<{ PARTITION: number; LEADER: number; 'HIGH-WATERMARK': number }>;
}

interface ConsumedLine {
  partition: number;
  offset: number;
  key: string | null;
  value: string | null;
}

async function weir(bootstrap: string, args: readonly string[], input = ''): Promise<string> {
  const result = await runWeir([...args, '--bootstrap', bootstrap], 60_000, input);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return result.stdout;
}

async function consumeAll(bootstrap: string, extra: readonly string[] = []): Promise<ConsumedLine[]> {
  const stdout = await weir(bootstrap, ['consume', topic, '--from-beginning', '-e', '--json', ...extra]);
  return stdout.trim().split('\n').filter((line) => line !== '').map((line) => JSON.parse(line) as ConsumedLine);
}

async function endOffset(bootstrap: string, partition: number): Promise<number> {
  const offsets = await withSession(bootstrap, (session) => readOffsets(session, topic, [partition], LATEST_TIMESTAMP));
  return offsets.get(partition) ?? -1;
}

describe('the admin layer follows partition leaders on a real cluster', () => {
  test('describe, produce, consume and the HTTP records routes through a bootstrap that leads nothing; produce through a leader kill -9',
    async () => {
      const { cluster, states } = await startReplicatedCluster({ topic, timeouts, assignments });
      started.clusters.push(cluster);
      // The premise: the bootstrap broker (node 1) leads none of the partitions.
      expect([...states.values()].map((state) => state.leader).sort()).toEqual([2, 3]);
      const bootstrap = addressOf(cluster, 1);

      const described = JSON.parse(await weir(bootstrap, ['topic', 'describe', topic, '--json'])) as DescribedTopic;
      expect(described.partitions.map((partition) => [partition.PARTITION, partition.LEADER, partition['HIGH-WATERMARK']]))
        .toEqual([[0, 2, 0], [1, 3, 0]]);

      const lines = Array.from({ length: 200 }, (_, index) => `key-${index}:value-${index}`);
      await weir(bootstrap, ['produce', topic, '-k', ':'], `${lines.join('\n')}\n`);
      const consumed = await consumeAll(bootstrap);
      expect(consumed.map((record) => `${record.key}:${record.value}`).sort()).toEqual([...lines].sort());
      // Keys spread over both partitions, so both leaders were written to and read from.
      expect(new Set(consumed.map((record) => record.partition))).toEqual(new Set([0, 1]));

      const after = JSON.parse(await weir(bootstrap, ['topic', 'describe', topic, '--json'])) as DescribedTopic;
      const marks = after.partitions.map((partition) => partition['HIGH-WATERMARK']);
      expect(marks.reduce((sum, mark) => sum + mark, 0)).toBe(lines.length);

      // The HTTP admin API of node 1 (not a leader either) writes and reads the same way.
      const http = `http://${cluster.node(1).httpAddress}/v1/topics/${topic}/records`;
      const posted = await fetch(http, { method: 'POST', headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ records: [{ key: 'http', value: 'posted', partition: 1 }] }) });
      expect(posted.status).toBe(200);
      const read = await fetch(`${http}?partition=1&offset=0&limit=1000`);
      expect(read.status).toBe(200);
      const page = await read.json() as { records: Array<{ key: string | null; value: string | null }>; highWatermark: number };
      expect(page.highWatermark).toBe((marks[1] ?? 0) + 1);
      expect(page.records).toHaveLength(page.highWatermark);
      expect(page.records.at(-1)).toMatchObject({ key: 'http', value: 'posted' });

      // Produce to partition 0 through a kill -9 of its leader: one `weir produce` process is fed
      // a first full batch, its leader is killed once that batch is in, then it is fed the rest.
      const before = await endOffset(bootstrap, 0);
      const producer = spawnWeir(['produce', topic, '-p', '0', '--acks', 'all', '--bootstrap', bootstrap]);
      let stderr = '';
      producer.stderr?.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
      const exited = once(producer, 'exit');
      const failover = Array.from({ length: 1000 }, (_, index) => `failover-${index}`);
      // 500 records fill a batch, which the producer sends at once.
      producer.stdin?.write(`${failover.slice(0, 500).join('\n')}\n`);
      await eventually('the first failover batch acknowledged', 30_000,
        async () => (await endOffset(bootstrap, 0)) >= before + 500 ? true : undefined);
      await cluster.kill(2);
      producer.stdin?.end(`${failover.slice(500).join('\n')}\n`);
      const [code] = await exited as [number | null];
      expect(stderr).toBe('');
      expect(code).toBe(0);
      const next = await leaderAmong(cluster, { topic, partition: 0, among: [1, 3], limitMs: failoverBoundMs(timeouts) });
      expect(next.leader).not.toBe(2);

      // Every record fed went in (a batch resent after a lost answer may be in twice, never lost).
      const values = new Set((await consumeAll(bootstrap, ['-p', '0'])).map((record) => record.value));
      expect(failover.filter((value) => !values.has(value))).toEqual([]);
    }, 300_000);
});
