// Goal: the classic group protocol works with the Python clients. kafka-python 2.0.2 (JoinGroup
// v2, no KIP-394 step) forms a group of two KafkaConsumer(group_id=...) members that split four
// partitions and read every record; confluent-kafka (librdkafka 2.0.2, JoinGroup v5) runs the
// incremental cooperative-sticky rebalance end to end: the first member takes all four
// partitions, and when the second subscribes only the moved partitions are revoked from the first
// (KIP-429's two rebalances pass their owned partitions in the JoinGroup metadata through the
// broker untouched), every record is read, and commit() stores the positions; and a static member
// (KIP-345, group.instance.id) restarted takes its old place without a rebalance.
// Method: one node process; each client runs in its own Python process (support/python_classic_group.py).
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { python, skipWithout } from './support/clients.js';
import { runProcess } from './support/external-clients.js';
import { kafkajsClient } from './support/js-clients.js';
import { NodeProcess } from './support/node-process.js';

const skip = skipWithout('kafka-python', 'confluent-kafka');
const script = fileURLToPath(new URL('./support/python_classic_group.py', import.meta.url));
let node: NodeProcess;

beforeAll(async () => {
  if (skip) return;
  node = await NodeProcess.start({ settings: {
    'offsets.topic.num.partitions': '3', 'group.initial.rebalance.delay.ms': '500' } });
});
afterAll(async () => {
  await node?.dispose();
});

async function runGroup<T>(command: Record<string, unknown>): Promise<T> {
  const result = await runProcess(python, [script], JSON.stringify({ bootstrap: node.kafkaAddress, ...command }), 120_000);
  if (result.code !== 0) throw new Error(`${String(command['action'])} failed:\n${result.stderr.slice(-4000)}`);
  return JSON.parse(result.stdout) as T;
}

/** A topic of `partitions` partitions with 10 records in each. */
async function topicWithRecords(topic: string, partitions: number): Promise<void> {
  const kafka = kafkajsClient(node.kafkaAddress);
  const admin = kafka.admin();
  const producer = kafka.producer();
  await admin.connect();
  await producer.connect();
  try {
    await admin.createTopics({ topics: [{ topic, numPartitions: partitions }] });
    await producer.send({ topic, messages: Array.from({ length: partitions * 10 }, (_, index) => ({
      partition: index % partitions, value: `record-${index}` })) });
  } finally {
    await producer.disconnect();
    await admin.disconnect();
  }
}

interface GroupRun {
  readonly read: Record<string, string[]>;
  readonly assignments: Record<string, number[]>;
}

describe.skipIf(skip)('Python clients in classic consumer groups', () => {
  test('kafka-python: two KafkaConsumer(group_id=...) members split four partitions and read every record', async () => {
    const topic = 'classic-kafka-python';
    await topicWithRecords(topic, 4);
    const run = await runGroup<GroupRun>({ action: 'kafka-python-group', topic, group: 'py-pair', members: 2,
      partitions: 4, expected: 40, seconds: 60 });
    expect(Object.keys(run.read)).toHaveLength(40);
    const assignments = Object.values(run.assignments);
    expect(assignments.map((partitions) => partitions.length)).toEqual([2, 2]);
    expect(assignments.flat().sort()).toEqual([0, 1, 2, 3]);
  }, 150_000);

  test('confluent-kafka: cooperative-sticky moves only some partitions to a second member', async () => {
    const topic = 'classic-cooperative';
    await topicWithRecords(topic, 4);
    const run = await runGroup<GroupRun & { events: Array<[string, string, number[]]>;
      committedByFirst: Record<string, number> }>(
      { action: 'confluent-cooperative', topic, group: 'ck-cooperative', partitions: 4, expected: 40, seconds: 90 });
    expect(Object.keys(run.read)).toHaveLength(40);
    expect(run.assignments['first']?.length).toBe(2);
    expect(run.assignments['second']?.length).toBe(2);
    expect([...(run.assignments['first'] ?? []), ...(run.assignments['second'] ?? [])].sort()).toEqual([0, 1, 2, 3]);
    const first = run.events.filter(([name]) => name === 'first');
    // The first member got all four, then gave up exactly the two that moved: an incremental
    // revocation, never the eager "revoke everything".
    expect(first[0]).toEqual(['first', 'assign', [0, 1, 2, 3]]);
    const revoked = first.filter(([, kind]) => kind === 'revoke').flatMap(([, , partitions]) => partitions);
    expect(revoked.sort()).toEqual(run.assignments['second']);
    const secondAssigned = run.events.filter(([name, kind]) => name === 'second' && kind === 'assign')
      .flatMap(([, , partitions]) => partitions);
    expect(secondAssigned.sort()).toEqual(run.assignments['second']);
    // Its positions were committed through the group: each kept partition at its end (10).
    for (const partition of run.assignments['first'] ?? []) expect(run.committedByFirst[String(partition)]).toBe(10);
  }, 150_000);

  test('confluent-kafka static member (group.instance.id): a restart takes its old place without a rebalance', async () => {
    const topic = 'classic-static';
    await topicWithRecords(topic, 2);
    const incarnation = { action: 'confluent-static', topic, group: 'ck-static', instance: 'host-1', seconds: 60 };
    const first = await runGroup<{ read: number; assignment: number[] }>({ ...incarnation, expected: 20 });
    expect(first).toEqual({ read: 20, assignment: [0, 1] });
    const formed = (): number => node.log().split('\n')
      .filter((line) => line.includes('group generation formed') && line.includes('group="ck-static"')).length;
    expect(formed()).toBe(1);
    // The second incarnation resumes from the committed offsets (nothing left to read) and the
    // group formed no new generation for it: the coordinator swapped the member id in place.
    const second = await runGroup<{ read: number; assignment: number[] }>({ ...incarnation, expected: 0 });
    expect(second).toEqual({ read: 0, assignment: [0, 1] });
    expect(formed()).toBe(1);
    expect(node.log()).toMatch(/static member replaced group="ck-static" instance="host-1" .* state="Stable"/);
  }, 150_000);
});
