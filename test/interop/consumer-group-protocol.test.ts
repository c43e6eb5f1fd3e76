// Goal: the KIP-848 consumer protocol (ConsumerGroupHeartbeat, Kafka 4.0's default) works with
// the librdkafka 2.15 consumer set to group.protocol=consumer: members split a topic's
// partitions through server-side assignment, a member leaving hands its partitions over
// incrementally, committed offsets are where a member taking a partition over (or a new member)
// starts, and nothing is consumed twice along the way.
// Method: a real node (heartbeat interval 500 ms); members are confluent-kafka processes on
// librdkafka 2.15 (support/consumer_protocol_member.py) reporting assignments and records, each
// record committed synchronously; kcat 2.15 runs `-G` consumers that commit on exit. The session
// timeout is 6 s so that a killed member is fenced quickly. Waits are bounded polls on the
// members' events.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { kcatNew, skipWithout } from './support/clients.js';
import { ConsumerProtocolMember } from './support/consumer-protocol-member.js';
import { runProcess } from './support/external-clients.js';
import { NodeProcess, runWeir } from './support/node-process.js';

const skip = skipWithout('confluent-kafka-librdkafka-2.15', 'kcat-librdkafka-2.15');
/** Bound of every wait: several heartbeat intervals and a rebalance, with room for a slow machine. */
const waitMs = 60_000;
let node: NodeProcess;
const members: ConsumerProtocolMember[] = [];

beforeAll(async () => {
  if (skip) return;
  node = await NodeProcess.start({ settings: {
    'offsets.topic.num.partitions': '3', 'group.consumer.heartbeat.interval.ms': '500',
    'group.consumer.session.timeout.ms': '6000',
  } });
});
afterAll(async () => {
  for (const member of members) member.kill();
  await node?.stop();
});

async function createTopic(name: string, partitions: number): Promise<void> {
  const created = await runWeir(['topic', 'create', name, '--partitions', String(partitions), '--bootstrap', node.kafkaAddress]);
  expect(created.code).toBe(0);
}

/** Produces `count` records with values `${label}-${partition}-${index}` to each partition. */
async function produce(topic: string, partitions: number, label: string, count: number): Promise<void> {
  for (let partition = 0; partition < partitions; partition++) {
    const lines = Array.from({ length: count }, (_, index) => `${label}-${partition}-${index}`);
    const produced = await runProcess(kcatNew, ['-b', node.kafkaAddress, '-P', '-t', topic, '-p', String(partition)],
      `${lines.join('\n')}\n`);
    expect(produced.code, produced.stderr).toBe(0);
  }
}

function startMember(name: string, group: string, topic: string): ConsumerProtocolMember {
  const member = ConsumerProtocolMember.start(name, { bootstrap: node.kafkaAddress, group, topic });
  members.push(member);
  return member;
}

describe.skipIf(skip)('KIP-848 consumer protocol with librdkafka 2.15', () => {
  test('two members split the partitions; one leaves, the other takes over at the committed offsets', async () => {
    await createTopic('split', 4);
    await produce('split', 4, 'a', 5);
    const first = startMember('first', 'splitters', 'split');
    await first.until('owns all four partitions and read 20 records', waitMs,
      (member) => member.owned().size === 4 && member.records().length === 20);
    expect(first.events[0]).toEqual({ event: 'started', libversion: '2.15.0' });

    const second = startMember('second', 'splitters', 'split');
    await second.until('owns two partitions', waitMs, (member) => member.owned().size === 2);
    await first.until('gave two up', waitMs, (member) => member.owned().size === 2);
    const split = [...first.owned(), ...second.owned()].sort();
    expect(split, `${first.describe()}\n${second.describe()}`).toEqual([0, 1, 2, 3]);

    await produce('split', 4, 'b', 5);
    await first.until('both read the second batch', waitMs,
      () => first.records().length + second.records().length === 40);
    for (const record of second.records()) expect(second.owned().has(record.partition)).toBe(true);
    expect(second.records().every((record) => record.value.startsWith('b-'))).toBe(true);

    const handedOver = [...second.owned()];
    await second.close(waitMs);
    await first.until('owns all four again', waitMs, (member) => member.owned().size === 4);
    await produce('split', 4, 'c', 5);
    await first.until('read the third batch', waitMs,
      (member) => member.records().filter((record) => record.value.startsWith('c-')).length === 20);
    // Resumed at the second member's commits: none of its records came to the first again.
    const taken = first.records().filter((record) => handedOver.includes(record.partition) && record.value.startsWith('b-'));
    expect(taken).toEqual([]);

    const everything = [...first.records(), ...second.records()];
    const positions = new Set(everything.map((record) => `${record.partition}:${record.offset}`));
    expect(positions.size, 'no record consumed twice').toBe(everything.length);
    expect(everything).toHaveLength(60);
    expect([...first.errors(), ...second.errors()]).toEqual([]);

    await first.close(waitMs);
    await produce('split', 4, 'd', 2);
    const later = startMember('later', 'splitters', 'split');
    await later.until('read the fourth batch', waitMs, (member) => member.records().length >= 8);
    expect(later.records().map((record) => record.value.slice(0, 2)).sort()).toEqual(Array(8).fill('d-'));
  });

  test('a member killed with SIGKILL is fenced after its session; the other takes its partitions over', async () => {
    await createTopic('killed', 2);
    await produce('killed', 2, 'a', 3);
    const survivor = startMember('survivor', 'killers', 'killed');
    await survivor.until('owns both partitions', waitMs, (member) => member.owned().size === 2);
    const victim = startMember('victim', 'killers', 'killed');
    await victim.until('owns one partition', waitMs, (member) => member.owned().size === 1);
    await survivor.until('gave one up', waitMs, (member) => member.owned().size === 1);
    await produce('killed', 2, 'b', 3);
    await victim.until('read its partition\'s new records', waitMs,
      (member) => member.records().filter((record) => record.value.startsWith('b-')).length === 3);
    const lost = [...victim.owned()][0]!;
    victim.kill();
    // Fenced after group.consumer.session.timeout.ms (6 s): its partition comes back.
    await survivor.until('owns both partitions again', waitMs, (member) => member.owned().size === 2);
    await produce('killed', 2, 'c', 3);
    await survivor.until('read the last records of both', waitMs,
      (member) => member.records().filter((record) => record.value.startsWith('c-')).length === 6);
    // It resumed the victim's partition where the victim committed: no b- record of it twice.
    const again = survivor.records().filter((record) => record.partition === lost && record.value.startsWith('b-'));
    expect(again).toEqual([]);
    await survivor.close(waitMs);
  });

  test('kcat -G with group.protocol=consumer commits on exit and the next run resumes there', async () => {
    await createTopic('kcat-split', 2);
    await produce('kcat-split', 2, 'x', 5);
    const consume = () => runProcess(kcatNew, ['-b', node.kafkaAddress, '-G', 'kcat-group', 'kcat-split',
      '-X', 'group.protocol=consumer', '-X', 'auto.offset.reset=earliest', '-e', '-q', '-f', '%s\n'], '', waitMs);
    const lines = (output: string) => output.split('\n').filter((line) => line !== '').sort();
    const firstRun = await consume();
    expect(lines(firstRun.stdout), firstRun.stderr).toHaveLength(10);
    await produce('kcat-split', 2, 'y', 2);
    const secondRun = await consume();
    expect(lines(secondRun.stdout), secondRun.stderr).toEqual(['y-0-0', 'y-0-1', 'y-1-0', 'y-1-1']);
  });

  test('a regex subscription (ConsumerGroupHeartbeat v1) reads the topics whose names match', async () => {
    for (const topic of ['re-a', 're-b', 'unrelated']) {
      await createTopic(topic, 1);
      await produce(topic, 1, topic, 1);
    }
    const run = await runProcess(kcatNew, ['-b', node.kafkaAddress, '-G', 'regex-group', '^re-.*',
      '-X', 'group.protocol=consumer', '-X', 'auto.offset.reset=earliest', '-e', '-q', '-f', '%t %s\n'], '', waitMs);
    expect(run.stdout.split('\n').filter((line) => line !== '').sort(), run.stderr)
      .toEqual(['re-a re-a-0-0', 're-b re-b-0-0']);
  });
});
