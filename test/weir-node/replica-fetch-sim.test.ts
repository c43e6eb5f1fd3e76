// Goal: a partition leader answers replica fetches as Kafka does (issue 11): a follower reads up
// to the log end while a consumer reads only below the high watermark; a fetch in an older
// leader epoch than the leader's is UNKNOWN_LEADER_EPOCH; a replica id that is
// not one of the partition's replicas is refused NOT_LEADER_OR_FOLLOWER, as is a fetch sent to a
// follower, whose answer names the current leader and its endpoint (KIP-951); a LastFetchedEpoch
// the leader's log disagrees with is answered DivergingEpoch; OffsetForLeaderEpoch says where an
// epoch ends. Method: three combined WeirNodes in the simulator; the test's KafkaClient sends
// the Fetch bodies the replica fetcher itself builds (fetch-request.ts).
import { describe, expect, test } from 'vitest';
import { ApiKey, ErrorCode, topicName, type NodeId, type Uuid } from '../../src/protocol/mod.js';
import type { FetchResponse } from '../../src/protocol/generated/messages/fetch.js';
import {
  createOffsetForLeaderEpochRequest, type OffsetForLeaderEpochResponse,
} from '../../src/protocol/generated/messages/offset-for-leader-epoch.js';
import { buildReplicaFetch, fetchDialectVersions, type FetchDialect } from '../../src/broker/fetcher/fetch-request.js';
import { createReplicatedTopic, cut, partitionImage, produceTo, startReplicationCluster } from './support/replication-world.js';
import type { SimWeirCluster } from './support/sim-weir-cluster.js';

const topic = 'fetched';

async function fetchAs(cluster: SimWeirCluster, to: number, ask: { replicaId: number; fetchOffset?: number;
  currentLeaderEpoch: number; lastFetchedEpoch?: number; dialect?: FetchDialect }) {
  const partition = partitionImage(cluster, topic, 1);
  const dialect = ask.dialect ?? 'replica-state';
  const body = buildReplicaFetch([{ topicName: topicName(topic), topicId: partition.topicId as Uuid, partitionIndex: 0,
    fetchOffset: ask.fetchOffset ?? 0, currentLeaderEpoch: ask.currentLeaderEpoch, lastFetchedEpoch: ask.lastFetchedEpoch ?? -1 }],
  { replicaId: ask.replicaId, brokerEpoch: -1, maxWaitMs: 0, minBytes: 0, maxBytes: 1 << 20, partitionMaxBytes: 1 << 20 }, dialect);
  const outcome = await cluster.ask(() => cluster.client.send<FetchResponse>(`node-${to}:9092`,
    { apiKey: ApiKey.Fetch, body, versions: fetchDialectVersions[dialect] }));
  if (outcome.kind !== 'response') throw new Error(`Fetch ended ${outcome.kind}`);
  return { body: outcome.body, partition: outcome.body.responses[0]?.partitions[0] };
}

describe('the leader\'s side of replica fetches', () => {
  test('followers read to the log end, consumers below the high watermark; epochs, ids and roles are checked', async () => {
    const cluster = await startReplicationCluster(51, { combined: [1, 2, 3] });
    await createReplicatedTopic(cluster, topic, { replicas: [1, 2, 3] });
    const epoch = partitionImage(cluster, topic, 1).leaderEpoch;
    // Follower 3 hears nothing: the leader's high watermark stays below what it appended.
    cut(cluster, 1, 3);
    expect((await produceTo(cluster, 1, { topic, values: ['x', 'y'], acks: 1 })).errorCode).toBe(ErrorCode.NONE);
    const consumer = await fetchAs(cluster, 1, { replicaId: -1, currentLeaderEpoch: epoch, dialect: 'replica-id' });
    expect(consumer.partition).toMatchObject({ errorCode: ErrorCode.NONE });
    expect(consumer.partition?.records?.length ?? 0).toBe(0);
    const replica = await fetchAs(cluster, 1, { replicaId: 3, currentLeaderEpoch: epoch });
    expect(replica.partition?.errorCode).toBe(ErrorCode.NONE);
    expect(replica.partition?.records?.length ?? 0).toBeGreaterThan(0);
    expect(replica.partition?.highWatermark).toBe(0n);
    for (const dialect of ['replica-id', 'no-last-fetched-epoch'] as const) {
      expect((await fetchAs(cluster, 1, { replicaId: 3, currentLeaderEpoch: epoch, dialect })).partition?.records?.length ?? 0)
        .toBeGreaterThan(0);
    }
    // (FENCED_LEADER_EPOCH for an older epoch: replica-roles.test.ts; the topic's first epoch is 0.)
    expect((await fetchAs(cluster, 1, { replicaId: 3, currentLeaderEpoch: epoch + 1 })).partition?.errorCode)
      .toBe(ErrorCode.UNKNOWN_LEADER_EPOCH);
    expect((await fetchAs(cluster, 1, { replicaId: 9, currentLeaderEpoch: epoch })).partition?.errorCode)
      .toBe(ErrorCode.NOT_LEADER_OR_FOLLOWER);
    const atFollower = await fetchAs(cluster, 2, { replicaId: 3, currentLeaderEpoch: epoch });
    expect(atFollower.partition).toMatchObject({ errorCode: ErrorCode.NOT_LEADER_OR_FOLLOWER,
      currentLeader: { leaderId: 1 as NodeId, leaderEpoch: epoch } });
    expect(atFollower.body.nodeEndpoints).toEqual([{ nodeId: 1, host: 'node-1', port: 9092, rack: null }]);
    // A follower past where the leader's `epoch` ends (offset 2) is told where that is, with no records.
    const diverging = await fetchAs(cluster, 1, { replicaId: 3, fetchOffset: 4, currentLeaderEpoch: epoch, lastFetchedEpoch: epoch });
    expect(diverging.partition?.divergingEpoch).toEqual({ epoch, endOffset: 2n });
    expect(diverging.partition?.records?.length ?? 0).toBe(0);
    // An epoch above any the leader has known: everything past the leader's log end diverges.
    const unknown = await fetchAs(cluster, 1, { replicaId: 3, fetchOffset: 2, currentLeaderEpoch: epoch, lastFetchedEpoch: epoch + 5 });
    expect(unknown.partition?.divergingEpoch).toEqual({ epoch: -1, endOffset: 2n });
    const ends = await cluster.ask(() => cluster.client.send<OffsetForLeaderEpochResponse>('node-1:9092', {
      apiKey: ApiKey.OffsetForLeaderEpoch,
      body: createOffsetForLeaderEpochRequest({ replicaId: 3 as NodeId, topics: [{ topic: topicName(topic),
        partitions: [{ partition: 0, currentLeaderEpoch: epoch, leaderEpoch: epoch }] }] }),
    }));
    if (ends.kind !== 'response') throw new Error(`OffsetForLeaderEpoch ended ${ends.kind}`);
    expect(ends.body.topics[0]?.partitions[0]).toMatchObject({ errorCode: ErrorCode.NONE, leaderEpoch: epoch, endOffset: 2n });
    expect(cluster.world.violation).toBeNull();
  });
});
