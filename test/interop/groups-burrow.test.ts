// Goal (issue 12, "Burrow reports the lag of a group"): Burrow 1.2.1, configured against three real
// `weir node` processes, reports a group's lag per partition, and in total, equal to what Weir
// itself says: each partition's high watermark (ListOffsets) less the group's committed offset
// (OffsetFetch to the coordinator). Burrow gets neither from Weir's answers to those requests: it
// decodes the commits from `__consumer_offsets` (Kafka's OffsetCommitKey/Value records) and polls
// the newest offsets itself, so equal figures mean the records are Kafka's format.
// Method: a kafkajs member reads and commits part of the topic and stops; more records are
// produced, a different number per partition, so every partition lags by its own amount; then
// Burrow is polled (bounded) until its lag matches.
import { describe, expect, test } from 'vitest';
import { BurrowProcess } from './support/burrow.js';
import { skipWithout } from './support/clients.js';
import { eventually } from './support/eventually.js';
import { committedOffsets } from './support/group-admin.js';
import { endOffsets, startGroupCluster, waitForGroup } from './support/group-cluster.js';
import { GroupLedger } from './support/group-ledger.js';
import { KafkajsMember, groupKafka, produceRound } from './support/kafkajs-group.js';
import { disposeAfterEach } from './support/replicated-cluster.js';

const topic = 'burrow-lag';
const partitions = 3;
const groupId = 'burrow-watched';
const nodes = [1, 2, 3];

const started = disposeAfterEach();

describe('Burrow against three node processes', () => {
  test.skipIf(skipWithout('burrow'))('the lag Burrow reports for a group is the high watermark less the committed offset, per partition and in total', async () => {
    const { cluster } = await startGroupCluster({ topic, partitions });
    started.clusters.push(cluster);
    const brokers = cluster.kafkaAddresses();
    const kafka = groupKafka(brokers);
    const ledger = new GroupLedger();
    await produceRound(kafka, { topic, partitions, perPartition: 25, prefix: 'read' });
    const member = await KafkajsMember.start({ brokers, groupId, topic, name: 'reader', ledger });
    started.clients.push(member);
    await waitForGroup(cluster, () => ledger, { what: 'the reader caught up', topic, partitions, members: ['reader'], among: nodes });
    await member.stop(ledger);
    // Partition p falls behind by 5 * (p + 1) records.
    for (let partition = 0; partition < partitions; partition += 1) {
      const producer = kafka.producer({ allowAutoTopicCreation: false });
      await producer.connect();
      await producer.send({ topic, acks: -1, messages: Array.from({ length: 5 * (partition + 1) },
        (_, index) => ({ partition, value: `unread-${partition}-${index}` })) });
      await producer.disconnect();
    }

    const ends = await endOffsets(cluster, { topic, among: nodes });
    const committed = await committedOffsets(cluster, { groupId, topic, partitions, among: nodes });
    const expected = new Map([...ends].map(([partition, end]) => [partition, end - (committed.get(partition) ?? 0)]));
    expect([...expected.values()]).toEqual([5, 10, 15]);

    const burrow = await BurrowProcess.start({ brokers, cluster: 'weir' });
    started.clients.push(burrow);
    const reported = await eventually('Burrow reports the lag Weir gives', 90_000, async () => {
      const lag = await burrow.lag(groupId);
      const byPartition = new Map(lag.partitions.filter((entry) => entry.topic === topic)
        .map((entry) => [entry.partition, entry.current_lag]));
      if ([...expected].some(([partition, want]) => byPartition.get(partition) !== want)) {
        throw new Error(`Burrow says ${JSON.stringify([...byPartition])}, Weir ${JSON.stringify([...expected])}\n${burrow.diagnostics()}`);
      }
      return lag;
    });
    expect(reported.totallag).toBe(30);
    // The end offsets Burrow saw committed are the ones the coordinator answers.
    for (const entry of reported.partitions) expect(entry.end?.offset).toBe(committed.get(entry.partition));
  }, 300_000);
});
