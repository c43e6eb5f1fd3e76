// Goal: KIP-392 follower fetching (issue 11): with replica.selector.class set to Kafka's
// RackAwareReplicaSelector, a consumer that names its rack is told by the leader to read from
// the caught-up follower in that rack (PreferredReadReplica, no records), and that follower
// serves it below its own high watermark; a consumer in the leader's rack, or naming none, reads
// from the leader; a fenced follower is not chosen. Without the selector a
// follower refuses consumers (NOT_LEADER_OR_FOLLOWER), as before. Method: three combined
// WeirNodes in racks east/west/north in the simulator; a consumer's Fetch v12 sent by hand.
import { describe, expect, test } from 'vitest';
import { ApiKey, ErrorCode, topicName, ZERO_UUID } from '../../src/protocol/mod.js';
import {
  createFetchRequest, type FetchResponse, type FetchResponsePartitionData,
} from '../../src/protocol/generated/messages/fetch.js';
import { createReplicatedTopic, cut, produceTo, replicasOf, startReplicationCluster } from './support/replication-world.js';
import type { Partition } from '../../src/broker/partition/partition.js';
import type { SimWeirCluster } from './support/sim-weir-cluster.js';

const topic = 'nearby';
const racks: Record<number, string> = { 1: 'east', 2: 'west', 3: 'north' };

async function consumerFetch(cluster: SimWeirCluster, to: number, rackId: string): Promise<FetchResponsePartitionData> {
  const body = createFetchRequest({ maxWaitMs: 0, minBytes: 0, rackId, topics: [{ topic: topicName(topic),
    topicId: ZERO_UUID, partitions: [{ partition: 0, currentLeaderEpoch: -1, fetchOffset: 0n, lastFetchedEpoch: -1,
      logStartOffset: -1n, partitionMaxBytes: 1 << 20, replicaDirectoryId: ZERO_UUID }] }] });
  const outcome = await cluster.ask(() => cluster.client.send<FetchResponse>(`node-${to}:9092`,
    { apiKey: ApiKey.Fetch, body, versions: { lowestVersion: 12, highestVersion: 12 } }));
  if (outcome.kind !== 'response') throw new Error(`Fetch ended ${outcome.kind}`);
  const partition = outcome.body.responses[0]?.partitions[0];
  if (partition === undefined) throw new Error('no partition in the answer');
  return partition;
}

describe('KIP-392 follower fetching', () => {
  test('the leader sends a consumer to the follower in its rack, which serves it below its high watermark', async () => {
    const cluster = await startReplicationCluster(71, { combined: [1, 2, 3] }, {
      config: [['replica.lag.time.max.ms', '5000'],
        ['replica.selector.class', 'org.apache.kafka.common.replica.RackAwareReplicaSelector']],
      configFor: (id) => [['broker.rack', racks[id] ?? '']] });
    await createReplicatedTopic(cluster, topic, { replicas: [1, 2, 3] });
    for (let round = 0; round < 3; round += 1) {
      expect((await produceTo(cluster, 1, { topic, values: [`a${round}`, `b${round}`], acks: -1 })).errorCode)
        .toBe(ErrorCode.NONE);
    }
    expect(await cluster.runUntil(() => replicasOf(cluster, topic).every((replica) => replica.highWatermark === 6), 5_000))
      .toBe(true);
    // A consumer in the west is sent to broker 2, with no records from the leader.
    const redirected = await consumerFetch(cluster, 1, 'west');
    expect(redirected).toMatchObject({ errorCode: ErrorCode.NONE, preferredReadReplica: 2, highWatermark: 6n });
    expect(redirected.records?.length ?? 0).toBe(0);
    // Broker 2 serves it: the same bytes as the leader would.
    const fromFollower = await consumerFetch(cluster, 2, 'west');
    expect(fromFollower).toMatchObject({ errorCode: ErrorCode.NONE, preferredReadReplica: -1, highWatermark: 6n });
    const fromLeader = await consumerFetch(cluster, 1, '');
    expect(fromLeader).toMatchObject({ errorCode: ErrorCode.NONE, preferredReadReplica: -1 });
    expect(Buffer.from(fromFollower.records ?? []).equals(Buffer.from(fromLeader.records ?? []))).toBe(true);
    expect(fromLeader.records?.length ?? 0).toBeGreaterThan(0);
    // The leader's own rack reads from the leader.
    expect(await consumerFetch(cluster, 1, 'east')).toMatchObject({ errorCode: ErrorCode.NONE, preferredReadReplica: -1 });
    // Broker 3 (north) is cut off from the leader (here also the controller, so it is fenced): it
    // leaves the ISR and is no longer chosen; the leader serves the north. (A follower that only
    // lags is test/broker/preferred-read-replica.test.ts's.)
    const leader = (): Partition | undefined => replicasOf(cluster, topic).find((replica) => replica.isLeader);
    expect(await cluster.runUntil(() => leader()?.followers?.committedIsrFollowers.length === 2, 15_000)).toBe(true);
    cut(cluster, 1, 3);
    await produceTo(cluster, 1, { topic, values: ['c'], acks: 1 });
    expect(await cluster.runUntil(() => leader()?.followers?.committedIsrFollowers.includes(3) === false, 15_000)).toBe(true);
    const lagging = await consumerFetch(cluster, 1, 'north');
    expect(lagging).toMatchObject({ errorCode: ErrorCode.NONE, preferredReadReplica: -1 });
    expect(lagging.records?.length ?? 0).toBeGreaterThan(0);
    expect(cluster.world.violation).toBeNull();
  });

  test('without a replica selector a follower refuses consumers and the leader names no other replica', async () => {
    const cluster = await startReplicationCluster(72, { combined: [1, 2, 3] }, {
      configFor: (id) => [['broker.rack', racks[id] ?? '']] });
    await createReplicatedTopic(cluster, topic, { replicas: [1, 2, 3] });
    expect((await produceTo(cluster, 1, { topic, values: ['a'], acks: -1 })).errorCode).toBe(ErrorCode.NONE);
    expect(await consumerFetch(cluster, 1, 'west')).toMatchObject({ errorCode: ErrorCode.NONE, preferredReadReplica: -1 });
    expect((await consumerFetch(cluster, 2, 'west')).errorCode).toBe(ErrorCode.NOT_LEADER_OR_FOLLOWER);
    expect(cluster.world.violation).toBeNull();
  });
});
