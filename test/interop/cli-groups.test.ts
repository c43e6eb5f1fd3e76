// Goal: `weir group` does what an operator coming from kafka-consumer-groups expects, against a
// real node and a real client's group: list shows the group; describe shows its state, protocol,
// the member (client id, host, assignment) and per partition the committed offset, log end and
// lag; reset-offsets is refused while the group has members, and once it is empty shows a plan
// with --dry-run (nothing changes) and commits it with --execute; delete removes the group.
// A KIP-848 group (librdkafka 2.15, group.protocol=consumer) is described through
// ConsumerGroupDescribe: type consumer, the server-side assignor, its member's assignment.
// Method: one node process; a kafkajs consumer group (the client's own JoinGroup, SyncGroup,
// Heartbeat, OffsetCommit and LeaveGroup) reads a topic written by `weir produce`; every verb
// runs as its own `weir` process with --json; waits poll with a bound.
import type { Consumer } from 'kafkajs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { skipWithout } from './support/clients.js';
import { ConsumerProtocolMember } from './support/consumer-protocol-member.js';
import { eventually } from './support/eventually.js';
import { startGroupMember, startGroupNode } from './support/group-consumers.js';
import { runWeir, type NodeProcess } from './support/node-process.js';

let node: NodeProcess;
let consumer: Consumer | null = null;

beforeAll(async () => { node = await startGroupNode(); });
afterAll(async () => {
  await consumer?.disconnect().catch(() => {});
  await node?.stop();
});

async function weir(args: readonly string[], input = ''): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return runWeir([...args, '--bootstrap', node.kafkaAddress], 30_000, input);
}

async function weirJson<T>(args: readonly string[], input = ''): Promise<T> {
  const result = await weir([...args, '--json'], input);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as T;
}

interface Described {
  groupId: string;
  type: string;
  state: string;
  protocolType: string;
  assignor: string;
  totalLag: number;
  members: Array<{ memberId: string; clientId: string; clientHost: string; assignment: Array<{ topic: string; partitions: number[] }> }>;
  partitions: Array<{ topic: string; partition: number; committedOffset: number | null; logEndOffset: number | null; lag: number | null;
    clientId: string | null }>;
}

const describeGroup = (): Promise<Described> => weirJson<Described>(['group', 'describe', 'billing']);
const committedSum = (group: Described): number => group.partitions.reduce((sum, row) => sum + (row.committedOffset ?? 0), 0);

/** `lines` records written to `partition` by `weir produce`. */
async function produce(lines: number, partition: number): Promise<void> {
  const input = Array.from({ length: lines }, (_, index) => `record-${index}`).join('\n');
  const result = await weir(['produce', 'orders', '--partition', String(partition)], `${input}\n`);
  expect([result.code, result.stderr]).toEqual([0, '']);
}

describe('weir group against a kafkajs consumer group', () => {
  test('describe shows the member, its assignment, the committed offsets and the lag', async () => {
    await weirJson(['topic', 'create', 'orders', '--partitions', '3']);
    for (const partition of [0, 1, 2]) await produce(4, partition);
    consumer = await startGroupMember(node.kafkaAddress, 'billing', 'orders');

    let group = await eventually('the group commits all 12 records', 30_000, async () => {
      const described = await describeGroup();
      return committedSum(described) === 12 ? described : undefined;
    });
    expect([group.type, group.state, group.protocolType]).toEqual(['classic', 'Stable', 'consumer']);
    expect(group.members).toHaveLength(1);
    expect(group.members[0]?.clientId).toBe('weir-interop-kafkajs');
    expect(group.members[0]?.clientHost).toContain('127.0.0.1');
    expect(group.members[0]?.assignment).toEqual([{ topic: 'orders', partitions: [0, 1, 2] }]);
    expect(group.totalLag).toBe(0);

    consumer.pause([{ topic: 'orders' }]);
    await produce(5, 1);
    group = await describeGroup();
    expect(group.partitions.map((row) => [row.partition, row.committedOffset, row.logEndOffset, row.lag])).toEqual([
      [0, 4, 4, 0], [1, 4, 9, 5], [2, 4, 4, 0],
    ]);
    expect(group.totalLag).toBe(5);
    expect(group.partitions.every((row) => row.clientId === 'weir-interop-kafkajs')).toBe(true);

    const table = await weir(['group', 'describe', 'billing']);
    expect(table.code).toBe(0);
    expect(table.stdout).toContain('STATE Stable');
    expect(table.stdout).toMatch(/CURRENT-OFFSET\s+LOG-END-OFFSET\s+LAG/);
    expect(table.stdout).toMatch(/orders\s+1\s+4\s+9\s+5/);

    const listed = await weirJson<Array<{ GROUP: string; STATE: string; TYPE: string }>>(['group', 'list']);
    expect(listed).toContainEqual(expect.objectContaining({ GROUP: 'billing', STATE: 'Stable', TYPE: 'classic' }));
  });

  test('reset-offsets is refused while the group has a member', async () => {
    const refused = await weir(['group', 'reset-offsets', 'billing', '--topic', 'orders', '--to-earliest', '--execute']);
    expect(refused.code).toBe(1);
    expect(refused.stderr.trim().split('\n')).toHaveLength(1);
    expect(refused.stderr).toContain('Stable');
    expect(committedSum(await describeGroup())).toBe(12);
  });

  test('once empty: a dry run changes nothing, --execute commits the plan', async () => {
    await consumer?.disconnect();
    consumer = null;
    await eventually('the group is empty after the member left', 15_000, async () =>
      (await describeGroup()).state === 'Empty' ? true : undefined);

    const plan = await weirJson<{ executed: boolean; partitions: Array<{ partition: number; currentOffset: number; newOffset: number }> }>(
      ['group', 'reset-offsets', 'billing', '--topic', 'orders', '--to-earliest', '--dry-run']);
    expect(plan.executed).toBe(false);
    expect(plan.partitions.map((row) => [row.partition, row.currentOffset, row.newOffset])).toEqual([[0, 4, 0], [1, 4, 0], [2, 4, 0]]);
    expect(committedSum(await describeGroup())).toBe(12);

    await weirJson(['group', 'reset-offsets', 'billing', '--topic', 'orders', '--to-earliest', '--execute']);
    let group = await describeGroup();
    expect(group.partitions.map((row) => row.committedOffset)).toEqual([0, 0, 0]);
    expect(group.totalLag).toBe(17);

    await weirJson(['group', 'reset-offsets', 'billing', '--topic', 'orders:1', '--shift-by=7', '--execute']);
    await weirJson(['group', 'reset-offsets', 'billing', '--topic', 'orders:2', '--to-offset', '99', '--execute']);
    group = await describeGroup();
    expect(group.partitions.map((row) => row.committedOffset)).toEqual([0, 7, 4]);

    const table = await weir(['group', 'reset-offsets', 'billing', '--all-topics', '--to-latest']);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/NEW-OFFSET/);
    expect(table.stdout).toContain('dry run');
    await weirJson(['group', 'reset-offsets', 'billing', '--all-topics', '--to-latest', '--execute']);
    expect((await describeGroup()).totalLag).toBe(0);
  });

  test('delete removes the group; describing it then fails with one line', async () => {
    await weirJson(['group', 'delete', 'billing']);
    const listed = await weirJson<Array<{ GROUP: string }>>(['group', 'list']);
    expect(listed.map((row) => row.GROUP)).not.toContain('billing');
    const gone = await weir(['group', 'describe', 'billing']);
    expect(gone.code).toBe(1);
    expect(gone.stderr).toContain('GROUP_ID_NOT_FOUND');
    const again = await weir(['group', 'delete', 'billing']);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('GROUP_ID_NOT_FOUND');
  });

  test('bad usage exits 2 and points to --help, which shows an example', async () => {
    const noTarget = await weir(['group', 'reset-offsets', 'billing', '--all-topics']);
    expect(noTarget.code).toBe(2);
    expect(noTarget.stderr).toContain('--help');
    const help = await weir(['group', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Examples:');
  });
});

const skipKip848 = skipWithout('confluent-kafka-librdkafka-2.15');

describe.skipIf(skipKip848)('weir group against a KIP-848 consumer group', () => {
  test('describe shows the consumer group, its assignor and its member\'s assignment', async () => {
    await weirJson(['topic', 'create', 'tracks', '--partitions', '2']);
    const member = ConsumerProtocolMember.start('tracker', { bootstrap: node.kafkaAddress, group: 'tracker', topic: 'tracks' });
    try {
      await member.until('both partitions assigned', 30_000, (started) => started.owned().size === 2);
      const group = await weirJson<Described>(['group', 'describe', 'tracker']);
      expect([group.type, group.state, group.protocolType, group.assignor]).toEqual(['consumer', 'Stable', 'consumer', 'uniform']);
      expect(group.members).toHaveLength(1);
      expect(group.members[0]?.assignment).toEqual([{ topic: 'tracks', partitions: [0, 1] }]);
      const listed = await weirJson<Array<{ GROUP: string; TYPE: string }>>(['group', 'list']);
      expect(listed).toContainEqual(expect.objectContaining({ GROUP: 'tracker', TYPE: 'consumer' }));
    } finally {
      await member.close(15_000).catch(() => member.kill());
    }
  });
});
