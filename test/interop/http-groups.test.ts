// Goal: the /v1/groups routes and the consumer lag in /metrics against a real node and a real
// client's group: the group listed with its state, member count and total lag; described with
// its member and each partition's committed offset, log end and lag; a reset refused (409) while
// it has members, answered as a plan with dryRun and committed without; a bad reset body a 400
// naming the field; deleted (204, then 404). /metrics shows kafka-exporter's series for the group
// on its coordinator, and they follow the commits and the resets.
// Method: one node process; a kafkajs consumer group reads a topic kafkajs wrote; plain fetch()
// to the node's HTTP listener; waits poll with a bound.
import type { Consumer } from 'kafkajs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { eventually } from './support/eventually.js';
import { kafkajsProduce } from './support/js-clients.js';
import { startGroupMember, startGroupNode } from './support/group-consumers.js';
import type { NodeProcess } from './support/node-process.js';

let node: NodeProcess;
let consumer: Consumer | null = null;

beforeAll(async () => { node = await startGroupNode(); });
afterAll(async () => {
  await consumer?.disconnect().catch(() => {});
  await node?.stop();
});

async function http(method: string, path: string, body?: object): Promise<{ status: number; json: any }> {
  const response = await fetch(`http://${node.httpAddress}${path}`, {
    method, headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, json: text === '' ? null : JSON.parse(text) };
}

async function metric(series: string): Promise<number | undefined> {
  const text = await (await fetch(`http://${node.httpAddress}/metrics`)).text();
  const line = text.split('\n').find((entry) => entry.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

const records = (partition: number, count: number) => Array.from({ length: count }, (_, index) => ({
  partition, key: null, value: `v${index}`, headers: [], timestamp: null,
}));
const lagOf = (partition: number) => `kafka_consumergroup_lag{consumergroup="audit",topic="payments",partition="${partition}"}`;

describe('/v1/groups and the lag metrics against a kafkajs group', () => {
  test('the group is listed and described with its member and lag, and /metrics shows the lag', async () => {
    expect((await http('POST', '/v1/topics', { name: 'payments', partitions: 2 })).status).toBe(201);
    await kafkajsProduce({ bootstrap: node.kafkaAddress, topic: 'payments', codec: 'none', records: [...records(0, 3), ...records(1, 3)] });
    consumer = await startGroupMember(node.kafkaAddress, 'audit', 'payments');
    await eventually('the group commits all 6 records', 30_000, async () => {
      const { json } = await http('GET', '/v1/groups/audit');
      return json?.partitions?.reduce((sum: number, row: { committedOffset: number }) => sum + row.committedOffset, 0) === 6 ? true : undefined;
    });
    consumer.pause([{ topic: 'payments' }]);
    await kafkajsProduce({ bootstrap: node.kafkaAddress, topic: 'payments', codec: 'none', records: records(0, 2) });

    const listed = await http('GET', '/v1/groups');
    expect(listed.status).toBe(200);
    expect(listed.json).toContainEqual(expect.objectContaining({ groupId: 'audit', state: 'Stable', members: 1, totalLag: 2, coordinator: 1 }));
    const described = await http('GET', '/v1/groups/audit');
    expect(described.json).toMatchObject({ groupId: 'audit', type: 'classic', state: 'Stable', protocolType: 'consumer', totalLag: 2 });
    expect(described.json.members[0].assignment).toEqual([{ topic: 'payments', partitions: [0, 1] }]);
    expect(described.json.partitions.map((row: { lag: number }) => row.lag)).toEqual([2, 0]);

    expect(await metric('kafka_consumergroup_current_offset{consumergroup="audit",topic="payments",partition="0"}')).toBe(3);
    expect(await metric(lagOf(0))).toBe(2);
    expect(await metric(lagOf(1))).toBe(0);
    expect(await metric('kafka_consumergroup_lag_sum{consumergroup="audit",topic="payments"}')).toBe(2);
    expect(await metric('kafka_consumergroup_members{consumergroup="audit"}')).toBe(1);
  });

  test('a reset is a 409 while the group has a member', async () => {
    const refused = await http('POST', '/v1/groups/audit/reset-offsets', { to: 'earliest' });
    expect([refused.status, refused.json.error]).toEqual([409, 'NON_EMPTY_GROUP']);
  });

  test.each([
    ['an unknown target', { to: 'yesterday' }, 'to'],
    ['an offset target without the offset', { to: 'offset' }, 'offset'],
    ['a shift without its amount', { to: 'shift-by' }, 'shiftBy'],
    ['an unknown field', { to: 'earliest', force: true }, 'force'],
    ['a bad topic name', { to: 'earliest', topics: [{ topic: 'no spaces' }] }, 'topic'],
  ])('a reset body with %s is a 400 naming the field', async (_what, body, field) => {
    const answer = await http('POST', '/v1/groups/audit/reset-offsets', body);
    expect(answer.status).toBe(400);
    expect(answer.json.message).toContain(field);
  });

  test('once empty: dryRun answers the plan, a reset commits it and the metrics follow, DELETE removes the group', async () => {
    await consumer?.disconnect();
    consumer = null;
    await eventually('the group is empty', 15_000, async () => ((await http('GET', '/v1/groups/audit')).json.state === 'Empty' ? true : undefined));
    expect(await metric('kafka_consumergroup_members{consumergroup="audit"}')).toBe(0);

    const plan = await http('POST', '/v1/groups/audit/reset-offsets', { to: 'earliest', dryRun: true });
    expect(plan.status).toBe(200);
    expect(plan.json).toMatchObject({ groupId: 'audit', executed: false });
    expect(plan.json.partitions.map((row: { newOffset: number }) => row.newOffset)).toEqual([0, 0]);
    expect(await metric(lagOf(0))).toBe(2);

    const reset = await http('POST', '/v1/groups/audit/reset-offsets', { to: 'offset', offset: 1, topics: [{ topic: 'payments', partitions: [0] }] });
    expect(reset.json.executed).toBe(true);
    expect((await http('GET', '/v1/groups/audit')).json.partitions.map((row: { committedOffset: number }) => row.committedOffset)).toEqual([1, 3]);
    expect(await metric(lagOf(0))).toBe(4);

    expect((await http('DELETE', '/v1/groups/audit')).status).toBe(204);
    const gone = await http('GET', '/v1/groups/audit');
    expect([gone.status, gone.json.error]).toEqual([404, 'GROUP_ID_NOT_FOUND']);
    expect(await metric(lagOf(0))).toBeUndefined();
  });

  test('the OpenAPI document lists the group routes', async () => {
    const document = (await http('GET', '/v1/openapi.json')).json;
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/v1/groups', '/v1/groups/{group}', '/v1/groups/{group}/reset-offsets']));
    expect(document.paths['/v1/groups/{group}'].delete.summary).toContain('Delete');
  });
});
