// Goal: Metadata and DescribeCluster answer what Kafka answers where a request asks for more than
// topic partitions: a topic selection no response of that version could describe (a null name
// or a topic id before v12, neither name nor id from v12) is INVALID_REQUEST for the whole
// request, checked before anything is auto-created, and never an encode failure that closes the
// connection; a topic id names the topic; authorized operations, when asked for, are every
// operation the resource supports (Kafka without an authorizer), INT32_MIN when not asked.
// Method: a broker on an in-memory network; requests and responses through the generated codecs,
// so an answer the encoder refused would surface as a closed connection.
import { afterEach, describe, expect, test } from 'vitest';
import type { DescribeClusterResponse } from '../../src/protocol/generated/messages/describe-cluster.js';
import type { MetadataRequest, MetadataResponse } from '../../src/protocol/generated/messages/metadata.js';
import { createMetadataRequest, createMetadataRequestTopic } from '../../src/protocol/generated/messages/metadata.js';
import { ApiKey, ErrorCode, metadataRequest, topicName, type Uuid } from './support-protocol.js';
import { BrokerHarness, createTopic, type TestClient } from './support.js';

const ZERO_ID = 'AAAAAAAAAAAAAAAAAAAAAA' as Uuid;
const UNKNOWN_ID = 'AAAAAAAAAAAAAAAAAAAAAQ' as Uuid;
/** READ, WRITE, CREATE, DELETE, ALTER, DESCRIBE, DESCRIBE_CONFIGS, ALTER_CONFIGS: bits 3-8, 10, 11. */
const TOPIC_OPERATIONS = 0b1101_1111_1000;
/** CREATE, ALTER, DESCRIBE, CLUSTER_ACTION, DESCRIBE_CONFIGS, ALTER_CONFIGS, IDEMPOTENT_WRITE: bits 5, 7-12. */
const CLUSTER_OPERATIONS = 0b1_1111_1010_0000;
const NOT_REQUESTED = -2147483648;

let harness: BrokerHarness | undefined;
afterEach(async () => {
  await harness?.broker.stop();
  harness = undefined;
});

function selection(topics: readonly { name: string | null; topicId?: Uuid }[]): MetadataRequest {
  return createMetadataRequest({ allowAutoTopicCreation: true, topics: topics.map((topic) =>
    createMetadataRequestTopic({ name: topic.name === null ? null : topicName(topic.name),
      topicId: topic.topicId ?? ZERO_ID })) });
}

async function topicNames(client: TestClient): Promise<string[]> {
  const all = await client.request<MetadataResponse>(ApiKey.Metadata, 12, metadataRequest(null));
  return all.topics.map((topic) => topic.name ?? '');
}

describe('Metadata topic selection is checked before it is acted on', () => {
  test('v10 and v11: a null name is INVALID_REQUEST for every topic, and nothing is auto-created', async () => {
    harness = await BrokerHarness.start();
    const client = await harness.client();
    for (const version of [10, 11]) {
      const response = await client.request<MetadataResponse>(ApiKey.Metadata, version,
        selection([{ name: `sidecar-${version}` }, { name: null }]));
      expect(response.topics.map((topic) => [topic.name, topic.errorCode])).toEqual([
        [`sidecar-${version}`, ErrorCode.INVALID_REQUEST], ['', ErrorCode.INVALID_REQUEST]]);
    }
    expect(client.closed).toBe(false);
    expect(await topicNames(client)).toEqual([]);
  });

  test('v10 and v11: a topic id is INVALID_REQUEST (ids are a v12 feature)', async () => {
    harness = await BrokerHarness.start();
    const client = await harness.client();
    const id = await createTopic(client, 'known');
    for (const version of [10, 11]) {
      const response = await client.request<MetadataResponse>(ApiKey.Metadata, version,
        selection([{ name: 'known', topicId: id }]));
      expect(response.topics.map((topic) => [topic.name, topic.topicId, topic.errorCode]))
        .toEqual([['known', id, ErrorCode.INVALID_REQUEST]]);
    }
  });

  test('v12: a topic with neither name nor id is INVALID_REQUEST; an unknown id is UNKNOWN_TOPIC_ID', async () => {
    harness = await BrokerHarness.start();
    const client = await harness.client();
    const neither = await client.request<MetadataResponse>(ApiKey.Metadata, 12, selection([{ name: null }]));
    expect(neither.topics.map((topic) => [topic.name, topic.errorCode])).toEqual([['', ErrorCode.INVALID_REQUEST]]);
    const unknown = await client.request<MetadataResponse>(ApiKey.Metadata, 12,
      selection([{ name: null, topicId: UNKNOWN_ID }]));
    expect(unknown.topics.map((topic) => [topic.name, topic.topicId, topic.errorCode]))
      .toEqual([[null, UNKNOWN_ID, ErrorCode.UNKNOWN_TOPIC_ID]]);
    expect(await topicNames(client)).toEqual([]);
  });

  test('v12: a topic id names the topic, whatever name travels with it', async () => {
    harness = await BrokerHarness.start();
    const client = await harness.client();
    const id = await createTopic(client, 'by-id');
    const response = await client.request<MetadataResponse>(ApiKey.Metadata, 12,
      selection([{ name: 'stale-name', topicId: id }]));
    expect(response.topics.map((topic) => [topic.name, topic.topicId, topic.errorCode]))
      .toEqual([['by-id', id, ErrorCode.NONE]]);
    expect(await topicNames(client)).toEqual(['by-id']);
  });
});

describe('authorized operations (KIP-430) without an authorizer', () => {
  test('Metadata v8-v12 answers every topic operation when asked, INT32_MIN when not', async () => {
    harness = await BrokerHarness.start();
    const client = await harness.client();
    await createTopic(client, 'ops');
    for (const version of [8, 10, 12]) {
      for (const asked of [true, false]) {
        const response = await client.request<MetadataResponse>(ApiKey.Metadata, version,
          { ...metadataRequest(['ops']), includeTopicAuthorizedOperations: asked });
        expect(response.topics[0]?.topicAuthorizedOperations).toBe(asked ? TOPIC_OPERATIONS : NOT_REQUESTED);
      }
    }
  });

  test('Metadata v12: a topic unknown by id carries no operations', async () => {
    harness = await BrokerHarness.start();
    const client = await harness.client();
    const response = await client.request<MetadataResponse>(ApiKey.Metadata, 12,
      { ...selection([{ name: null, topicId: UNKNOWN_ID }]), includeTopicAuthorizedOperations: true });
    expect(response.topics[0]?.topicAuthorizedOperations).toBe(NOT_REQUESTED);
  });

  test('Metadata v8-v10 answers every cluster operation when asked (the field ends at v10)', async () => {
    harness = await BrokerHarness.start();
    const client = await harness.client();
    for (const version of [8, 9, 10]) {
      for (const asked of [true, false]) {
        const response = await client.request<MetadataResponse>(ApiKey.Metadata, version,
          { ...metadataRequest([]), includeClusterAuthorizedOperations: asked });
        expect(response.clusterAuthorizedOperations).toBe(asked ? CLUSTER_OPERATIONS : NOT_REQUESTED);
      }
    }
    const v11 = await client.request<MetadataResponse>(ApiKey.Metadata, 11, metadataRequest([]));
    expect(v11.clusterAuthorizedOperations).toBe(NOT_REQUESTED);
  });

  test('DescribeCluster v0 and v1 answer every cluster operation when asked, INT32_MIN when not', async () => {
    harness = await BrokerHarness.start();
    const client = await harness.client();
    for (const version of [0, 1]) {
      for (const asked of [true, false]) {
        const response = await client.request<DescribeClusterResponse>(ApiKey.DescribeCluster, version,
          { includeClusterAuthorizedOperations: asked, endpointType: 1 });
        expect(response.errorCode).toBe(ErrorCode.NONE);
        expect(response.clusterAuthorizedOperations).toBe(asked ? CLUSTER_OPERATIONS : NOT_REQUESTED);
      }
    }
  });
});
