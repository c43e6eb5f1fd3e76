// Goal: Weir's own Kafka client speaks to Weir's real broker unchanged: the ApiVersions handshake
// picks the highest common version of each API, pipelined requests come back matched to their
// callers, an unanswered Produce (acks=0) does not shift the answers of later requests, and the
// in-flight bound holds while more requests wait.
// Method: the broker harness (real Broker, in-memory network, simulated disk) and a KafkaClient
// on the same network; every answer is decoded by the client and checked field by field.
import { afterEach, describe, expect, test } from 'vitest';

import { KafkaClient } from '../../../src/net/kafka-client/kafka-client.js';
import { ApiKey, ErrorCode } from '../../../src/protocol/mod.js';
import type { CreateTopicsResponse } from '../../../src/protocol/generated/messages/create-topics.js';
import type { MetadataResponse } from '../../../src/protocol/generated/messages/metadata.js';
import type { ProduceResponse } from '../../../src/protocol/generated/messages/produce.js';
import { metadataVersions } from '../../../src/broker/handlers/metadata.js';
import { BrokerHarness } from '../../broker/support.js';
import { batchOf, metadataRequest, produceRequest, topicName } from '../../broker/support-protocol.js';

const clients: KafkaClient[] = [];
afterEach(() => { for (const client of clients.splice(0)) client.close(); });

function clientOf(harness: BrokerHarness, inFlightMax = 5): KafkaClient {
  const client = new KafkaClient({
    clock: harness.runtime.clock, random: harness.runtime.random, network: harness.network,
    clientId: 'weir-test', inFlightMax,
  });
  clients.push(client);
  return client;
}

describe('KafkaClient against the real broker', () => {
  test('negotiates versions with ApiVersions and uses the highest common one', async () => {
    const harness = await BrokerHarness.start();
    const client = clientOf(harness);
    const outcome = await client.send<MetadataResponse>(harness.address, { apiKey: ApiKey.Metadata, body: metadataRequest(null) });
    expect(outcome.kind).toBe('response');
    if (outcome.kind !== 'response') return;
    expect(outcome.version).toBe(metadataVersions.highestVersion);
    expect(outcome.body.brokers.map((broker) => broker.nodeId)).toEqual([1]);
    const narrowed = await client.send<MetadataResponse>(harness.address, {
      apiKey: ApiKey.Metadata, body: metadataRequest(null), versions: { lowestVersion: 1, highestVersion: 4 },
    });
    expect(narrowed.kind === 'response' && narrowed.version).toBe(4);
  });

  test('pipelined requests, an acks=0 produce among them, are answered to their own callers', async () => {
    const harness = await BrokerHarness.start();
    const client = clientOf(harness, 2);
    const created = await client.send<CreateTopicsResponse>(harness.address, {
      apiKey: ApiKey.CreateTopics,
      body: { topics: [{ name: topicName('pipe'), numPartitions: 1, replicationFactor: 1, assignments: [], configs: [] }],
        timeoutMs: 1000, validateOnly: false },
    });
    expect(created.kind === 'response' && created.body.topics[0]?.errorCode).toBe(ErrorCode.NONE);
    const sends = [
      client.send<ProduceResponse>(harness.address, { apiKey: ApiKey.Produce, body: produceRequest('pipe', batchOf('a', 2)) }),
      client.send<ProduceResponse>(harness.address, {
        apiKey: ApiKey.Produce, body: produceRequest('pipe', batchOf('b', 3), { acks: 0 }), expectResponse: false,
      }),
      client.send<MetadataResponse>(harness.address, { apiKey: ApiKey.Metadata, body: metadataRequest(['pipe']) }),
      client.send<ProduceResponse>(harness.address, { apiKey: ApiKey.Produce, body: produceRequest('pipe', batchOf('c', 1)) }),
      client.send<MetadataResponse>(harness.address, { apiKey: ApiKey.Metadata, body: metadataRequest(['missing'], { allowAutoTopicCreation: false }) }),
    ];
    const [first, unanswered, metadata, last, missing] = await Promise.all(sends);
    expect(first?.kind === 'response' && (first.body as ProduceResponse).responses[0]?.partitionResponses[0]?.baseOffset).toBe(0n);
    expect(unanswered?.kind).toBe('sent');
    expect(metadata?.kind === 'response' && (metadata.body as MetadataResponse).topics[0]?.name).toBe('pipe');
    // a(2) at 0..1, then b(3) at 2..4 (acks=0, no answer), so c lands at 5.
    expect(last?.kind === 'response' && (last.body as ProduceResponse).responses[0]?.partitionResponses[0]?.baseOffset).toBe(5n);
    expect(missing?.kind === 'response' && (missing.body as MetadataResponse).topics[0]?.errorCode)
      .toBe(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
  });
});
