// Goal: each replication invariant (sim/checkers/replication-invariants.ts) and each replication
// rule of the queue checker (acks=1 losses and retry duplicates counted apart, truncated-read)
// fires on a history that breaks it, and stays quiet on one that keeps it. Method: hand-built
// observations — images as the checker reads them, and replica logs on a small in-memory disk
// holding real record batches (storage's encoder), so CRCs and leader epochs are the ones a
// node would write.
import { describe, expect, it } from 'vitest';
import type { MetadataImage } from '../../src/metadata/image/metadata-image.js';
import { encodeRecordBatch, setBaseOffset, setPartitionLeaderEpoch, segmentFileName } from '../../storage/mod.js';
import { KafkaQueueChecker } from '../../sim/checkers/kafka-queue.js';
import type { ReadableDisk } from '../../sim/checkers/replica-log-view.js';
import { ReplicationInvariants, type ObservedNode } from '../../sim/checkers/replication-invariants.js';

const topicId = 'AAAAAAAAAAAAAAAAAAAAAQ';
const directory = '/data/kafka/t-0';

/** One batch of `count` records from `baseOffset`, appended in `epoch`, with value prefix `tag`. */
function batch(baseOffset: number, count: number, epoch: number, tag: string): Uint8Array {
  const bytes = encodeRecordBatch({ records: Array.from({ length: count },
    (_, index) => ({ value: new TextEncoder().encode(`${tag}-${index}`), timestampMs: 0 })) });
  setBaseOffset(bytes, 0, baseOffset);
  setPartitionLeaderEpoch(bytes, 0, epoch);
  return bytes;
}

function diskWith(...batches: Uint8Array[]): ReadableDisk {
  const segment = new Uint8Array(batches.reduce((total, bytes) => total + bytes.length, 0));
  let position = 0;
  for (const bytes of batches) {
    segment.set(bytes, position);
    position += bytes.length;
  }
  const name = segmentFileName(0, 'log');
  return { namesIn: (path) => path === directory ? [name] : [], contents: (path) => path === `${directory}/${name}` ? segment : undefined };
}

function imageOf(offset: number, partition: { leader: number; leaderEpoch: number; isr: number[] }): MetadataImage {
  const topic = { name: 't', topicId, configs: new Map(),
    partitions: [{ topicName: 't', topicId, partition: 0, replicas: [1, 2, 3], partitionEpoch: 0, ...partition }] };
  return { offset, topicsById: new Map([[topicId, topic]]) } as unknown as MetadataImage;
}

function node(id: number, options: { image: MetadataImage; disk: ReadableDisk; leader: boolean; leaderEpoch?: number;
  highWatermark: number; logEndOffset: number }): ObservedNode {
  return { id, incarnation: 0, image: options.image, disk: options.disk, replicas: [{ key: 't/0', topicId, partition: 0,
    directory, leaderEpoch: options.leaderEpoch ?? 0, highWatermark: options.highWatermark, logEndOffset: options.logEndOffset,
    isLeader: options.leader }] };
}

function checker(): { invariants: ReplicationInvariants; found: string[] } {
  const found: string[] = [];
  return { invariants: new ReplicationInvariants((anomaly, message) => found.push(`${anomaly}: ${message}`)), found };
}

describe('replication invariants', () => {
  const image = imageOf(5, { leader: 1, leaderEpoch: 0, isr: [1, 2, 3] });
  const full = diskWith(batch(0, 2, 0, 'a'), batch(2, 2, 0, 'b'));

  it('agreeing replicas below the high watermark keep every invariant', () => {
    const { invariants, found } = checker();
    invariants.observe([node(1, { image, disk: full, leader: true, highWatermark: 4, logEndOffset: 4 }),
      node(2, { image, disk: full, leader: false, highWatermark: 2, logEndOffset: 4 }),
      node(3, { image, disk: diskWith(batch(0, 2, 0, 'a'), batch(2, 2, 0, 'b'), batch(4, 1, 0, 'c')), leader: false,
        highWatermark: 4, logEndOffset: 5 })]);
    expect(found).toEqual([]);
    expect(invariants.comparisons).toBe(2);
  });

  it('an ISR member that ends below the leader\'s high watermark: isr-incomplete', () => {
    const { invariants, found } = checker();
    invariants.observe([node(1, { image, disk: full, leader: true, highWatermark: 4, logEndOffset: 4 }),
      node(2, { image, disk: diskWith(batch(0, 2, 0, 'a')), leader: false, highWatermark: 2, logEndOffset: 2 })]);
    expect(found.map((line) => line.split(':')[0])).toEqual(['isr-incomplete']);
  });

  it('an ISR member whose batch below the high watermark differs: replica-divergence', () => {
    const { invariants, found } = checker();
    invariants.observe([node(1, { image, disk: full, leader: true, highWatermark: 4, logEndOffset: 4 }),
      node(2, { image, disk: diskWith(batch(0, 2, 0, 'a'), batch(2, 2, 0, 'x')), leader: false, highWatermark: 4, logEndOffset: 4 })]);
    expect(found.map((line) => line.split(':')[0])).toEqual(['replica-divergence']);
  });

  it('a later leader holding another batch where an earlier one committed: replica-divergence', () => {
    const { invariants, found } = checker();
    invariants.observe([node(1, { image, disk: full, leader: true, highWatermark: 4, logEndOffset: 4 })]);
    const next = imageOf(6, { leader: 2, leaderEpoch: 1, isr: [2, 3] });
    invariants.observe([node(2, { image: next, disk: diskWith(batch(0, 2, 0, 'a'), batch(2, 2, 1, 'b')), leader: true,
      leaderEpoch: 1, highWatermark: 4, logEndOffset: 4 })]);
    expect(found.map((line) => line.split(':')[0])).toEqual(['replica-divergence']);
  });

  it('an image naming a leader outside the ISR: leader-not-in-isr', () => {
    const { invariants, found } = checker();
    invariants.observe([node(1, { image: imageOf(5, { leader: 3, leaderEpoch: 1, isr: [1, 2] }), disk: full, leader: false,
      highWatermark: 4, logEndOffset: 4 })]);
    expect(found.map((line) => line.split(':')[0])).toEqual(['leader-not-in-isr']);
  });

  it('two leaders in one leader epoch: election-safety', () => {
    const { invariants, found } = checker();
    invariants.observe([node(1, { image, disk: full, leader: true, highWatermark: 4, logEndOffset: 4 })]);
    invariants.observe([node(2, { image: imageOf(6, { leader: 2, leaderEpoch: 0, isr: [1, 2, 3] }), disk: full, leader: true,
      highWatermark: 4, logEndOffset: 4 })]);
    expect(found.map((line) => line.split(':')[0])).toEqual(['election-safety']);
  });

  it('a leader\'s high watermark going back in its epoch: high-watermark-regressed', () => {
    const { invariants, found } = checker();
    invariants.observe([node(1, { image, disk: full, leader: true, highWatermark: 4, logEndOffset: 4 })]);
    invariants.observe([node(1, { image, disk: full, leader: true, highWatermark: 2, logEndOffset: 4 })]);
    expect(found.map((line) => line.split(':')[0])).toEqual(['high-watermark-regressed']);
  });

  it('a consumer shown a lower high watermark than an answer received before its Fetch: high-watermark-regressed', () => {
    const { invariants, found } = checker();
    const overlapping = invariants.fetchInvoked();
    invariants.fetchAnswered(invariants.fetchInvoked(), 't/0', 7, 'consumer-1');
    // Sent before the answer of 7 arrived: a lower one is no regression.
    invariants.fetchAnswered(overlapping, 't/0', 5, 'consumer-2');
    expect(found).toEqual([]);
    invariants.fetchAnswered(invariants.fetchInvoked(), 't/0', 6, 'consumer-2');
    expect(found.map((line) => line.split(':')[0])).toEqual(['high-watermark-regressed']);
  });
});

describe('the queue checker under replication', () => {
  function queue(): { checker: KafkaQueueChecker; found: string[] } {
    const found: string[] = [];
    return { checker: new KafkaQueueChecker((anomaly, message) => found.push(`${anomaly}: ${message}`), { checkTruncatedReads: true }), found };
  }

  it('a lost acks=1 write is counted apart, and the offset conflict it causes is excused; a lost acks=-1 one is lost-write', () => {
    const { checker, found } = queue();
    checker.invoked('t/0', ['v1'], 'p', 1);
    checker.acknowledged('t/0', ['v1'], 0);
    checker.invoked('t/0', ['v2'], 'p', -1);
    checker.acknowledged('t/0', ['v2'], 0);
    checker.finalRead('t/0', [{ offset: 0, value: 'v2' }], 1);
    checker.checkFinal();
    expect(found).toEqual([]);
    expect(checker.counts.acksOneLost).toBe(1);
    const second = queue();
    second.checker.invoked('t/0', ['w1'], 'p', -1);
    second.checker.acknowledged('t/0', ['w1'], 0);
    second.checker.finalRead('t/0', [], 1);
    second.checker.checkFinal();
    expect(second.found.map((line) => line.split(':')[0])).toEqual(['lost-write']);
  });

  it('a retried value at a second offset is a counted duplicate; an unretried one is duplicate', () => {
    const { checker, found } = queue();
    checker.invoked('t/0', ['v1'], 'p', -1);
    checker.retried(['v1']);
    checker.acknowledged('t/0', ['v1'], 1);
    checker.finalRead('t/0', [{ offset: 0, value: 'v1' }, { offset: 1, value: 'v1' }], 2);
    checker.checkFinal();
    expect(found).toEqual([]);
    expect(checker.counts.retryDuplicates).toBe(1);
    const second = queue();
    second.checker.invoked('t/0', ['w1'], 'p', -1);
    second.checker.acknowledged('t/0', ['w1'], 1);
    second.checker.polled({ consumer: 'c', session: 0, partition: 't/0', records: [{ offset: 0, value: 'w1' }] });
    expect(second.found.map((line) => line.split(':')[0])).toEqual(['duplicate']);
  });

  it('a record a consumer read that the final read lacks at that offset: truncated-read', () => {
    const { checker, found } = queue();
    checker.invoked('t/0', ['v1'], 'p', 0);
    checker.indeterminate(['v1']);
    checker.polled({ consumer: 'c', session: 0, partition: 't/0', records: [{ offset: 0, value: 'v1' }] });
    checker.finalRead('t/0', [], 0);
    checker.checkFinal();
    expect(found.map((line) => line.split(':')[0])).toEqual(['truncated-read']);
  });
});
