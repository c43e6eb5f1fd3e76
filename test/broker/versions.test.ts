// Goal: every advertised (API, version) pair is answered — decoded, handled and encoded in that
// version without the connection closing — so no response carries a field its version lacks.
// Method: one representative request per API, sent in each advertised version over an
// in-memory network; the response must arrive and report success where the request is sound.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { advertisedApiVersions } from '../../src/broker/dispatch.js';
import { ApiKey, ErrorCode, batchOf, fetchRequest, listOffsetsRequest, metadataRequest, produceRequest, topicName,
  type Uuid } from './support-protocol.js';
import { BrokerHarness, settle, type TestClient } from './support.js';
import type { CreateTopicsResponse } from '../../src/protocol/generated/messages/create-topics.js';

let harness: BrokerHarness;
let client: TestClient;
let topicId: Uuid;

beforeAll(async () => {
  harness = await BrokerHarness.start({ config: 'offsets.topic.num.partitions=2\n' });
  client = await harness.client();
  const created = await client.request<CreateTopicsResponse>(ApiKey.CreateTopics, 7, { topics: [{ name: topicName('every'),
    numPartitions: 1, replicationFactor: 1, assignments: [], configs: [] }], timeoutMs: 1000, validateOnly: false });
  topicId = created.topics[0]?.topicId as Uuid;
  // The group APIs need their coordinator: the first FindCoordinator creates __consumer_offsets.
  await client.request(ApiKey.FindCoordinator, 0, { key: 'every-group' });
  for (let turn = 0; turn < 200 && harness.broker.groupCoordinator.loadedShards().length < 2; turn += 1) await settle();
  expect(harness.broker.groupCoordinator.loadedShards()).toHaveLength(2);
  // The broker's first InitProducerId asks the controller for a block of producer ids.
  await client.request(ApiKey.InitProducerId, 0, requestFor(ApiKey.InitProducerId, 0));
  await settle();
});

afterAll(async () => {
  await harness.broker.stop();
});

function requestFor(apiKey: number, version: number): object {
  const fresh = `v${version}-${apiKey}`;
  switch (apiKey) {
    case ApiKey.Produce: return produceRequest('every', batchOf(`p${version}`, 2));
    case ApiKey.Fetch: return version >= 13 ? fetchRequest({ topicId }) : fetchRequest({ topic: 'every' });
    case ApiKey.ListOffsets: return listOffsetsRequest('every', -1n);
    case ApiKey.OffsetForLeaderEpoch:
      return { replicaId: -1, topics: [{ topic: topicName('every'), partitions: [{ partition: 0, currentLeaderEpoch: -1, leaderEpoch: 0 }] }] };
    case ApiKey.Metadata: return version === 0 ? { topics: [] } : metadataRequest(['every']);
    case ApiKey.ApiVersions: return { clientSoftwareName: 'test', clientSoftwareVersion: '1' };
    case ApiKey.CreateTopics:
      return { topics: [{ name: topicName(fresh), numPartitions: 1, replicationFactor: 1, assignments: [], configs: [] }],
        timeoutMs: 1000, validateOnly: false };
    case ApiKey.DeleteTopics: return version >= 6
      ? { topics: [{ name: topicName('absent'), topicId: 'AAAAAAAAAAAAAAAAAAAAAA' }], timeoutMs: 1000 }
      : { topicNames: [topicName('absent')], timeoutMs: 1000 };
    case ApiKey.DeleteRecords:
      return { topics: [{ name: topicName('every'), partitions: [{ partitionIndex: 0, offset: 0n }] }], timeoutMs: 1000 };
    case ApiKey.DescribeConfigs:
      return { resources: [{ resourceType: 2, resourceName: 'every', configurationKeys: null }], includeSynonyms: version >= 1,
        includeDocumentation: version >= 3 };
    case ApiKey.AlterConfigs:
      return { resources: [{ resourceType: 2, resourceName: 'every', configs: [{ name: 'retention.ms', value: '86400000' }] }],
        validateOnly: true };
    case ApiKey.CreatePartitions:
      return { topics: [{ name: topicName('every'), count: 1, assignments: null }], timeoutMs: 1000, validateOnly: true };
    case ApiKey.IncrementalAlterConfigs:
      return { resources: [{ resourceType: 2, resourceName: 'every', configs: [{ name: 'retention.ms', configOperation: 0,
        value: '86400000' }] }], validateOnly: true };
    case ApiKey.DescribeQuorum:
      return { topics: [{ topicName: topicName('__cluster_metadata'), partitions: [{ partitionIndex: 0 }] }] };
    case ApiKey.DescribeCluster: return { includeClusterAuthorizedOperations: false, endpointType: 1 };
    case ApiKey.AddRaftVoter:
      return { clusterId: null, timeoutMs: 1000, voterId: 9, voterDirectoryId: 'AAAAAAAAAAAAAAAAAAAAAA',
        listeners: [{ name: 'CONTROLLER', host: 'h', port: 1 }] };
    case ApiKey.RemoveRaftVoter: return { clusterId: null, voterId: 9, voterDirectoryId: 'AAAAAAAAAAAAAAAAAAAAAA' };
    case ApiKey.ElectLeaders:
      return { electionType: 0, topicPartitions: [{ topic: topicName('every'), partitions: [0] }], timeoutMs: 1000 };
    case ApiKey.AlterPartitionReassignments:
      return { timeoutMs: 1000, topics: [{ name: topicName('every'), partitions: [{ partitionIndex: 0, replicas: [1] }] }] };
    case ApiKey.ListPartitionReassignments: return { timeoutMs: 1000, topics: null };
    case ApiKey.FindCoordinator: return version >= 4 ? { keyType: 0, coordinatorKeys: ['every-group'] } : { key: 'every-group' };
    case ApiKey.OffsetCommit:
      return { groupId: 'every-group', generationIdOrMemberEpoch: -1, memberId: '', groupInstanceId: null,
        retentionTimeMs: -1n, topics: [{ name: topicName('every'), partitions: [{ partitionIndex: 0, committedOffset: 1n,
          committedLeaderEpoch: -1, commitTimestamp: -1n, committedMetadata: '' }] }] };
    case ApiKey.OffsetFetch: return version >= 8
      ? { groups: [{ groupId: 'every-group', memberId: null, memberEpoch: -1, topics: null }], requireStable: false }
      : { groupId: 'every-group', topics: [{ name: topicName('every'), partitionIndexes: [0] }] };
    case ApiKey.OffsetDelete:
      return { groupId: 'every-group', topics: [{ name: topicName('every'), partitions: [{ partitionIndex: 0 }] }] };
    case ApiKey.ListGroups: return { statesFilter: [], typesFilter: [] };
    case ApiKey.DeleteGroups: return { groupsNames: [fresh] };
    // The classic group APIs name a member the group does not have: answered at once (a sound
    // join parks until its join phase ends, which this harness's clock never reaches).
    case ApiKey.JoinGroup:
      return { groupId: 'every-group', sessionTimeoutMs: 10_000, rebalanceTimeoutMs: 10_000, memberId: 'nobody',
        groupInstanceId: null, protocolType: 'consumer', protocols: [{ name: 'range', metadata: new Uint8Array(0) }] };
    case ApiKey.SyncGroup:
      return { groupId: 'every-group', generationId: 1, memberId: 'nobody', groupInstanceId: null,
        protocolType: 'consumer', protocolName: 'range', assignments: [] };
    case ApiKey.Heartbeat: return { groupId: 'every-group', generationId: 1, memberId: 'nobody', groupInstanceId: null };
    case ApiKey.LeaveGroup: return version >= 3
      ? { groupId: 'every-group', members: [{ memberId: 'nobody', groupInstanceId: null, reason: null }] }
      : { groupId: 'every-group', memberId: 'nobody' };
    case ApiKey.DescribeGroups: return { groups: ['every-group'], includeAuthorizedOperations: version >= 3 };
    case ApiKey.ConsumerGroupHeartbeat:
      return { groupId: 'every-consumer-group', memberId: `every-member-${version}`, memberEpoch: 0, instanceId: null,
        rackId: null, rebalanceTimeoutMs: 30000, subscribedTopicNames: [topicName('every')],
        subscribedTopicRegex: version >= 1 ? '' : null, serverAssignor: null, topicPartitions: [] };
    case ApiKey.ConsumerGroupDescribe:
      return { groupIds: ['every-consumer-group'], includeAuthorizedOperations: true };
    case ApiKey.InitProducerId:
      return { transactionalId: null, transactionTimeoutMs: 60000, producerId: -1n, producerEpoch: -1 };
    default: throw new Error(`no sample request for API key ${apiKey}`);
  }
}

const pairs = advertisedApiVersions().flatMap((range) =>
  Array.from({ length: range.maxVersion - range.minVersion + 1 }, (_, index) => [range.apiKey, range.minVersion + index]));

describe('every advertised version', () => {
  test.each(pairs)('API key %i version %i is answered', async (apiKey, version) => {
    const response = await client.request<Record<string, unknown>>(apiKey as number, version as number,
      requestFor(apiKey as number, version as number));
    expect(client.closed).toBe(false);
    // The harness's broker has no controller to forward voter changes to: it refuses them as Kafka's would.
    const forwardedOnly = apiKey === ApiKey.AddRaftVoter || apiKey === ApiKey.RemoveRaftVoter;
    const strangerToGroup = apiKey === ApiKey.JoinGroup || apiKey === ApiKey.SyncGroup || apiKey === ApiKey.Heartbeat
      || (apiKey === ApiKey.LeaveGroup && (version as number) < 3);
    if (forwardedOnly) expect(response['errorCode']).toBe(ErrorCode.NOT_CONTROLLER);
    else if (strangerToGroup) expect(response['errorCode']).toBe(ErrorCode.UNKNOWN_MEMBER_ID);
    else if ('errorCode' in response && apiKey !== ApiKey.DescribeCluster) expect(response.errorCode).toBe(ErrorCode.NONE);
  });
});
