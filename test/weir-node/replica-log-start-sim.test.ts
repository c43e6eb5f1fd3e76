// Goal: a follower's log start follows its leader's (issue 11): after DeleteRecords at the leader,
// every follower's log starts at the same offset, so a follower that later leads never serves
// records a client deleted. Method: three combined WeirNodes in the simulator; DeleteRecords
// through the leader; then the leader crashes and the new leader's log start is checked.
import { describe, expect, test } from 'vitest';
import { ApiKey, ErrorCode, topicName } from '../../src/protocol/mod.js';
import {
  createDeleteRecordsRequest, type DeleteRecordsResponse,
} from '../../src/protocol/generated/messages/delete-records.js';
import { createReplicatedTopic, hostedBy, partitionImage, produceTo, replicasOf, startReplicationCluster } from './support/replication-world.js';

const topic = 'trimmed';

describe('a follower\'s log start', () => {
  test('follows the leader\'s after DeleteRecords, and a new leader starts its log there too', async () => {
    const cluster = await startReplicationCluster(61, { combined: [1, 2, 3] });
    await createReplicatedTopic(cluster, topic, { replicas: [1, 2, 3] });
    for (let round = 0; round < 5; round += 1) {
      expect((await produceTo(cluster, 1, { topic, values: [`a${round}`, `b${round}`], acks: -1 })).errorCode)
        .toBe(ErrorCode.NONE);
    }
    const deleted = await cluster.ask(() => cluster.client.send<DeleteRecordsResponse>('node-1:9092', {
      apiKey: ApiKey.DeleteRecords,
      body: createDeleteRecordsRequest({ timeoutMs: 5_000,
        topics: [{ name: topicName(topic), partitions: [{ partitionIndex: 0, offset: 6n }] }] }),
    }));
    if (deleted.kind !== 'response') throw new Error(`DeleteRecords ended ${deleted.kind}`);
    expect(deleted.body.topics[0]?.partitions[0]).toMatchObject({ errorCode: ErrorCode.NONE, lowWatermark: 6n });
    // The followers hear of it on their next fetch.
    expect(await cluster.runUntil(() => replicasOf(cluster, topic)
      .every((replica) => replica.offsets.logStartOffset === 6), 5_000)).toBe(true);
    // The leader goes; whichever follower leads next starts its log at 6 as well.
    cluster.crash(1);
    expect(await cluster.runUntil(() => [2, 3].includes(partitionImage(cluster, topic, 2).leader) &&
      hostedBy(cluster, topic).get(partitionImage(cluster, topic, 2).leader)?.isLeader === true, 15_000)).toBe(true);
    const newLeader = hostedBy(cluster, topic).get(partitionImage(cluster, topic, 2).leader);
    expect(newLeader?.offsets.logStartOffset).toBe(6);
    expect(cluster.world.violation).toBeNull();
  });
});
