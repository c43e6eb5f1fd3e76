// Goal (issue 12, "kill -9 of the coordinator's broker mid-group"): two kafkajs members of one
// group consume six partitions on three real `weir node` processes while a producer keeps
// sending; the broker that coordinates the group (FindCoordinator) is killed with kill -9. The
// leadership of the group's `__consumer_offsets` partition moves to a surviving replica, which
// loads the group from that partition and becomes its coordinator; the members find it, go on
// committing there, and consumption resumes from the committed offsets: no record is missing and
// none is consumed again after its commit was acknowledged (support/group-ledger.ts), and the new
// coordinator's committed offsets are the ones the members were told were committed.
// Method: as groups-kafkajs.test.ts, plus ClusterProcesses' kill -9 and restart; waits are bounded
// polls whose limits come from the cluster's session timeouts; nothing sleeps or is timed.
import { describe, expect, test } from 'vitest';
import { committedOffsets, coordinatorFromAny } from './support/group-admin.js';
import { endOffsets, groupTimeouts, settleBoundMs, startGroupCluster, waitForGroup } from './support/group-cluster.js';
import { GroupLedger } from './support/group-ledger.js';
import { eventually } from './support/eventually.js';
import { BackgroundProducer, KafkajsMember, groupKafka, produceRound } from './support/kafkajs-group.js';
import { disposeAfterEach, failoverBoundMs, rejoinBoundMs } from './support/replicated-cluster.js';

const topic = 'group-failover';
const partitions = 6;
const groupId = 'kafkajs-coordinator-failover';
const nodes = [1, 2, 3];

const started = disposeAfterEach();

describe('a consumer group through a kill -9 of its coordinator, real processes', () => {
  test('the group moves to a new coordinator, members go on there, consumption resumes at the committed offsets, nothing lost', async () => {
    const { cluster } = await startGroupCluster({ topic, partitions });
    started.clusters.push(cluster);
    const brokers = cluster.kafkaAddresses();
    const kafka = groupKafka(brokers);
    const ledger = new GroupLedger();
    await produceRound(kafka, { topic, partitions, perPartition: 30, prefix: 'before' });
    const members = await Promise.all(['a', 'b'].map((name) => KafkajsMember.start({ brokers, groupId, topic, name, ledger })));
    started.clients.push(...members);
    await waitForGroup(cluster, () => ledger, { what: 'two members split the partitions', topic, partitions, members: ['a', 'b'], among: nodes });

    const producer = await BackgroundProducer.start(kafka, { topic, partitions, intervalMs: 50 });
    started.clients.push(producer);
    const coordinator = await coordinatorFromAny(cluster, { groupId, among: nodes });
    const killedAt = ledger.all().length;
    await cluster.kill(coordinator);
    const survivors = nodes.filter((nodeId) => nodeId !== coordinator);
    const moved = await eventually('a new coordinator among the survivors', failoverBoundMs(groupTimeouts) + settleBoundMs,
      async () => {
        const next = await coordinatorFromAny(cluster, { groupId, among: survivors });
        return next !== coordinator ? next : undefined;
      });
    expect(survivors).toContain(moved);
    await waitForGroup(cluster, () => ledger, { what: `the group goes on at node ${moved}`, topic, partitions, members: ['a', 'b'],
      among: survivors });
    // Commits after the kill went to the new coordinator and were acknowledged.
    const commitsAfterKill = ledger.all().slice(killedAt).filter((event) => event.kind === 'committed');
    expect(commitsAfterKill.length).toBeGreaterThan(0);

    await cluster.restart(coordinator);
    await producer.stop();
    await eventually('every broker back', rejoinBoundMs, async () => (await endOffsets(cluster, { topic, among: nodes })).size === partitions);
    await waitForGroup(cluster, () => ledger, { what: 'the group caught up after the restart', topic, partitions, members: ['a', 'b'],
      among: nodes });
    for (const member of members) await member.stop(ledger);

    const ends = await endOffsets(cluster, { topic, among: nodes });
    const verdict = ledger.verdict(ends);
    expect(verdict.problems).toEqual([]);
    expect(await committedOffsets(cluster, { groupId, topic, partitions, among: survivors })).toEqual(ends);
    for (const member of members) expect(member.crashes).toEqual([]);
  }, 300_000);
});
