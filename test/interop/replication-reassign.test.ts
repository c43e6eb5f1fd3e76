// Goal (issue 11, "Tests with real processes"): moving replicas and leaders on purpose loses no
// acknowledged write. With a confluent-kafka producer at a steady rate (acks=all) and a consumer
// running throughout, on a topic with replication factor 3 and min.insync.replicas=2:
// - reassignment (kafkajs' AlterPartitionReassignments) of a partition from brokers 1,2,3 to
//   2,3,4 on four nodes: node 4 catches up and joins the ISR, node 1 (the leader) leaves, a new
//   leader takes over, ListPartitionReassignments ends empty, node 1 deletes its replica's log;
// - preferred leader election (ElectLeaders, type preferred) on three nodes: after kill -9 of the
//   preferred leader and its restart (auto.leader.rebalance.enable=false, so nothing moves the
//   leader back by itself), ElectLeaders makes it leader again in a new leader epoch.
// Afterwards support/replication-verdict.ts: no acknowledged record lost or moved, no read later
// undone, every replica byte-identical below the high watermark. Needs the controller-repl
// branch (reassignment, ElectLeaders) on top of repl-core's replication.
// Method: ClusterProcesses; every wait is a bounded poll derived from the configured timeouts.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { describe, expect, test } from 'vitest';
import { skipWithout } from './support/clients.js';
import { electPreferredLeaders } from './support/elect-leaders.js';
import { eventually } from './support/eventually.js';
import { addressOf, partitionStates } from './support/partition-state.js';
import { waitForFullIsr } from './support/replica-agreement.js';
import {
  disposeAfterEach, failoverBoundMs, leaderAmong, rejoinBoundMs, startReplicatedCluster, type ReplicationTimeouts,
} from './support/replicated-cluster.js';
import { expectReplicatedHistory } from './support/replication-verdict.js';
import { FollowingConsumer, SteadyProducer } from './support/steady-clients.js';

const timeouts: ReplicationTimeouts = { sessionTimeoutMs: 3000, replicaLagTimeMs: 3000 };
const started = disposeAfterEach();

function startClients(bootstrap: string, topic: string): { producer: SteadyProducer; consumer: FollowingConsumer } {
  const consumer = FollowingConsumer.start({ bootstrap, topic, partitions: 1 });
  started.clients.push(consumer);
  const producer = SteadyProducer.start({ bootstrap, topic, partitions: 1, ratePerSecond: 100, prefix: topic });
  started.clients.push(producer);
  return { producer, consumer };
}

describe('reassignment and preferred leader election under load, real processes', () => {
  test.skipIf(skipWithout('confluent-kafka', 'kcat'))(
    'a partition reassigned from brokers 1,2,3 to 2,3,4 under acks=all load: no acknowledged record lost, replicas identical',
    async () => {
      const topic = 'moving';
      const { cluster } = await startReplicatedCluster({ topic, timeouts, brokers: 1, assignments: [[1, 2, 3]] });
      started.clusters.push(cluster);
      const bootstrap = cluster.kafkaAddresses().join(',');
      const { producer, consumer } = startClients(bootstrap, topic);
      await producer.waitForAcknowledged('the first acknowledgements', { after: 0, count: 100, limitMs: 30_000 });

      const admin = new Kafka({ clientId: 'reassign-test', brokers: cluster.kafkaAddresses(), logLevel: logLevel.NOTHING }).admin();
      await admin.connect();
      try {
        await admin.alterPartitionReassignments({ topics: [{ topic, partitionAssignment: [{ partition: 0, replicas: [2, 3, 4] }] }] });
        await eventually('the reassignment completed', rejoinBoundMs, async () => {
          const listed = await admin.listPartitionReassignments({ topics: [{ topic, partitions: [0] }] });
          const state = (await partitionStates(addressOf(cluster, 2), topic)).get(0);
          const done = listed.topics.length === 0 && state !== undefined &&
            state.replicas.join() === '2,3,4' && state.isr.join() === '2,3,4';
          return done ? state : undefined;
        });
      } finally {
        await admin.disconnect();
      }
      const moved = await leaderAmong(cluster, { topic, partition: 0, among: [2, 3, 4], limitMs: failoverBoundMs(timeouts) });
      expect(moved.replicas).toEqual([2, 3, 4]);
      await eventually('node 1 deleted its replica of moving-0', rejoinBoundMs, async () =>
        existsSync(join(cluster.node(1).dataDirectory, `${topic}-0`)) ? undefined : true);
      await producer.waitForAcknowledged('acknowledgements after the move',
        { after: producer.acknowledged().length, count: 50, limitMs: failoverBoundMs(timeouts) });
      const { agreements } = await expectReplicatedHistory(cluster, { topic, producer, consumer });
      expect([...(agreements[0]?.replicas.keys() ?? [])].sort()).toEqual([2, 3, 4]);
    }, 240_000);

  test.skipIf(skipWithout('confluent-kafka', 'kcat'))(
    'ElectLeaders brings leadership back to the preferred replica under acks=all load: no acknowledged record lost',
    async () => {
      const topic = 'preferred';
      const { cluster, states } = await startReplicatedCluster({ topic, timeouts, assignments: [[1, 2, 3]],
        settings: { 'auto.leader.rebalance.enable': 'false' } });
      started.clusters.push(cluster);
      expect(states.get(0)?.leader).toBe(1);
      const bootstrap = cluster.kafkaAddresses().join(',');
      const { producer, consumer } = startClients(bootstrap, topic);
      await producer.waitForAcknowledged('the first acknowledgements', { after: 0, count: 50, limitMs: 30_000 });

      await cluster.kill(1);
      const away = await leaderAmong(cluster, { topic, partition: 0, among: [2, 3], limitMs: failoverBoundMs(timeouts) });
      await cluster.restart(1);
      const rejoined = await waitForFullIsr(cluster, { topic, among: [2, 3], limitMs: rejoinBoundMs });
      expect(rejoined.get(0)?.leader).toBe(away.leader);
      await producer.waitForAcknowledged('acknowledgements under the second leader',
        { after: producer.acknowledged().length, count: 50, limitMs: failoverBoundMs(timeouts) });

      await electPreferredLeaders(addressOf(cluster, 2), topic, [0]);
      const back = await leaderAmong(cluster, { topic, partition: 0, among: [1], limitMs: failoverBoundMs(timeouts) });
      expect(back.leaderEpoch).toBeGreaterThan(away.leaderEpoch);
      await producer.waitForAcknowledged('acknowledgements after the preferred election',
        { after: producer.acknowledged().length, count: 50, limitMs: failoverBoundMs(timeouts) });
      await expectReplicatedHistory(cluster, { topic, producer, consumer });
    }, 240_000);
});
