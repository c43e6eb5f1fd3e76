// Goal: `weir consume --group` behaves as a Kafka console consumer in a group: it starts where
// the group committed (or where --offset says when nothing is), commits what it printed, leaves on
// exit so the next run resumes exactly after it, and two members running at once share the
// partitions so that every record is printed once, by one of them.
// Method: one node process with a short KIP-848 heartbeat interval (the first member learns of
// the second within a heartbeat); `weir produce` writes; `weir consume --group` runs as its own
// processes; `weir group describe --json` shows membership and offsets; waits poll with a bound.
import type { ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { eventually } from './support/eventually.js';
import { NodeProcess, runWeir, spawnWeir } from './support/node-process.js';

let node: NodeProcess;
const running: ChildProcess[] = [];

beforeAll(async () => {
  node = await NodeProcess.start({ settings: { 'offsets.topic.num.partitions': '3',
    'group.consumer.heartbeat.interval.ms': '300' } });
});
afterAll(async () => {
  for (const child of running) child.kill('SIGKILL');
  await node?.stop();
});

async function weir(args: readonly string[], input = ''): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return runWeir([...args, '--bootstrap', node.kafkaAddress], 60_000, input);
}

/** Writes `values` round-robin over `partitions` partitions of `topic`. */
async function produce(topic: string, values: readonly string[], partitions: number): Promise<void> {
  for (let partition = 0; partition < partitions; partition += 1) {
    const mine = values.filter((_, index) => index % partitions === partition);
    const result = await weir(['produce', topic, '--partition', String(partition)], `${mine.join('\n')}\n`);
    expect([result.code, result.stderr]).toEqual([0, '']);
  }
}

interface Described {
  state: string;
  members: Array<{ memberId: string; assignment: Array<{ topic: string; partitions: number[] }> }>;
  partitions: Array<{ partition: number; committedOffset: number | null }>;
}

async function describeGroup(groupId: string): Promise<Described> {
  const result = await weir(['group', 'describe', groupId, '--json']);
  expect([result.code, result.stderr]).toEqual([0, '']);
  return JSON.parse(result.stdout) as Described;
}

const lines = (text: string): string[] => text.split('\n').filter((line) => line !== '');

describe('weir consume --group', () => {
  test('a run resumes after what the last run of the group printed and committed', async () => {
    expect((await weir(['topic', 'create', 'ledger', '--partitions', '3'])).code).toBe(0);
    const first = Array.from({ length: 30 }, (_, index) => `entry-${index}`);
    await produce('ledger', first, 3);

    const run1 = await weir(['consume', 'ledger', '--group', 'auditors', '--from-beginning', '--exit']);
    expect([run1.code, run1.stderr]).toEqual([0, '']);
    expect(lines(run1.stdout).sort()).toEqual([...first].sort());
    const afterRun1 = await describeGroup('auditors');
    expect(afterRun1.state).toBe('Empty');
    expect(afterRun1.partitions.map((row) => row.committedOffset)).toEqual([10, 10, 10]);

    // Nothing new: a second run prints nothing, though --from-beginning is given (the group has offsets).
    const run2 = await weir(['consume', 'ledger', '--group', 'auditors', '--from-beginning', '--exit']);
    expect([run2.code, run2.stderr, run2.stdout]).toEqual([0, '', '']);

    const more = ['late-0', 'late-1', 'late-2', 'late-3', 'late-4'];
    await produce('ledger', more, 3);
    const run3 = await weir(['consume', 'ledger', '--group', 'auditors', '--exit']);
    expect([run3.code, run3.stderr]).toEqual([0, '']);
    expect(lines(run3.stdout).sort()).toEqual([...more].sort());
  });

  test('a group without offsets starts at the end by default, as auto.offset.reset=latest', async () => {
    expect((await weir(['topic', 'create', 'notices', '--partitions', '2'])).code).toBe(0);
    await produce('notices', ['old-0', 'old-1'], 2);
    const run = await weir(['consume', 'notices', '--group', 'latecomers', '--exit']);
    expect([run.code, run.stderr, run.stdout]).toEqual([0, '', '']);
  });

  test('two members at once share the partitions and print every record once between them', async () => {
    expect((await weir(['topic', 'create', 'shared', '--partitions', '4'])).code).toBe(0);
    const outputs = [{ text: '' }, { text: '' }];
    const start = (index: number): ChildProcess => {
      const child = spawnWeir(['consume', 'shared', '--group', 'sharers', '--from-beginning', '--bootstrap', node.kafkaAddress]);
      child.stdout?.on('data', (chunk: Buffer) => { outputs[index]!.text += chunk.toString(); });
      running.push(child);
      return child;
    };
    const memberA = start(0);
    await eventually('the first member owns all four partitions', 30_000, async () => {
      const group = await describeGroup('sharers');
      return group.members.length === 1 && group.members[0]?.assignment[0]?.partitions.length === 4 ? true : undefined;
    });
    const memberB = start(1);
    const split = await eventually('the two members own two partitions each', 30_000, async () => {
      const group = await describeGroup('sharers');
      const owned = group.members.map((member) => member.assignment.flatMap((entry) => entry.partitions).sort());
      return owned.length === 2 && owned.every((partitions) => partitions.length === 2) ? owned : undefined;
    });
    expect(new Set(split.flat()).size).toBe(4);

    const values = Array.from({ length: 40 }, (_, index) => `shared-${index}`);
    await produce('shared', values, 4);
    await eventually('every record is printed', 30_000, async () =>
      lines(outputs[0]!.text).length + lines(outputs[1]!.text).length >= values.length ? true : undefined);
    const printedA = lines(outputs[0]!.text);
    const printedB = lines(outputs[1]!.text);
    expect([...printedA, ...printedB].sort()).toEqual([...values].sort());
    expect(printedA.length).toBeGreaterThan(0);
    expect(printedB.length).toBeGreaterThan(0);

    const exits = [memberA, memberB].map((child) => new Promise<number | null>((resolve) => child.once('exit', resolve)));
    memberA.kill('SIGINT');
    memberB.kill('SIGINT');
    expect(await Promise.all(exits)).toEqual([0, 0]);
    const left = await describeGroup('sharers');
    expect(left.state).toBe('Empty');
    expect(left.partitions.map((row) => row.committedOffset)).toEqual([10, 10, 10, 10]);
  });
});
