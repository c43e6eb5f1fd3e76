// Goal: the classic group protocol works with kafkajs (JoinGroup v5 with KIP-394's
// MEMBER_ID_REQUIRED step, SyncGroup v3, Heartbeat v3, LeaveGroup v3, DescribeGroups v2): three
// consumers of one group split a six-partition topic, two partitions each, every record is read
// exactly once across them, the group is described as Stable with three members, and when one
// member leaves the other two take over its partitions in the next generation.
// Method: one node process (a short initial rebalance delay); kafkajs consumers in this process,
// their GROUP_JOIN events giving each generation's assignment; waits poll with a bound.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Consumer, EachMessagePayload } from 'kafkajs';
import { eventually } from './support/eventually.js';
import { kafkajsClient } from './support/js-clients.js';
import { NodeProcess } from './support/node-process.js';

let node: NodeProcess;

beforeAll(async () => {
  node = await NodeProcess.start({ settings: {
    'offsets.topic.num.partitions': '3', 'group.initial.rebalance.delay.ms': '500' } });
});
afterAll(async () => {
  await node?.dispose();
});

interface Member {
  readonly consumer: Consumer;
  /** The partitions of the member's latest generation, and how many generations it joined. */
  assignment: number[];
  joins: number;
  /** The leader it was told of in its latest generation. */
  leaderId: string;
}

/** What the members read: each record by "partition:offset", and the keys read more than once. */
interface Reads {
  readonly seen: Map<string, string>;
  readonly twice: string[];
}

async function startMember(groupId: string, topic: string, reads: Reads): Promise<Member> {
  const consumer = kafkajsClient(node.kafkaAddress).consumer({ groupId, sessionTimeout: 10_000,
    heartbeatInterval: 500, rebalanceTimeout: 20_000 });
  const member: Member = { consumer, assignment: [], joins: 0, leaderId: '' };
  consumer.on(consumer.events.GROUP_JOIN, (event) => {
    member.assignment = [...(event.payload.memberAssignment[topic] ?? [])].sort((left, right) => left - right);
    member.joins += 1;
    member.leaderId = event.payload.leaderId;
  });
  await consumer.connect();
  await consumer.subscribe({ topics: [topic], fromBeginning: true });
  await consumer.run({ eachMessage: async ({ partition, message }: EachMessagePayload) => {
    const key = `${partition}:${message.offset}`;
    if (reads.seen.has(key)) reads.twice.push(key);
    reads.seen.set(key, message.value?.toString() ?? '');
  } });
  return member;
}

describe('kafkajs consumer group (classic protocol)', () => {
  test('three members split six partitions, read every record once, and two take over when one leaves', async () => {
    const topic = 'classic-kafkajs';
    const groupId = 'kafkajs-three';
    const kafka = kafkajsClient(node.kafkaAddress);
    const admin = kafka.admin();
    const producer = kafka.producer();
    await admin.connect();
    await producer.connect();
    const reads: Reads = { seen: new Map(), twice: [] };
    const { seen } = reads;
    const members: Member[] = [];
    try {
      await admin.createTopics({ topics: [{ topic, numPartitions: 6 }] });
      await producer.send({ topic, messages: Array.from({ length: 60 }, (_, index) => ({
        partition: index % 6, value: `record-${index}` })) });
      for (let index = 0; index < 3; index += 1) members.push(await startMember(groupId, topic, reads));

      await eventually('one generation with every partition assigned once', 60_000, async () => {
        const joined = members.every((member) => member.joins > 0);
        const leaders = new Set(members.map((member) => member.leaderId));
        const owned = members.flatMap((member) => member.assignment).sort((left, right) => left - right);
        return joined && leaders.size === 1 && owned.join() === '0,1,2,3,4,5' ? true : undefined;
      });
      expect(members.map((member) => member.assignment.length)).toEqual([2, 2, 2]);
      await eventually('all 60 records read', 60_000, async () => (seen.size === 60 ? true : undefined));
      expect(new Set(seen.values()).size).toBe(60);
      // One generation owned every partition once: no record went to two members.
      expect(reads.twice).toEqual([]);

      const described = await admin.describeGroups([groupId]);
      const group = described.groups[0];
      expect(group?.state).toBe('Stable');
      expect(group?.protocolType).toBe('consumer');
      expect(group?.members).toHaveLength(3);

      const [leaving, ...staying] = members as [Member, Member, Member];
      const joinsBefore = staying.map((member) => member.joins);
      await leaving.consumer.disconnect();
      await eventually('the two left share all six partitions in a later generation', 60_000, async () => {
        const owned = staying.flatMap((member) => member.assignment).sort((left, right) => left - right);
        const moved = staying.every((member, index) => member.joins > (joinsBefore[index] ?? 0));
        return moved && owned.join() === '0,1,2,3,4,5' ? true : undefined;
      });
      expect(staying.map((member) => member.assignment.length)).toEqual([3, 3]);
      const after = await admin.describeGroups([groupId]);
      expect(after.groups[0]?.members).toHaveLength(2);
    } finally {
      for (const member of members) await member.consumer.disconnect().catch(() => undefined);
      await producer.disconnect();
      await admin.disconnect();
    }
  }, 180_000);
});
