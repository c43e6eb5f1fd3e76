// Goal: on a cluster, a group's lag series (kafka-exporter's names) come from its coordinator
// alone, so summing /metrics over the brokers counts the group once; its lag is against the
// high watermarks of partitions led by other brokers too (read from their leaders); after kill -9
// of the coordinator the series come from the new one, and `weir group describe` follows the
// group there (FindCoordinator again after the old one stops answering).
// Method: three node processes; a topic of three partitions with three replicas (their leaders
// spread over the brokers); a kafkajs group member commits what it read, then pauses while two
// more records arrive; every node's /metrics is scraped; waits poll with a bound.
import type { Consumer } from 'kafkajs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { ClusterProcesses } from './support/cluster-processes.js';
import { eventually } from './support/eventually.js';
import { startGroupMember } from './support/group-consumers.js';
import { kafkajsProduce } from './support/js-clients.js';
import { runWeir } from './support/node-process.js';

let cluster: ClusterProcesses;
let consumer: Consumer | null = null;
const nodeIds = [1, 2, 3];

beforeAll(async () => {
  cluster = await ClusterProcesses.start({ nodes: 3, settings: { 'group.initial.rebalance.delay.ms': '0', 'offsets.topic.num.partitions': '3' } });
});
afterAll(async () => {
  await consumer?.disconnect().catch(() => {});
  await cluster?.dispose();
});

let coordinator = -1;

async function weirJson<T>(args: readonly string[], through = 1): Promise<T> {
  const result = await runWeir([...args, '--json', '--bootstrap', cluster.node(through).kafkaAddress], 90_000);
  if (result.code !== 0) throw new Error(`weir ${args.join(' ')}: ${result.stderr}`);
  return JSON.parse(result.stdout) as T;
}

/** The value of `series` in node `nodeId`'s /metrics, undefined when absent. */
async function metric(nodeId: number, series: string): Promise<number | undefined> {
  const text = await (await fetch(`http://${cluster.node(nodeId).httpAddress}/metrics`)).text();
  const line = text.split('\n').find((entry) => entry.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

const records = (count: number, partition: number) => Array.from({ length: count }, (_, index) =>
  ({ partition, key: null, value: `entry-${index}`, headers: [], timestamp: null }));

describe('consumer lag metrics on a three-node cluster', () => {
  test("only the group's coordinator reports it, with lag against every partition's leader", async () => {
    await eventually('the topic is created', 30_000, async () =>
      weirJson(['topic', 'create', 'ledger', '--partitions', '3', '--replicas', '3']).then(() => true));
    const leaders = await eventually('every partition has a leader', 30_000, async () => {
      const described = await weirJson<{ partitions: Array<{ LEADER: number }> }>(['topic', 'describe', 'ledger']);
      const ids = described.partitions.map((partition) => partition.LEADER);
      return ids.every((id) => id > 0) ? ids : undefined;
    });
    await kafkajsProduce({ bootstrap: cluster.node(1).kafkaAddress, topic: 'ledger', codec: 'none',
      records: [...records(2, 0), ...records(2, 1), ...records(2, 2)] });
    consumer = await startGroupMember(cluster.node(1).kafkaAddress, 'ledgers', 'ledger');
    await eventually('the group commits all 6 records', 45_000, async () => {
      const group = await weirJson<{ partitions: Array<{ committedOffset: number | null }> }>(['group', 'describe', 'ledgers']);
      return group.partitions.reduce((sum, row) => sum + (row.committedOffset ?? 0), 0) === 6 ? true : undefined;
    });
    consumer.pause([{ topic: 'ledger' }]);
    await kafkajsProduce({ bootstrap: cluster.node(1).kafkaAddress, topic: 'ledger', codec: 'none', records: records(2, 2) });

    const listed = await weirJson<Array<{ GROUP: string; COORDINATOR: number }>>(['group', 'list']);
    coordinator = listed.find((row) => row.GROUP === 'ledgers')?.COORDINATOR ?? -1;
    expect(nodeIds).toContain(coordinator);
    // Some partition is led elsewhere, so its high watermark came from another broker's answer.
    expect(leaders.some((leader) => leader !== coordinator)).toBe(true);

    const members = 'kafka_consumergroup_members{consumergroup="ledgers"}';
    const lagSum = 'kafka_consumergroup_lag_sum{consumergroup="ledgers",topic="ledger"}';
    await eventually('the coordinator reports lag 2', 15_000, async () => ((await metric(coordinator, lagSum)) === 2 ? true : undefined));
    expect(await metric(coordinator, members)).toBe(1);
    for (const partition of [0, 1, 2]) {
      expect(await metric(coordinator, `kafka_consumergroup_current_offset{consumergroup="ledgers",topic="ledger",partition="${partition}"}`))
        .toBe(2);
    }
    const lags = await Promise.all([0, 1, 2].map((partition) =>
      metric(coordinator, `kafka_consumergroup_lag{consumergroup="ledgers",topic="ledger",partition="${partition}"}`)));
    expect(lags).toEqual([0, 0, 2]);
    for (const other of nodeIds.filter((id) => id !== coordinator)) {
      expect(await metric(other, members)).toBeUndefined();
      expect(await metric(other, lagSum)).toBeUndefined();
    }
  });

  test('after kill -9 of the coordinator the group is described, and its series reported, by the new one', async () => {
    await consumer?.disconnect();
    consumer = null;
    expect(nodeIds).toContain(coordinator);
    await cluster.kill(coordinator);
    const survivors = nodeIds.filter((id) => id !== coordinator);
    const through = survivors[0] ?? 1;
    const group = await weirJson<{ state: string; partitions: Array<{ committedOffset: number | null }> }>(['group', 'describe', 'ledgers'], through);
    expect(group.partitions.map((row) => row.committedOffset)).toEqual([2, 2, 2]);
    const current = 'kafka_consumergroup_current_offset{consumergroup="ledgers",topic="ledger",partition="0"}';
    const reporters = await eventually('a surviving node reports the group', 60_000, async () => {
      const values = await Promise.all(survivors.map((id) => metric(id, current)));
      return values.some((value) => value !== undefined) ? values : undefined;
    });
    expect(reporters.filter((value) => value !== undefined)).toEqual([2]);
    const newCoordinator = survivors[reporters.findIndex((value) => value !== undefined)] ?? -1;
    await eventually('the new coordinator reports lag 2', 60_000, async () =>
      ((await metric(newCoordinator, 'kafka_consumergroup_lag_sum{consumergroup="ledgers",topic="ledger"}')) === 2 ? true : undefined));
  });
});
