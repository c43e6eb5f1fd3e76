// Goal (issue 11, "Tests with real processes"): the in-sync replica set follows the followers
// that keep up. On three real `weir node` processes and a one-partition topic with replication
// factor 3 and min.insync.replicas=2, with a confluent-kafka producer at a steady rate (acks=all)
// and a consumer running throughout: SIGSTOP one follower and the leader drops it from the ISR
// after replica.lag.time.max.ms (Metadata shows it; it is still a registered, unfenced broker, so
// it was the leader's lag rule and not fencing), while acks=all goes on; SIGSTOP the second and
// produces fail with NOT_ENOUGH_REPLICAS; SIGCONT both and they catch up and rejoin the ISR, and
// acknowledgements resume. Afterwards support/replication-verdict.ts: no acknowledged record
// lost or moved, no read later undone, replicas byte-identical below the high watermark.
// Layout: node 1 is the one controller (and a broker), nodes 2 and 3 are broker-only, and the
// partition's replicas are 1, 2, 3 with node 1 the preferred leader: pausing both followers then
// leaves the controller quorum whole, so the leader's ISR shrink to itself can commit (with three
// combined nodes, two paused voters would stop every metadata change instead).
// Method: ClusterProcesses with a short lag time and a session timeout well above it; every wait
// is a bounded poll whose limit comes from those timeouts; nothing sleeps.
import { describe, expect, test } from 'vitest';
import { skipWithout } from './support/clients.js';
import { eventually } from './support/eventually.js';
import { addressOf, listedBrokers, partitionStates } from './support/partition-state.js';
import { waitForFullIsr } from './support/replica-agreement.js';
import { disposeAfterEach, rejoinBoundMs, startReplicatedCluster, type ReplicationTimeouts } from './support/replicated-cluster.js';
import { expectReplicatedHistory } from './support/replication-verdict.js';
import { FollowingConsumer, SteadyProducer } from './support/steady-clients.js';

/** The session timeout is far above the lag time: a paused follower leaves the ISR long before it is fenced. */
const timeouts: ReplicationTimeouts = { sessionTimeoutMs: 20_000, replicaLagTimeMs: 2500 };
/** The leader notices a silent follower after the lag time (checked about every half of it) and commits the change. */
const shrinkBoundMs = 2 * timeouts.replicaLagTimeMs + 6_000;
/** A one-off question to a live node, asked again while a loaded machine answers slowly. */
const sessionCheckBoundMs = 8_000;
const topic = 'in-sync';
const nodes = [1, 2, 3];

const started = disposeAfterEach();

describe('the ISR follows the followers (SIGSTOP/SIGCONT), real processes', () => {
  test.skipIf(skipWithout('confluent-kafka', 'kcat'))(
    'a paused follower leaves the ISR and acks=all goes on; two paused: NOT_ENOUGH_REPLICAS; resumed: both rejoin',
    async () => {
      const { cluster, states } = await startReplicatedCluster({ topic, timeouts, controllers: 1, assignments: [nodes] });
      started.clusters.push(cluster);
      const leader = states.get(0)?.leader as number;
      expect(leader).toBe(1);
      const [first, second] = [2, 3] as const;
      const leaderAddress = addressOf(cluster, leader);
      const isr = async (): Promise<readonly number[]> => (await partitionStates(leaderAddress, topic)).get(0)?.isr ?? [];

      const bootstrap = cluster.kafkaAddresses().join(',');
      const consumer = FollowingConsumer.start({ bootstrap, topic, partitions: 1 });
      started.clients.push(consumer);
      const producer = SteadyProducer.start({ bootstrap, topic, partitions: 1, ratePerSecond: 100, prefix: 'isr' });
      started.clients.push(producer);
      await producer.waitForAcknowledged('the first acknowledgements', { after: 0, count: 30, limitMs: 30_000 });

      cluster.pause(first);
      expect(await eventually(`node ${first} out of the ISR`, shrinkBoundMs, async () => {
        const now = await isr();
        return now.includes(first) ? undefined : now;
      })).toEqual([leader, second].sort());
      // Still registered and unfenced (its session is far from over): the leader's lag rule, not fencing.
      await eventually(`node ${first} still listed as a broker`, sessionCheckBoundMs, async () =>
        (await listedBrokers(leaderAddress)).includes(first) ? true : undefined);
      await producer.waitForAcknowledged(`acks=all with node ${first} paused`,
        { after: producer.acknowledged().length, count: 30, limitMs: shrinkBoundMs });

      const failuresBefore = producer.failed().length;
      cluster.pause(second);
      await producer.waitForFailure('NOT_ENOUGH_REPLICAS', { afterFailures: failuresBefore, limitMs: shrinkBoundMs + 10_000 });
      await eventually(`the ISR down to node ${leader}`, sessionCheckBoundMs, async () =>
        (await isr()).join() === String(leader) ? true : undefined);

      cluster.resume(first);
      cluster.resume(second);
      await waitForFullIsr(cluster, { topic, among: [leader], limitMs: rejoinBoundMs });
      await producer.waitForAcknowledged('acknowledgements after both rejoined',
        { after: producer.acknowledged().length, count: 30, limitMs: rejoinBoundMs });

      await expectReplicatedHistory(cluster, { topic, producer, consumer });
    }, 240_000);
});
