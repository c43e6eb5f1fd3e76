// A second independent reference, for flexible versions (KIP-482) that kafkajs never sends:
// @platformatic/kafka 1.35's hand-written per-version codecs. Requests it encodes must decode with
// ours to the values it was given; responses we encode must parse with it to the same values. Its
// UUIDs are hyphenated hex, ours Kafka's base64url text; records travel as raw batches.
// Limitation found on the way: platformatic 1.35 skips a tagged-field section by reading a zig-zag
// varint as a byte count (protocol/reader.js readTaggedFields), so it misreads any response that
// carries a tagged field; responses here keep tagged fields at their defaults, and the tagged
// layouts are checked against hand-written bytes in golden-flexible.test.ts instead.
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

import { ApiKey, Reader, Writer, decodeRequest, encodeResponse } from '../../src/protocol/mod.js';
import { uuidFromBytes, type NodeId, type ProducerId, type TopicName, type Uuid } from '../../src/protocol/entity-types.js';
import { repositoryRoot } from '../../src/protocol/codegen/load-schemas.js';
import * as apiVersions from '../../src/protocol/generated/messages/api-versions.js';
import * as fetch from '../../src/protocol/generated/messages/fetch.js';
import * as findCoordinator from '../../src/protocol/generated/messages/find-coordinator.js';
import * as heartbeat from '../../src/protocol/generated/messages/heartbeat.js';
import * as initProducerId from '../../src/protocol/generated/messages/init-producer-id.js';
import * as metadata from '../../src/protocol/generated/messages/metadata.js';
import * as produce from '../../src/protocol/generated/messages/produce.js';

interface PlatformaticApi {
  createRequest(...args: unknown[]): { buffer: Buffer };
  parseResponse(correlationId: number, apiKey: number, apiVersion: number, reader: unknown): Record<string, unknown>;
}

const distFolder = join(repositoryRoot(), 'node_modules', '@platformatic', 'kafka', 'dist');
const { Reader: PlatformaticReader } = (await import(join(distFolder, 'protocol', 'reader.js'))) as { Reader: { from(buffer: Buffer): unknown } };

async function platformatic(folder: string, name: string, version: number): Promise<PlatformaticApi> {
  return (await import(join(distFolder, 'apis', folder, `${name}-v${version}.js`))) as PlatformaticApi;
}

const topic = 'orders' as TopicName;
const topicIdHex = '00010203-0405-0607-0809-0a0b0c0d0e0f';
const topicId = uuidFromBytes(Uint8Array.from({ length: 16 }, (_, index) => index)) as Uuid;
const range = (lowest: number, highest: number): number[] => Array.from({ length: highest - lowest + 1 }, (_, index) => lowest + index);

function decodeWhole(apiKey: number, version: number, bytes: Buffer, trailingBytes = 0): object {
  const reader = new Reader(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length));
  const value = decodeRequest(apiKey, version, reader);
  expect(reader.remaining, `api ${apiKey} v${version} trailing bytes`).toBe(trailingBytes);
  return value;
}

function parseWithPlatformatic(api: PlatformaticApi, apiKey: number, version: number, body: object): Record<string, unknown> {
  const writer = new Writer();
  encodeResponse(writer, apiKey, version, body);
  const bytes = writer.finish();
  return api.parseResponse(1, apiKey, version, PlatformaticReader.from(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length)));
}

describe('platformatic requests in flexible versions decode with ours', () => {
  test('ApiVersions v3-v4', async () => {
    for (const version of range(3, 4)) {
      const bytes = (await platformatic('metadata', 'api-versions', version)).createRequest('platformatic-kafka', '1.35.0').buffer;
      expect(decodeWhole(ApiKey.ApiVersions, version, bytes)).toEqual(apiVersions.createApiVersionsRequest({ clientSoftwareName: 'platformatic-kafka', clientSoftwareVersion: '1.35.0' }));
    }
  });

  test('Metadata v9-v12 (platformatic v11 writes one field too many; like Kafka we ignore the tail)', async () => {
    for (const version of range(9, 12)) {
      const bytes = (await platformatic('metadata', 'metadata', version)).createRequest(['orders'], true, false).buffer;
      // Its v11 encoder still writes include_cluster_authorized_operations (v8-v10 only); with both
      // flags false the shift reads as the same values and leaves one byte over, which Kafka ignores.
      expect(decodeWhole(ApiKey.Metadata, version, bytes, version === 11 ? 1 : 0)).toEqual(metadata.createMetadataRequest({
        topics: [metadata.createMetadataRequestTopic({ name: topic })], allowAutoTopicCreation: true,
      }));
    }
  });

  test('FindCoordinator v4-v6 with coordinator keys', async () => {
    for (const version of range(4, 6)) {
      const bytes = (await platformatic('metadata', 'find-coordinator', version)).createRequest(0, ['billing', 'payroll']).buffer;
      expect(decodeWhole(ApiKey.FindCoordinator, version, bytes)).toEqual(findCoordinator.createFindCoordinatorRequest({ coordinatorKeys: ['billing', 'payroll'] }));
    }
  });

  test('InitProducerId v3-v5 with a null transactional id', async () => {
    for (const version of range(3, 5)) {
      const bytes = (await platformatic('producer', 'init-producer-id', version)).createRequest(null, 60000, 0n, 0).buffer;
      expect(decodeWhole(ApiKey.InitProducerId, version, bytes)).toEqual(initProducerId.createInitProducerIdRequest({
        transactionalId: null, transactionTimeoutMs: 60000, producerId: 0n as ProducerId, producerEpoch: 0,
      }));
    }
  });

  test('Heartbeat v4 with a compact nullable group instance id', async () => {
    const bytes = (await platformatic('consumer', 'heartbeat', 4)).createRequest('billing', 3, 'member-1', null).buffer;
    expect(decodeWhole(ApiKey.Heartbeat, 4, bytes)).toEqual(heartbeat.createHeartbeatRequest({
      groupId: 'billing' as heartbeat.HeartbeatRequest['groupId'], generationId: 3, memberId: 'member-1', groupInstanceId: null,
    }));
  });

  test('Produce v9-v11 carries compact records', async () => {
    for (const version of range(9, 11)) {
      const messages = [{ topic: 'orders', partition: 1, key: Buffer.from('k1'), value: Buffer.from('v1'), timestamp: 1_700_000_000_000n }];
      const bytes = (await platformatic('producer', 'produce', version)).createRequest(-1, 5000, messages, {}).buffer;
      const decoded = decodeWhole(ApiKey.Produce, version, bytes) as produce.ProduceRequest;
      expect(decoded).toEqual(produce.createProduceRequest({
        acks: -1, timeoutMs: 5000,
        topicData: [produce.createProduceRequestTopicProduceData({
          name: topic, partitionData: [produce.createProduceRequestPartitionProduceData({ index: 1, records: expect.any(Uint8Array) as Uint8Array })],
        })],
      }));
      expect(decoded.topicData[0]!.partitionData[0]!.records![16]).toBe(2);
    }
  });

  test('Fetch v13-v17 by topic id (replica id moves to a tagged ReplicaState in v15)', async () => {
    for (const version of range(13, 17)) {
      const topics = [{ topicId: topicIdHex, partitions: [{ partition: 2, currentLeaderEpoch: 4, fetchOffset: 5n, lastFetchedEpoch: 3, partitionMaxBytes: 1048576 }] }];
      const bytes = (await platformatic('consumer', 'fetch', version)).createRequest(500, 1, 52428800, 1, 0, -1, topics, [], 'rack-a').buffer;
      expect(decodeWhole(ApiKey.Fetch, version, bytes)).toEqual(fetch.createFetchRequest({
        maxWaitMs: 500, minBytes: 1, maxBytes: 52428800, isolationLevel: 1, sessionId: 0, sessionEpoch: -1, rackId: 'rack-a',
        topics: [fetch.createFetchRequestFetchTopic({
          topicId,
          partitions: [fetch.createFetchRequestFetchPartition({ partition: 2, currentLeaderEpoch: 4, fetchOffset: 5n, lastFetchedEpoch: 3, partitionMaxBytes: 1048576 })],
        })],
      }));
    }
  });
});

describe('responses we encode in flexible versions parse with platformatic', () => {
  test('ApiVersions v3-v4', async () => {
    for (const version of range(3, 4)) {
      const body = apiVersions.createApiVersionsResponse({ throttleTimeMs: 7, apiKeys: [apiVersions.createApiVersionsResponseApiVersion({ apiKey: 3, minVersion: 0, maxVersion: 12 })] });
      const parsed = parseWithPlatformatic(await platformatic('metadata', 'api-versions', version), ApiKey.ApiVersions, version, body);
      expect(parsed).toEqual({ errorCode: 0, throttleTimeMs: 7, apiKeys: [{ apiKey: 3, name: 'Metadata', minVersion: 0, maxVersion: 12 }] });
    }
  });

  test('Metadata v10-v12 with topic ids and nullable racks', async () => {
    for (const version of range(10, 12)) {
      const body = metadata.createMetadataResponse({
        throttleTimeMs: 1, clusterId: 'cluster-1', controllerId: 2 as NodeId,
        brokers: [metadata.createMetadataResponseBroker({ nodeId: 2 as NodeId, host: 'b2', port: 9092, rack: null })],
        topics: [metadata.createMetadataResponseTopic({
          name: topic, topicId,
          partitions: [metadata.createMetadataResponsePartition({ partitionIndex: 0, leaderId: 2 as NodeId, leaderEpoch: 3, replicaNodes: [2] as NodeId[], isrNodes: [2] as NodeId[] })],
        })],
      });
      const parsed = parseWithPlatformatic(await platformatic('metadata', 'metadata', version), ApiKey.Metadata, version, body);
      expect(parsed).toEqual({
        throttleTimeMs: 1, clusterId: 'cluster-1', controllerId: 2,
        brokers: [{ nodeId: 2, host: 'b2', port: 9092, rack: null }],
        topics: [{
          errorCode: 0, name: 'orders', topicId: topicIdHex, isInternal: false, topicAuthorizedOperations: -2147483648,
          partitions: [{ errorCode: 0, partitionIndex: 0, leaderId: 2, leaderEpoch: 3, replicaNodes: [2], isrNodes: [2], offlineReplicas: [] }],
        }],
      });
    }
  });

  test('FindCoordinator v4-v6 and InitProducerId v3-v5', async () => {
    for (const version of range(4, 6)) {
      const body = findCoordinator.createFindCoordinatorResponse({
        coordinators: [findCoordinator.createFindCoordinatorResponseCoordinator({ key: 'billing', nodeId: 1 as NodeId, host: 'b1', port: 9092, errorMessage: null })],
      });
      expect(parseWithPlatformatic(await platformatic('metadata', 'find-coordinator', version), ApiKey.FindCoordinator, version, body)).toEqual({
        throttleTimeMs: 0, coordinators: [{ key: 'billing', nodeId: 1, host: 'b1', port: 9092, errorCode: 0, errorMessage: null }],
      });
    }
    for (const version of range(3, 5)) {
      const body = initProducerId.createInitProducerIdResponse({ producerId: 9000n as ProducerId, producerEpoch: 2 });
      expect(parseWithPlatformatic(await platformatic('producer', 'init-producer-id', version), ApiKey.InitProducerId, version, body)).toEqual({
        throttleTimeMs: 0, errorCode: 0, producerId: 9000n, producerEpoch: 2,
      });
    }
  });

  test('Produce v9-v11 responses', async () => {
    for (const version of range(9, 11)) {
      const body = produce.createProduceResponse({
        responses: [produce.createProduceResponseTopicProduceResponse({
          name: topic,
          partitionResponses: [produce.createProduceResponsePartitionProduceResponse({
            index: 1, baseOffset: 42n, logStartOffset: 0n, errorMessage: null,
          })],
        })],
      });
      expect(parseWithPlatformatic(await platformatic('producer', 'produce', version), ApiKey.Produce, version, body)).toEqual({
        throttleTimeMs: 0,
        responses: [{ name: 'orders', partitionResponses: [{ index: 1, errorCode: 0, baseOffset: 42n, logAppendTimeMs: -1n, logStartOffset: 0n, recordErrors: [], errorMessage: null }] }],
      });
    }
  });

  test('Fetch v13-v17 responses carry the records platformatic produced', async () => {
    const produceRequest = (await platformatic('producer', 'produce', 11)).createRequest(1, 1000, [
      { topic: 'orders', partition: 0, key: Buffer.from('k1'), value: Buffer.from('v1'), timestamp: 1_700_000_000_000n },
      { topic: 'orders', partition: 0, key: Buffer.from('k2'), value: Buffer.from('v2'), timestamp: 1_700_000_000_001n },
    ], {}).buffer;
    const records = (decodeWhole(ApiKey.Produce, 11, produceRequest) as produce.ProduceRequest).topicData[0]!.partitionData[0]!.records!;
    for (const version of range(13, 17)) {
      const body = fetch.createFetchResponse({
        sessionId: 0,
        responses: [fetch.createFetchResponseFetchableTopicResponse({
          topicId,
          partitions: [fetch.createFetchResponsePartitionData({
            partitionIndex: 0, highWatermark: 2n, lastStableOffset: 2n, logStartOffset: 0n, abortedTransactions: [], records,
          })],
        })],
      });
      const parsed = parseWithPlatformatic(await platformatic('consumer', 'fetch', version), ApiKey.Fetch, version, body);
      const responses = parsed['responses'] as { topicId: string; partitions: { highWatermark: bigint; records: { records: { key: Buffer; value: Buffer }[] }[] }[] }[];
      expect(responses[0]!.topicId).toBe(topicIdHex);
      const partition = responses[0]!.partitions[0]!;
      expect(partition).toMatchObject({ partitionIndex: 0, errorCode: 0, highWatermark: 2n, lastStableOffset: 2n, logStartOffset: 0n, abortedTransactions: [], preferredReadReplica: -1 });
      const keysAndValues = partition.records.flatMap((batch) => batch.records.map((record) => `${record.key.toString()}=${record.value.toString()}`));
      expect(keysAndValues).toEqual(['k1=v1', 'k2=v2']);
    }
  });
});
