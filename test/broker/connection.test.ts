// Goal: the Kafka listener's connection rules — ApiVersions advertises exactly the handled APIs
// and answers a too-new version with the v0 fallback; pipelined requests are answered in request
// order; acks=0 Produce gets no response; malformed, oversized, unknown or unadvertised requests
// close only their own connection while others keep being served, fresh ones and ones already
// busy with a long-polling fetch and pipelined requests alike. Method: a broker on an
// in-memory network, driven by raw frames built with the generated codecs.
import { afterEach, describe, expect, test } from 'vitest';
import { Reader } from '../../src/protocol/mod.js';
import { readApiVersionsResponse } from '../../src/protocol/generated/messages/api-versions.js';
import type { ApiVersionsResponse } from '../../src/protocol/generated/messages/api-versions.js';
import type { MetadataResponse } from '../../src/protocol/generated/messages/metadata.js';
import type { ProduceResponse } from '../../src/protocol/generated/messages/produce.js';
import { advertisedApiVersions } from '../../src/broker/dispatch.js';
import { ApiKey, ErrorCode, batchOf, fetchRequest, metadataRequest, produceRequest } from './support-protocol.js';
import { BrokerHarness, createTopic, settle } from './support.js';
import { decodeRecordBatches } from '../../storage/mod.js';
import type { FetchResponse } from '../../src/protocol/generated/messages/fetch.js';

let harness: BrokerHarness | undefined;
afterEach(async () => {
  await harness?.broker.stop();
  harness = undefined;
});

function produceBody(topic: string, records: Uint8Array, acks = 1): object {
  return produceRequest(topic, records, { acks });
}

describe('ApiVersions', () => {
  test('advertises exactly the handled APIs, with Produce from v3 and Fetch up to v17', async () => {
    harness = await BrokerHarness.start();
    const client = await harness.client();
    for (const version of [0, 3, 4]) {
      const response = await client.request<ApiVersionsResponse>(ApiKey.ApiVersions, version,
        { clientSoftwareName: 'test', clientSoftwareVersion: '1' });
      expect(response.errorCode).toBe(ErrorCode.NONE);
      expect(response.apiKeys).toEqual(advertisedApiVersions());
    }
    const keys = new Map(advertisedApiVersions().map((entry) => [entry.apiKey, entry]));
    expect(keys.get(ApiKey.Produce)).toMatchObject({ minVersion: 3, maxVersion: 11 });
    expect(keys.get(ApiKey.Fetch)).toMatchObject({ minVersion: 0, maxVersion: 17 });
    expect(keys.get(ApiKey.FindCoordinator)).toMatchObject({ minVersion: 0, maxVersion: 6 });
    expect(keys.has(ApiKey.DescribeAcls)).toBe(false);
  });

  test('a too-new ApiVersions version is answered in v0 with UNSUPPORTED_VERSION (KIP-511)', async () => {
    harness = await BrokerHarness.start();
    const client = await harness.client();
    const frames: Uint8Array[] = [];
    // Header v2 of ApiVersions v9: key, version, correlation id, client id, empty tag buffer, empty body.
    const request = new Uint8Array([0, 0, 0, 13, 0, 18, 0, 9, 0, 0, 0, 42, 0, 1, 0x78, 0, 0]);
    const raw = await harness.network.connect(harness.address);
    raw.onData((bytes) => frames.push(bytes));
    raw.send(request);
    await settle();
    await settle();
    const joined = Buffer.concat(frames);
    const reader = new Reader(new Uint8Array(joined.subarray(4)));
    expect(reader.readInt32()).toBe(42);
    const body = readApiVersionsResponse(reader, 0);
    expect(body.errorCode).toBe(ErrorCode.UNSUPPORTED_VERSION);
    expect(body.apiKeys.find((entry) => entry.apiKey === ApiKey.ApiVersions)).toMatchObject({ maxVersion: 4 });
    client.close();
  });
});

describe('pipelining and ordering', () => {
  test('kafka-python style: ApiVersions v0 and Metadata v0 pipelined are answered in request order', async () => {
    harness = await BrokerHarness.start();
    const client = await harness.client();
    const first = client.send(ApiKey.ApiVersions, 0, {});
    const second = client.send(ApiKey.Metadata, 0, { topics: [] });
    const third = client.send(ApiKey.ApiVersions, 1, {});
    await client.responseTo(third);
    expect(client.received.map((response) => response.correlationId)).toEqual([first, second, third]);
  });

  test('a slow request holds back the responses behind it until it is answered', async () => {
    harness = await BrokerHarness.start();
    const client = await harness.client();
    await client.request(ApiKey.Metadata, 12, metadataRequest(['slow']));
    // A long-polling fetch first, then a quick ApiVersions: the fetch must be answered first.
    const fetch = client.send(ApiKey.Fetch, 4, fetchRequest({ topic: 'slow' }, { maxWaitMs: 500 }));
    const quick = client.send(ApiKey.ApiVersions, 0, {});
    await settle();
    expect(client.received).toHaveLength(1);
    await harness.advance(500);
    await client.responseTo(quick);
    expect(client.received.slice(1).map((response) => response.correlationId)).toEqual([fetch, quick]);
  });

  test('acks=0 Produce gets no response, and the request behind it is still answered', async () => {
    harness = await BrokerHarness.start();
    const client = await harness.client();
    await client.request(ApiKey.Metadata, 1, metadataRequest(['silent']));
    client.send(ApiKey.Produce, 7, produceBody('silent', batchOf('a', 3), 0), { expectResponse: false });
    const next = await client.request<ProduceResponse>(ApiKey.Produce, 7, produceBody('silent', batchOf('b', 2), 1));
    expect(client.received).toHaveLength(2);
    expect(next.responses[0]?.partitionResponses[0]).toMatchObject({ errorCode: 0, baseOffset: 3n });
  });

  test('acks=0 Produce that fails closes the connection (the client has no other way to learn)', async () => {
    harness = await BrokerHarness.start();
    const client = await harness.client();
    client.send(ApiKey.Produce, 7, produceBody('no-such-topic', batchOf('a', 1), 0), { expectResponse: false });
    for (let turn = 0; turn < 20 && !client.closed; turn += 1) await settle();
    expect(client.closed).toBe(true);
  });
});

describe('pipelined acks=-1 produces and backpressure', () => {
  test('a Produce appends while the one before it waits for the high watermark; a Fetch behind them still waits for both', async () => {
    harness = await BrokerHarness.start();
    const client = await harness.client();
    await createTopic(client, 'replicated');
    const [partition] = harness.broker.replicaManager.onlinePartitions();
    if (partition === undefined) throw new Error('the topic has no partition');
    // A follower in the ISR that has fetched nothing holds the high watermark at 0.
    partition.applyRole({ kind: 'leader', leaderEpoch: partition.leaderEpoch, partitionEpoch: 1, followers: [2], isrFollowers: [2] });
    const produces = [batchOf('a', 2), batchOf('b', 3)].map((records) => client.send(ApiKey.Produce, 9,
      produceRequest('replicated', records, { acks: -1, timeoutMs: 30_000 })));
    const fetch = client.send(ApiKey.Fetch, 4, fetchRequest({ topic: 'replicated' }));
    for (let turn = 0; turn < 50 && partition.offsets.logEndOffset < 5; turn += 1) await settle();
    // Both batches are in the log, neither is answered, and the Fetch has not started.
    expect(partition.offsets.logEndOffset).toBe(5);
    expect(partition.highWatermark).toBe(0);
    expect(client.received.slice(1)).toEqual([]);
    // The follower fetches from the log end: one round covers both produces.
    partition.recordFollowerFetch(2, { fetchOffset: 5, brokerEpoch: 1 });
    const fetched = await client.responseTo<FetchResponse>(fetch);
    expect(client.received.slice(1).map((response) => response.correlationId)).toEqual([...produces, fetch]);
    const answers = client.received.slice(1, 3).map((response) =>
      (response.body as ProduceResponse).responses[0]?.partitionResponses[0]);
    expect(answers).toMatchObject([{ errorCode: 0, baseOffset: 0n }, { errorCode: 0, baseOffset: 2n }]);
    const records = fetched.responses[0]?.partitions[0]?.records as Uint8Array;
    expect(decodeRecordBatches(records).flatMap((batch) => batch.records)).toHaveLength(5);
  });

  test('a full waiting queue pauses reading the socket instead of closing it, and reading resumes as it drains', async () => {
    harness = await BrokerHarness.start({ broker: { inFlightRequestsMax: 2, queuedFramesMax: 4 } });
    const client = await harness.client();
    await client.request(ApiKey.Metadata, 12, metadataRequest(['slow']));
    const server = harness.network.accepted.at(-1);
    if (server === undefined) throw new Error('no connection was accepted');
    // Two long polls fill the window; twelve quick requests queue behind them.
    const sent = [0, 1].map(() => client.send(ApiKey.Fetch, 4, fetchRequest({ topic: 'slow' }, { maxWaitMs: 500 })));
    for (let request = 0; request < 12; request += 1) sent.push(client.send(ApiKey.ApiVersions, 0, {}));
    await settle();
    await settle();
    expect(server.paused).toBe(true);
    expect(server.heldBack.length).toBeGreaterThan(0);
    expect(client.closed).toBe(false);
    expect(client.received).toHaveLength(1);
    await harness.advance(500);
    await client.responseTo(sent[sent.length - 1] as number);
    expect(client.received.slice(1).map((response) => response.correlationId)).toEqual(sent);
    expect(server.paused).toBe(false);
    expect(client.closed).toBe(false);
  });
});

describe('bad input closes only its own connection', () => {
  const cases: Array<[string, Uint8Array]> = [
    ['garbage bytes (a frame whose header names an unknown API key)', new Uint8Array([0, 0, 0, 6, 0x7f, 0x7f, 1, 2, 3, 4])],
    ['a negative frame size', new Uint8Array([0xff, 0xff, 0xff, 0xf0])],
    ['an empty frame', new Uint8Array([0, 0, 0, 0])],
    ['a frame too short for a request header', new Uint8Array([0, 0, 0, 3, 0, 3, 0])],
    ['a frame larger than socket.request.max.bytes', new Uint8Array([0x7f, 0xff, 0xff, 0xff, 1, 2, 3])],
    ['Produce v2, not advertised', new Uint8Array([0, 0, 0, 10, 0, 0, 0, 2, 0, 0, 0, 1, 0xff, 0xff])],
    ['an unadvertised API (AddPartitionsToTxn v3)', new Uint8Array([0, 0, 0, 10, 0, 24, 0, 3, 0, 0, 0, 1, 0xff, 0xff])],
    ['a body cut short (Metadata v1 with a topic count and no topics)', new Uint8Array([0, 0, 0, 14, 0, 3, 0, 1, 0, 0, 0, 1,
      0xff, 0xff, 0, 0, 0, 5])],
  ];
  test.each(cases)('%s', async (_name, bytes) => {
    harness = await BrokerHarness.start();
    const bystander = await harness.client();
    const victim = await harness.client();
    victim.sendRaw(bytes);
    for (let turn = 0; turn < 20 && !victim.closed; turn += 1) await settle();
    expect(victim.closed).toBe(true);
    const metadata = await bystander.request<MetadataResponse>(ApiKey.Metadata, 12, metadataRequest(null));
    expect(metadata.brokers.map((broker) => broker.nodeId)).toEqual([1]);
    expect(harness.fatalErrors).toEqual([]);
  });

  test.each(cases)('%s, while another connection is busy with a long poll and pipelined requests', async (_name, bytes) => {
    harness = await BrokerHarness.start();
    const busy = await harness.client();
    const victim = await harness.client();
    await createTopic(busy, 'busy');
    busy.received.splice(0);
    const polled = busy.send(ApiKey.Fetch, 11, fetchRequest({ topic: 'busy' }, { maxWaitMs: 60_000 }));
    const pipelined = [busy.send(ApiKey.Metadata, 12, metadataRequest(['busy'])),
      busy.send(ApiKey.ApiVersions, 3, { clientSoftwareName: 'test', clientSoftwareVersion: '1' })];
    await settle();
    // Responses leave in request order: everything waits behind the long poll.
    expect(busy.received).toEqual([]);
    victim.sendRaw(bytes);
    for (let turn = 0; turn < 20 && !victim.closed; turn += 1) await settle();
    expect(victim.closed).toBe(true);
    expect(busy.closed).toBe(false);
    // The produce wakes the long poll, which releases the answers held behind it.
    const produced = busy.send(ApiKey.Produce, 9, produceBody('busy', batchOf('busy', 2)));
    const fetched = await busy.responseTo<FetchResponse>(polled);
    await busy.responseTo(produced);
    expect(decodeRecordBatches(fetched.responses[0]?.partitions[0]?.records ?? new Uint8Array(0))
      .flatMap((batch) => batch.records.map((record) => record.offset))).toEqual([0, 1]);
    expect(busy.received.map((response) => response.correlationId)).toEqual([polled, ...pipelined, produced]);
    expect(harness.fatalErrors).toEqual([]);
  });

  test('requests sent before the bad input are answered first, then the connection closes', async () => {
    harness = await BrokerHarness.start();
    const client = await harness.client();
    await client.request(ApiKey.Metadata, 9, metadataRequest(['early']));
    const fetch = client.send(ApiKey.Fetch, 11, fetchRequest({ topic: 'early' }, { maxWaitMs: 300 }));
    const metadata = client.send(ApiKey.Metadata, 9, metadataRequest(null));
    client.sendRaw(new Uint8Array([0, 0, 0, 6, 0x7f, 0x7f, 1, 2, 3, 4]));
    const after = client.send(ApiKey.ApiVersions, 0, {});
    await settle();
    expect(client.closed).toBe(false);
    await harness.advance(300);
    for (let turn = 0; turn < 20 && !client.closed; turn += 1) await settle();
    expect(client.closed).toBe(true);
    expect(client.received.slice(1).map((response) => response.correlationId)).toEqual([fetch, metadata]);
    expect(client.received.some((response) => response.correlationId === after)).toBe(false);
  });

  test('a truncated frame is kept waiting for its rest without an answer or a close', async () => {
    harness = await BrokerHarness.start();
    const client = await harness.client();
    client.sendRaw(new Uint8Array([0, 0, 0, 10, 0, 18, 0, 0]));
    await settle();
    expect(client.closed).toBe(false);
    expect(client.received).toHaveLength(0);
  });
});

describe('in-process requests', () => {
  test('handleRequest runs the same handlers as a connection; an unadvertised version is refused', async () => {
    harness = await BrokerHarness.start();
    expect(harness.broker.handleRequest(ApiKey.Produce, 2, produceRequest('x', batchOf('a', 1)))).toBeUndefined();
    await harness.broker.handleRequest(ApiKey.Metadata, 12, metadataRequest(['inproc']));
    const outcome = await harness.broker.handleRequest(ApiKey.Produce, 9, produceRequest('inproc', batchOf('a', 2)));
    expect(outcome?.kind).toBe('respond');
    const body = (outcome as { body: ProduceResponse }).body;
    expect(body.responses[0]?.partitionResponses[0]).toMatchObject({ errorCode: 0, baseOffset: 0n });
    const silent = await harness.broker.handleRequest(ApiKey.Produce, 9, produceRequest('inproc', batchOf('b', 1), { acks: 0 }));
    expect(silent).toEqual({ kind: 'no-response' });
  });
});
