// Goal (issue 12, "`kcat -G`"): kcat's balanced consumer (librdkafka 2.0.2) on three real
// `weir node` processes. Two `kcat -G` members of one group split four partitions (as their
// rebalance lines say) and together read every record; stopped with SIGTERM they commit, and the
// coordinator then holds each partition's end offset. More records are produced, and a third
// `kcat -G ... -e` of the same group reads exactly the new ones, each once (it resumed at the
// committed offsets), and exits at their end, committing the new end offsets.
// Method: kcat as child processes; the group's committed offsets read back with OffsetFetch from
// the coordinator (support/group-admin.ts); waits are bounded polls; nothing sleeps.
import { describe, expect, test } from 'vitest';
import { skipWithout } from './support/clients.js';
import { eventually } from './support/eventually.js';
import { runProcess } from './support/external-clients.js';
import { committedOffsets } from './support/group-admin.js';
import { endOffsets, settleBoundMs, startGroupCluster } from './support/group-cluster.js';
import { splitProblems } from './support/group-ledger.js';
import { groupKafka, produceRound } from './support/kafkajs-group.js';
import { KcatMember, kcatGroupArgs, type KcatRead } from './support/kcat-group.js';
import { disposeAfterEach } from './support/replicated-cluster.js';

const topic = 'kcat-group';
const group = 'kcat-members';
const partitions = 4;
const nodes = [1, 2, 3];

const started = disposeAfterEach();

/** The offsets in `reads` of each partition, sorted, repeats kept. */
function offsetsByPartition(reads: readonly KcatRead[]): Map<number, number[]> {
  const byPartition = new Map<number, number[]>();
  for (const read of reads) byPartition.set(read.partition, [...(byPartition.get(read.partition) ?? []), read.offset]);
  for (const offsets of byPartition.values()) offsets.sort((a, b) => a - b);
  return byPartition;
}

const range = (from: number, to: number): number[] => Array.from({ length: to - from }, (_, index) => from + index);

describe('kcat -G on three node processes', () => {
  test.skipIf(skipWithout('kcat'))('two members split the partitions and read everything; a third resumes at the committed offsets', async () => {
    const { cluster } = await startGroupCluster({ topic, partitions });
    started.clusters.push(cluster);
    const bootstrap = cluster.kafkaAddresses().join(',');
    const kafka = groupKafka(cluster.kafkaAddresses());
    await produceRound(kafka, { topic, partitions, perPartition: 30, prefix: 'kcat' });
    const ends = await endOffsets(cluster, { topic, among: nodes });

    const members = [KcatMember.start({ bootstrap, group, topic }), KcatMember.start({ bootstrap, group, topic })];
    started.clients.push(...members);
    await eventually('two kcat members split the partitions and read every record', settleBoundMs, async () => {
      const assignments = new Map(members.map((member, index) => [`kcat-${index}`, member.assignment ?? []]));
      const problems = splitProblems(assignments, partitions);
      if (problems.length > 0) throw new Error(problems.join('; '));
      const read = offsetsByPartition(members.flatMap((member) => member.reads));
      const short = [...ends].filter(([partition, end]) => new Set(read.get(partition)).size < end);
      if (short.length > 0) throw new Error(`partitions ${short.map(([partition]) => partition).join(',')} not fully read`);
      return true;
    });
    for (const member of members) expect(member.assignment?.length).toBe(2);
    for (const member of members) await member.stop();
    expect(await committedOffsets(cluster, { groupId: group, topic, partitions, among: nodes })).toEqual(ends);

    await produceRound(kafka, { topic, partitions, perPartition: 10, prefix: 'kcat-more' });
    const newEnds = await endOffsets(cluster, { topic, among: nodes });
    const resumed = await runProcess('kcat', [...kcatGroupArgs({ bootstrap, group, topic }), '-e'], '', 120_000);
    expect(resumed.code).toBe(0);
    const reads = resumed.stdout.split('\n').filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as KcatRead);
    const resumedOffsets = offsetsByPartition(reads);
    for (const [partition, end] of newEnds) {
      expect(resumedOffsets.get(partition) ?? [], `partition ${partition}`).toEqual(range(ends.get(partition) ?? 0, end));
    }
    expect(await committedOffsets(cluster, { groupId: group, topic, partitions, among: nodes })).toEqual(newEnds);
  }, 300_000);
});
