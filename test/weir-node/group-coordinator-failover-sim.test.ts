// Goal: committed offsets survive the loss of their coordinator (issue 12): on three WeirNodes
// with __consumer_offsets replicated three ways, offsets committed through the group's
// coordinator (the leader of its offsets partition) are fetched back after that broker is
// killed, from the broker that became the partition's leader and loaded the shard by replaying
// its replica; meanwhile the group is answered NOT_COORDINATOR or COORDINATOR_LOAD_IN_PROGRESS,
// never with offsets it does not have. Method: the simulator's world (virtual clock, network,
// disks) running the real nodes; a KafkaClient on the same network; bounded runs of virtual time.
import { describe, expect, test } from 'vitest';
import { groupPartition } from '../../src/group/group-partition.js';
import { ApiKey, ErrorCode, topicName, type GroupId } from '../../src/protocol/mod.js';
import { createFindCoordinatorRequest, type FindCoordinatorResponse } from '../../src/protocol/generated/messages/find-coordinator.js';
import { createOffsetCommitRequest, type OffsetCommitResponse } from '../../src/protocol/generated/messages/offset-commit.js';
import { createOffsetFetchRequest, type OffsetFetchResponse } from '../../src/protocol/generated/messages/offset-fetch.js';
import type { SimWeirCluster } from './support/sim-weir-cluster.js';
import type { TestOnlyBreakGroups } from '../../src/group/runtime/test-only-break-groups.js';
import { createReplicatedTopic, startReplicationCluster } from './support/replication-world.js';

const group = 'failover-group';
const offsetsPartitions = 3;

async function findCoordinator(cluster: SimWeirCluster, viaNode: number): Promise<FindCoordinatorResponse> {
  const outcome = await cluster.ask(() => cluster.client.send<FindCoordinatorResponse>(`node-${viaNode}:9092`, {
    apiKey: ApiKey.FindCoordinator, versions: { lowestVersion: 3, highestVersion: 3 }, body: createFindCoordinatorRequest({ key: group, keyType: 0 }) }));
  if (outcome.kind !== 'response') throw new Error(`FindCoordinator ended ${outcome.kind}`);
  return outcome.body;
}

async function commit(cluster: SimWeirCluster, nodeId: number, offsets: readonly bigint[]): Promise<number[]> {
  const outcome = await cluster.ask(() => cluster.client.send<OffsetCommitResponse>(`node-${nodeId}:9092`, {
    apiKey: ApiKey.OffsetCommit, versions: { lowestVersion: 8, highestVersion: 8 },
    body: createOffsetCommitRequest({ groupId: group as GroupId, generationIdOrMemberEpoch: -1, memberId: '', groupInstanceId: null, retentionTimeMs: -1n,
      topics: [{ name: topicName('orders'), partitions: offsets.map((committedOffset, partitionIndex) => ({
        partitionIndex, committedOffset, committedLeaderEpoch: 0, commitTimestamp: -1n, committedMetadata: `m${partitionIndex}` })) }] }) }));
  if (outcome.kind !== 'response') throw new Error(`OffsetCommit ended ${outcome.kind}: ${cluster.logLines.filter((line) => /error|refus|clos|fatal/i.test(line)).slice(-8).join('\n')}`);
  return outcome.body.topics.flatMap((topic) => topic.partitions.map((partition) => partition.errorCode));
}

async function fetchOffsets(cluster: SimWeirCluster, nodeId: number): Promise<OffsetFetchResponse> {
  const outcome = await cluster.ask(() => cluster.client.send<OffsetFetchResponse>(`node-${nodeId}:9092`, {
    apiKey: ApiKey.OffsetFetch, versions: { lowestVersion: 7, highestVersion: 7 },
    body: createOffsetFetchRequest({ groupId: group as GroupId, topics: null, requireStable: true }) }));
  if (outcome.kind !== 'response') throw new Error(`OffsetFetch ended ${outcome.kind}`);
  return outcome.body;
}

/** The leader of the group's offsets partition in node `viewer`'s image (-1: none). */
function offsetsLeader(cluster: SimWeirCluster, viewer: number): number {
  const topic = cluster.machine(viewer).node?.image().topicsByName.get(topicName('__consumer_offsets'));
  return topic?.partitions[groupPartition(group, offsetsPartitions)]?.leader ?? -1;
}

function hasShard(cluster: SimWeirCluster, nodeId: number): boolean {
  const coordinator = cluster.machine(nodeId).node?.groupCoordinator();
  return coordinator !== null && coordinator !== undefined && 'shard' in coordinator.shardFor(group);
}

/**
 * Commits 42 through the group's coordinator, kills it, and returns what the broker that then
 * leads the group's offsets partition answers an OffsetFetch of the group with.
 */
async function failoverStory(seed: number, breakGroups?: TestOnlyBreakGroups): Promise<OffsetFetchResponse> {
  const cluster = await startReplicationCluster(seed, { combined: [1, 2, 3] },
    { config: [['offsets.topic.num.partitions', String(offsetsPartitions)]],
      ...(breakGroups === undefined ? {} : { breakGroups }) });
  await createReplicatedTopic(cluster, 'orders');
  let found = await findCoordinator(cluster, 1);
  for (let attempt = 0; attempt < 20 && found.errorCode !== ErrorCode.NONE; attempt += 1) {
    await cluster.runUntil(() => false, 200);
    found = await findCoordinator(cluster, 1);
  }
  expect(found.errorCode).toBe(ErrorCode.NONE);
  const first = found.nodeId as number;
  const offsetsTopic = cluster.machine(1).node?.image().topicsByName.get(topicName('__consumer_offsets'));
  expect(offsetsTopic?.partitions.map((partition) => partition.replicas.length)).toEqual([3, 3, 3]);
  expect(await cluster.runUntil(() => hasShard(cluster, first), 10_000)).toBe(true);
  expect(await commit(cluster, first, [42n])).toEqual([ErrorCode.NONE]);
  const other = [1, 2, 3].find((id) => id !== first) as number;
  expect(await commit(cluster, other, [7n])).toEqual([ErrorCode.NOT_COORDINATOR]);

  cluster.crash(first);
  const survivor = [1, 2, 3].find((id) => id !== first) as number;
  expect(await cluster.runUntil(() => ![first, -1].includes(offsetsLeader(cluster, survivor)), 20_000)).toBe(true);
  const next = offsetsLeader(cluster, survivor);
  expect(await cluster.runUntil(() => hasShard(cluster, next), 10_000)).toBe(true);
  expect((await findCoordinator(cluster, survivor)).nodeId).toBe(next);
  let fetched = await fetchOffsets(cluster, next);
  for (let attempt = 0; attempt < 20 && fetched.errorCode !== ErrorCode.NONE; attempt += 1) {
    await cluster.runUntil(() => false, 500);
    fetched = await fetchOffsets(cluster, next);
  }
  expect(fetched.errorCode).toBe(ErrorCode.NONE);
  expect(cluster.world.violation).toBeNull();
  return fetched;
}

function offsetsOf(fetched: OffsetFetchResponse): unknown {
  return fetched.topics.map((topic) => [topic.name, topic.partitions.map((partition) =>
    [partition.partitionIndex, partition.committedOffset, partition.committedLeaderEpoch, partition.metadata])]);
}

describe('group coordinator failover across three WeirNodes', () => {
  test('offsets committed through the coordinator are fetched from the broker that loads them after it is killed', async () => {
    expect(offsetsOf(await failoverStory(41))).toEqual([['orders', [[0, 42n, 0, 'm0']]]]);
  }, 120_000);

  test('negative control: a coordinator that loads nothing (TestOnlyBreakGroups.skipLoading) has lost the offsets', async () => {
    expect(offsetsOf(await failoverStory(41, { skipLoading: true }))).toEqual([]);
  }, 120_000);
});
