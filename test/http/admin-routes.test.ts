// Goal: the HTTP admin API (/v1) does what its OpenAPI document says, against the real broker:
// topics created (201; 409 when they exist), listed, described with partitions and configs,
// altered, grown and deleted (404 afterwards); records written (keys placed by Kafka's murmur2)
// and read back by offset, time and limit; the cluster and the quorum described; a request that
// breaks its schema is a 400 that names the field; an unreachable Kafka listener is a 503.
// Method: fastify inject() (no port) on the app, whose admin session talks over the broker
// harness's in-memory network to a real Broker.
import { createRequire } from 'node:module';

import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, test } from 'vitest';

import { AdminSession } from '../../src/admin/admin-session.js';
import { buildHttpApp } from '../../src/http/http-server.js';
import { NodeMetrics } from '../../src/http/node-metrics.js';
import { BrokerHarness } from '../broker/support.js';

const require = createRequire(import.meta.url);
const kafkajsMurmur2 = require('kafkajs/src/producer/partitioners/default/murmur2.js') as (key: Buffer) => number;

const sessions: AdminSession[] = [];
afterEach(() => { for (const session of sessions.splice(0)) session.close(); });

async function apiOn(harness: BrokerHarness, address = harness.address): Promise<FastifyInstance> {
  const admin = new AdminSession(harness.runtime, address, { requestTimeoutMs: 5_000 });
  sessions.push(admin);
  return buildHttpApp({ metrics: new NodeMetrics(), health: () => ({ live: true, ready: true, reason: '' }), admin });
}

describe('/v1 topics', () => {
  test('create, list, describe, alter configs, grow and delete a topic', async () => {
    const api = await apiOn(await BrokerHarness.start());
    const created = await api.inject({ method: 'POST', url: '/v1/topics', payload: { name: 'orders', partitions: 2, configs: { 'retention.ms': '60000' } } });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ name: 'orders', configs: { 'retention.ms': '60000' } });
    expect(created.json().partitions).toHaveLength(2);
    const again = await api.inject({ method: 'POST', url: '/v1/topics', payload: { name: 'orders' } });
    expect([again.statusCode, again.json().error]).toEqual([409, 'TOPIC_ALREADY_EXISTS']);

    expect((await api.inject({ method: 'GET', url: '/v1/topics' })).json()).toContainEqual({ name: 'orders', partitions: 2, internal: false });
    const partitions = (await api.inject({ method: 'GET', url: '/v1/topics/orders/partitions' })).json();
    expect(partitions[1]).toEqual({ partition: 1, leader: 1, leaderEpoch: 0, replicas: [1], isr: [1], logStartOffset: 0, highWatermark: 0 });

    const altered = await api.inject({ method: 'PATCH', url: '/v1/topics/orders/configs', payload: { set: { 'segment.bytes': '1048576' }, reset: ['retention.ms'] } });
    expect([altered.statusCode, altered.json()]).toEqual([200, { 'segment.bytes': '1048576' }]);
    const grown = await api.inject({ method: 'POST', url: '/v1/topics/orders/partitions', payload: { count: 3 } });
    expect(grown.json()).toHaveLength(3);

    expect((await api.inject({ method: 'DELETE', url: '/v1/topics/orders' })).statusCode).toBe(204);
    const gone = await api.inject({ method: 'GET', url: '/v1/topics/orders' });
    expect([gone.statusCode, gone.json().error]).toEqual([404, 'UNKNOWN_TOPIC_OR_PARTITION']);
  });

  test.each([
    ['a missing name', { partitions: 1 }, 'name'],
    ['a partition count that is not a number', { name: 't', partitions: 'x' }, 'partitions'],
    ['an unknown field', { name: 't', replicas: 3 }, 'replicas'],
    ['a bad topic name', { name: 'no spaces' }, 'name'],
  ])('a body with %s is a 400 that names the field', async (_what, payload, field) => {
    const api = await apiOn(await BrokerHarness.start());
    const response = await api.inject({ method: 'POST', url: '/v1/topics', payload });
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toContain(field);
  });
});

describe('/v1 records', () => {
  test('written records are placed by key and read back by offset, time and limit', async () => {
    const harness = await BrokerHarness.start();
    const api = await apiOn(harness);
    await api.inject({ method: 'POST', url: '/v1/topics', payload: { name: 'events', partitions: 3 } });
    const keys = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
    const written = await api.inject({ method: 'POST', url: '/v1/topics/events/records', payload: {
      records: keys.map((key) => ({ key, value: `v-${key}`, headers: { source: 'http' } })) } });
    expect(written.statusCode).toBe(200);
    const expected = new Map<number, string[]>();
    for (const key of keys) {
      const partition = (kafkajsMurmur2(Buffer.from(key)) & 0x7fffffff) % 3;
      expected.set(partition, [...(expected.get(partition) ?? []), key]);
    }
    expect(written.json().partitions).toEqual(Object.fromEntries([...expected].map(([partition, list]) => [partition, list.length])));

    const [partition, inPartition] = [...expected].sort(([, a], [, b]) => b.length - a.length)[0] as [number, string[]];
    const all = (await api.inject({ method: 'GET', url: `/v1/topics/events/records?partition=${partition}` })).json();
    expect(all.records.map((record: { key: string }) => record.key)).toEqual(inPartition);
    expect(all.records[0]).toMatchObject({ offset: 0, value: `v-${inPartition[0]}`, headers: { source: 'http' } });
    expect([all.nextOffset, all.highWatermark]).toEqual([inPartition.length, inPartition.length]);

    const limited = (await api.inject({ method: 'GET', url: `/v1/topics/events/records?partition=${partition}&offset=1&limit=1` })).json();
    expect(limited.records.map((record: { offset: number }) => record.offset)).toEqual([1]);
    const late = (await api.inject({ method: 'GET', url: `/v1/topics/events/records?partition=${partition}&timestamp=${harness.runtime.clock.now() + 60_000}` })).json();
    expect(late.records).toEqual([]);
  });

  test('reading a partition the topic lacks is a 404; a bad query a 400', async () => {
    const api = await apiOn(await BrokerHarness.start());
    await api.inject({ method: 'POST', url: '/v1/topics', payload: { name: 'small', partitions: 1 } });
    expect((await api.inject({ method: 'GET', url: '/v1/topics/small/records?partition=5' })).statusCode).toBe(404);
    const bad = await api.inject({ method: 'GET', url: '/v1/topics/small/records?partition=0&limit=5000' });
    expect([bad.statusCode, bad.json().message.includes('limit')]).toEqual([400, true]);
  });
});

describe('/v1 cluster, quorum and the document', () => {
  test('cluster, brokers and quorum describe the node', async () => {
    const harness = await BrokerHarness.start();
    const api = await apiOn(harness);
    const cluster = (await api.inject({ method: 'GET', url: '/v1/cluster' })).json();
    expect(cluster.controllerId).toBe(1);
    expect(cluster.brokers).toEqual([expect.objectContaining({ id: 1, port: Number(harness.address.split(':')[1]) })]);
    expect((await api.inject({ method: 'GET', url: '/v1/brokers' })).json()).toEqual(cluster.brokers);
    const quorum = (await api.inject({ method: 'GET', url: '/v1/quorum' })).json();
    expect(quorum).toMatchObject({ leaderId: 1, replicas: [expect.objectContaining({ nodeId: 1, role: 'leader', lag: 0 })] });
  });

  test('a voter change with a bad body or directory id is a 400 naming the field', async () => {
    const api = await apiOn(await BrokerHarness.start());
    const noPort = await api.inject({ method: 'POST', url: '/v1/quorum/voters', payload: { id: 2, directoryId: 'AAAAAAAAAAAAAAAAAAAAAA', host: 'h' } });
    expect([noPort.statusCode, noPort.json().message.includes('port')]).toEqual([400, true]);
    const badDirectory = await api.inject({ method: 'DELETE', url: '/v1/quorum/voters/2?directoryId=not-a-uuid' });
    expect([badDirectory.statusCode, badDirectory.json().message.includes('directoryId')]).toEqual([400, true]);
  });

  test('an unreachable Kafka listener is a 503 with the reason', async () => {
    const harness = await BrokerHarness.start();
    const api = await apiOn(harness, '127.0.0.1:1');
    const response = await api.inject({ method: 'GET', url: '/v1/topics' });
    expect([response.statusCode, response.json().error]).toEqual([503, 'unavailable']);
  });

  test('the OpenAPI document lists every route with its parameters and body schema', async () => {
    const api = await apiOn(await BrokerHarness.start());
    const document = (await api.inject({ method: 'GET', url: '/v1/openapi.json' })).json();
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/v1/topics', '/v1/topics/{topic}/records', '/v1/quorum']));
    const read = document.paths['/v1/topics/{topic}/records'].get;
    expect(read.parameters.map((parameter: { name: string; in: string }) => `${parameter.in}:${parameter.name}`))
      .toEqual(['path:topic', 'query:partition', 'query:offset', 'query:timestamp', 'query:limit']);
    expect(document.paths['/v1/topics'].post.requestBody.content['application/json'].schema.required).toEqual(['name']);
  });
});
