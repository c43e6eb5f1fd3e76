// Goal: the /v1/groups routes over the real coordinator: a group that only has committed offsets
// (committed by an admin, as a reset does) is listed, described with its lag, reset (dry run and
// for real) and deleted; an unknown group is a 404; bad bodies are 400s naming the field.
// Method: fastify inject() (no port) on the app, whose admin session talks over the broker
// harness's in-memory network to a real Broker with its group coordinator; records written
// through the API itself. The harness's clock is manual: while a request is pending it is moved
// on in 50 ms steps (bounded), so the admin client's backoff while the coordinator is created and
// loaded elapses. Groups with members are test/interop/http-groups.test.ts's.
import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, test } from 'vitest';

import { AdminSession } from '../../src/admin/admin-session.js';
import { commitOffsets } from '../../src/admin/group-writes.js';
import { buildHttpApp } from '../../src/http/http-server.js';
import { NodeMetrics } from '../../src/http/node-metrics.js';
import { BrokerHarness } from '../broker/support.js';

const sessions: AdminSession[] = [];
afterEach(() => { for (const session of sessions.splice(0)) session.close(); });

/** An app whose every inject() runs with the harness clock moving. */
interface Api {
  inject(request: { method: 'GET' | 'POST' | 'DELETE'; url: string; payload?: object }): ReturnType<FastifyInstance['inject']>;
}

/** Resolves `pending` while advancing the manual clock, at most `stepsMax` steps of 50 ms. */
async function withClock<T>(harness: BrokerHarness, pending: Promise<T>, stepsMax = 2_000): Promise<T> {
  let settled = false;
  const done = pending.finally(() => { settled = true; });
  for (let step = 0; step < stepsMax && !settled; step += 1) await harness.advance(50);
  return done;
}

async function setUp(): Promise<{ api: Api; admin: AdminSession; harness: BrokerHarness }> {
  const harness = await BrokerHarness.start({ config: 'offsets.topic.num.partitions=2\n' });
  const admin = new AdminSession(harness.runtime, harness.address, { requestTimeoutMs: 5_000, leaderWaitMs: 20_000 });
  sessions.push(admin);
  const app = buildHttpApp({ metrics: new NodeMetrics(), health: () => ({ live: true, ready: true, reason: '' }), admin });
  const api: Api = { inject: (request) => withClock(harness, app.inject(request)) as ReturnType<FastifyInstance['inject']> };
  expect((await api.inject({ method: 'POST', url: '/v1/topics', payload: { name: 'orders', partitions: 2 } })).statusCode).toBe(201);
  const records = Array.from({ length: 6 }, (_, index) => ({ value: `v${index}`, partition: index % 2 }));
  expect((await api.inject({ method: 'POST', url: '/v1/topics/orders/records', payload: { records } })).statusCode).toBe(200);
  return { api, admin, harness };
}

describe('/v1 groups', () => {
  test('a group with only committed offsets: listed, described with lag, reset, deleted', async () => {
    const { api, admin, harness } = await setUp();
    await withClock(harness, commitOffsets(admin, 'reports', [{ topic: 'orders', partition: 0, offset: 1 }, { topic: 'orders', partition: 1, offset: 3 }]));

    const listed = (await api.inject({ method: 'GET', url: '/v1/groups' })).json();
    expect(listed).toEqual([expect.objectContaining({ groupId: 'reports', state: 'Empty', members: 0, totalLag: 2 })]);
    const described = (await api.inject({ method: 'GET', url: '/v1/groups/reports' })).json();
    expect(described.partitions.map((row: { committedOffset: number; logEndOffset: number; lag: number }) =>
      [row.committedOffset, row.logEndOffset, row.lag])).toEqual([[1, 3, 2], [3, 3, 0]]);

    const plan = await api.inject({ method: 'POST', url: '/v1/groups/reports/reset-offsets', payload: { to: 'shift-by', shiftBy: -1, dryRun: true } });
    expect(plan.json().partitions.map((row: { newOffset: number }) => row.newOffset)).toEqual([0, 2]);
    expect((await api.inject({ method: 'GET', url: '/v1/groups/reports' })).json().totalLag).toBe(2);
    const reset = await api.inject({ method: 'POST', url: '/v1/groups/reports/reset-offsets', payload: { to: 'latest' } });
    expect(reset.json().executed).toBe(true);
    expect((await api.inject({ method: 'GET', url: '/v1/groups/reports' })).json().totalLag).toBe(0);

    expect((await api.inject({ method: 'DELETE', url: '/v1/groups/reports' })).statusCode).toBe(204);
    const gone = await api.inject({ method: 'GET', url: '/v1/groups/reports' });
    expect([gone.statusCode, gone.json().error]).toEqual([404, 'GROUP_ID_NOT_FOUND']);
    const again = await api.inject({ method: 'DELETE', url: '/v1/groups/reports' });
    expect([again.statusCode, again.json().error]).toEqual([404, 'GROUP_ID_NOT_FOUND']);
  });

  test('a reset of a group never seen is a plan from the log (Kafka lets an inactive group be reset)', async () => {
    const { api } = await setUp();
    const reset = await api.inject({ method: 'POST', url: '/v1/groups/fresh/reset-offsets',
      payload: { to: 'timestamp', timestamp: 0, topics: [{ topic: 'orders' }], dryRun: true } });
    expect(reset.statusCode).toBe(200);
    expect(reset.json().partitions).toEqual([
      { topic: 'orders', partition: 0, currentOffset: null, newOffset: 0 }, { topic: 'orders', partition: 1, currentOffset: null, newOffset: 0 },
    ]);
    const unknownTopic = await api.inject({ method: 'POST', url: '/v1/groups/fresh/reset-offsets', payload: { to: 'earliest', topics: [{ topic: 'nope' }] } });
    expect(unknownTopic.statusCode).toBe(404);
  });

  test.each([
    ['no target', {}, 'to'],
    ['a timestamp target without the time', { to: 'timestamp' }, 'timestamp'],
    ['a negative offset', { to: 'offset', offset: -1 }, 'offset'],
    ['partitions that are not numbers', { to: 'earliest', topics: [{ topic: 'orders', partitions: ['a'] }] }, 'partitions'],
  ])('a reset body with %s is a 400 naming the field', async (_what, payload, field) => {
    const { api } = await setUp();
    const answer = await api.inject({ method: 'POST', url: '/v1/groups/g/reset-offsets', payload });
    expect(answer.statusCode).toBe(400);
    expect(answer.json().message).toContain(field);
  });
});
