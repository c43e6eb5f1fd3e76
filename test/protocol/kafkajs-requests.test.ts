// Independent reference for request decoding: kafkajs's hand-written request encoders, for the
// APIs and versions kafkajs sends, produce bytes that our generated decoders must read back to the
// values kafkajs was given (fields a version lacks hold their schema defaults), consuming every
// byte. Method: one case per API with kafkajs arguments and the expected decoded value per version.
import { describe, expect, test } from 'vitest';

import { ApiKey, Reader, decodeRequest } from '../../src/protocol/mod.js';
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
import * as produce from '../../src/protocol/generated/messages/produce.js';
import * as syncGroup from '../../src/protocol/generated/messages/sync-group.js';
import * as apiVersions from '../../src/protocol/generated/messages/api-versions.js';
import type { GroupId, NodeId, ProducerId, TopicName, TransactionalId } from '../../src/protocol/entity-types.js';
import { kafkajsRequest } from './support/kafkajs.js';

const topic = 'orders' as TopicName;
const group = 'billing' as GroupId;
const range = (lowest: number, highest: number): number[] => Array.from({ length: highest - lowest + 1 }, (_, index) => lowest + index);

interface RequestCase {
  /** kafkajs's folder name for the API. */
  readonly api: string;
  readonly apiKey: number;
  readonly versions: readonly number[];
  readonly args: object;
  expected(version: number): object;
}

const cases: RequestCase[] = [
  {
    api: 'apiVersions', apiKey: ApiKey.ApiVersions, versions: range(0, 2), args: {},
    expected: () => apiVersions.createApiVersionsRequest(),
  },
  {
    api: 'metadata', apiKey: ApiKey.Metadata, versions: range(0, 6),
    args: { topics: ['orders', 'invoices'], allowAutoTopicCreation: false },
    expected: (version) => metadata.createMetadataRequest({
      topics: ['orders', 'invoices'].map((name) => metadata.createMetadataRequestTopic({ name: name as TopicName })),
      allowAutoTopicCreation: version < 4,
    }),
  },
  {
    api: 'produce', apiKey: ApiKey.Produce, versions: range(0, 7),
    args: {
      acks: -1, timeout: 30000, transactionalId: 'tx-1',
      topicData: [{ topic, partitions: [{ partition: 2, firstSequence: 0, messages: [{ key: 'k1', value: 'v1', timestamp: 1_700_000_000_000 }] }] }],
    },
    expected: (version) => produce.createProduceRequest({
      transactionalId: version >= 3 ? 'tx-1' as TransactionalId : null, acks: -1, timeoutMs: 30000,
      topicData: [produce.createProduceRequestTopicProduceData({
        name: topic,
        partitionData: [produce.createProduceRequestPartitionProduceData({ index: 2, records: expect.any(Uint8Array) as Uint8Array })],
      })],
    }),
  },
  {
    api: 'fetch', apiKey: ApiKey.Fetch, versions: range(0, 11),
    args: {
      replicaId: -1, maxWaitTime: 500, minBytes: 1, maxBytes: 52428800, isolationLevel: 1, sessionId: 0, sessionEpoch: -1, rackId: 'rack-a',
      topics: [{ topic, partitions: [{ partition: 1, currentLeaderEpoch: 4, fetchOffset: '42', logStartOffset: '3', maxBytes: 1048576 }] }],
      forgottenTopics: [{ topic: 'old', partitions: [7, 8] }],
    },
    expected: (version) => fetch.createFetchRequest({
      replicaId: -1 as NodeId, maxWaitMs: 500, minBytes: 1, maxBytes: version >= 3 ? 52428800 : 0x7fffffff,
      isolationLevel: version >= 4 ? 1 : 0, sessionId: 0, sessionEpoch: -1, rackId: version >= 11 ? 'rack-a' : '',
      topics: [fetch.createFetchRequestFetchTopic({
        topic,
        partitions: [fetch.createFetchRequestFetchPartition({
          partition: 1, currentLeaderEpoch: version >= 9 ? 4 : -1, fetchOffset: 42n,
          logStartOffset: version >= 5 ? 3n : -1n, partitionMaxBytes: 1048576,
        })],
      })],
      forgottenTopicsData: version >= 7 ? [fetch.createFetchRequestForgottenTopic({ topic: 'old' as TopicName, partitions: [7, 8] })] : [],
    }),
  },
  {
    api: 'listOffsets', apiKey: ApiKey.ListOffsets, versions: range(0, 3),
    args: { replicaId: -1, isolationLevel: 1, topics: [{ topic, partitions: [{ partition: 0, timestamp: '-2' }] }] },
    expected: (version) => listOffsets.createListOffsetsRequest({
      replicaId: -1 as NodeId, isolationLevel: version >= 2 ? 1 : 0,
      topics: [listOffsets.createListOffsetsRequestListOffsetsTopic({
        name: topic, partitions: [listOffsets.createListOffsetsRequestListOffsetsPartition({ partitionIndex: 0, timestamp: -2n, maxNumOffsets: 1 })],
      })],
    }),
  },
  {
    api: 'findCoordinator', apiKey: ApiKey.FindCoordinator, versions: range(0, 2),
    args: { groupId: 'billing', coordinatorKey: 'billing', coordinatorType: 1 },
    expected: (version) => findCoordinator.createFindCoordinatorRequest({ key: 'billing', keyType: version >= 1 ? 1 : 0 }),
  },
  {
    api: 'joinGroup', apiKey: ApiKey.JoinGroup, versions: range(0, 5),
    args: {
      groupId: group, sessionTimeout: 30000, rebalanceTimeout: 60000, memberId: '', groupInstanceId: 'instance-1', protocolType: 'consumer',
      groupProtocols: [{ name: 'RoundRobinAssigner', metadata: Buffer.from([0, 1, 2]) }],
    },
    expected: (version) => joinGroup.createJoinGroupRequest({
      groupId: group, sessionTimeoutMs: 30000, rebalanceTimeoutMs: version >= 1 ? 60000 : -1, memberId: '',
      groupInstanceId: version >= 5 ? 'instance-1' : null, protocolType: 'consumer',
      protocols: [joinGroup.createJoinGroupRequestProtocol({ name: 'RoundRobinAssigner', metadata: new Uint8Array([0, 1, 2]) })],
    }),
  },
  {
    api: 'syncGroup', apiKey: ApiKey.SyncGroup, versions: range(0, 3),
    args: { groupId: group, generationId: 3, memberId: 'member-1', groupInstanceId: 'instance-1', groupAssignment: [{ memberId: 'member-1', memberAssignment: Buffer.from([9, 8]) }] },
    expected: (version) => syncGroup.createSyncGroupRequest({
      groupId: group, generationId: 3, memberId: 'member-1', groupInstanceId: version >= 3 ? 'instance-1' : null,
      assignments: [syncGroup.createSyncGroupRequestAssignment({ memberId: 'member-1', assignment: new Uint8Array([9, 8]) })],
    }),
  },
  {
    api: 'heartbeat', apiKey: ApiKey.Heartbeat, versions: range(0, 3),
    args: { groupId: group, groupGenerationId: 3, memberId: 'member-1', groupInstanceId: 'instance-1' },
    expected: (version) => heartbeat.createHeartbeatRequest({
      groupId: group, generationId: 3, memberId: 'member-1', groupInstanceId: version >= 3 ? 'instance-1' : null,
    }),
  },
  {
    api: 'leaveGroup', apiKey: ApiKey.LeaveGroup, versions: range(0, 3),
    args: { groupId: group, memberId: 'member-1', members: [{ memberId: 'member-1', groupInstanceId: 'instance-1' }] },
    expected: (version) => leaveGroup.createLeaveGroupRequest({
      groupId: group, memberId: version < 3 ? 'member-1' : '',
      members: version >= 3 ? [leaveGroup.createLeaveGroupRequestMemberIdentity({ memberId: 'member-1', groupInstanceId: 'instance-1' })] : [],
    }),
  },
  {
    api: 'offsetCommit', apiKey: ApiKey.OffsetCommit, versions: range(0, 5),
    args: {
      groupId: group, groupGenerationId: 3, memberId: 'member-1', retentionTime: -1,
      topics: [{ topic, partitions: [{ partition: 4, offset: '1234', timestamp: 1_700_000_000_000, metadata: 'm' }] }],
    },
    expected: (version) => offsetCommit.createOffsetCommitRequest({
      groupId: group, generationIdOrMemberEpoch: version >= 1 ? 3 : -1, memberId: version >= 1 ? 'member-1' : '', retentionTimeMs: -1n,
      topics: [offsetCommit.createOffsetCommitRequestTopic({
        name: topic,
        partitions: [offsetCommit.createOffsetCommitRequestPartition({
          partitionIndex: 4, committedOffset: 1234n, commitTimestamp: version === 1 ? 1_700_000_000_000n : -1n, committedMetadata: 'm',
        })],
      })],
    }),
  },
  {
    api: 'offsetFetch', apiKey: ApiKey.OffsetFetch, versions: range(1, 4),
    args: { groupId: group, topics: [{ topic, partitions: [{ partition: 0 }, { partition: 5 }] }] },
    expected: () => offsetFetch.createOffsetFetchRequest({
      groupId: group, topics: [offsetFetch.createOffsetFetchRequestTopic({ name: topic, partitionIndexes: [0, 5] })],
    }),
  },
  {
    api: 'createTopics', apiKey: ApiKey.CreateTopics, versions: range(0, 3),
    args: {
      timeout: 5000, validateOnly: true,
      topics: [{ topic, numPartitions: 3, replicationFactor: 2, replicaAssignment: [{ partition: 0, replicas: [1, 2] }], configEntries: [{ name: 'cleanup.policy', value: 'compact' }] }],
    },
    expected: (version) => createTopics.createCreateTopicsRequest({
      timeoutMs: 5000, validateOnly: version >= 1,
      topics: [createTopics.createCreateTopicsRequestCreatableTopic({
        name: topic, numPartitions: 3, replicationFactor: 2,
        assignments: [createTopics.createCreateTopicsRequestCreatableReplicaAssignment({ partitionIndex: 0, brokerIds: [1, 2] as NodeId[] })],
        configs: [createTopics.createCreateTopicsRequestCreatableTopicConfig({ name: 'cleanup.policy', value: 'compact' })],
      })],
    }),
  },
  {
    api: 'initProducerId', apiKey: ApiKey.InitProducerId, versions: range(0, 1),
    args: { transactionalId: 'tx-1', transactionTimeout: 60000 },
    expected: () => initProducerId.createInitProducerIdRequest({
      transactionalId: 'tx-1' as TransactionalId, transactionTimeoutMs: 60000, producerId: -1n as ProducerId,
    }),
  },
];

describe('bytes encoded by kafkajs decode with ours to the values kafkajs was given', () => {
  for (const requestCase of cases) {
    test(`${requestCase.api} v${requestCase.versions[0]}-v${requestCase.versions.at(-1)}`, async () => {
      for (const version of requestCase.versions) {
        const request = kafkajsRequest(requestCase.api, version)(requestCase.args);
        expect(request.apiKey).toBe(requestCase.apiKey);
        expect(request.apiVersion).toBe(version);
        const bytes = new Uint8Array((await request.encode()).buffer);
        const reader = new Reader(bytes);
        const decoded = decodeRequest(requestCase.apiKey, version, reader);
        expect(reader.remaining, `${requestCase.api} v${version} leaves no bytes`).toBe(0);
        expect(decoded, `${requestCase.api} v${version}`).toEqual(requestCase.expected(version));
      }
    });
  }

  test('produce v3-v7 records are kafkajs record batches (magic 2) carried byte for byte', async () => {
    for (const version of range(3, 7)) {
      const request = kafkajsRequest('produce', version)(cases[2]!.args);
      const decoded = decodeRequest(ApiKey.Produce, version, new Reader(new Uint8Array((await request.encode()).buffer))) as produce.ProduceRequest;
      const records = decoded.topicData[0]!.partitionData[0]!.records!;
      expect(records[16]).toBe(2);
      expect(new DataView(records.buffer, records.byteOffset).getInt32(8)).toBe(records.length - 12);
    }
  });
});
