// Goal (issue 12, "Tests with real clients and processes"): the Python clients' group consumers
// on three real `weir node` processes: kafka-python's KafkaConsumer(group_id=...) with
// auto-commit, and confluent-kafka's subscribe() with on_assign/on_revoke callbacks and a
// synchronous commit() every 50 records (poll(), see group_member.py). For each: two members split six partitions, a third
// joins (three-way split), one leaves (the other two take its partitions), all while a producer
// keeps sending; then the group catches up and stops. Every record is consumed, none again after
// an acknowledged commit covering it, and the coordinator's committed offsets are the end offsets.
// Method: group_member.py processes report their events as JSON lines stamped with the machine's
// wall clock, merged into one GroupLedger (support/group-ledger.ts); waits are bounded polls.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTopic } from '../../src/admin/topic-admin.js';
import { skipWithout } from './support/clients.js';
import type { ClusterProcesses } from './support/cluster-processes.js';
import { committedOffsets } from './support/group-admin.js';
import { endOffsets, startGroupCluster, waitForGroup } from './support/group-cluster.js';
import { BackgroundProducer, groupKafka, produceRound } from './support/kafkajs-group.js';
import { addressOf, withSession } from './support/partition-state.js';
import { PythonGroupMember, mergedLedger, type GroupLibrary } from './support/python-group-members.js';
import { disposeAfterEach } from './support/replicated-cluster.js';

const partitions = 6;
const nodes = [1, 2, 3];
const libraries: ReadonlyArray<{ library: GroupLibrary; client: 'kafka-python' | 'confluent-kafka' }> = [
  { library: 'kafka-python', client: 'kafka-python' },
  { library: 'confluent-kafka', client: 'confluent-kafka' },
];

const started = disposeAfterEach();
let cluster: ClusterProcesses | undefined;

beforeAll(async () => {
  if (skipWithout('kafka-python') && skipWithout('confluent-kafka')) return;
  cluster = (await startGroupCluster({ topic: 'python-groups-warm-up', partitions: 1 })).cluster;
}, 180_000);

afterAll(async () => {
  await cluster?.dispose();
});

describe('Python group consumers on three node processes', () => {
  for (const { library, client } of libraries) {
    test.skipIf(skipWithout(client))(`${library}: members split, join and leave while records arrive; nothing lost, nothing re-read after its commit`,
      async () => {
        const running = cluster as ClusterProcesses;
        const topic = `groups-${library}`;
        const group = `${library}-members`;
        await withSession(addressOf(running, 1), (session) => createTopic(session, { name: topic, partitions,
          replicationFactor: 3, configs: [['min.insync.replicas', '2']] }));
        const bootstrap = running.kafkaAddresses().join(',');
        const kafka = groupKafka(running.kafkaAddresses());
        await produceRound(kafka, { topic, partitions, perPartition: 40, prefix: library });
        const members = new Map<string, PythonGroupMember>();
        const everyMember: PythonGroupMember[] = [];
        const startMember = (name: string): void => {
          const member = PythonGroupMember.start({ library, bootstrap, group, topic, name });
          started.clients.push(member);
          members.set(name, member);
          everyMember.push(member);
        };
        const ledgerNow = () => mergedLedger(everyMember);
        const settled = (what: string, names: readonly string[]) =>
          waitForGroup(running, ledgerNow, { what: `${library}: ${what}`, topic, partitions, members: names, among: nodes });

        startMember('a');
        startMember('b');
        await settled('two members split six partitions', ['a', 'b']);
        const producer = await BackgroundProducer.start(kafka, { topic, partitions, intervalMs: 50 });
        started.clients.push(producer);
        startMember('c');
        await settled('a third member joins', ['a', 'b', 'c']);
        await members.get('a')?.stop();
        members.delete('a');
        await settled('a left: b and c take over its partitions', ['b', 'c']);
        await producer.stop();
        await settled('the group caught up with the producer', ['b', 'c']);
        for (const member of members.values()) await member.stop();

        const ends = await endOffsets(running, { topic, among: nodes });
        const verdict = ledgerNow().verdict(ends);
        expect(verdict.problems).toEqual([]);
        expect(verdict.assignments).toBeGreaterThanOrEqual(6);
        expect(await committedOffsets(running, { groupId: group, topic, partitions, among: nodes })).toEqual(ends);
      }, 300_000);
  }
});
