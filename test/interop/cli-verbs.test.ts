// Goal: the `weir` admin verbs (topic, produce, consume, cluster, quorum, datagen) do what an operator coming from kafka-topics, the console
// producer/consumer and kcat expects, against a real node process: topics created, listed,
// described (partitions, offsets, non-default configs), altered, grown and deleted; lines
// produced (keys placed by Kafka's murmur2 partitioner) and read back by kcat; records written
// by kcat read back by `weir consume` from the beginning, an offset, a count or a time; every
// failure one clear line on stderr with exit code 1 (the broker said no, or cannot be reached)
// or 2 (bad usage).
// Method: one node process for the file; each verb runs as its own `weir` process, mostly with
// --json so that the test reads structured output.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { skipWithout } from './support/clients.js';
import { kcat, kcatConsume } from './support/external-clients.js';
import { NodeProcess, runWeir } from './support/node-process.js';

const require = createRequire(import.meta.url);
const kafkajsMurmur2 = require('kafkajs/src/producer/partitioners/default/murmur2.js') as (key: Buffer) => number;

const skip = skipWithout('kcat');
let node: NodeProcess;
let bootstrap: string[];

beforeAll(async () => {
  if (skip) return;
  node = await NodeProcess.start();
  bootstrap = ['--bootstrap', node.kafkaAddress];
});
afterAll(async () => { await node?.stop(); });

async function weir(args: readonly string[], input = ''): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return runWeir([...args, ...bootstrap], 20_000, input);
}

async function weirJson<T>(args: readonly string[], input = ''): Promise<T> {
  const result = await weir([...args, '--json'], input);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as T;
}

interface DescribedTopic {
  partitions: Array<{ PARTITION: number; LEADER: number; 'LOG-START': number; 'HIGH-WATERMARK': number }>;
  configs: Record<string, string>;
}

describe.skipIf(skip)('weir topic', () => {
  test('create, list, describe, alter-config, add-partitions and delete a topic', async () => {
    await weirJson(['topic', 'create', 'lifecycle', '--partitions', '3', '-c', 'retention.ms=86400000']);
    const again = await weir(['topic', 'create', 'lifecycle']);
    expect(again.code).toBe(1);
    expect(again.stderr.trim().split('\n')).toHaveLength(1);
    expect(again.stderr).toContain('TOPIC_ALREADY_EXISTS');

    const listed = await weirJson<Array<{ NAME: string; PARTITIONS: number }>>(['topic', 'list']);
    expect(listed).toContainEqual(expect.objectContaining({ NAME: 'lifecycle', PARTITIONS: 3 }));

    let described = await weirJson<DescribedTopic>(['topic', 'describe', 'lifecycle']);
    expect(described.partitions.map((partition) => partition.PARTITION)).toEqual([0, 1, 2]);
    expect(described.partitions.every((partition) => partition.LEADER === 1 && partition['HIGH-WATERMARK'] === 0)).toBe(true);
    expect(described.configs).toEqual({ 'retention.ms': '86400000' });

    await weirJson(['topic', 'alter-config', 'lifecycle', '-c', 'retention.ms=1000', '-c', 'max.message.bytes=2048']);
    await weirJson(['topic', 'alter-config', 'lifecycle', '--delete', 'max.message.bytes']);
    await weirJson(['topic', 'add-partitions', 'lifecycle', '--partitions', '5']);
    described = await weirJson<DescribedTopic>(['topic', 'describe', 'lifecycle']);
    expect(described.partitions).toHaveLength(5);
    expect(described.configs).toEqual({ 'retention.ms': '1000' });

    await weirJson(['topic', 'delete', 'lifecycle']);
    const gone = await weir(['topic', 'describe', 'lifecycle']);
    expect(gone.code).toBe(1);
    expect(gone.stderr).toContain('UNKNOWN_TOPIC_OR_PARTITION');
  });

  test('the table output has a header row and one line per partition', async () => {
    await weirJson(['topic', 'create', 'tabled', '--partitions', '2']);
    const result = await weir(['topic', 'describe', 'tabled']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/PARTITION\s+LEADER\s+EPOCH\s+REPLICAS\s+ISR\s+LOG-START\s+HIGH-WATERMARK/);
    expect(result.stdout).toMatch(/^1\s+1\s+0\s+1\s+1\s+0\s+0$/m);
  });
});

describe.skipIf(skip)('weir produce and weir consume', () => {
  const keys = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot'];

  test('keyed lines land where Kafka\'s murmur2 partitioner puts them, and kcat reads them back', async () => {
    await weirJson(['topic', 'create', 'keyed', '--partitions', '4']);
    const lines = keys.map((key) => `${key}:value-of-${key}`).join('\n');
    // (--json would also make each input line a JSON object; plain lines print a table.)
    const produced = await weir(['produce', 'keyed', '-k', ':'], `${lines}\n`);
    expect([produced.code, produced.stderr]).toEqual([0, '']);
    const counts = produced.stdout.trim().split('\n').slice(1).map((row) => Number(row.split(/\s+/)[2]));
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(keys.length);
    const read = await kcatConsume({ bootstrap: node.kafkaAddress, topic: 'keyed', partitions: [0, 1, 2, 3] });
    expect(read.map((record) => [record.key, record.value, record.partition]).sort()).toEqual(keys.map((key) =>
      [key, `value-of-${key}`, (kafkajsMurmur2(Buffer.from(key)) & 0x7fffffff) % 4]).sort());
  });

  test('records written by kcat are read from the beginning, an offset, with a count, and from a time', async () => {
    await weirJson(['topic', 'create', 'from-kcat', '--partitions', '1']);
    const before = Date.now();
    await kcat(['-b', node.kafkaAddress, '-P', '-t', 'from-kcat', '-p', '0', '-K', '\t', '-H', 'source=kcat'],
      keys.map((key) => `${key}\t${key.toUpperCase()}`).join('\n'));
    interface Consumed { partition: number; offset: number; key: string; value: string; headers: Record<string, string> }
    const parse = (stdout: string): Consumed[] => stdout.trim().split('\n').filter((line) => line !== '').map((line) => JSON.parse(line) as Consumed);

    const all = await weir(['consume', 'from-kcat', '--from-beginning', '-e', '--json']);
    expect(all.code).toBe(0);
    expect(parse(all.stdout).map((record) => [record.offset, record.key, record.value, record.headers['source']]))
      .toEqual(keys.map((key, index) => [index, key, key.toUpperCase(), 'kcat']));

    const fromThree = await weir(['consume', 'from-kcat', '-o', '3', '-n', '2', '--json']);
    expect(parse(fromThree.stdout).map((record) => record.offset)).toEqual([3, 4]);

    const fromTime = await weir(['consume', 'from-kcat', '-o', `@${before}`, '-e', '-f', '%o=%s\\n']);
    expect(fromTime.stdout.trim().split('\n')).toEqual(keys.map((key, index) => `${index}=${key.toUpperCase()}`));

    const atEnd = await weir(['consume', 'from-kcat', '-o', 'end', '-e']);
    expect([atEnd.code, atEnd.stdout]).toEqual([0, '']);
  });

  test('a JSON line sets key, value, headers and partition', async () => {
    await weirJson(['topic', 'create', 'json-lines', '--partitions', '3']);
    await weirJson(['produce', 'json-lines', '--json'], '{"key":"k","value":{"n":1},"headers":{"h":"v"},"partition":2}\n');
    const read = await kcatConsume({ bootstrap: node.kafkaAddress, topic: 'json-lines', partitions: [2] });
    expect(read.map((record) => [record.key, record.value, record.headers])).toEqual([['k', '{"n":1}', [['h', 'v']]]]);
  });

  test('--file reads the lines of a file; a missing file is one line and exit 1', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'weir-produce-'));
    const path = join(directory, 'lines.txt');
    writeFileSync(path, 'first\nsecond\n');
    await weirJson(['topic', 'create', 'from-file', '--partitions', '1']);
    expect((await weir(['produce', 'from-file', '--file', path])).code).toBe(0);
    const read = await weir(['consume', 'from-file', '--from-beginning', '-e']);
    expect(read.stdout).toBe('first\nsecond\n');
    const missing = await weir(['produce', 'from-file', '--file', join(directory, 'absent.txt')]);
    expect([missing.code, missing.stderr.trim().split('\n').length]).toEqual([1, 1]);
    rmSync(directory, { recursive: true, force: true });
  });
});

describe.skipIf(skip)('weir datagen', () => {
  test('fills a topic with the orders quickstart, keyed by order id across its partitions', async () => {
    await weirJson(['topic', 'create', 'sample-orders', '--partitions', '3']);
    const written = await weirJson<Array<{ RECORDS: number }>>(['datagen', 'orders', '--topic', 'sample-orders', '--count', '60']);
    expect(written.reduce((sum, row) => sum + row.RECORDS, 0)).toBe(60);
    const read = await weir(['consume', 'sample-orders', '--from-beginning', '-e', '--json']);
    const records = read.stdout.trim().split('\n').map((line) => JSON.parse(line) as { partition: number; key: string; value: string });
    expect(records.map((record) => Number(record.key)).sort((a, b) => a - b)).toEqual(Array.from({ length: 60 }, (_, index) => index));
    expect(new Set(records.map((record) => record.partition)).size).toBe(3);
    for (const record of records) {
      expect(record.partition).toBe((kafkajsMurmur2(Buffer.from(record.key)) & 0x7fffffff) % 3);
      expect(JSON.parse(record.value)).toMatchObject({ orderid: Number(record.key), itemid: expect.stringMatching(/^Item_/) });
    }
  });
});

describe.skipIf(skip)('weir cluster and failures', () => {
  test('cluster info names the cluster, the controller and the broker', async () => {
    const info = await weirJson<{ clusterId: string; controllerId: number; brokers: Array<{ ID: number; PORT: number }> }>(['cluster', 'info']);
    expect(info.controllerId).toBe(1);
    expect(info.clusterId).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(info.brokers).toEqual([expect.objectContaining({ ID: 1, PORT: Number(node.kafkaAddress.split(':')[1]) })]);
  });

  test('quorum describe shows the leader, its epoch and each voter\'s lag', async () => {
    const quorum = await weirJson<{ leaderId: number; leaderEpoch: number; highWatermark: number;
      replicas: Array<{ NODE: number; ROLE: string; LAG: number }> }>(['quorum', 'describe']);
    expect(quorum.leaderId).toBe(1);
    expect(quorum.leaderEpoch).toBeGreaterThanOrEqual(1);
    expect(quorum.highWatermark).toBeGreaterThan(0);
    expect(quorum.replicas).toEqual([expect.objectContaining({ NODE: 1, ROLE: 'leader', LAG: 0 })]);
  });

  test('quorum add-voter / remove-voter reach the active controller through the broker and say why a change is refused', async () => {
    // The only voter cannot be removed; a node that is not running has not caught up, so it
    // cannot be added (Kafka's REQUEST_TIMED_OUT); both are one line on stderr and exit 1.
    const last = await weir(['quorum', 'remove-voter', '--controller-id', '1', '--controller-directory-id', 'AAAAAAAAAAAAAAAAAAAAAA']);
    expect([last.code, last.stderr.trim()]).toEqual([1, expect.stringContaining('Cannot remove voter 1: INVALID_REQUEST')]);
    const absent = await weir(['quorum', 'add-voter', '--controller-id', '2', '--controller-directory-id', 'AAAAAAAAAAAAAAAAAAAAAA',
      '--controller-endpoint', '127.0.0.1:1']);
    expect([absent.code, absent.stderr.trim()]).toEqual([1, expect.stringContaining('Cannot add voter 2: REQUEST_TIMED_OUT')]);
    const badUsage = await weir(['quorum', 'add-voter', '--controller-id', '2', '--controller-directory-id', 'short']);
    expect([badUsage.code, badUsage.stderr.includes('--controller-directory-id')]).toEqual([2, true]);
  });

  test('an unreachable broker is one line and exit 1; bad usage is exit 2 with a pointer to --help', async () => {
    const unreachable = await runWeir(['topic', 'list', '--bootstrap', '127.0.0.1:1']);
    expect(unreachable.code).toBe(1);
    expect(unreachable.stderr.trim().split('\n')).toHaveLength(1);
    expect(unreachable.stderr).toContain('Cannot reach broker 127.0.0.1:1');
    for (const args of [['topic', 'frob'], ['topic', 'create'], ['topic', 'create', 'x', '--partitions', 'many'], ['consume'], ['produce', 't', '--acks', '7']]) {
      const result = await weir(args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toContain('--help');
    }
    const help = await runWeir(['topic', '--help']);
    expect([help.code, help.stdout.includes('Example:')]).toEqual([0, true]);
  });
});
