// Goal: the group coordinator's APIs on one broker (issue 12): FindCoordinator creates
// __consumer_offsets through the controller and names this broker; OffsetCommit and OffsetFetch
// in the versions the clients send (v8+ several groups, null topics = all); OffsetDelete,
// ListGroups and DeleteGroups; the coordinator errors of a broker that does not lead the group's
// partition. Method: a broker and the real QuorumController on a stand-in quorum
// (test/broker/support.ts), requests through the generated codecs over an in-memory network.
import { afterEach, describe, expect, test } from 'vitest';
import type { FindCoordinatorResponse } from '../../src/protocol/generated/messages/find-coordinator.js';
import type { MetadataResponse } from '../../src/protocol/generated/messages/metadata.js';
import type { OffsetCommitResponse } from '../../src/protocol/generated/messages/offset-commit.js';
import type { OffsetFetchResponse } from '../../src/protocol/generated/messages/offset-fetch.js';
import type { OffsetDeleteResponse } from '../../src/protocol/generated/messages/offset-delete.js';
import type { ListGroupsResponse } from '../../src/protocol/generated/messages/list-groups.js';
import type { DeleteGroupsResponse } from '../../src/protocol/generated/messages/delete-groups.js';
import type { ApiVersionsResponse } from '../../src/protocol/generated/messages/api-versions.js';
import { groupPartition } from '../../src/group/group-partition.js';
import type { ProduceResponse } from '../../src/protocol/generated/messages/produce.js';
import { ApiKey, ErrorCode, batchOf, produceRequest, topicName } from './support-protocol.js';
import { BrokerHarness, createTopic, settle, type TestClient } from './support.js';

let harness: BrokerHarness | undefined;
afterEach(async () => {
  await harness?.broker.stop();
  harness = undefined;
});

const partitions = 3;

async function startWithOffsetsTopic(): Promise<{ harness: BrokerHarness; client: TestClient }> {
  const started = await BrokerHarness.start({ config: `offsets.topic.num.partitions=${partitions}\n` });
  harness = started;
  const client = await started.client();
  await createTopic(client, 'orders');
  const found = await client.request<FindCoordinatorResponse>(ApiKey.FindCoordinator, 3, { key: 'g', keyType: 0 });
  expect(found.errorCode).toBe(ErrorCode.NONE);
  await loaded(started, partitions);
  return { harness: started, client };
}

/** Lets the coordinator load `count` shards (bounded turns). */
async function loaded(started: BrokerHarness, count: number): Promise<void> {
  for (let turn = 0; turn < 200 && started.broker.groupCoordinator.loadedShards().length < count; turn += 1) await settle();
  expect(started.broker.groupCoordinator.loadedShards()).toHaveLength(count);
}

function commitBody(groupId: string, offsets: ReadonlyArray<readonly [number, bigint]>, options:
  { generation?: number; memberId?: string; metadata?: string | null; topic?: string; leaderEpoch?: number } = {}): object {
  return { groupId, generationIdOrMemberEpoch: options.generation ?? -1, memberId: options.memberId ?? '',
    groupInstanceId: null, retentionTimeMs: -1n,
    topics: [{ name: topicName(options.topic ?? 'orders'), partitions: offsets.map(([partitionIndex, committedOffset]) => ({
      partitionIndex, committedOffset, committedLeaderEpoch: options.leaderEpoch ?? -1, commitTimestamp: -1n,
      committedMetadata: options.metadata ?? null })) }] };
}

function commitCodes(response: OffsetCommitResponse): number[] {
  return response.topics.flatMap((topic) => topic.partitions.map((partition) => partition.errorCode));
}

describe('FindCoordinator', () => {
  test('the first one creates __consumer_offsets (compacted, internal, RF capped at the brokers) and names this broker', async () => {
    harness = await BrokerHarness.start({ config: `offsets.topic.num.partitions=${partitions}\n` });
    const client = await harness.client();
    const v0 = await client.request<FindCoordinatorResponse>(ApiKey.FindCoordinator, 0, { key: 'first-group' });
    expect(v0).toMatchObject({ errorCode: ErrorCode.NONE, nodeId: 1, port: harness.broker.boundAddresses()[0]?.port });
    const topic = harness.fixture.publisher.current().topicsByName.get(topicName('__consumer_offsets'));
    expect(topic?.partitions).toHaveLength(partitions);
    expect(topic?.partitions[0]?.replicas).toEqual([1]);
    expect(topic?.configs.get('cleanup.policy')).toBe('compact');
    expect(topic?.configs.get('segment.bytes')).toBe('104857600');
    const metadata = await client.request<MetadataResponse>(ApiKey.Metadata, 9, { topics: null });
    expect(metadata.topics.find((candidate) => candidate.name === '__consumer_offsets')?.isInternal).toBe(true);
    const batched = await client.request<FindCoordinatorResponse>(ApiKey.FindCoordinator, 4,
      { keyType: 0, coordinatorKeys: ['a', 'b'] });
    expect(batched.coordinators.map((coordinator) => [coordinator.key, coordinator.nodeId, coordinator.errorCode]))
      .toEqual([['a', 1, 0], ['b', 1, 0]]);
    const transaction = await client.request<FindCoordinatorResponse>(ApiKey.FindCoordinator, 6,
      { keyType: 1, coordinatorKeys: ['tx'] });
    expect(transaction.coordinators[0]?.errorCode).toBe(ErrorCode.COORDINATOR_NOT_AVAILABLE);
  });

  test('a Metadata request that auto-creates __consumer_offsets creates it as the coordinator does, not with the defaults', async () => {
    harness = await BrokerHarness.start({ config: `offsets.topic.num.partitions=${partitions}\n` });
    const client = await harness.client();
    const metadata = await client.request<MetadataResponse>(ApiKey.Metadata, 9, {
      topics: [{ name: topicName('__consumer_offsets') }], allowAutoTopicCreation: true });
    expect(metadata.topics[0]).toMatchObject({ errorCode: ErrorCode.NONE, isInternal: true });
    expect(metadata.topics[0]?.partitions).toHaveLength(partitions);
    const topic = harness.fixture.publisher.current().topicsByName.get(topicName('__consumer_offsets'));
    expect(topic?.configs.get('cleanup.policy')).toBe('compact');
  });

  test('ApiVersions advertises the coordinator APIs', async () => {
    harness = await BrokerHarness.start();
    const client = await harness.client();
    const versions = await client.request<ApiVersionsResponse>(ApiKey.ApiVersions, 3, {});
    const range = (key: number): [number, number] | undefined => {
      const entry = versions.apiKeys.find((candidate) => candidate.apiKey === key);
      return entry === undefined ? undefined : [entry.minVersion, entry.maxVersion];
    };
    expect(range(ApiKey.FindCoordinator)).toEqual([0, 6]);
    expect(range(ApiKey.OffsetCommit)).toEqual([0, 9]);
    expect(range(ApiKey.OffsetFetch)).toEqual([0, 9]);
    expect(range(ApiKey.OffsetDelete)).toEqual([0, 0]);
    expect(range(ApiKey.ListGroups)).toEqual([0, 5]);
    expect(range(ApiKey.DeleteGroups)).toEqual([0, 2]);
  });
});

describe('OffsetCommit and OffsetFetch', () => {
  test('a simple commit is fetched back in every version, with leader epoch and metadata from the versions that carry them', async () => {
    const { client } = await startWithOffsetsTopic();
    const committed = await client.request<OffsetCommitResponse>(ApiKey.OffsetCommit, 8,
      commitBody('readers', [[0, 42n]], { metadata: 'note', leaderEpoch: 3 }));
    expect(commitCodes(committed)).toEqual([ErrorCode.NONE]);
    for (const version of [1, 2, 3, 4, 5, 6, 7]) {
      const fetched = await client.request<OffsetFetchResponse>(ApiKey.OffsetFetch, version, {
        groupId: 'readers', topics: [{ name: topicName('orders'), partitionIndexes: [0] }] });
      expect(fetched.errorCode).toBe(ErrorCode.NONE);
      expect(fetched.topics[0]?.partitions[0]).toMatchObject({ committedOffset: 42n, metadata: 'note',
        committedLeaderEpoch: version >= 5 ? 3 : -1 });
    }
    const all = await client.request<OffsetFetchResponse>(ApiKey.OffsetFetch, 8, {
      groups: [{ groupId: 'readers', memberId: null, memberEpoch: -1, topics: null },
        { groupId: 'nobody', memberId: null, memberEpoch: -1, topics: [{ name: topicName('orders'), partitionIndexes: [0] }] }],
      requireStable: true });
    expect(all.groups.map((group) => [group.groupId, group.errorCode, group.topics.map((topic) =>
      topic.partitions.map((partition) => partition.committedOffset))])).toEqual([
      ['readers', 0, [[42n]]], ['nobody', 0, [[-1n]]]]);
  });

  test('a later commit replaces the earlier one; null topics (v2+) fetch every committed partition', async () => {
    const { client } = await startWithOffsetsTopic();
    await createTopic(client, 'payments');
    await client.request(ApiKey.OffsetCommit, 2, commitBody('g1', [[0, 5n]]));
    await client.request(ApiKey.OffsetCommit, 5, commitBody('g1', [[0, 9n]]));
    await client.request(ApiKey.OffsetCommit, 9, commitBody('g1', [[0, 1n]], { topic: 'payments' }));
    const fetched = await client.request<OffsetFetchResponse>(ApiKey.OffsetFetch, 3, { groupId: 'g1', topics: null });
    expect(fetched.topics.map((topic) => [topic.name, topic.partitions.map((partition) => partition.committedOffset)]))
      .toEqual([['orders', [9n]], ['payments', [1n]]]);
  });

  test('refusals: unknown topic, metadata too long, a generation commit to an absent group, an empty group id', async () => {
    const { client } = await startWithOffsetsTopic();
    const unknownTopic = await client.request<OffsetCommitResponse>(ApiKey.OffsetCommit, 8,
      commitBody('g', [[0, 1n]], { topic: 'missing' }));
    expect(commitCodes(unknownTopic)).toEqual([ErrorCode.UNKNOWN_TOPIC_OR_PARTITION]);
    const tooLong = await client.request<OffsetCommitResponse>(ApiKey.OffsetCommit, 8,
      commitBody('g', [[0, 1n]], { metadata: 'x'.repeat(4097) }));
    expect(commitCodes(tooLong)).toEqual([ErrorCode.OFFSET_METADATA_TOO_LARGE]);
    const v8 = await client.request<OffsetCommitResponse>(ApiKey.OffsetCommit, 8,
      commitBody('g', [[0, 1n]], { generation: 4, memberId: 'm' }));
    expect(commitCodes(v8)).toEqual([ErrorCode.ILLEGAL_GENERATION]);
    const v9 = await client.request<OffsetCommitResponse>(ApiKey.OffsetCommit, 9,
      commitBody('g', [[0, 1n]], { generation: 4, memberId: 'm' }));
    expect(commitCodes(v9)).toEqual([ErrorCode.GROUP_ID_NOT_FOUND]);
    const empty = await client.request<OffsetCommitResponse>(ApiKey.OffsetCommit, 8, commitBody('', [[0, 1n]]));
    expect(commitCodes(empty)).toEqual([ErrorCode.INVALID_GROUP_ID]);
    const fetched = await client.request<OffsetFetchResponse>(ApiKey.OffsetFetch, 7, {
      groupId: 'g', topics: [{ name: topicName('orders'), partitionIndexes: [0] }], requireStable: false });
    expect(fetched.topics[0]?.partitions[0]?.committedOffset).toBe(-1n);
  });
});

describe('OffsetDelete, ListGroups, DeleteGroups', () => {
  test('offsets deleted by OffsetDelete and by DeleteGroups are gone; ListGroups shows the simple group until then', async () => {
    const { client } = await startWithOffsetsTopic();
    await client.request(ApiKey.OffsetCommit, 8, commitBody('simple', [[0, 7n]]));
    await client.request(ApiKey.OffsetCommit, 8, commitBody('other', [[0, 8n]]));
    const listed = await client.request<ListGroupsResponse>(ApiKey.ListGroups, 5, { statesFilter: ['empty'], typesFilter: ['Classic'] });
    expect(listed.groups.map((group) => [group.groupId, group.groupState, group.groupType, group.protocolType]).sort())
      .toEqual([['other', 'Empty', 'classic', ''], ['simple', 'Empty', 'classic', '']]);
    const consumerOnly = await client.request<ListGroupsResponse>(ApiKey.ListGroups, 5, { typesFilter: ['consumer'] });
    expect(consumerOnly.groups).toEqual([]);
    const deleted = await client.request<OffsetDeleteResponse>(ApiKey.OffsetDelete, 0, { groupId: 'simple',
      topics: [{ name: topicName('orders'), partitions: [{ partitionIndex: 0 }] }] });
    expect(deleted.errorCode).toBe(ErrorCode.NONE);
    expect(deleted.topics[0]?.partitions[0]?.errorCode).toBe(ErrorCode.NONE);
    const groups = await client.request<DeleteGroupsResponse>(ApiKey.DeleteGroups, 2, { groupsNames: ['other', 'simple'] });
    expect(groups.results.map((result) => [result.groupId, result.errorCode]))
      .toEqual([['other', ErrorCode.NONE], ['simple', ErrorCode.GROUP_ID_NOT_FOUND]]);
    const after = await client.request<ListGroupsResponse>(ApiKey.ListGroups, 0, {});
    expect(after.groups).toEqual([]);
    const fetched = await client.request<OffsetFetchResponse>(ApiKey.OffsetFetch, 6, { groupId: 'other', topics: null });
    expect(fetched.topics).toEqual([]);
  });
});

describe('the offsets topic belongs to the coordinator', () => {
  test('a client cannot produce to __consumer_offsets; a deleted topic\'s offsets are tombstoned', async () => {
    const { client } = await startWithOffsetsTopic();
    const produced = await client.request<ProduceResponse>(ApiKey.Produce, 9,
      produceRequest('__consumer_offsets', batchOf('forged', 1)));
    expect(produced.responses[0]?.partitionResponses[0]?.errorCode).toBe(ErrorCode.INVALID_TOPIC_EXCEPTION);
    await createTopic(client, 'doomed');
    await client.request(ApiKey.OffsetCommit, 8, commitBody('g', [[0, 3n]], { topic: 'doomed' }));
    await client.request(ApiKey.OffsetCommit, 8, commitBody('g', [[0, 5n]]));
    await client.request(ApiKey.DeleteTopics, 4, { topicNames: [topicName('doomed')], timeoutMs: 1000 });
    await settle();
    const fetched = await client.request<OffsetFetchResponse>(ApiKey.OffsetFetch, 6, { groupId: 'g', topics: null });
    expect(fetched.topics.map((topic) => topic.name)).toEqual(['orders']);
  });
});

describe('coordinator errors', () => {
  test('before the offsets topic exists a commit is COORDINATOR_NOT_AVAILABLE; the group hashes as Kafka does', async () => {
    harness = await BrokerHarness.start({ config: `offsets.topic.num.partitions=${partitions}\n` });
    const client = await harness.client();
    await createTopic(client, 'orders');
    const early = await client.request<OffsetCommitResponse>(ApiKey.OffsetCommit, 8, commitBody('g', [[0, 1n]]));
    expect(commitCodes(early)).toEqual([ErrorCode.COORDINATOR_NOT_AVAILABLE]);
    expect(harness.broker.groupCoordinator.partitionFor('my-group')).toBe(groupPartition('my-group', partitions));
  });

  test('a group\'s error goes where the OffsetFetch version has room: partitions (v0-1), top level (v2-7), group (v8+)', async () => {
    harness = await BrokerHarness.start({ config: `offsets.topic.num.partitions=${partitions}\n` });
    const client = await harness.client();
    const topics = [{ name: topicName('orders'), partitionIndexes: [0, 1] }];
    const v1 = await client.request<OffsetFetchResponse>(ApiKey.OffsetFetch, 1, { groupId: 'g', topics });
    expect(v1.topics[0]?.partitions.map((partition) => partition.errorCode))
      .toEqual([ErrorCode.COORDINATOR_NOT_AVAILABLE, ErrorCode.COORDINATOR_NOT_AVAILABLE]);
    const v2 = await client.request<OffsetFetchResponse>(ApiKey.OffsetFetch, 2, { groupId: 'g', topics });
    expect([v2.errorCode, v2.topics]).toEqual([ErrorCode.COORDINATOR_NOT_AVAILABLE, []]);
    const v8 = await client.request<OffsetFetchResponse>(ApiKey.OffsetFetch, 8, {
      groups: [{ groupId: 'g', memberId: null, memberEpoch: -1, topics }] });
    expect(v8.groups.map((group) => [group.groupId, group.errorCode])).toEqual([['g', ErrorCode.COORDINATOR_NOT_AVAILABLE]]);
  });
});
