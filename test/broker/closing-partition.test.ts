// Goal: a partition that closes or is deleted while a request waits for it is answered with
// Kafka's error (UNKNOWN_TOPIC_OR_PARTITION once its topic is gone, NOT_LEADER_OR_FOLLOWER when
// the name now names another partition), never an assertion, and the broker stays serviceable.
// Issue 9 found the first case: CreateTopics on one connection, a Produce on a second while the
// new partition was still opening, DeleteTopics on a third; the produce reached appendAsLeader
// on the closed partition and the node stopped. Method: a broker on an in-memory network whose
// simulated disk can hold a partition's files closed (so "still opening" lasts as long as the
// test wants), requests on separate connections, and a manual clock that never moves unless a
// test says so: a waiting request that is answered without the clock moving was answered
// because its partition went away, not because its timeout fired.
// Also here, the same shape with records instead of a partition: a ListOffsets max-timestamp
// scan whose next records DeleteRecords removed used to close its connection.
import { afterEach, describe, expect, test } from 'vitest';
import { SimDisk } from '../../sim/sim-disk.js';
import type { DiskFile } from '../../storage/mod.js';
import type { DeleteRecordsResponse } from '../../src/protocol/generated/messages/delete-records.js';
import type { DeleteTopicsResponse } from '../../src/protocol/generated/messages/delete-topics.js';
import type { FetchResponse } from '../../src/protocol/generated/messages/fetch.js';
import type { ListOffsetsResponse } from '../../src/protocol/generated/messages/list-offsets.js';
import type { ProduceResponse } from '../../src/protocol/generated/messages/produce.js';
import {
  ApiKey, ErrorCode, batchOf, fetchRequest, listOffsetsRequest, produceRequest, topicName, type Uuid,
} from './support-protocol.js';
import { BrokerHarness, settle, type TestClient, createTopic } from './support.js';

/** A simulated disk that can keep the files under one directory from opening until released. */
class GatedDisk extends SimDisk {
  private gate: { readonly prefix: string; readonly opened: Promise<void> } | undefined;

  constructor() {
    super({ random: { nextInt: (bound: number) => Math.floor(bound / 2) } });
  }

  /** Holds every open under `prefix` until the returned function is called. */
  hold(prefix: string): () => void {
    let release: () => void = () => {};
    this.gate = { prefix, opened: new Promise((resolve) => { release = resolve; }) };
    return () => {
      this.gate = undefined;
      release();
    };
  }

  override open(path: string, options: { create: boolean }): Promise<DiskFile> {
    const gate = this.gate;
    if (gate === undefined || !path.startsWith(gate.prefix)) return super.open(path, options);
    return gate.opened.then(() => super.open(path, options));
  }
}

let harness: BrokerHarness | undefined;
afterEach(async () => {
  await harness?.broker.stop();
  harness = undefined;
});

async function deleteTopic(client: TestClient, name: string): Promise<void> {
  const response = await client.request<DeleteTopicsResponse>(ApiKey.DeleteTopics, 4,
    { topicNames: [topicName(name)], timeoutMs: 1000 });
  expect(response.responses[0]?.errorCode).toBe(ErrorCode.NONE);
}

function produceAnswer(response: ProduceResponse): { errorCode: number; baseOffset: bigint } | undefined {
  return response.responses[0]?.partitionResponses[0];
}

/** Produces one record to a fresh topic and expects it stored: the broker still serves. */
async function expectServiceable(client: TestClient, name: string): Promise<void> {
  await createTopic(client, name);
  const answer = await client.request<ProduceResponse>(ApiKey.Produce, 9, produceRequest(name, batchOf('after', 1)));
  expect(produceAnswer(answer)).toMatchObject({ errorCode: ErrorCode.NONE, baseOffset: 0n });
}

/** A request of one data-path API to partition 0 of `topic`, and how to read its error code. */
interface WaitingRequest {
  readonly apiKey: number;
  readonly version: number;
  body(topic: string): object;
  errorCode(response: unknown): number | undefined;
}

const dataPathRequests: Record<string, WaitingRequest> = {
  'Produce acks=1': { apiKey: ApiKey.Produce, version: 9, body: (topic) => produceRequest(topic, batchOf('late', 1)),
    errorCode: (response) => produceAnswer(response as ProduceResponse)?.errorCode },
  'Fetch': { apiKey: ApiKey.Fetch, version: 11, body: (topic) => fetchRequest({ topic }, { maxWaitMs: 30_000 }),
    errorCode: (response) => (response as FetchResponse).responses[0]?.partitions[0]?.errorCode },
  'ListOffsets latest': { apiKey: ApiKey.ListOffsets, version: 7, body: (topic) => listOffsetsRequest(topic, -1n),
    errorCode: (response) => (response as ListOffsetsResponse).topics[0]?.partitions[0]?.errorCode },
  'ListOffsets max timestamp': { apiKey: ApiKey.ListOffsets, version: 7, body: (topic) => listOffsetsRequest(topic, -3n),
    errorCode: (response) => (response as ListOffsetsResponse).topics[0]?.partitions[0]?.errorCode },
  'DeleteRecords': { apiKey: ApiKey.DeleteRecords, version: 2, body: (topic) => ({ timeoutMs: 1000,
    topics: [{ name: topicName(topic), partitions: [{ partitionIndex: 0, offset: -1n }] }] }),
    errorCode: (response) => (response as DeleteRecordsResponse).topics[0]?.partitions[0]?.errorCode },
};

/** Starts a broker whose topic `doomed` exists in the image while its partition is still opening. */
async function brokerWithOpeningPartition(): Promise<{ clients: TestClient[]; release: () => void }> {
  const disk = new GatedDisk();
  harness = await BrokerHarness.start({ disk });
  const clients = [await harness.client(), await harness.client(), await harness.client()];
  const release = disk.hold('/data/doomed-0');
  await createTopic(clients[0] as TestClient, 'doomed');
  expect(harness.broker.replicaManager.lookup(harness.fixture.publisher.current(), 'doomed', 0).kind).toBe('opening');
  return { clients, release };
}

describe('a partition that goes away under a waiting request', () => {
  test.each(Object.keys(dataPathRequests))(
    '%s waiting for an opening partition whose topic is deleted gets UNKNOWN_TOPIC_OR_PARTITION', async (name) => {
      const request = dataPathRequests[name] as WaitingRequest;
      const { clients: [, waiter, deleter], release } = await brokerWithOpeningPartition();
      const sent = (waiter as TestClient).send(request.apiKey, request.version, request.body('doomed'));
      await settle();
      await deleteTopic(deleter as TestClient, 'doomed');
      release();
      await settle();
      expect(harness?.fatalErrors).toEqual([]);
      const response = await (waiter as TestClient).responseTo(sent);
      expect(request.errorCode(response)).toBe(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
      await expectServiceable(waiter as TestClient, 'after');
    });

  test('a produce whose topic is deleted and created again while it waits gets NOT_LEADER_OR_FOLLOWER', async () => {
    const { clients: [creator, producer, deleter], release } = await brokerWithOpeningPartition();
    const produced = (producer as TestClient).send(ApiKey.Produce, 9, produceRequest('doomed', batchOf('late', 1)));
    await settle();
    await deleteTopic(deleter as TestClient, 'doomed');
    await createTopic(creator as TestClient, 'doomed');
    release();
    const answer = await (producer as TestClient).responseTo<ProduceResponse>(produced);
    expect(produceAnswer(answer)?.errorCode).toBe(ErrorCode.NOT_LEADER_OR_FOLLOWER);
    expect(harness?.fatalErrors).toEqual([]);
    // The new topic's log is the one served, empty.
    const again = await (creator as TestClient).request<ProduceResponse>(ApiKey.Produce, 9,
      produceRequest('doomed', batchOf('new', 1)));
    expect(produceAnswer(again)).toMatchObject({ errorCode: ErrorCode.NONE, baseOffset: 0n });
  });

  test.each([
    { version: 11, expected: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION },
    { version: 13, expected: ErrorCode.UNKNOWN_TOPIC_ID },
  ])('a long-polling Fetch v$version ends at once when its topic is deleted', async ({ version, expected }) => {
    harness = await BrokerHarness.start();
    const [reader, admin] = [await harness.client(), await harness.client()];
    const topicId = await createTopic(admin, 'polled');
    const polled = reader.send(ApiKey.Fetch, version, fetchRequest({ topic: 'polled', topicId: topicId as Uuid },
      { maxWaitMs: 30_000 }));
    await settle();
    expect(reader.received).toEqual([]);
    await deleteTopic(admin, 'polled');
    // The clock has not moved: the answer came because the partition went away.
    const response = await reader.responseTo<FetchResponse>(polled);
    expect(response.responses[0]?.partitions[0]?.errorCode).toBe(expected);
    expect(harness.fatalErrors).toEqual([]);
    await expectServiceable(reader, 'after');
  });

  test('an acks=-1 produce waiting for the high watermark ends at once when its topic is deleted', async () => {
    harness = await BrokerHarness.start();
    const [producer, admin] = [await harness.client(), await harness.client()];
    await createTopic(admin, 'replicated');
    const [partition] = harness.broker.replicaManager.onlinePartitions();
    // A follower in the ISR that has fetched nothing holds the high watermark at 0.
    partition?.applyRole({ kind: 'leader', leaderEpoch: partition.leaderEpoch, partitionEpoch: 1, followers: [2], isrFollowers: [2] });
    const produced = producer.send(ApiKey.Produce, 9, produceRequest('replicated', batchOf('all', 1),
      { acks: -1, timeoutMs: 30_000 }));
    await settle();
    expect(producer.received).toEqual([]);
    await deleteTopic(admin, 'replicated');
    const answer = await producer.responseTo<ProduceResponse>(produced);
    expect(produceAnswer(answer)?.errorCode).toBe(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
    expect(harness.fatalErrors).toEqual([]);
    await expectServiceable(producer, 'after');
  });

  test('an acks=-1 produce waiting for the high watermark is answered NOT_LEADER_OR_FOLLOWER when the broker stops', async () => {
    harness = await BrokerHarness.start();
    const producer = await harness.client();
    await createTopic(producer, 'stopping');
    const [partition] = harness.broker.replicaManager.onlinePartitions();
    partition?.applyRole({ kind: 'leader', leaderEpoch: partition.leaderEpoch, partitionEpoch: 1, followers: [2], isrFollowers: [2] });
    const produced = producer.send(ApiKey.Produce, 9, produceRequest('stopping', batchOf('all', 1),
      { acks: -1, timeoutMs: 30_000 }));
    await settle();
    const stopped = harness.broker.stop();
    const answer = await producer.responseTo<ProduceResponse>(produced);
    expect(produceAnswer(answer)?.errorCode).toBe(ErrorCode.NOT_LEADER_OR_FOLLOWER);
    await stopped;
    expect(harness.fatalErrors).toEqual([]);
  });

  test('a max-timestamp scan whose records DeleteRecords removes meanwhile goes on from the new log start', async () => {
    harness = await BrokerHarness.start({ config: 'message.max.bytes=4194304' });
    const [scanner, deleter] = [await harness.client(), await harness.client()];
    await createTopic(scanner, 'large', { 'max.message.bytes': '4194304' });
    // Three batches of 600 KB: the scan reads them one 1 MiB chunk (one batch) at a time.
    for (let batch = 0; batch < 3; batch += 1) {
      const answer = await scanner.request<ProduceResponse>(ApiKey.Produce, 9, produceRequest('large',
        batchOf(`b${batch}`, 1, { valueBytes: 600_000, timestampMs: 5_000 - batch })));
      expect(produceAnswer(answer)?.errorCode).toBe(ErrorCode.NONE);
    }
    const scanned = scanner.send(ApiKey.ListOffsets, 7, listOffsetsRequest('large', -3n));
    const deleted = deleter.send(ApiKey.DeleteRecords, 2, { timeoutMs: 1000,
      topics: [{ name: topicName('large'), partitions: [{ partitionIndex: 0, offset: 2n }] }] });
    const trimmed = await deleter.responseTo<DeleteRecordsResponse>(deleted);
    expect(trimmed.topics[0]?.partitions[0]).toMatchObject({ errorCode: ErrorCode.NONE, lowWatermark: 2n });
    const answer = await scanner.responseTo<ListOffsetsResponse>(scanned);
    // Answered (the scan went on from the new log start), not a closed connection.
    expect(answer.topics[0]?.partitions[0]).toMatchObject({ errorCode: ErrorCode.NONE });
    expect(harness.fatalErrors).toEqual([]);
  });
});
