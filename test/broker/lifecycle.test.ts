// Goal: the broker's life across stops, restarts and bad disks — stop() answers a pending long
// poll at once, flushes every log (a crash of the disk right after loses nothing) and a new
// broker on the same disk and image serves the same records; a log that recovery refuses makes
// only its partition offline (KAFKA_STORAGE_ERROR) while the others are served; retention runs
// on its runtime timer. Method: brokers over one simulated disk and one stand-in quorum.
import { afterEach, describe, expect, test } from 'vitest';
import { SimDisk } from '../../sim/sim-disk.js';
import { decodeRecordBatches } from '../../storage/mod.js';
import type { DeleteRecordsResponse } from '../../src/protocol/generated/messages/delete-records.js';
import type { FetchResponse } from '../../src/protocol/generated/messages/fetch.js';
import type { ListOffsetsResponse } from '../../src/protocol/generated/messages/list-offsets.js';
import type { ProduceResponse } from '../../src/protocol/generated/messages/produce.js';
import {
  ApiKey, ErrorCode, batchOf, fetchRequest, listOffsetsRequest, produceRequest, topicName,
} from './support-protocol.js';
import { BrokerHarness, settle, type TestClient, createTopic } from './support.js';

const running: BrokerHarness[] = [];
afterEach(async () => {
  for (const harness of running.splice(0)) await harness.broker.stop();
});

async function start(options: ConstructorParameters<typeof BrokerHarness>[0] = {}): Promise<BrokerHarness> {
  const harness = await BrokerHarness.start(options);
  running.push(harness);
  return harness;
}


async function produceCount(client: TestClient, topic: string, count: number, valueBytes = 0): Promise<void> {
  const response = await client.request<ProduceResponse>(ApiKey.Produce, 9,
    produceRequest(topic, batchOf(topic, count, { valueBytes })));
  expect(response.responses[0]?.partitionResponses[0]?.errorCode).toBe(ErrorCode.NONE);
}

async function fetchOffsets(client: TestClient, topic: string): Promise<{ errorCode: number; offsets: number[] }> {
  const response = await client.request<FetchResponse>(ApiKey.Fetch, 11, fetchRequest({ topic }));
  const partition = response.responses[0]?.partitions[0];
  const offsets = decodeRecordBatches(partition?.records ?? new Uint8Array(0))
    .flatMap((batch) => batch.records.map((record) => record.offset));
  return { errorCode: partition?.errorCode ?? -2, offsets };
}

describe('stop and restart', () => {
  test('stop answers a pending long poll at once, then closes the connection', async () => {
    const harness = await start();
    const client = await harness.client();
    await createTopic(client, 'idle');
    const id = client.send(ApiKey.Fetch, 11, fetchRequest({ topic: 'idle' }, { maxWaitMs: 60_000 }));
    await settle();
    const stopped = harness.broker.stop();
    const response = await client.responseTo<FetchResponse>(id);
    expect(response.responses[0]?.partitions[0]?.errorCode).toBe(ErrorCode.NONE);
    await stopped;
    await settle();
    expect(client.closed).toBe(true);
  });

  test('records acknowledged before stop survive a disk crash and are served by the next broker', async () => {
    const first = await start();
    const client = await first.client();
    await createTopic(client, 'kept');
    await produceCount(client, 'kept', 3);
    await produceCount(client, 'kept', 2);
    await first.broker.stop();
    first.disk.crash();
    const second = await start({ fixture: first.fixture, disk: first.disk });
    const reader = await second.client();
    expect(await fetchOffsets(reader, 'kept')).toEqual({ errorCode: 0, offsets: [0, 1, 2, 3, 4] });
    await produceCount(reader, 'kept', 1);
    expect((await fetchOffsets(reader, 'kept')).offsets).toEqual([0, 1, 2, 3, 4, 5]);
  });

  test('a partition whose log is refused at open is offline (KAFKA_STORAGE_ERROR); others are served', async () => {
    const first = await start();
    const client = await first.client();
    await createTopic(client, 'broken');
    await createTopic(client, 'healthy');
    await produceCount(client, 'broken', 3);
    await produceCount(client, 'healthy', 2);
    const trimmed = await client.request<DeleteRecordsResponse>(ApiKey.DeleteRecords, 2, { timeoutMs: 1000,
      topics: [{ name: topicName('broken'), partitions: [{ partitionIndex: 0, offset: 1n }] }] });
    expect(trimmed.topics[0]?.partitions[0]?.errorCode).toBe(ErrorCode.NONE);
    await first.broker.stop();
    first.disk.corrupt('/data/broken-0/log-start-offset', 9, 0x10);
    const second = await start({ fixture: first.fixture, disk: first.disk });
    const reader = await second.client();
    expect((await fetchOffsets(reader, 'broken')).errorCode).toBe(ErrorCode.KAFKA_STORAGE_ERROR);
    const produced = await reader.request<ProduceResponse>(ApiKey.Produce, 9, produceRequest('broken', batchOf('b', 1)));
    expect(produced.responses[0]?.partitionResponses[0]?.errorCode).toBe(ErrorCode.KAFKA_STORAGE_ERROR);
    expect(await fetchOffsets(reader, 'healthy')).toEqual({ errorCode: 0, offsets: [0, 1] });
  });
});

describe('retention', () => {
  test('retention.bytes deletes old segments when the retention timer fires, moving the log start', async () => {
    const harness = await start();
    const client = await harness.client();
    await createTopic(client, 'bounded', { 'segment.bytes': '1024', 'retention.bytes': '1500' });
    for (let round = 0; round < 6; round += 1) await produceCount(client, 'bounded', 1, 600);
    const earliest = async (): Promise<bigint | undefined> => (await client.request<ListOffsetsResponse>(
      ApiKey.ListOffsets, 7, listOffsetsRequest('bounded', -2n))).topics[0]?.partitions[0]?.offset;
    expect(await earliest()).toBe(0n);
    for (let second = 0; second < 301; second += 1) await harness.advance(1000);
    const logStart = await earliest();
    expect(logStart).toBeGreaterThan(0n);
    expect((await fetchOffsets(client, 'bounded')).errorCode).toBe(ErrorCode.OFFSET_OUT_OF_RANGE);
    const rest = await client.request<FetchResponse>(ApiKey.Fetch, 11,
      fetchRequest({ topic: 'bounded' }, { fetchOffset: Number(logStart), partitionMaxBytes: 1 << 20 }));
    const offsets = decodeRecordBatches(rest.responses[0]?.partitions[0]?.records ?? new Uint8Array(0))
      .flatMap((batch) => batch.records.map((record) => record.offset));
    expect(offsets.at(-1)).toBe(5);
  });
});

describe('durability', () => {
  /** Produces 8 batches (awaiting 5 answers), crashes the disk with torn writes, restarts. */
  async function crashAndRecover(seed: number, topicConfigs: Record<string, string>):
    Promise<{ acknowledgedRecords: number; offsets: number[] }> {
    let state = seed * 7919;
    const disk = new SimDisk({ random: { nextInt: (bound: number) => {
      state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
      return state % bound;
    } } });
    const first = await start({ disk });
    const client = await first.client();
    await createTopic(client, 'safe', topicConfigs);
    const sent = Array.from({ length: 8 }, (_, index) => client.send(ApiKey.Produce, 9,
      produceRequest('safe', batchOf(`s${index}`, 1 + (index % 3)))));
    const acknowledged = await Promise.all(sent.slice(0, 5).map((id) => client.responseTo<ProduceResponse>(id)));
    disk.crash({ tear: true });
    const acknowledgedRecords = acknowledged.reduce((count, answer, index) => {
      expect(answer.responses[0]?.partitionResponses[0]?.baseOffset).toBe(BigInt(count));
      return count + 1 + (index % 3);
    }, 0);
    const second = await start({ fixture: first.fixture, disk });
    const { errorCode, offsets } = await fetchOffsets(await second.client(), 'safe');
    expect(errorCode).toBe(ErrorCode.NONE);
    expect(offsets).toEqual(Array.from({ length: offsets.length }, (_, offset) => offset));
    return { acknowledgedRecords, offsets };
  }

  test.each([1, 2, 3, 4, 5])('with flush.messages=1 every acknowledged record survives a tearing crash (seed %i)',
    async (seed) => {
      const { acknowledgedRecords, offsets } = await crashAndRecover(seed, { 'flush.messages': '1' });
      expect(offsets.length).toBeGreaterThanOrEqual(acknowledgedRecords);
    });

  test('negative control: without fsync on append, a tearing crash loses acknowledged records', async () => {
    const outcomes = [];
    for (const seed of [1, 2, 3, 4, 5]) outcomes.push(await crashAndRecover(seed, {}));
    expect(outcomes.some((outcome) => outcome.offsets.length < outcome.acknowledgedRecords)).toBe(true);
  });
});
