// Independent reference for response encoding: for the responses kafkajs decodes, bytes encoded by
// our generated encoders must decode with kafkajs's hand-written decoders to the same values. The
// Fetch case carries a record batch that kafkajs itself encoded (in a Produce request decoded by
// us), so records travel client -> our codecs -> client unchanged. Method: one case per API with
// our response value and the object kafkajs should produce, per version.
import { describe, expect, test } from 'vitest';

import { ApiKey, Reader, Writer, decodeRequest, encodeResponse } from '../../src/protocol/mod.js';
import type { NodeId, ProducerId, TopicName } from '../../src/protocol/entity-types.js';
import * as apiVersions from '../../src/protocol/generated/messages/api-versions.js';
import * as createTopics from '../../src/protocol/generated/messages/create-topics.js';
import * as fetch from '../../src/protocol/generated/messages/fetch.js';
import * as findCoordinator from '../../src/protocol/generated/messages/find-coordinator.js';
import * as heartbeat from '../../src/protocol/generated/messages/heartbeat.js';
import * as initProducerId from '../../src/protocol/generated/messages/init-producer-id.js';
import * as joinGroup from '../../src/protocol/generated/messages/join-group.js';
import * as leaveGroup from '../../src/protocol/generated/messages/leave-group.js';
import * as listOffsets from '../../src/protocol/generated/messages/list-offsets.js';
import * as metadata from '../../src/protocol/generated/messages/metadata.js';
import * as offsetCommit from '../../src/protocol/generated/messages/offset-commit.js';
import * as offsetFetch from '../../src/protocol/generated/messages/offset-fetch.js';
import type * as produce from '../../src/protocol/generated/messages/produce.js';
import * as produceCodec from '../../src/protocol/generated/messages/produce.js';
import * as syncGroup from '../../src/protocol/generated/messages/sync-group.js';
import { kafkajsRequest, kafkajsResponse } from './support/kafkajs.js';

const topic = 'orders' as TopicName;
const range = (lowest: number, highest: number): number[] => Array.from({ length: highest - lowest + 1 }, (_, index) => lowest + index);

/**
 * kafkajs reports throttle time three ways over versions: absent, as `throttleTime`, and from the
 * version where brokers throttle after responding (KIP-219) as `clientSideThrottleTime` beside a 0.
 */
function throttle(version: number, plainFrom: number, clientSideFrom: number, throttleMs: number): object {
  if (version >= clientSideFrom) return { throttleTime: 0, clientSideThrottleTime: throttleMs };
  if (version >= plainFrom) return { throttleTime: throttleMs };
  return {};
}

interface ResponseCase {
  readonly api: string;
  readonly apiKey: number;
  readonly versions: readonly number[];
  ours(version: number): object;
  kafkajs(version: number): object;
}

/** Records that kafkajs encoded, obtained by decoding its Produce v7 request with our codec. */
async function kafkajsRecords(): Promise<Uint8Array> {
  const request = kafkajsRequest('produce', 7)({
    acks: 1, timeout: 1000,
    topicData: [{ topic, partitions: [{ partition: 0, messages: [{ key: 'k1', value: 'v1', timestamp: 1_700_000_000_000 }, { key: 'k2', value: 'v2', timestamp: 1_700_000_000_001 }] }] }],
  });
  const decoded = decodeRequest(ApiKey.Produce, 7, new Reader(new Uint8Array((await request.encode()).buffer))) as produce.ProduceRequest;
  return decoded.topicData[0]!.partitionData[0]!.records!;
}

const records = await kafkajsRecords();

const cases: ResponseCase[] = [
  {
    api: 'apiVersions', apiKey: ApiKey.ApiVersions, versions: range(0, 2),
    ours: () => apiVersions.createApiVersionsResponse({
      throttleTimeMs: 25,
      apiKeys: [{ apiKey: 0, minVersion: 3, maxVersion: 11 }, { apiKey: 18, minVersion: 0, maxVersion: 4 }].map((entry) => apiVersions.createApiVersionsResponseApiVersion(entry)),
    }),
    kafkajs: (version) => ({
      errorCode: 0, ...throttle(version, 1, 2, 25),
      apiVersions: [{ apiKey: 0, minVersion: 3, maxVersion: 11 }, { apiKey: 18, minVersion: 0, maxVersion: 4 }],
    }),
  },
  {
    api: 'metadata', apiKey: ApiKey.Metadata, versions: range(0, 6),
    ours: () => metadata.createMetadataResponse({
      throttleTimeMs: 10, clusterId: 'cluster-1', controllerId: 1 as NodeId,
      brokers: [metadata.createMetadataResponseBroker({ nodeId: 1 as NodeId, host: 'b1', port: 9092, rack: 'r1' })],
      topics: [metadata.createMetadataResponseTopic({
        name: topic,
        partitions: [metadata.createMetadataResponsePartition({
          partitionIndex: 0, leaderId: 1 as NodeId, leaderEpoch: 5, replicaNodes: [1, 2] as NodeId[], isrNodes: [1] as NodeId[], offlineReplicas: [2] as NodeId[],
        })],
      })],
    }),
    kafkajs: (version) => ({
      ...throttle(version, 3, 6, 10),
      brokers: [{ nodeId: 1, host: 'b1', port: 9092, ...(version >= 1 ? { rack: 'r1' } : {}) }],
      ...(version >= 2 ? { clusterId: 'cluster-1' } : {}),
      ...(version >= 1 ? { controllerId: 1 } : {}),
      topicMetadata: [{
        topicErrorCode: 0, topic: 'orders', ...(version >= 1 ? { isInternal: false } : {}),
        partitionMetadata: [{
          partitionErrorCode: 0, partitionId: 0, leader: 1, replicas: [1, 2], isr: [1], ...(version >= 5 ? { offlineReplicas: [2] } : {}),
        }],
      }],
    }),
  },
  {
    api: 'produce', apiKey: ApiKey.Produce, versions: range(0, 7),
    ours: () => produceCodec.createProduceResponse({
      throttleTimeMs: 15,
      responses: [produceCodec.createProduceResponseTopicProduceResponse({
        name: topic,
        partitionResponses: [produceCodec.createProduceResponsePartitionProduceResponse({ index: 2, baseOffset: 100n, logAppendTimeMs: 1_700_000_000_000n, logStartOffset: 7n })],
      })],
    }),
    kafkajs: (version) => {
      const partition = version < 2 ? { partition: 2, errorCode: 0, offset: '100' }
        : version < 3 ? { partition: 2, errorCode: 0, offset: '100', timestamp: '1700000000000' }
        : { partition: 2, errorCode: 0, baseOffset: '100', logAppendTime: '1700000000000', ...(version >= 5 ? { logStartOffset: '7' } : {}) };
      return { topics: [{ topicName: 'orders', partitions: [partition] }], ...throttle(version, 1, 6, 15) };
    },
  },
  {
    api: 'fetch', apiKey: ApiKey.Fetch, versions: range(0, 11),
    ours: (version) => fetch.createFetchResponse({
      throttleTimeMs: version >= 1 ? 20 : 0, sessionId: version >= 7 ? 99 : 0,
      responses: [fetch.createFetchResponseFetchableTopicResponse({
        topic,
        partitions: [fetch.createFetchResponsePartitionData({
          partitionIndex: 1, highWatermark: 50n, lastStableOffset: 50n, logStartOffset: 3n, abortedTransactions: [],
          records: version >= 4 ? records : new Uint8Array(0),
        })],
      })],
    }),
    kafkajs: (version) => ({
      ...throttle(version, 1, 8, 20),
      ...(version >= 7 ? { errorCode: 0, sessionId: 99 } : {}),
      responses: [{
        topicName: 'orders',
        partitions: [{
          partition: 1, errorCode: 0, highWatermark: '50',
          ...(version >= 4 ? { lastStableOffset: '50', abortedTransactions: [] } : {}),
          ...(version >= 5 ? { lastStartOffset: '3' } : {}),
          ...(version >= 11 ? { preferredReadReplica: -1 } : {}),
          messages: version >= 4 ? [{ key: 'k1', value: 'v1', offset: '0' }, { key: 'k2', value: 'v2', offset: '1' }] : [],
        }],
      }],
    }),
  },
  {
    api: 'listOffsets', apiKey: ApiKey.ListOffsets, versions: range(0, 3),
    ours: (version) => listOffsets.createListOffsetsResponse({
      throttleTimeMs: 5,
      topics: [listOffsets.createListOffsetsResponseListOffsetsTopicResponse({
        name: topic,
        partitions: [listOffsets.createListOffsetsResponseListOffsetsPartitionResponse(version === 0 ? { partitionIndex: 0, oldStyleOffsets: [77n] } : { partitionIndex: 0, timestamp: 1_700_000_000_000n, offset: 77n })],
      })],
    }),
    kafkajs: (version) => ({
      ...throttle(version, 2, 3, 5),
      responses: [{
        topic: 'orders',
        partitions: [version === 0 ? { partition: 0, errorCode: 0, offsets: ['77'] } : { partition: 0, errorCode: 0, timestamp: '1700000000000', offset: '77' }],
      }],
    }),
  },
  {
    api: 'findCoordinator', apiKey: ApiKey.FindCoordinator, versions: range(0, 2),
    // ErrorMessage has no schema default, so it defaults to the empty string as in Kafka.
    ours: () => findCoordinator.createFindCoordinatorResponse({ throttleTimeMs: 3, nodeId: 2 as NodeId, host: 'b2', port: 9093 }),
    kafkajs: (version) => ({
      ...throttle(version, 1, 2, 3), errorCode: 0, ...(version >= 1 ? { errorMessage: '' } : {}),
      coordinator: { nodeId: 2, host: 'b2', port: 9093 },
    }),
  },
  {
    api: 'joinGroup', apiKey: ApiKey.JoinGroup, versions: range(0, 5),
    ours: () => joinGroup.createJoinGroupResponse({
      throttleTimeMs: 4, generationId: 7, protocolName: 'RoundRobinAssigner', leader: 'm1', memberId: 'm1',
      members: [joinGroup.createJoinGroupResponseMember({ memberId: 'm1', groupInstanceId: 'i1', metadata: new Uint8Array([1, 2]) })],
    }),
    kafkajs: (version) => ({
      ...throttle(version, 2, 3, 4), errorCode: 0, generationId: 7, groupProtocol: 'RoundRobinAssigner', leaderId: 'm1', memberId: 'm1',
      members: [{ memberId: 'm1', ...(version >= 5 ? { groupInstanceId: 'i1' } : {}), memberMetadata: Buffer.from([1, 2]) }],
    }),
  },
  {
    api: 'syncGroup', apiKey: ApiKey.SyncGroup, versions: range(0, 3),
    ours: () => syncGroup.createSyncGroupResponse({ throttleTimeMs: 6, assignment: new Uint8Array([3, 4]) }),
    kafkajs: (version) => ({ ...throttle(version, 1, 2, 6), errorCode: 0, memberAssignment: Buffer.from([3, 4]) }),
  },
  {
    api: 'heartbeat', apiKey: ApiKey.Heartbeat, versions: range(0, 3),
    ours: () => heartbeat.createHeartbeatResponse({ throttleTimeMs: 2 }),
    kafkajs: (version) => ({ ...throttle(version, 1, 2, 2), errorCode: 0 }),
  },
  {
    api: 'leaveGroup', apiKey: ApiKey.LeaveGroup, versions: range(0, 3),
    ours: (version) => leaveGroup.createLeaveGroupResponse({
      throttleTimeMs: 2,
      members: version >= 3 ? [leaveGroup.createLeaveGroupResponseMemberResponse({ memberId: 'm1', groupInstanceId: 'i1' })] : [],
    }),
    kafkajs: (version) => ({
      ...throttle(version, 1, 2, 2), errorCode: 0,
      ...(version >= 3 ? { members: [{ memberId: 'm1', groupInstanceId: 'i1', errorCode: 0 }] } : {}),
    }),
  },
  {
    api: 'offsetCommit', apiKey: ApiKey.OffsetCommit, versions: range(0, 5),
    ours: () => offsetCommit.createOffsetCommitResponse({
      throttleTimeMs: 8,
      topics: [offsetCommit.createOffsetCommitResponseTopic({ name: topic, partitions: [offsetCommit.createOffsetCommitResponsePartition({ partitionIndex: 4 })] })],
    }),
    kafkajs: (version) => ({ ...throttle(version, 3, 4, 8), responses: [{ topic: 'orders', partitions: [{ partition: 4, errorCode: 0 }] }] }),
  },
  {
    api: 'offsetFetch', apiKey: ApiKey.OffsetFetch, versions: range(1, 4),
    ours: () => offsetFetch.createOffsetFetchResponse({
      throttleTimeMs: 9,
      topics: [offsetFetch.createOffsetFetchResponseTopic({
        name: topic, partitions: [offsetFetch.createOffsetFetchResponsePartition({ partitionIndex: 0, committedOffset: 1234n, metadata: 'm' })],
      })],
    }),
    kafkajs: (version) => ({
      ...throttle(version, 3, 4, 9),
      responses: [{ topic: 'orders', partitions: [{ partition: 0, offset: '1234', metadata: 'm', errorCode: 0 }] }],
      ...(version >= 2 ? { errorCode: 0 } : {}),
    }),
  },
  {
    api: 'createTopics', apiKey: ApiKey.CreateTopics, versions: range(0, 3),
    ours: () => createTopics.createCreateTopicsResponse({
      throttleTimeMs: 11, topics: [createTopics.createCreateTopicsResponseCreatableTopicResult({ name: topic, errorCode: 0, errorMessage: null })],
    }),
    kafkajs: (version) => ({
      ...throttle(version, 2, 3, 11),
      topicErrors: [{ topic: 'orders', errorCode: 0, ...(version >= 1 ? { errorMessage: null } : {}) }],
    }),
  },
  {
    api: 'initProducerId', apiKey: ApiKey.InitProducerId, versions: range(0, 1),
    ours: () => initProducerId.createInitProducerIdResponse({ throttleTimeMs: 1, producerId: 4000n as ProducerId, producerEpoch: 0 }),
    kafkajs: (version) => ({ ...throttle(version, 0, 1, 1), errorCode: 0, producerId: '4000', producerEpoch: 0 }),
  },
];

/** kafkajs decodes records into rich message objects; keep what identifies them. */
function simplifyMessages(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(simplifyMessages);
  if (value === null || typeof value !== 'object' || Buffer.isBuffer(value)) return value;
  const result: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    result[key] = key === 'messages'
      ? (field as { key: Buffer; value: Buffer; offset: string }[]).map((message) => ({ key: message.key.toString(), value: message.value.toString(), offset: message.offset }))
      : simplifyMessages(field);
  }
  return result;
}

describe('bytes encoded by ours decode with kafkajs to the same values', () => {
  for (const responseCase of cases) {
    test(`${responseCase.api} v${responseCase.versions[0]}-v${responseCase.versions.at(-1)}`, async () => {
      for (const version of responseCase.versions) {
        const writer = new Writer();
        encodeResponse(writer, responseCase.apiKey, version, responseCase.ours(version));
        const bytes = writer.finish();
        const decoded = await kafkajsResponse(responseCase.api, version).decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length));
        expect(simplifyMessages(decoded), `${responseCase.api} v${version}`).toEqual(responseCase.kafkajs(version));
      }
    });
  }
});
