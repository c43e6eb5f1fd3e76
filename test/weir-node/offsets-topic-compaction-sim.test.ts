// Goal: `__consumer_offsets` stays small under constant commits (issue 12): it is created
// compacted, so the log cleaner keeps only the latest commit of each group, topic and partition,
// on the leader and on its followers alike, and the group's offsets read back unchanged after
// every cleaning. Method: three WeirNodes in the simulator with one small-segment offsets
// partition and a short cleaner backoff; 1,500 commits of one partition for one
// group through its coordinator; then a bounded run until every replica holds a small fraction.
import { describe, expect, test } from 'vitest';
import { decodeRecordBatches } from '../../storage/mod.js';
import { ApiKey, ErrorCode, topicName, type GroupId } from '../../src/protocol/mod.js';
import { createFindCoordinatorRequest, type FindCoordinatorResponse } from '../../src/protocol/generated/messages/find-coordinator.js';
import { createOffsetCommitRequest, type OffsetCommitResponse } from '../../src/protocol/generated/messages/offset-commit.js';
import { createOffsetFetchRequest, type OffsetFetchResponse } from '../../src/protocol/generated/messages/offset-fetch.js';
import type { Partition } from '../../src/broker/partition/partition.js';
import { createReplicatedTopic, hostedBy, startReplicationCluster, storedBytes } from './support/replication-world.js';
import type { SimWeirCluster } from './support/sim-weir-cluster.js';

const group = 'busy-group' as GroupId;
const commits = 1500;
const partitions = 1;

async function coordinatorOf(cluster: SimWeirCluster): Promise<number> {
  for (;;) {
    const outcome = await cluster.ask(() => cluster.client.send<FindCoordinatorResponse>('node-1:9092', {
      apiKey: ApiKey.FindCoordinator, versions: { lowestVersion: 3, highestVersion: 3 },
      body: createFindCoordinatorRequest({ key: group, keyType: 0 }) }));
    if (outcome.kind === 'response' && outcome.body.errorCode === ErrorCode.NONE) return outcome.body.nodeId;
    expect(await cluster.runUntil(() => false, 200)).toBe(false);
  }
}

async function commit(cluster: SimWeirCluster, coordinator: number, round: number): Promise<void> {
  const outcome = await cluster.ask(() => cluster.client.send<OffsetCommitResponse>(`node-${coordinator}:9092`, {
    apiKey: ApiKey.OffsetCommit, versions: { lowestVersion: 8, highestVersion: 8 },
    body: createOffsetCommitRequest({ groupId: group, generationIdOrMemberEpoch: -1, memberId: '', groupInstanceId: null,
      retentionTimeMs: -1n, topics: [{ name: topicName('orders'), partitions: Array.from({ length: partitions }, (_, partitionIndex) => ({
        partitionIndex, committedOffset: BigInt(round * 10 + partitionIndex), committedLeaderEpoch: 0, commitTimestamp: -1n,
        committedMetadata: `round ${round}` })) }] }) }));
  if (outcome.kind !== 'response') throw new Error(`OffsetCommit ended ${outcome.kind}`);
  expect(outcome.body.topics[0]?.partitions.map((partition) => partition.errorCode)).toEqual(Array(partitions).fill(ErrorCode.NONE));
}

async function committedOffsets(cluster: SimWeirCluster, coordinator: number): Promise<bigint[]> {
  const outcome = await cluster.ask(() => cluster.client.send<OffsetFetchResponse>(`node-${coordinator}:9092`, {
    apiKey: ApiKey.OffsetFetch, versions: { lowestVersion: 7, highestVersion: 7 },
    body: createOffsetFetchRequest({ groupId: group, topics: null, requireStable: true }) }));
  if (outcome.kind !== 'response') throw new Error(`OffsetFetch ended ${outcome.kind}`);
  return (outcome.body.topics[0]?.partitions ?? []).map((partition) => partition.committedOffset);
}

async function recordCount(cluster: SimWeirCluster, partition: Partition): Promise<number> {
  const bytes = await storedBytes(cluster, partition);
  return decodeRecordBatches(new Uint8Array(bytes)).reduce((total, batch) => total + batch.records.length, 0);
}

describe('__consumer_offsets under constant commits', () => {
  test('the cleaner keeps it small on every replica, and the latest offsets read back', async () => {
    const cluster = await startReplicationCluster(91, { combined: [1, 2, 3] }, { config: [
      ['offsets.topic.num.partitions', '1'], ['offsets.topic.segment.bytes', '16384'], ['log.cleaner.backoff.ms', '200']] });
    await createReplicatedTopic(cluster, 'orders');
    const coordinator = await coordinatorOf(cluster);
    for (let round = 0; round < commits; round += 1) await commit(cluster, coordinator, round);
    const latest = Array.from({ length: partitions }, (_, index) => BigInt((commits - 1) * 10 + index));
    expect(await committedOffsets(cluster, coordinator)).toEqual(latest);
    const replicas = (): Partition[] => [...hostedBy(cluster, '__consumer_offsets').values()];
    expect(replicas()).toHaveLength(3);
    const written = commits * partitions;
    // Every replica ends with a fraction of what was written: the active segment's records and
    // one per key below it.
    let counts: number[] = [];
    const small = async (): Promise<boolean> => {
      counts = await Promise.all(replicas().map((replica) => recordCount(cluster, replica)));
      return counts.every((count) => count < written / 4);
    };
    let cleaned = false;
    for (let attempt = 0; attempt < 30 && !cleaned; attempt += 1) {
      await cluster.runUntil(() => false, 1_000);
      cleaned = await small();
    }
    expect(counts.every((count) => count > 0)).toBe(true);
    expect(cleaned, `records per replica ${counts.join(', ')} of ${written} written`).toBe(true);
    expect(await committedOffsets(cluster, coordinator)).toEqual(latest);
    expect(cluster.world.violation).toBeNull();
  });
});
