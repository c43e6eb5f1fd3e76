// Goal: the broker follows leadership as the controller moves it (KIP-631): once the image gives a
// partition it led leader -1 (its controlled shutdown, replication factor 1), Produce is answered
// NOT_LEADER_OR_FOLLOWER and Metadata shows LEADER_NOT_AVAILABLE with leader -1; once a new
// registration unfences it and the partition is given back, it serves the log it had, appending
// after the records written before. Method: a broker on an in-memory network with the controller
// fixture; the controller is driven through its own BrokerHeartbeat and registration methods, so
// every change reaches the broker as committed metadata records.
import { afterEach, describe, expect, test } from 'vitest';
import { decodeRecordBatches } from '../../storage/mod.js';
import { createBrokerHeartbeatRequest } from '../../src/protocol/generated/messages/broker-heartbeat.js';
import type { FetchResponse } from '../../src/protocol/generated/messages/fetch.js';
import type { MetadataResponse } from '../../src/protocol/generated/messages/metadata.js';
import type { ProduceResponse } from '../../src/protocol/generated/messages/produce.js';
import { nodeId } from '../../src/protocol/mod.js';
import { incarnation } from '../controller/controller-fixture.js';
import { ApiKey, ErrorCode, batchOf, fetchRequest, fromUtf8, metadataRequest, produceRequest } from './support-protocol.js';
import { BrokerHarness, createTopic, settle, type TestClient } from './support.js';

let harness: BrokerHarness | undefined;
afterEach(async () => {
  await harness?.broker.stop();
  harness = undefined;
});

async function produce(client: TestClient, tag: string, count: number) {
  const response = await client.request<ProduceResponse>(ApiKey.Produce, 9, produceRequest('moving', batchOf(tag, count)));
  return response.responses[0]!.partitionResponses[0]!;
}

async function partitionMetadata(client: TestClient) {
  const response = await client.request<MetadataResponse>(ApiKey.Metadata, 12, metadataRequest(['moving'], { allowAutoTopicCreation: false }));
  return response.topics[0]!.partitions[0]!;
}

describe('leadership moving away from this broker and back', () => {
  test('leader -1: NOT_LEADER_OR_FOLLOWER and LEADER_NOT_AVAILABLE; leader again: the same log, appended to', async () => {
    harness = await BrokerHarness.start();
    const { fixture } = harness;
    const client = await harness.client();
    await createTopic(client, 'moving');
    expect((await produce(client, 'a', 3)).errorCode).toBe(ErrorCode.NONE);

    const broker = fixture.publisher.current().brokers.get(nodeId(1))!;
    const asked = await fixture.controller.brokerHeartbeat(createBrokerHeartbeatRequest({
      brokerId: nodeId(1), brokerEpoch: BigInt(broker.epoch), wantShutDown: true,
      currentMetadataOffset: BigInt(fixture.publisher.current().offset),
    }), 1);
    expect(asked.errorCode).toBe(ErrorCode.NONE);
    await settle();
    expect((await produce(client, 'refused', 1)).errorCode).toBe(ErrorCode.NOT_LEADER_OR_FOLLOWER);
    expect(await partitionMetadata(client)).toMatchObject({ errorCode: ErrorCode.LEADER_NOT_AVAILABLE, leaderId: -1 });

    const registered = await fixture.controller.registerBroker({
      brokerId: nodeId(1), incarnationId: incarnation(2), listeners: broker.listeners,
    });
    expect(registered.errorCode).toBe(ErrorCode.NONE);
    await settle();
    expect(await partitionMetadata(client)).toMatchObject({ errorCode: ErrorCode.NONE, leaderId: 1, leaderEpoch: 2 });
    expect(await produce(client, 'b', 2)).toMatchObject({ errorCode: ErrorCode.NONE, baseOffset: 3n });
    const fetched = await client.request<FetchResponse>(ApiKey.Fetch, 11, fetchRequest({ topic: 'moving' }));
    const records = decodeRecordBatches(fetched.responses[0]!.partitions[0]!.records ?? new Uint8Array(0));
    expect(records.flatMap((batch) => batch.records.map((record) => fromUtf8(record.value))))
      .toEqual(['a-0', 'a-1', 'a-2', 'b-0', 'b-1']);
    expect(harness.fatalErrors).toEqual([]);
  });
});
