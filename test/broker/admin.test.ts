// Goal: Metadata (topic selection by version, topic ids, auto-creation and its refusals) and
// the admin APIs a broker forwards to the controller (CreateTopics with validate-only,
// DeleteTopics removing the logs, CreatePartitions, NOT_CONTROLLER when the controller is not
// active, configs altered and applied live), plus DescribeConfigs, DescribeCluster and
// DescribeQuorum. Method: a broker and the real QuorumController on a stand-in quorum,
// requests through the generated codecs over an in-memory network.
import { afterEach, describe, expect, test } from 'vitest';
import type { CreatePartitionsResponse } from '../../src/protocol/generated/messages/create-partitions.js';
import type { CreateTopicsResponse } from '../../src/protocol/generated/messages/create-topics.js';
import type { DeleteTopicsResponse } from '../../src/protocol/generated/messages/delete-topics.js';
import type { DescribeClusterResponse } from '../../src/protocol/generated/messages/describe-cluster.js';
import type { DescribeConfigsResponse } from '../../src/protocol/generated/messages/describe-configs.js';
import type { DescribeQuorumResponse } from '../../src/protocol/generated/messages/describe-quorum.js';
import type { IncrementalAlterConfigsResponse } from '../../src/protocol/generated/messages/incremental-alter-configs.js';
import type { MetadataResponse } from '../../src/protocol/generated/messages/metadata.js';
import type { ProduceResponse } from '../../src/protocol/generated/messages/produce.js';
import { createMetadataRequestTopic } from '../../src/protocol/generated/messages/metadata.js';
import {
  ApiKey, ErrorCode, batchOf, metadataRequest, produceRequest, topicName, type Uuid,
} from './support-protocol.js';
import { BrokerHarness, type TestClient } from './support.js';

let harness: BrokerHarness | undefined;
afterEach(async () => {
  await harness?.broker.stop();
  harness = undefined;
});

function createTopicsBody(name: string, options: { partitions?: number; validateOnly?: boolean } = {}): object {
  return { topics: [{ name: topicName(name), numPartitions: options.partitions ?? 1, replicationFactor: 1, assignments: [],
    configs: [] }], timeoutMs: 1000, validateOnly: options.validateOnly ?? false };
}

async function produceCode(client: TestClient, topic: string, partition = 0): Promise<number | undefined> {
  const response = await client.request<ProduceResponse>(ApiKey.Produce, 9, produceRequest(topic, batchOf('x', 1), { partition }));
  return response.responses[0]?.partitionResponses[0]?.errorCode;
}

describe('Metadata', () => {
  test('v0 empty list means all topics, v1 empty list none, v12 null all (with topic ids)', async () => {
    harness = await BrokerHarness.start();
    const client = await harness.client();
    const created = await client.request<CreateTopicsResponse>(ApiKey.CreateTopics, 7, createTopicsBody('alpha', { partitions: 2 }));
    await client.request(ApiKey.CreateTopics, 7, createTopicsBody('beta'));
    const v0 = await client.request<MetadataResponse>(ApiKey.Metadata, 0, { topics: [] });
    expect(v0.topics.map((topic) => topic.name)).toEqual(['alpha', 'beta']);
    const v1 = await client.request<MetadataResponse>(ApiKey.Metadata, 1, { topics: [] });
    expect(v1.topics).toEqual([]);
    const v12 = await client.request<MetadataResponse>(ApiKey.Metadata, 12, metadataRequest(null));
    const alpha = v12.topics.find((topic) => topic.name === 'alpha');
    expect(alpha?.topicId).toBe(created.topics[0]?.topicId);
    expect(alpha?.partitions.map((partition) => [partition.partitionIndex, partition.leaderId, partition.isrNodes]))
      .toEqual([[0, 1, [1]], [1, 1, [1]]]);
    expect(v12.brokers).toEqual([{ nodeId: 1, host: '127.0.0.1', port: harness.broker.boundAddresses()[0]?.port, rack: null }]);
    expect(v12.controllerId).toBe(1);
    expect(v12.clusterId).not.toBeNull();
  });

  test('an unknown topic is auto-created when allowed, answered at once, and then usable', async () => {
    harness = await BrokerHarness.start();
    const client = await harness.client();
    const response = await client.request<MetadataResponse>(ApiKey.Metadata, 9, metadataRequest(['fresh']));
    expect(response.topics[0]).toMatchObject({ errorCode: 0, name: 'fresh' });
    expect(response.topics[0]?.partitions).toHaveLength(1);
    expect(await produceCode(client, 'fresh')).toBe(ErrorCode.NONE);
  });

  test('no auto-creation when the request or the config forbids it, and INVALID_TOPIC_EXCEPTION for a bad name', async () => {
    harness = await BrokerHarness.start();
    const client = await harness.client();
    const forbidden = await client.request<MetadataResponse>(ApiKey.Metadata, 9,
      metadataRequest(['nope'], { allowAutoTopicCreation: false }));
    expect(forbidden.topics[0]?.errorCode).toBe(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
    const invalid = await client.request<MetadataResponse>(ApiKey.Metadata, 9, metadataRequest(['bad name!']));
    expect(invalid.topics[0]?.errorCode).toBe(ErrorCode.INVALID_TOPIC_EXCEPTION);
    const byId = await client.request<MetadataResponse>(ApiKey.Metadata, 12, { topics: [createMetadataRequestTopic({
      name: null, topicId: 'AAAAAAAAAAAAAAAAAAAAAQ' as Uuid })], allowAutoTopicCreation: true });
    expect(byId.topics[0]?.errorCode).toBe(ErrorCode.UNKNOWN_TOPIC_ID);
    await harness.broker.stop();
    harness = await BrokerHarness.start({ config: 'auto.create.topics.enable=false' });
    const disabled = await (await harness.client()).request<MetadataResponse>(ApiKey.Metadata, 9, metadataRequest(['nope']));
    expect(disabled.topics[0]?.errorCode).toBe(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
  });
});

describe('admin requests through the controller', () => {
  test('CreateTopics with validateOnly creates nothing; a real one creates a servable topic', async () => {
    harness = await BrokerHarness.start();
    const client = await harness.client();
    const dry = await client.request<CreateTopicsResponse>(ApiKey.CreateTopics, 7, createTopicsBody('dry', { validateOnly: true }));
    expect(dry.topics[0]?.errorCode).toBe(ErrorCode.NONE);
    expect(await produceCode(client, 'dry')).toBe(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
    await client.request(ApiKey.CreateTopics, 7, createTopicsBody('wet'));
    expect(await produceCode(client, 'wet')).toBe(ErrorCode.NONE);
  });

  test('DeleteTopics removes the topic and its log directory; a new topic of that name starts empty', async () => {
    harness = await BrokerHarness.start();
    const client = await harness.client();
    await client.request(ApiKey.CreateTopics, 7, createTopicsBody('doomed'));
    expect(await produceCode(client, 'doomed')).toBe(ErrorCode.NONE);
    const deleted = await client.request<DeleteTopicsResponse>(ApiKey.DeleteTopics, 4,
      { topicNames: [topicName('doomed')], timeoutMs: 1000 });
    expect(deleted.responses[0]?.errorCode).toBe(ErrorCode.NONE);
    expect(await produceCode(client, 'doomed')).toBe(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
    expect(await harness.disk.exists('/data/doomed-0')).toBe(false);
    await client.request(ApiKey.CreateTopics, 7, createTopicsBody('doomed'));
    const answer = await client.request<ProduceResponse>(ApiKey.Produce, 9, produceRequest('doomed', batchOf('y', 1)));
    expect(answer.responses[0]?.partitionResponses[0]).toMatchObject({ errorCode: 0, baseOffset: 0n });
  });

  test('a topic deleted and created again in quick succession ends with the new, empty log', async () => {
    harness = await BrokerHarness.start();
    const client = await harness.client();
    await client.request(ApiKey.CreateTopics, 7, createTopicsBody('phoenix'));
    for (let round = 0; round < 3; round += 1) {
      expect(await produceCode(client, 'phoenix')).toBe(ErrorCode.NONE);
      const deleted = client.send(ApiKey.DeleteTopics, 4, { topicNames: [topicName('phoenix')], timeoutMs: 1000 });
      const created = client.send(ApiKey.CreateTopics, 7, createTopicsBody('phoenix'));
      await client.responseTo(deleted);
      await client.responseTo(created);
      const answer = await client.request<ProduceResponse>(ApiKey.Produce, 9, produceRequest('phoenix', batchOf('n', 1)));
      expect(answer.responses[0]?.partitionResponses[0]).toMatchObject({ errorCode: 0, baseOffset: 0n });
    }
    expect(harness.fatalErrors).toEqual([]);
  });

  test('CreatePartitions adds partitions that accept records', async () => {
    harness = await BrokerHarness.start();
    const client = await harness.client();
    await client.request(ApiKey.CreateTopics, 7, createTopicsBody('grow'));
    expect(await produceCode(client, 'grow', 2)).toBe(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
    const grown = await client.request<CreatePartitionsResponse>(ApiKey.CreatePartitions, 3,
      { topics: [{ name: topicName('grow'), count: 3, assignments: null }], timeoutMs: 1000, validateOnly: false });
    expect(grown.results[0]?.errorCode).toBe(ErrorCode.NONE);
    expect(await produceCode(client, 'grow', 2)).toBe(ErrorCode.NONE);
  });

  test('every admin request is NOT_CONTROLLER while the controller is not active', async () => {
    harness = await BrokerHarness.start();
    const client = await harness.client();
    harness.fixture.role = 'follower';
    const created = await client.request<CreateTopicsResponse>(ApiKey.CreateTopics, 7, createTopicsBody('late'));
    expect(created.topics[0]?.errorCode).toBe(ErrorCode.NOT_CONTROLLER);
    const deleted = await client.request<DeleteTopicsResponse>(ApiKey.DeleteTopics, 6,
      { topics: [{ name: topicName('late'), topicId: 'AAAAAAAAAAAAAAAAAAAAAA' }], timeoutMs: 1000 });
    expect(deleted.responses[0]?.errorCode).toBe(ErrorCode.NOT_CONTROLLER);
    const altered = await client.request<IncrementalAlterConfigsResponse>(ApiKey.IncrementalAlterConfigs, 1,
      { resources: [{ resourceType: 2, resourceName: 'late', configs: [] }], validateOnly: false });
    expect(altered.responses[0]?.errorCode).toBe(ErrorCode.NOT_CONTROLLER);
  });

  test('IncrementalAlterConfigs of retention and segment settings reaches the open partition live', async () => {
    harness = await BrokerHarness.start();
    const client = await harness.client();
    await client.request(ApiKey.CreateTopics, 7, createTopicsBody('tuned'));
    expect(await produceCode(client, 'tuned')).toBe(ErrorCode.NONE);
    const altered = await client.request<IncrementalAlterConfigsResponse>(ApiKey.IncrementalAlterConfigs, 1, {
      resources: [{ resourceType: 2, resourceName: 'tuned', configs: [
        { name: 'retention.ms', configOperation: 0, value: '60000' },
        { name: 'segment.bytes', configOperation: 0, value: '1048576' }] }],
      validateOnly: false });
    expect(altered.responses[0]?.errorCode).toBe(ErrorCode.NONE);
    await harness.advance(0);
    const partition = harness.broker.replicaManager.onlinePartitions().find((found) => found.id.topicName === 'tuned');
    expect(partition?.settings.log).toMatchObject({ retentionMs: 60_000, segmentBytes: 1_048_576 });
    const answer = await client.request<ProduceResponse>(ApiKey.Produce, 9, produceRequest('tuned', batchOf('z', 1)));
    expect(answer.responses[0]?.partitionResponses[0]).toMatchObject({ errorCode: 0, baseOffset: 1n });
    const described = await client.request<DescribeConfigsResponse>(ApiKey.DescribeConfigs, 4, {
      resources: [{ resourceType: 2, resourceName: 'tuned', configurationKeys: ['retention.ms'] }],
      includeSynonyms: false, includeDocumentation: false });
    expect(described.results[0]?.configs.map((config) => [config.name, config.value, config.configSource]))
      .toEqual([['retention.ms', '60000', 1]]);
  });
});

describe('cluster and quorum', () => {
  test('DescribeCluster lists this broker; controllers are MISMATCHED_ENDPOINT_TYPE, type 7 UNSUPPORTED_ENDPOINT_TYPE', async () => {
    harness = await BrokerHarness.start();
    const client = await harness.client();
    const cluster = await client.request<DescribeClusterResponse>(ApiKey.DescribeCluster, 1,
      { includeClusterAuthorizedOperations: false, endpointType: 1 });
    expect(cluster).toMatchObject({ errorCode: 0, controllerId: 1 });
    expect(cluster.brokers.map((broker) => broker.brokerId)).toEqual([1]);
    const controllers = await client.request<DescribeClusterResponse>(ApiKey.DescribeCluster, 1,
      { includeClusterAuthorizedOperations: false, endpointType: 2 });
    expect(controllers.errorCode).toBe(ErrorCode.MISMATCHED_ENDPOINT_TYPE);
    const unknown = await client.request<DescribeClusterResponse>(ApiKey.DescribeCluster, 1,
      { includeClusterAuthorizedOperations: false, endpointType: 7 });
    expect(unknown.errorCode).toBe(ErrorCode.UNSUPPORTED_ENDPOINT_TYPE);
  });

  test('DescribeQuorum reports the Raft leader, epoch, high watermark and voters', async () => {
    harness = await BrokerHarness.start();
    const client = await harness.client();
    const quorum = await client.request<DescribeQuorumResponse>(ApiKey.DescribeQuorum, 2,
      { topics: [{ topicName: topicName('__cluster_metadata'), partitions: [{ partitionIndex: 0 }] }] });
    expect(quorum.topics[0]?.partitions[0]).toMatchObject({ errorCode: 0, leaderId: 1, leaderEpoch: 1, highWatermark: 7n });
    expect(quorum.topics[0]?.partitions[0]?.currentVoters.map((voter) => [voter.replicaId, voter.logEndOffset]))
      .toEqual([[1, 7n]]);
    expect(quorum.nodes.map((node) => node.nodeId)).toEqual([1]);
  });
});
