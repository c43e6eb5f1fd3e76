// The broker's log cleaner (src/broker/log-cleaner.ts): the replica manager runs it for hosted
// partitions whose topic has cleanup.policy=compact; it cleans the filthiest due log first, one
// bounded step per timer turn, so a produce issued while a cleaning is in progress completes
// before the cleaning does; a partition of a delete-policy topic is never cleaned.
// Method: a ReplicaManager on a simulated disk and a manual clock (the timers fire only when the
// test advances it), fed a hand-built image; the cleaner's log line is captured.
import { describe, expect, test } from 'vitest';
import { SimDisk } from '../../sim/sim-disk.js';
import { filthiestPartition } from '../../src/broker/log-cleaner.js';
import { noopBrokerMetrics } from '../../src/broker/metrics.js';
import { ReplicaManager } from '../../src/broker/replica-manager.js';
import { createLogger } from '../../src/log/logger.js';
import { emptyImage, type MetadataImage, type TopicImage } from '../../src/metadata/image/metadata-image.js';
import { nodeId, topicName, type Uuid } from '../../src/protocol/mod.js';
import { createNodeRuntime } from '../../src/runtime/nodejs/node-runtime.js';
import { decodeRecordBatches, encodeRecordBatch } from '../../storage/mod.js';
import type { CleanableRange } from '../../storage/mod.js';
import { ManualClock, testConfig } from '../controller/controller-fixture.js';
import { MemoryNetwork } from './support.js';

const compactedId = 'AAAAAAAAAAAAAAAAAAAAAQ';
const deletedId = 'AAAAAAAAAAAAAAAAAAAAAg';

function topic(name: string, topicId: string, configs: Record<string, string>): TopicImage {
  return { name: topicName(name), topicId: topicId as Uuid, configs: new Map(Object.entries(configs)),
    partitions: [{ topicName: topicName(name), topicId: topicId as Uuid, partition: 0, replicas: [nodeId(1)],
      isr: [nodeId(1)], leader: nodeId(1), leaderEpoch: 0, partitionEpoch: 0, addingReplicas: [], removingReplicas: [],
      leaderRecoveryState: 0, elr: [], lastKnownElr: [] }] };
}

function imageOf(topics: readonly TopicImage[]): MetadataImage {
  return { ...emptyImage(), offset: 1, topicsByName: new Map(topics.map((entry) => [entry.name, entry])),
    topicsById: new Map(topics.map((entry) => [entry.topicId, entry])) };
}

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

function updates(round: number): Uint8Array {
  return encodeRecordBatch({ records: ['a', 'b', 'c'].map((key) => ({ key: utf8(key), value: utf8(`${key}${round}`),
    timestampMs: round })) });
}

/** Drains the microtasks and settled I/O of the simulated disk. */
const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('the broker log cleaner', () => {
  test('compacts a compact-policy partition in steps while produce goes on, and leaves a delete-policy one', async () => {
    const clock = new ManualClock();
    const lines: string[] = [];
    const logger = createLogger({ now: () => clock.now(), sink: (line) => lines.push(line), level: 'info', component: 'broker' });
    const runtime = { clock, random: createNodeRuntime().random, disk: new SimDisk({ random: { nextInt: () => 0 } }),
      network: new MemoryNetwork() };
    const fatal: unknown[] = [];
    const replicas = new ReplicaManager({ runtime, logger, metrics: noopBrokerMetrics(), nodeId: nodeId(1),
      config: testConfig('log.dirs=/data\nlog.cleaner.backoff.ms=10\nlog.cleaner.io.buffer.size=512'),
      onFatal: (error) => fatal.push(error) });
    await replicas.prepare();
    const segmentConfigs = { 'segment.bytes': '300', 'min.cleanable.dirty.ratio': '0.01' };
    await replicas.applyImage(imageOf([topic('keys', compactedId, { ...segmentConfigs, 'cleanup.policy': 'compact' }),
      topic('events', deletedId, segmentConfigs)]));
    const [compacted, plain] = ['keys', 'events'].map((name) =>
      replicas.onlinePartitions().find((partition) => partition.id.topicName === name));
    if (compacted === undefined || plain === undefined) throw new Error('both partitions are online');
    for (let round = 0; round < 30; round += 1) {
      await compacted.appendAsLeader(updates(round));
      await plain.appendAsLeader(updates(round));
    }
    const plainBytes = await plain.read(0, { maxBytes: 1 << 20, minOneBatch: true });
    replicas.startMaintenance();
    clock.advance(10);
    await settle();
    // The cleaner has taken a first step and yields; a produce now completes before it goes on.
    expect(replicas.logCleaningCount).toBe(0);
    const appended = await compacted.appendAsLeader(updates(30));
    expect(appended.baseOffset).toBe(90);
    expect(replicas.logCleaningCount).toBe(0);
    for (let turn = 0; turn < 1000 && replicas.logCleaningCount === 0; turn += 1) {
      clock.advance(0);
      await settle();
    }
    expect(replicas.logCleaningCount).toBe(1);
    const cleanedLine = lines.find((line) => line.includes('log cleaned'));
    expect(cleanedLine).toMatch(/topic="keys"/);
    expect(cleanedLine).toMatch(/bytesBefore=\d+ bytesAfter=\d+/);
    const read = await compacted.read(0, { maxBytes: 1 << 20, minOneBatch: true });
    if (read instanceof Error) throw read;
    const offsets = decodeRecordBatches(read.records).flatMap((batch) => batch.records.map((record) => record.offset));
    expect(offsets.length).toBeLessThan(93);
    expect(offsets.slice(-3)).toEqual([90, 91, 92]);
    // The delete-policy partition is byte for byte what it was.
    const plainNow = await plain.read(0, { maxBytes: 1 << 20, minOneBatch: true });
    expect(plainNow).toEqual(plainBytes);
    expect(fatal).toEqual([]);
    replicas.checkInvariants();
    await replicas.stop();
  });

  test('the filthiest due partition goes first, a forced one before any ratio', () => {
    const range = (dirtyRatio: number, options: Partial<CleanableRange> = {}): CleanableRange => ({
      dirtyStartIndex: 0, endIndex: 1, endOffset: 10, cleanBytes: 0, dirtyBytes: 1, dirtyRatio,
      forcedBy: undefined, due: true, ...options });
    expect(filthiestPartition([{ item: 'a', range: range(0.6) }, { item: 'b', range: range(0.9) }])).toBe('b');
    expect(filthiestPartition([{ item: 'a', range: range(0.9) },
      { item: 'b', range: range(0.1, { forcedBy: 'max-compaction-lag' }) }])).toBe('b');
    expect(filthiestPartition([{ item: 'a', range: range(0.9, { due: false }) }])).toBeUndefined();
  });
});
