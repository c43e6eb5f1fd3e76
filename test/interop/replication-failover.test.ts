// Goal (issue 11, "Tests with real processes"): on three real `weir node` processes, a topic with
// replication factor 3 and min.insync.replicas=2 loses no acknowledged write through repeated
// leader failovers. A confluent-kafka producer sends at a steady rate with acks=all (no retries)
// while the leader of partition 0 is killed with kill -9, a new leader is elected from the ISR,
// acknowledgements go on, the killed node is restarted and rejoins the ISR, and then the next
// leader is killed, for several rounds; a confluent-kafka consumer reads the topic throughout.
// Afterwards (support/replication-verdict.ts): every acknowledged record is in the log exactly
// once at its acknowledged offset, every record the consumer read is still there at the offset
// it read it at, and every replica's segment files hold the same bytes below the high watermark.
// Method: ClusterProcesses with short session and lag timeouts; every wait is a bounded poll whose
// limit comes from those timeouts; nothing sleeps and nothing is asserted about time.
import { describe, expect, test } from 'vitest';
import { skipWithout } from './support/clients.js';
import type { ClusterProcesses } from './support/cluster-processes.js';
import type { PartitionState } from './support/partition-state.js';
import { waitForFullIsr } from './support/replica-agreement.js';
import {
  disposeAfterEach, failoverBoundMs, leaderAmong, rejoinBoundMs, startReplicatedCluster, type ReplicationTimeouts,
} from './support/replicated-cluster.js';
import { expectReplicatedHistory } from './support/replication-verdict.js';
import { FollowingConsumer, SteadyProducer } from './support/steady-clients.js';

const timeouts: ReplicationTimeouts = { sessionTimeoutMs: 3000, replicaLagTimeMs: 3000 };
const rounds = 3;
const topic = 'replicated';
const partitions = 3;
const nodes = [1, 2, 3];

const started = disposeAfterEach();

/**
 * One round: kill -9 the leader of partition 0 (`before`, as every live node agreed), see a new
 * leader from the ISR and acks going on, restart the killed node, wait until it is back in the
 * ISR as the survivors see it; returns the killed node and partition 0's state after the round.
 */
async function failoverRound(cluster: ClusterProcesses, producer: SteadyProducer, before: PartitionState):
  Promise<{ killed: number; after: PartitionState }> {
  await cluster.kill(before.leader);
  const survivors = nodes.filter((nodeId) => nodeId !== before.leader);
  const next = await leaderAmong(cluster, { topic, partition: 0, among: survivors, limitMs: failoverBoundMs(timeouts) });
  expect(next.leaderEpoch).toBeGreaterThan(before.leaderEpoch);
  expect(before.isr).toContain(next.leader);
  // Two in-sync replicas meet min.insync.replicas=2: acks=all goes on without the killed node.
  await producer.waitForAcknowledged(`acknowledgements after node ${before.leader} was killed`,
    { after: producer.acknowledged().length, count: 30, limitMs: failoverBoundMs(timeouts) });
  await cluster.restart(before.leader);
  const states = await waitForFullIsr(cluster, { topic, among: survivors, limitMs: rejoinBoundMs });
  return { killed: before.leader, after: states.get(0) as PartitionState };
}

describe('replication through leader failovers (kill -9), real processes', () => {
  test.skipIf(skipWithout('confluent-kafka', 'kcat'))(
    'acks=all with min.insync.replicas=2: no acknowledged record lost or moved, no read later undone, replicas byte-identical',
    async () => {
      const { cluster, states } = await startReplicatedCluster({ topic, partitions, timeouts });
      started.clusters.push(cluster);
      for (const state of states.values()) expect(state.replicas).toEqual(nodes);
      const bootstrap = cluster.kafkaAddresses().join(',');
      const consumer = FollowingConsumer.start({ bootstrap, topic, partitions });
      started.clients.push(consumer);
      const producer = SteadyProducer.start({ bootstrap, topic, partitions, ratePerSecond: 150, prefix: 'failover' });
      started.clients.push(producer);
      await producer.waitForAcknowledged('the first acknowledgements', { after: 0, count: 50, limitMs: 30_000 });

      const killed: number[] = [];
      let current = states.get(0) as PartitionState;
      for (let round = 0; round < rounds; round += 1) {
        const { killed: victim, after } = await failoverRound(cluster, producer, current);
        killed.push(victim);
        current = after;
      }
      // Each round killed the leader the previous round elected, so more than one node died.
      expect(new Set(killed).size).toBeGreaterThan(1);
      await producer.waitForAcknowledged('acknowledgements after the last rejoin',
        { after: producer.acknowledged().length, count: 50, limitMs: failoverBoundMs(timeouts) });

      const { agreements } = await expectReplicatedHistory(cluster, { topic, producer, consumer });
      // The faults had teeth: partition 0's log holds batches of more than `rounds` leader
      // epochs, so records were written under every leader the rounds elected.
      const partitionZero = agreements.find((agreement) => agreement.partition === 0);
      expect(partitionZero?.replicas.get(1)?.epochs.length ?? 0).toBeGreaterThan(rounds);
    }, 300_000);
});
