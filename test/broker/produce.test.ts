// Goal: Produce as Kafka answers it — offsets assigned from the log end, every codec stored as
// sent, and each refusal with Kafka's error code: CORRUPT_MESSAGE (bad CRC), MESSAGE_TOO_LARGE
// (above max.message.bytes), INVALID_TIMESTAMP (outside the topic's window, with the record
// indexes), INVALID_RECORD (two batches, control batch, null key on a compacted topic),
// INVALID_REQUIRED_ACKS, UNKNOWN_TOPIC_OR_PARTITION, NOT_ENOUGH_REPLICAS; LogAppendTime topics
// get the broker's time. Method: a broker on an in-memory network, requests built with the
// generated codecs, records read back with Fetch and decoded with storage's codec.
import { afterEach, describe, expect, test } from 'vitest';
import { decodeRecordBatches } from '../../storage/mod.js';
import type { CompressionType } from '../../storage/mod.js';
import type { FetchResponse } from '../../src/protocol/generated/messages/fetch.js';
import type { ProduceResponse, ProduceResponsePartitionProduceResponse } from '../../src/protocol/generated/messages/produce.js';
import {
  ApiKey, ErrorCode, batchOf, fetchRequest, fromUtf8, metadataRequest, produceRequest, zstdBatchOf,
} from './support-protocol.js';
import { BrokerHarness, type TestClient, createTopic } from './support.js';

let harness: BrokerHarness | undefined;
afterEach(async () => {
  await harness?.broker.stop();
  harness = undefined;
});


async function produce(client: TestClient, topic: string, records: Uint8Array | null,
  options: { acks?: number; version?: number } = {}): Promise<ProduceResponsePartitionProduceResponse> {
  const response = await client.request<ProduceResponse>(ApiKey.Produce, options.version ?? 9,
    produceRequest(topic, records, { acks: options.acks ?? 1 }));
  const partition = response.responses[0]?.partitionResponses[0];
  expect(partition).toBeDefined();
  return partition as ProduceResponsePartitionProduceResponse;
}

async function fetchAll(client: TestClient, topic: string): Promise<Uint8Array> {
  const response = await client.request<FetchResponse>(ApiKey.Fetch, 11, fetchRequest({ topic }));
  const partition = response.responses[0]?.partitions[0];
  expect(partition?.errorCode).toBe(ErrorCode.NONE);
  return partition?.records ?? new Uint8Array(0);
}

function corrupt(batch: Uint8Array): Uint8Array {
  const copy = batch.slice();
  copy[copy.length - 1] = (copy[copy.length - 1] ?? 0) ^ 0xff;
  return copy;
}

describe('Produce', () => {
  test('assigns consecutive offsets from the log end and reports the log start offset', async () => {
    harness = await BrokerHarness.start();
    const client = await harness.client();
    await createTopic(client, 'orders');
    expect(await produce(client, 'orders', batchOf('a', 3))).toMatchObject({ errorCode: 0, baseOffset: 0n, logStartOffset: 0n,
      logAppendTimeMs: -1n });
    expect(await produce(client, 'orders', batchOf('b', 2))).toMatchObject({ errorCode: 0, baseOffset: 3n });
    const batches = decodeRecordBatches(await fetchAll(client, 'orders'));
    expect(batches.flatMap((batch) => batch.records.map((record) => [record.offset, fromUtf8(record.value)])))
      .toEqual([[0, 'a-0'], [1, 'a-1'], [2, 'a-2'], [3, 'b-0'], [4, 'b-1']]);
  });

  test.each<CompressionType>(['gzip', 'snappy', 'lz4', 'zstd'])('a %s batch is stored and served as sent', async (codec) => {
    harness = await BrokerHarness.start();
    const client = await harness.client();
    await createTopic(client, 'packed');
    const batch = codec === 'zstd' ? zstdBatchOf('z', 20) : batchOf('z', 20, { compression: codec });
    expect(await produce(client, 'packed', batch)).toMatchObject({ errorCode: 0, baseOffset: 0n });
    const stored = await fetchAll(client, 'packed');
    expect(stored.subarray(61)).toEqual(batch.subarray(61));
    expect(decodeRecordBatches(stored)[0]?.records).toHaveLength(20);
  });

  test('zstd before Produce v7 is UNSUPPORTED_COMPRESSION_TYPE', async () => {
    harness = await BrokerHarness.start();
    const client = await harness.client();
    await createTopic(client, 'old-client');
    const answer = await produce(client, 'old-client', zstdBatchOf('z', 2), { version: 6 });
    expect(answer.errorCode).toBe(ErrorCode.UNSUPPORTED_COMPRESSION_TYPE);
  });

  test('a batch failing its CRC is CORRUPT_MESSAGE and nothing is appended', async () => {
    harness = await BrokerHarness.start();
    const client = await harness.client();
    await createTopic(client, 'crc');
    expect(await produce(client, 'crc', corrupt(batchOf('a', 2)))).toMatchObject({ errorCode: ErrorCode.CORRUPT_MESSAGE,
      baseOffset: -1n });
    expect(await fetchAll(client, 'crc')).toHaveLength(0);
  });

  test('a batch above max.message.bytes is MESSAGE_TOO_LARGE; one at the limit is accepted', async () => {
    harness = await BrokerHarness.start();
    const client = await harness.client();
    await createTopic(client, 'limited', { 'max.message.bytes': '2000' });
    const big = batchOf('x', 1, { valueBytes: 3000 });
    expect((await produce(client, 'limited', big)).errorCode).toBe(ErrorCode.MESSAGE_TOO_LARGE);
    expect((await produce(client, 'limited', batchOf('x', 1, { valueBytes: 1000 }))).errorCode).toBe(ErrorCode.NONE);
  });

  test('CreateTime outside message.timestamp.after.max.ms is INVALID_TIMESTAMP naming the records', async () => {
    harness = await BrokerHarness.start();
    const client = await harness.client();
    await createTopic(client, 'timely', { 'message.timestamp.after.max.ms': '1000' });
    const future = batchOf('f', 3, { timestampMs: harness.fixture.clock.now() + 999 });
    const answer = await produce(client, 'timely', future);
    expect(answer.errorCode).toBe(ErrorCode.INVALID_TIMESTAMP);
    expect(answer.recordErrors.map((error) => error.batchIndex)).toEqual([2]);
    expect((await produce(client, 'timely', batchOf('ok', 2, { timestampMs: 0 }))).errorCode).toBe(ErrorCode.NONE);
  });

  test('a LogAppendTime topic stamps the broker time and reports it', async () => {
    harness = await BrokerHarness.start();
    const client = await harness.client();
    await createTopic(client, 'stamped', { 'message.timestamp.type': 'LogAppendTime' });
    await harness.advance(12_345);
    const answer = await produce(client, 'stamped', batchOf('s', 2, { timestampMs: 5 }));
    expect(answer).toMatchObject({ errorCode: 0, logAppendTimeMs: 12_345n });
    const [batch] = decodeRecordBatches(await fetchAll(client, 'stamped'));
    expect(batch?.header.timestampType).toBe('LogAppendTime');
    expect(batch?.records.map((record) => record.timestampMs)).toEqual([12_345, 12_345]);
  });

  test('two batches in one partition, a control batch and a null key on a compacted topic are INVALID_RECORD', async () => {
    harness = await BrokerHarness.start();
    const client = await harness.client();
    await createTopic(client, 'strict');
    await createTopic(client, 'compacted', { 'cleanup.policy': 'compact' });
    const two = new Uint8Array([...batchOf('a', 1), ...batchOf('b', 1)]);
    expect((await produce(client, 'strict', two)).errorCode).toBe(ErrorCode.INVALID_RECORD);
    expect((await produce(client, 'strict', null)).errorCode).toBe(ErrorCode.INVALID_RECORD);
    expect((await produce(client, 'compacted', batchOf('k', 2, { nullKeys: true }))).errorCode).toBe(ErrorCode.INVALID_RECORD);
    expect((await produce(client, 'compacted', batchOf('k', 2))).errorCode).toBe(ErrorCode.NONE);
  });

  test('a batch with several keyless records on a compacted topic lists each of them and appends nothing', async () => {
    harness = await BrokerHarness.start();
    const client = await harness.client();
    await createTopic(client, 'keyed', { 'cleanup.policy': 'compact' });
    const answer = await produce(client, 'keyed', batchOf('k', 20, { keylessIndexes: [9, 19] }));
    expect(answer.errorCode).toBe(ErrorCode.INVALID_RECORD);
    expect(answer.recordErrors.map((error) => error.batchIndex)).toEqual([9, 19]);
    expect(answer.recordErrors.every((error) => error.batchIndexErrorMessage !== null)).toBe(true);
    expect(answer.errorMessage).not.toBeNull();
    expect(await fetchAll(client, 'keyed')).toHaveLength(0);
  });

  test('acks other than 0, 1 and -1 is INVALID_REQUIRED_ACKS for every partition', async () => {
    harness = await BrokerHarness.start();
    const client = await harness.client();
    await createTopic(client, 'acks');
    expect((await produce(client, 'acks', batchOf('a', 1), { acks: 2 })).errorCode).toBe(ErrorCode.INVALID_REQUIRED_ACKS);
    expect(await fetchAll(client, 'acks')).toHaveLength(0);
  });

  test('acks=-1 with one in-sync replica succeeds; min.insync.replicas=2 is NOT_ENOUGH_REPLICAS', async () => {
    harness = await BrokerHarness.start();
    const client = await harness.client();
    await createTopic(client, 'durable');
    await createTopic(client, 'picky', { 'min.insync.replicas': '2' });
    expect(await produce(client, 'durable', batchOf('d', 2), { acks: -1 })).toMatchObject({ errorCode: 0, baseOffset: 0n });
    expect((await produce(client, 'picky', batchOf('p', 1), { acks: -1 })).errorCode).toBe(ErrorCode.NOT_ENOUGH_REPLICAS);
    expect((await produce(client, 'picky', batchOf('p', 1), { acks: 1 })).errorCode).toBe(ErrorCode.NONE);
  });

  test('an unknown topic or partition is UNKNOWN_TOPIC_OR_PARTITION (Produce never auto-creates)', async () => {
    harness = await BrokerHarness.start();
    const client = await harness.client();
    expect((await produce(client, 'ghost', batchOf('g', 1))).errorCode).toBe(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
    await client.request(ApiKey.Metadata, 9, metadataRequest(['real']));
    const response = await client.request<ProduceResponse>(ApiKey.Produce, 9,
      produceRequest('real', batchOf('g', 1), { partition: 5 }));
    expect(response.responses[0]?.partitionResponses[0]?.errorCode).toBe(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
  });

  test('pipelined produce requests append in arrival order', async () => {
    harness = await BrokerHarness.start();
    const client = await harness.client();
    await createTopic(client, 'ordered');
    const sent = Array.from({ length: 20 }, (_, index) =>
      client.send(ApiKey.Produce, 9, produceRequest('ordered', batchOf(`r${index}`, 1))));
    const answers = await Promise.all(sent.map((id) => client.responseTo<ProduceResponse>(id)));
    expect(answers.map((answer) => answer.responses[0]?.partitionResponses[0]?.baseOffset))
      .toEqual(sent.map((_, index) => BigInt(index)));
    const values = decodeRecordBatches(await fetchAll(client, 'ordered')).map((batch) => fromUtf8(batch.records[0]?.value ?? null));
    expect(values).toEqual(sent.map((_, index) => `r${index}-0`));
  });
});
