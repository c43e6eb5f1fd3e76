// Goal: Fetch, ListOffsets and DeleteRecords as Kafka answers them — topic ids from v13
// (UNKNOWN_TOPIC_ID otherwise), OFFSET_OUT_OF_RANGE outside [log start, log end], long polling
// that honours maxWaitMs and minBytes with the runtime clock and wakes on appends, the
// partition and response byte limits with at least one batch for progress (KIP-74), sessionless
// answers (sessionId 0; FETCH_SESSION_ID_NOT_FOUND for an incremental epoch), last stable
// offset = high watermark; ListOffsets earliest, latest, by timestamp, max timestamp and the v0
// old-style form; DeleteRecords moving the log start. Method: a broker on an in-memory network
// with a manual clock; requests and responses through the generated codecs.
import { afterEach, describe, expect, test } from 'vitest';
import { decodeRecordBatches } from '../../storage/mod.js';
import type { DeleteRecordsResponse } from '../../src/protocol/generated/messages/delete-records.js';
import type { FetchResponse, FetchResponsePartitionData } from '../../src/protocol/generated/messages/fetch.js';
import type { ListOffsetsResponse, ListOffsetsResponseListOffsetsPartitionResponse } from '../../src/protocol/generated/messages/list-offsets.js';
import type { ProduceResponse } from '../../src/protocol/generated/messages/produce.js';
import {
  ApiKey, ErrorCode, batchOf, fetchRequest, listOffsetsRequest, produceRequest, topicName, type Uuid,
} from './support-protocol.js';
import { BrokerHarness, settle, type TestClient, createTopic } from './support.js';

let harness: BrokerHarness | undefined;
afterEach(async () => {
  await harness?.broker.stop();
  harness = undefined;
});


async function produce(client: TestClient, topic: string, records: Uint8Array): Promise<void> {
  const response = await client.request<ProduceResponse>(ApiKey.Produce, 9, produceRequest(topic, records));
  expect(response.responses[0]?.partitionResponses[0]?.errorCode).toBe(ErrorCode.NONE);
}

function onlyPartition(response: FetchResponse): FetchResponsePartitionData {
  const partition = response.responses[0]?.partitions[0];
  expect(partition).toBeDefined();
  return partition as FetchResponsePartitionData;
}

function offsetsIn(records: Uint8Array | null): number[] {
  return decodeRecordBatches(records ?? new Uint8Array(0)).flatMap((batch) => batch.records.map((record) => record.offset));
}

describe('Fetch', () => {
  test('v13+ names topics by id; an unknown id is UNKNOWN_TOPIC_ID, an unknown name before v13 UNKNOWN_TOPIC_OR_PARTITION', async () => {
    harness = await BrokerHarness.start();
    const client = await harness.client();
    const topicId = await createTopic(client, 'events');
    await produce(client, 'events', batchOf('e', 3));
    const byId = await client.request<FetchResponse>(ApiKey.Fetch, 13, fetchRequest({ topicId }));
    expect(byId.responses[0]?.topicId).toBe(topicId);
    expect(offsetsIn(onlyPartition(byId).records)).toEqual([0, 1, 2]);
    const unknownId = await client.request<FetchResponse>(ApiKey.Fetch, 17,
      fetchRequest({ topicId: 'AAAAAAAAAAAAAAAAAAAAAQ' as Uuid }));
    expect(onlyPartition(unknownId).errorCode).toBe(ErrorCode.UNKNOWN_TOPIC_ID);
    const unknownName = await client.request<FetchResponse>(ApiKey.Fetch, 4, fetchRequest({ topic: 'nope' }));
    expect(onlyPartition(unknownName).errorCode).toBe(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
  });

  test('answers sessionless: sessionId 0, last stable offset = high watermark, log start offset', async () => {
    harness = await BrokerHarness.start();
    const client = await harness.client();
    await createTopic(client, 'plain');
    await produce(client, 'plain', batchOf('p', 4));
    const response = await client.request<FetchResponse>(ApiKey.Fetch, 12,
      fetchRequest({ topic: 'plain' }, { isolationLevel: 1, sessionEpoch: 0 }));
    expect(response.sessionId).toBe(0);
    expect(onlyPartition(response)).toMatchObject({ errorCode: 0, highWatermark: 4n, lastStableOffset: 4n,
      logStartOffset: 0n, abortedTransactions: [] });
    const incremental = await client.request<FetchResponse>(ApiKey.Fetch, 12,
      fetchRequest({ topic: 'plain' }, { sessionEpoch: 3 }));
    expect(incremental.errorCode).toBe(70);
  });

  test('a fetch offset past the log end or below the log start is OFFSET_OUT_OF_RANGE; at the end it is empty', async () => {
    harness = await BrokerHarness.start();
    const client = await harness.client();
    await createTopic(client, 'range');
    await produce(client, 'range', batchOf('r', 2));
    const past = await client.request<FetchResponse>(ApiKey.Fetch, 11, fetchRequest({ topic: 'range' }, { fetchOffset: 3 }));
    expect(onlyPartition(past)).toMatchObject({ errorCode: ErrorCode.OFFSET_OUT_OF_RANGE, highWatermark: 2n });
    const atEnd = await client.request<FetchResponse>(ApiKey.Fetch, 11, fetchRequest({ topic: 'range' }, { fetchOffset: 2 }));
    expect(onlyPartition(atEnd)).toMatchObject({ errorCode: 0, highWatermark: 2n });
    expect(onlyPartition(atEnd).records).toHaveLength(0);
  });

  test('a long poll waits maxWaitMs on the runtime clock when no data arrives', async () => {
    harness = await BrokerHarness.start();
    const client = await harness.client();
    await createTopic(client, 'quiet');
    const id = client.send(ApiKey.Fetch, 11, fetchRequest({ topic: 'quiet' }, { maxWaitMs: 1000 }));
    await settle();
    await harness.advance(999);
    expect(client.received.some((response) => response.correlationId === id)).toBe(false);
    await harness.advance(1);
    const response = await client.responseTo<FetchResponse>(id);
    expect(onlyPartition(response).records).toHaveLength(0);
  });

  test('a long poll returns as soon as an append brings minBytes', async () => {
    harness = await BrokerHarness.start();
    const consumer = await harness.client();
    const producer = await harness.client();
    await createTopic(consumer, 'woken');
    const batch = batchOf('w', 2);
    const id = consumer.send(ApiKey.Fetch, 11, fetchRequest({ topic: 'woken' }, { maxWaitMs: 30_000, minBytes: batch.length * 2 }));
    await produce(producer, 'woken', batch);
    await settle();
    expect(consumer.received.some((response) => response.correlationId === id)).toBe(false);
    await produce(producer, 'woken', batchOf('w2', 2));
    const response = await consumer.responseTo<FetchResponse>(id);
    expect(offsetsIn(onlyPartition(response).records)).toEqual([0, 1, 2, 3]);
  });

  test('partitionMaxBytes bounds the read but the first batch is returned whole (KIP-74)', async () => {
    harness = await BrokerHarness.start();
    const client = await harness.client();
    await createTopic(client, 'sized');
    const batch = batchOf('s', 5, { valueBytes: 200 });
    await produce(client, 'sized', batch);
    await produce(client, 'sized', batchOf('t', 5, { valueBytes: 200 }));
    const tiny = await client.request<FetchResponse>(ApiKey.Fetch, 11, fetchRequest({ topic: 'sized' }, { partitionMaxBytes: 10 }));
    expect(onlyPartition(tiny).records).toHaveLength(batch.length);
    const both = await client.request<FetchResponse>(ApiKey.Fetch, 11,
      fetchRequest({ topic: 'sized' }, { partitionMaxBytes: batch.length * 3 }));
    expect(offsetsIn(onlyPartition(both).records)).toHaveLength(10);
    const capped = await client.request<FetchResponse>(ApiKey.Fetch, 11,
      fetchRequest({ topic: 'sized' }, { partitionMaxBytes: batch.length * 3, maxBytes: batch.length + 1 }));
    expect(offsetsIn(onlyPartition(capped).records)).toHaveLength(5);
  });

  test('a stale current leader epoch is FENCED_LEADER_EPOCH, a newer one UNKNOWN_LEADER_EPOCH (KIP-320)', async () => {
    harness = await BrokerHarness.start();
    const client = await harness.client();
    await createTopic(client, 'epochs');
    const newer = await client.request<FetchResponse>(ApiKey.Fetch, 11, fetchRequest({ topic: 'epochs' }, { currentLeaderEpoch: 5 }));
    expect(onlyPartition(newer).errorCode).toBe(75);
    const current = await client.request<FetchResponse>(ApiKey.Fetch, 11, fetchRequest({ topic: 'epochs' }, { currentLeaderEpoch: 0 }));
    expect(onlyPartition(current).errorCode).toBe(0);
  });
});

describe('ListOffsets', () => {
  async function listOffset(client: TestClient, topic: string, timestamp: bigint, version = 7):
    Promise<ListOffsetsResponseListOffsetsPartitionResponse> {
    const response = await client.request<ListOffsetsResponse>(ApiKey.ListOffsets, version, listOffsetsRequest(topic, timestamp));
    return response.topics[0]?.partitions[0] as ListOffsetsResponseListOffsetsPartitionResponse;
  }

  test('earliest, latest, by timestamp, max timestamp, and none after the last timestamp', async () => {
    harness = await BrokerHarness.start();
    const client = await harness.client();
    await createTopic(client, 'times');
    await produce(client, 'times', batchOf('a', 3, { timestampMs: 100 }));
    await produce(client, 'times', batchOf('b', 3, { timestampMs: 500 }));
    await produce(client, 'times', batchOf('c', 2, { timestampMs: 300 }));
    expect(await listOffset(client, 'times', -2n)).toMatchObject({ errorCode: 0, offset: 0n, timestamp: -1n });
    expect(await listOffset(client, 'times', -1n)).toMatchObject({ errorCode: 0, offset: 8n });
    expect(await listOffset(client, 'times', 101n)).toMatchObject({ offset: 1n, timestamp: 101n });
    expect(await listOffset(client, 'times', 400n)).toMatchObject({ offset: 3n, timestamp: 500n });
    expect(await listOffset(client, 'times', -3n)).toMatchObject({ offset: 5n, timestamp: 502n });
    expect(await listOffset(client, 'times', 10_000n)).toMatchObject({ errorCode: 0, offset: -1n, timestamp: -1n });
  });

  test('v0 answers with the old-style offsets array', async () => {
    harness = await BrokerHarness.start();
    const client = await harness.client();
    await createTopic(client, 'legacy');
    await produce(client, 'legacy', batchOf('l', 4));
    const latest = await client.request<ListOffsetsResponse>(ApiKey.ListOffsets, 0, listOffsetsRequest('legacy', -1n));
    expect(latest.topics[0]?.partitions[0]).toMatchObject({ errorCode: 0, oldStyleOffsets: [4n] });
    const earliest = await client.request<ListOffsetsResponse>(ApiKey.ListOffsets, 0, listOffsetsRequest('legacy', -2n));
    expect(earliest.topics[0]?.partitions[0]?.oldStyleOffsets).toEqual([0n]);
  });

  test('an unknown topic is UNKNOWN_TOPIC_OR_PARTITION', async () => {
    harness = await BrokerHarness.start();
    const client = await harness.client();
    expect((await listOffset(client, 'missing', -1n)).errorCode).toBe(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
  });
});

describe('DeleteRecords', () => {
  test('moves the log start; fetching below it is OFFSET_OUT_OF_RANGE; -1 means the high watermark', async () => {
    harness = await BrokerHarness.start();
    const client = await harness.client();
    await createTopic(client, 'trim');
    await produce(client, 'trim', batchOf('a', 3));
    await produce(client, 'trim', batchOf('b', 3));
    const deleteRequest = (offset: bigint): object => ({ timeoutMs: 1000,
      topics: [{ name: topicName('trim'), partitions: [{ partitionIndex: 0, offset }] }] });
    const trimmed = await client.request<DeleteRecordsResponse>(ApiKey.DeleteRecords, 2, deleteRequest(3n));
    expect(trimmed.topics[0]?.partitions[0]).toMatchObject({ errorCode: 0, lowWatermark: 3n });
    const below = await client.request<FetchResponse>(ApiKey.Fetch, 11, fetchRequest({ topic: 'trim' }, { fetchOffset: 1 }));
    expect(onlyPartition(below)).toMatchObject({ errorCode: ErrorCode.OFFSET_OUT_OF_RANGE, logStartOffset: 3n });
    const beyond = await client.request<DeleteRecordsResponse>(ApiKey.DeleteRecords, 2, deleteRequest(7n));
    expect(beyond.topics[0]?.partitions[0]?.errorCode).toBe(ErrorCode.OFFSET_OUT_OF_RANGE);
    const all = await client.request<DeleteRecordsResponse>(ApiKey.DeleteRecords, 2, deleteRequest(-1n));
    expect(all.topics[0]?.partitions[0]).toMatchObject({ errorCode: 0, lowWatermark: 6n });
    const earliest = await client.request<ListOffsetsResponse>(ApiKey.ListOffsets, 7, listOffsetsRequest('trim', -2n));
    expect(earliest.topics[0]?.partitions[0]?.offset).toBe(6n);
  });
});
