// Goal (issue 12, "Tests with real clients and processes"): kafkajs consumers of one group on three
// real `weir node` processes share a topic's six partitions: three members split them two each,
// one leaves and the other two take over its partitions, a member restarted (a new consumer of
// the same group) rejoins, and a member started after the whole group stopped resumes exactly at
// the group's committed offsets; across all of it every record is consumed and none is consumed
// again after a commit covering it was acknowledged. Records keep arriving during the rebalances.
// Method: every member is a real kafkajs consumer (autoCommit after each batch); its assignments
// (GROUP_JOIN), records (eachMessage) and acknowledged commits (COMMIT_OFFSETS) go into one
// GroupLedger in the order this process saw them, judged at the end (support/group-ledger.ts).
// The broker's own view (OffsetFetch to the coordinator) must equal the acknowledged commits.
// Waits are bounded polls on the ledger and the cluster; nothing sleeps or is timed.
import { describe, expect, test } from 'vitest';
import { committedOffsets } from './support/group-admin.js';
import { endOffsets, startGroupCluster, waitForGroup } from './support/group-cluster.js';
import { GroupLedger } from './support/group-ledger.js';
import { BackgroundProducer, KafkajsMember, groupKafka, produceRound } from './support/kafkajs-group.js';
import { disposeAfterEach } from './support/replicated-cluster.js';

const topic = 'group-split';
const partitions = 6;
const groupId = 'kafkajs-split';
const nodes = [1, 2, 3];

const started = disposeAfterEach();

describe('kafkajs consumer group on three node processes', () => {
  test('three members split six partitions, one leaves, one restarts, a late member resumes at the committed offsets; nothing lost, nothing re-read after its commit', async () => {
    const { cluster } = await startGroupCluster({ topic, partitions });
    started.clusters.push(cluster);
    const brokers = cluster.kafkaAddresses();
    const kafka = groupKafka(brokers);
    const ledger = new GroupLedger();
    const members = new Map<string, KafkajsMember>();
    const everyMember: KafkajsMember[] = [];
    const startMember = async (name: string): Promise<void> => {
      const member = await KafkajsMember.start({ brokers, groupId, topic, name, ledger });
      started.clients.push(member);
      members.set(name, member);
      everyMember.push(member);
    };
    const stopMember = async (name: string): Promise<void> => {
      await members.get(name)?.stop(ledger);
      members.delete(name);
    };
    const settled = (what: string, names: readonly string[]) =>
      waitForGroup(cluster, () => ledger, { what, topic, partitions, members: names, among: nodes });

    // Three members, two partitions each.
    await produceRound(kafka, { topic, partitions, perPartition: 50, prefix: 'first' });
    await Promise.all(['a', 'b', 'c'].map(startMember));
    await settled('three members split six partitions', ['a', 'b', 'c']);
    for (const owned of ledger.assignments().values()) expect(owned).toHaveLength(2);
    const leaving = ledger.assignments().get('c') ?? [];

    // Records keep coming while c leaves and a restarts.
    const producer = await BackgroundProducer.start(kafka, { topic, partitions, intervalMs: 50 });
    started.clients.push(producer);
    await stopMember('c');
    await settled('c left: a and b take over its partitions', ['a', 'b']);
    const afterLeave = ledger.assignments();
    for (const partition of leaving) expect([...afterLeave.get('a') ?? [], ...afterLeave.get('b') ?? []]).toContain(partition);
    for (const owned of afterLeave.values()) expect(owned).toHaveLength(3);

    await stopMember('a');
    await settled('a stopped: b holds everything', ['b']);
    await startMember('a-restarted');
    await settled('a restarted: b and the new a split the partitions', ['b', 'a-restarted']);
    await producer.stop();
    expect(producer.acknowledged()).toBeGreaterThan(0);
    await settled('the group caught up with the producer', ['b', 'a-restarted']);

    // The whole group stops; what the broker keeps is what the members were told was committed.
    await stopMember('b');
    await stopMember('a-restarted');
    const committedAtStop = await committedOffsets(cluster, { groupId, topic, partitions, among: nodes });
    expect(committedAtStop).toEqual(ledger.committed());

    // A member started later resumes exactly at those offsets, in every partition.
    await produceRound(kafka, { topic, partitions, perPartition: 20, prefix: 'late' });
    const resumedFrom = ledger.all().length;
    await startMember('late');
    await settled('a late member resumes the stopped group', ['late']);
    expect(ledger.firstConsumed('late', resumedFrom)).toEqual(committedAtStop);
    await stopMember('late');

    const ends = await endOffsets(cluster, { topic, among: nodes });
    const verdict = ledger.verdict(ends);
    expect(verdict.problems).toEqual([]);
    // Three members, two after c left, one for b alone, two after the restart, one for the late member.
    expect(verdict.assignments).toBeGreaterThanOrEqual(9);
    expect(verdict.consumed).toBeGreaterThanOrEqual([...ends.values()].reduce((sum, end) => sum + end, 0));
    expect(await committedOffsets(cluster, { groupId, topic, partitions, among: nodes })).toEqual(ends);
    for (const member of everyMember) expect(member.crashes).toEqual([]);
  }, 300_000);
});
