// Goal: partition replication across whole WeirNodes, Kafka's way (issue 11): a topic with
// replication factor 3 is hosted on all three brokers, the followers fetch the leader's batches
// and hold byte-identical logs below the high watermark, and an acks=all produce is answered
// only once every in-sync replica has the batch. Method: the simulator's world (virtual clock,
// network, disks) with three combined nodes; a KafkaClient on the same network plays the
// producer; every wait is a bounded run of virtual time.
import { describe, expect, test } from 'vitest';
import { ErrorCode } from '../../src/protocol/mod.js';
import {
  createReplicatedTopic, partitionImage, produceTo, replicasOf, startReplicationCluster, storedBytes,
} from './support/replication-world.js';
import { acksAllStory } from './support/replication-scenarios.js';

const topic = 'replicated';
const shape = { combined: [1, 2, 3] };

describe('replication across three WeirNodes', () => {
  test('replication factor 3: every replica hosts the log and holds it byte-identical below the high watermark', async () => {
    const cluster = await startReplicationCluster(31, shape);
    await createReplicatedTopic(cluster, topic);
    expect(replicasOf(cluster, topic).map((replica) => replica.role.kind).sort()).toEqual(['follower', 'follower', 'leader']);
    const leader = partitionImage(cluster, topic, 1).leader;
    for (let round = 0; round < 5; round += 1) {
      const answer = await produceTo(cluster, leader, { topic, values: [`a${round}`, `b${round}`], acks: -1 });
      expect(answer).toMatchObject({ errorCode: ErrorCode.NONE, baseOffset: BigInt(round * 2) });
    }
    // The followers learn the leader's high watermark on their next fetch.
    expect(await cluster.runUntil(() => replicasOf(cluster, topic).every((replica) => replica.highWatermark === 10), 5_000))
      .toBe(true);
    const logs = await Promise.all(replicasOf(cluster, topic).map((replica) => storedBytes(cluster, replica, 10)));
    expect(logs[0]?.length).toBeGreaterThan(0);
    for (const log of logs) expect(log.equals(logs[0] as Buffer)).toBe(true);
    expect(cluster.world.violation).toBeNull();
  });

  test('acks=all is answered only once the followers have the batch; acks=1 at the leader\'s append', async () => {
    const seen = await acksAllStory(32);
    expect(seen.errorCode).toBe(ErrorCode.NONE);
    // When the acks=all answer came, every replica's log already held its offset 1.
    expect(seen.logEndOffsetsAtAnswer).toEqual([2, 2, 2]);
  });
});
