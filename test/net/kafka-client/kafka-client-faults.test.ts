// Goal: every way a broker connection can go wrong ends each request exactly once, as a value:
// a silent broker times the request out and closes the connection (its companions end `closed`),
// a garbled, unmatched or extra answer closes it with a reason and never throws, a refused
// connect backs off with Kafka's doubling, a broker that knows an older ApiVersions gets asked
// again in that version (KIP-511), and `sendToLeader` follows a leader that moved, within its
// bounds, retrying a lost request only when told it is safe.
// Method: scripted brokers in the simulator (virtual time, so timeouts are exact).
import { describe, expect, test } from 'vitest';

import { sendToLeader } from '../../../src/net/kafka-client/follow-leader.js';
import { KafkaClient, type ClientOutcome } from '../../../src/net/kafka-client/kafka-client.js';
import { KafkaConnection } from '../../../src/net/kafka-client/kafka-connection.js';
import { ApiKey, ErrorCode, encodeResponseFrame, topicName } from '../../../src/protocol/mod.js';
import {
  createCreateTopicsRequest, createCreateTopicsRequestCreatableTopic, createCreateTopicsResponse,
  createCreateTopicsResponseCreatableTopicResult, type CreateTopicsResponse,
} from '../../../src/protocol/generated/messages/create-topics.js';
import { createApiVersionsResponse } from '../../../src/protocol/generated/messages/api-versions.js';
import { createMetadataRequest, createMetadataResponse } from '../../../src/protocol/generated/messages/metadata.js';
import { ScriptedWorld, apiVersionsAnswer, type Script } from './scripted-broker.js';

const ranges = [[ApiKey.ApiVersions, 0, 4], [ApiKey.Metadata, 0, 12], [ApiKey.CreateTopics, 0, 7]] as const;
const metadata = { apiKey: ApiKey.Metadata, body: createMetadataRequest({ topics: null }) };

/** A broker that handshakes normally and hands every other request to `rest`. */
function handshaking(rest: Script): Script {
  return (header, body) => header.requestApiKey === ApiKey.ApiVersions ? apiVersionsAnswer(ranges) : rest(header, body);
}

function clientIn(scripted: ScriptedWorld, requestTimeoutMs = 1_000): KafkaClient {
  const { clock, random, network } = scripted.clientRuntime;
  return new KafkaClient({ clock, random, network, clientId: 'faults', requestTimeoutMs });
}

function createTopics(name: string): { apiKey: number; body: object } {
  return { apiKey: ApiKey.CreateTopics, body: createCreateTopicsRequest({
    topics: [createCreateTopicsRequestCreatableTopic({ name: topicName(name), numPartitions: 1, replicationFactor: 1 })],
  }) };
}

function createTopicsAnswer(errorCode: number): { kind: 'body'; body: object } {
  return { kind: 'body', body: createCreateTopicsResponse({
    topics: [createCreateTopicsResponseCreatableTopicResult({ name: topicName('t'), errorCode })],
  }) };
}

describe('KafkaClient under broker faults', () => {
  test('a silent broker times the request out, closes the connection, and the client reconnects after a backoff', async () => {
    const scripted = new ScriptedWorld(1);
    let silent = false;
    await scripted.broker('b1:9092', handshaking(() => silent ? { kind: 'silence' } : { kind: 'body', body: createMetadataResponse() }));
    const untrusted: string[] = [];
    const { clock, random, network } = scripted.clientRuntime;
    const client = new KafkaClient({ clock, random, network, clientId: 'faults', requestTimeoutMs: 1_000,
      onUntrustedAnswer: (reason) => untrusted.push(reason) });
    const outcomes = await scripted.run(async () => {
      await client.send('b1:9092', metadata); // opens the connection, answered
      silent = true;
      const sent = clock.monotonicNow();
      const [first, second] = await Promise.all([client.send('b1:9092', metadata), client.send('b1:9092', metadata)]);
      const waited = clock.monotonicNow() - sent;
      silent = false;
      const right = await client.send('b1:9092', metadata);
      if (right.kind !== 'unreachable') throw new Error(`expected a backoff, got ${right.kind}`);
      await new Promise<void>((resolve) => { clock.setTimer(right.retryAfterMs, resolve); });
      const after = await client.send('b1:9092', metadata);
      return { first, second, waited, right, after };
    });
    expect(outcomes.first.kind).toBe('timeout');
    expect(outcomes.second.kind).toBe('closed');
    expect(outcomes.waited).toBe(1_000);
    expect(outcomes.right.kind).toBe('unreachable');
    expect(outcomes.after.kind).toBe('response');
    expect(scripted.connectionsAccepted).toBe(2);
    // A timeout is the broker being slow, not the broker breaking the protocol.
    expect(untrusted).toEqual([]);
  });

  test.each([
    ['a garbled body', 'Cannot decode', (correlationId: number) => frame(correlationId, [0xff, 0xff, 0xff, 0xff, 0x7f])],
    ['a wrong correlation id', 'correlation id', (correlationId: number) => encodeResponseFrame({
      apiKey: ApiKey.Metadata, apiVersion: 12, correlationId: correlationId + 1000, body: createMetadataResponse() })],
    ['an extra answer', 'no request is waiting', (correlationId: number) => concat(
      encodeResponseFrame({ apiKey: ApiKey.Metadata, apiVersion: 12, correlationId, body: createMetadataResponse() }),
      encodeResponseFrame({ apiKey: ApiKey.Metadata, apiVersion: 12, correlationId, body: createMetadataResponse() }))],
    ['a size beyond the limit', 'Cannot read an answer', () => Uint8Array.from([0x7f, 0xff, 0xff, 0xff])],
  ])('%s closes the connection with a reason and throws nothing', async (_name, reason, answer) => {
    const scripted = new ScriptedWorld(2);
    let closedBecause = '';
    const untrusted: string[] = [];
    await scripted.broker('b1:9092', handshaking((header) => ({ kind: 'raw', bytes: answer(header.correlationId) })));
    const client = new KafkaClient({ ...scripted.clientRuntime, clientId: 'faults', responseBytesMax: 1024 * 1024,
      onUntrustedAnswer: (why) => untrusted.push(why) });
    const outcome = await scripted.run(() => client.send('b1:9092', metadata));
    if (outcome.kind === 'closed') closedBecause = outcome.reason;
    // An extra answer arrives after the first one matched: the request itself got its answer.
    expect(outcome.kind).toBe(reason === 'no request is waiting' ? 'response' : 'closed');
    // The observer hears of the broken answer once, with the reason the request was given.
    expect(untrusted).toHaveLength(1);
    expect(untrusted[0]).toContain(reason);
    if (reason !== 'no request is waiting') expect(closedBecause).toBe(untrusted[0]);
    else {
      // The extra answer closed the connection: the next request needs a new one.
      expect(await scripted.run(() => client.send('b1:9092', metadata))).toMatchObject({ kind: 'response' });
      expect(scripted.connectionsAccepted).toBe(2);
    }
  });

  test('a refused connect backs off, doubling from 50 ms (±20%) per failure', async () => {
    const scripted = new ScriptedWorld(3);
    const client = clientIn(scripted);
    const { clock } = scripted.clientRuntime;
    const waits = await scripted.run(async () => {
      const seen: number[] = [];
      for (let failure = 1; failure <= 5; failure += 1) {
        const outcome = await client.send('nobody:9092', metadata);
        if (outcome.kind !== 'unreachable') throw new Error(`expected unreachable, got ${outcome.kind}`);
        const again = await client.send('nobody:9092', metadata);
        if (again.kind !== 'unreachable') throw new Error('a backing-off address answers at once');
        seen.push(again.retryAfterMs);
        await new Promise<void>((resolve) => { clock.setTimer(again.retryAfterMs, resolve); });
      }
      return seen;
    });
    waits.forEach((waitMs, index) => {
      const base = 50 * 2 ** index;
      expect(waitMs).toBeGreaterThanOrEqual(Math.floor(base * 0.8) - 1);
      expect(waitMs).toBeLessThanOrEqual(Math.ceil(base * 1.2));
    });
  });

  test('a broker that knows only ApiVersions v0-2 is asked again in v2 (KIP-511)', async () => {
    const scripted = new ScriptedWorld(4);
    await scripted.broker('old:9092', (header) => {
      if (header.requestApiKey !== ApiKey.ApiVersions) return { kind: 'body', body: createMetadataResponse() };
      if (header.requestApiVersion > 2) {
        return { kind: 'body', body: createApiVersionsResponse({ errorCode: ErrorCode.UNSUPPORTED_VERSION,
          apiKeys: [{ apiKey: ApiKey.ApiVersions, minVersion: 0, maxVersion: 2 }] }) };
      }
      return apiVersionsAnswer([[ApiKey.ApiVersions, 0, 2], [ApiKey.Metadata, 0, 5]]);
    });
    const client = clientIn(scripted);
    const outcome = await scripted.run(() => client.send('old:9092', metadata));
    expect(outcome).toMatchObject({ kind: 'response', version: 5 });
    expect(scripted.received.get('old:9092')).toEqual(['18/4', '18/2', '3/5']);
  });

  test('a broker that closes during the handshake is unreachable, with the reason', async () => {
    const scripted = new ScriptedWorld(5);
    await scripted.broker('b1:9092', () => ({ kind: 'close' }));
    const client = clientIn(scripted);
    const outcome = await scripted.run(() => client.send('b1:9092', metadata));
    expect(outcome.kind).toBe('unreachable');
    expect(outcome.kind === 'unreachable' && outcome.reason).toContain('handshake failed');
  });
});

describe('KafkaClient.connect', () => {
  test('opens one connection with its handshake; an unreachable address says how long to wait', async () => {
    const scripted = new ScriptedWorld(6);
    await scripted.broker('b1:9092', handshaking(() => ({ kind: 'body', body: createMetadataResponse() })));
    const client = clientIn(scripted);
    const result = await scripted.run(async () => ({
      first: await client.connect('b1:9092'), again: await client.connect('b1:9092'),
      sent: await client.send('b1:9092', metadata), nobody: await client.connect('nobody:9092'),
    }));
    expect(result.first).toEqual({ kind: 'connected' });
    expect(result.again).toEqual({ kind: 'connected' });
    expect(result.sent.kind).toBe('response');
    // One connection, one handshake, then the request: connect sent nothing of its own.
    expect(scripted.connectionsAccepted).toBe(1);
    expect(scripted.received.get('b1:9092')).toEqual(['18/4', '3/12']);
    expect(result.nobody.kind).toBe('unreachable');
    expect(result.nobody.kind === 'unreachable' && result.nobody.retryAfterMs).toBeGreaterThan(0);
  });

  test('closing the client ends a handshake in progress at once, not at its timeout', async () => {
    const scripted = new ScriptedWorld(7);
    await scripted.broker('b1:9092', () => ({ kind: 'silence' }));
    const client = clientIn(scripted, 5_000);
    const { clock } = scripted.clientRuntime;
    const result = await scripted.run(async () => {
      const started = clock.monotonicNow();
      clock.setTimer(100, () => client.close());
      const outcome = await client.connect('b1:9092');
      return { outcome, elapsedMs: clock.monotonicNow() - started };
    });
    expect(result.outcome).toEqual({ kind: 'client-closed' });
    expect(result.elapsedMs).toBeLessThan(200);
  });
});

describe('KafkaConnection bounds', () => {
  test('at most inFlightMax requests are sent; more wait in a bounded queue; beyond it they are overloaded', async () => {
    const scripted = new ScriptedWorld(9);
    await scripted.broker('b1:9092', () => ({ kind: 'silence' }));
    const { clock, network } = scripted.clientRuntime;
    const result = await scripted.run(async () => {
      const connection = new KafkaConnection(clock, await network.connect('b1:9092'),
        { clientId: 'bounds', inFlightMax: 2, queuedRequestsMax: 2, responseBytesMax: 1024 });
      const request = { apiKey: ApiKey.Metadata, apiVersion: 12, body: createMetadataRequest({ topics: null }), expectResponse: true };
      const outcomes = [1_000, 1_000, 500, 1_000, 1_000].map((timeoutMs) => connection.request({ ...request, timeoutMs }));
      connection.checkInvariants();
      const states = { inFlight: connection.inFlightCount, received: () => scripted.received.get('b1:9092')?.length };
      const fifth = await outcomes[4];
      const third = await outcomes[2];
      // The queued third request timed out unsent: the connection is still open.
      const openAfterQueuedTimeout = connection.isOpen;
      connection.checkInvariants();
      const all = await Promise.all(outcomes);
      connection.checkInvariants();
      return { states, fifth, third, openAfterQueuedTimeout, all, sent: states.received() };
    });
    expect(result.states.inFlight).toBe(2);
    expect(result.fifth.kind).toBe('overloaded');
    expect(result.third.kind).toBe('timeout');
    expect(result.openAfterQueuedTimeout).toBe(true);
    expect(result.all.map((outcome) => outcome.kind)).toEqual(['timeout', 'closed', 'timeout', 'closed', 'overloaded']);
    expect(result.sent).toBe(2);
  });

  test('a body its version cannot carry rejects that request alone; the connection stays in step', async () => {
    const scripted = new ScriptedWorld(10);
    await scripted.broker('b1:9092', () => ({ kind: 'body', body: createMetadataResponse() }));
    const { clock, network } = scripted.clientRuntime;
    const result = await scripted.run(async () => {
      const connection = new KafkaConnection(clock, await network.connect('b1:9092'),
        { clientId: 'encode', inFlightMax: 1, queuedRequestsMax: 2, responseBytesMax: 1024 * 1024 });
      const request = { apiKey: ApiKey.Metadata, timeoutMs: 1_000, expectResponse: true };
      // Metadata v0 has no "all topics" (null): the codec refuses the body.
      const outcomes = [
        connection.request({ ...request, apiVersion: 12, body: createMetadataRequest({ topics: null }) }),
        connection.request({ ...request, apiVersion: 0, body: createMetadataRequest({ topics: null }) }),
        connection.request({ ...request, apiVersion: 12, body: createMetadataRequest({ topics: null }) }),
      ];
      const settled = await Promise.allSettled(outcomes);
      connection.checkInvariants();
      return { settled, open: connection.isOpen };
    });
    expect(result.settled.map((entry) => entry.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(result.settled[1]?.status === 'rejected' && String(result.settled[1].reason)).toContain('null is not allowed');
    expect(result.settled[2]?.status === 'fulfilled' && result.settled[2].value.kind).toBe('response');
    expect(result.open).toBe(true);
    expect(scripted.received.get('b1:9092')).toEqual(['3/12', '3/12']);
  });
});

describe('sendToLeader', () => {
  test('follows a NOT_CONTROLLER answer to the node that now leads', async () => {
    const scripted = new ScriptedWorld(6);
    await scripted.broker('old:9092', handshaking(() => createTopicsAnswer(ErrorCode.NOT_CONTROLLER)));
    await scripted.broker('new:9092', handshaking(() => createTopicsAnswer(ErrorCode.NONE)));
    const client = clientIn(scripted);
    let leader = 'old:9092';
    const outcome = await scripted.run(() => sendToLeader<CreateTopicsResponse>(client, scripted.clientRuntime, {
      ...createTopics('t'), locate: () => leader, onLeaderLost: () => { leader = 'new:9092'; },
      isNotLeader: (body) => body.topics.some((topic) => topic.errorCode === ErrorCode.NOT_CONTROLLER),
      attemptsMax: 5, deadlineMs: 10_000, retryUnknownOutcome: false,
    }));
    expect(outcome.kind === 'response' && outcome.body.topics[0]?.errorCode).toBe(ErrorCode.NONE);
    expect(scripted.received.get('old:9092')?.filter((request) => request.startsWith('19/'))).toHaveLength(1);
    expect(scripted.received.get('new:9092')?.filter((request) => request.startsWith('19/'))).toHaveLength(1);
  });

  test.each([
    [false, 'timeout'],
    [true, 'no-leader'],
  ] as const)('a lost request is retried only when that is safe (retryUnknownOutcome=%s)', async (retry, final) => {
    const scripted = new ScriptedWorld(7);
    await scripted.broker('b1:9092', handshaking(() => ({ kind: 'silence' })));
    const client = clientIn(scripted, 200);
    const outcome: ClientOutcome<object> | { kind: 'no-leader' } = await scripted.run(() => sendToLeader(client, scripted.clientRuntime, {
      ...createTopics('t'), locate: () => 'b1:9092', isNotLeader: () => false,
      attemptsMax: 3, deadlineMs: 60_000, retryUnknownOutcome: retry,
    }));
    expect(outcome.kind).toBe(final);
    // Three attempts: each lost request closes the connection, so an attempt may find the address
    // still backing off (unreachable, nothing sent); at least one retry reaches the broker.
    const sent = scripted.received.get('b1:9092')?.filter((request) => request.startsWith('19/')).length ?? 0;
    if (retry) expect(sent).toBeGreaterThan(1);
    else expect(sent).toBe(1);
  });

  test('gives up by its deadline when no leader is ever known', async () => {
    const scripted = new ScriptedWorld(8);
    const client = clientIn(scripted);
    const { clock } = scripted.clientRuntime;
    const result = await scripted.run(async () => {
      const started = clock.monotonicNow();
      const outcome = await sendToLeader(client, scripted.clientRuntime, {
        ...createTopics('t'), locate: () => null, isNotLeader: () => false,
        attemptsMax: 100, deadlineMs: 2_000, retryUnknownOutcome: false,
      });
      return { outcome, elapsedMs: clock.monotonicNow() - started };
    });
    expect(result.outcome).toMatchObject({ kind: 'no-leader', last: 'no leader known' });
    expect(result.elapsedMs).toBeLessThanOrEqual(2_000);
  });
});

/** A size-prefixed frame of `correlationId` followed by `body` bytes. */
function frame(correlationId: number, body: number[]): Uint8Array {
  const bytes = Buffer.alloc(8 + body.length);
  bytes.writeInt32BE(4 + body.length, 0);
  bytes.writeInt32BE(correlationId, 4);
  Buffer.from(body).copy(bytes, 8);
  return bytes;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  return Buffer.concat([a, b]);
}
