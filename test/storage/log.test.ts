// Goal: the log's public operations each keep their documented rule (offsets, reads, rolls,
// truncation, DeleteRecords, retention, flush policy, reopen). Method: example-based tests on
// the simulated disk with a hand-moved clock; the property test (log-model.test.ts) covers
// random sequences.
import { describe, expect, test } from 'vitest';
import {
  Log, LogUnavailableError, OffsetOutOfRangeError, RecordBatchError, crc32c, decodeRecordBatches, readBatchHeader,
} from '../../storage/mod.js';
import { ManualClock, freshDisk, fromUtf8, makeBatch } from './support.js';

async function openLog(config = {}, seed = 1) {
  const disk = await freshDisk(seed);
  const clock = new ManualClock();
  const log = await Log.open({ disk, directory: '/data/topic-0', clock, config });
  return { disk, clock, log };
}

function values(records: Uint8Array): Array<string | null> {
  return decodeRecordBatches(records).flatMap((batch) => batch.records.map((record) => fromUtf8(record.value)));
}

describe('Log', () => {
  test('append assigns consecutive offsets from the log end offset', async () => {
    const { log } = await openLog();
    const first = await log.append(makeBatch('a', 3));
    const second = await log.append(makeBatch('b', 2));
    expect([first.baseOffset, first.lastOffset, second.baseOffset, second.lastOffset]).toEqual([0, 2, 3, 4]);
    expect(log.logEndOffset).toBe(5);
    const read = await log.read(0, { maxBytes: 1 << 20 });
    expect(values(read.records)).toEqual(['a-0', 'a-1', 'a-2', 'b-0', 'b-1']);
    expect(decodeRecordBatches(read.records).map((batch) => batch.header.baseOffset)).toEqual([0, 3]);
  });

  test('a read from an offset inside a batch returns that whole batch', async () => {
    const { log } = await openLog();
    await log.append(makeBatch('a', 3));
    await log.append(makeBatch('b', 3));
    const read = await log.read(4, { maxBytes: 1 << 20 });
    expect(read.batchCount).toBe(1);
    expect(readBatchHeader(read.records).baseOffset).toBe(3);
    expect(read.nextOffset).toBe(6);
  });

  test('reads stop at maxBytes on a batch boundary but return at least one batch', async () => {
    const { log } = await openLog();
    for (let batchIndex = 0; batchIndex < 5; batchIndex += 1) await log.append(makeBatch(`b${batchIndex}`, 2));
    const oneBatchBytes = (await log.read(0, { maxBytes: 1 })).records.length;
    expect((await log.read(0, { maxBytes: 1 })).batchCount).toBe(1);
    expect((await log.read(0, { maxBytes: 1, minOneBatch: false })).batchCount).toBe(0);
    expect((await log.read(0, { maxBytes: oneBatchBytes * 2 + 10 })).batchCount).toBe(2);
    expect((await log.read(0, { maxBytes: 1 << 20, maxOffset: 4 })).batchCount).toBe(2);
  });

  test('reads outside [log start, log end] are refused with OFFSET_OUT_OF_RANGE', async () => {
    const { log } = await openLog();
    await log.append(makeBatch('a', 2));
    await expect(log.read(3, { maxBytes: 100 })).rejects.toBeInstanceOf(OffsetOutOfRangeError);
    expect((await log.read(2, { maxBytes: 100 })).batchCount).toBe(0);
  });

  test('a batch with a bad CRC is rejected and leaves the log unchanged', async () => {
    const { log } = await openLog();
    const batch = makeBatch('a', 2);
    batch[batch.length - 1] = (batch[batch.length - 1] ?? 0) ^ 1;
    await expect(log.append(batch)).rejects.toMatchObject({ code: 'CORRUPT_MESSAGE' });
    expect(log.logEndOffset).toBe(0);
    await log.append(makeBatch('b', 1));
    expect(log.logEndOffset).toBe(1);
  });

  test('a rejected batch leaves no bytes behind, even across a crash that tears', async () => {
    for (let seed = 1; seed <= 20; seed += 1) {
      const { log, disk, clock } = await openLog({}, seed);
      await log.append(makeBatch('good', 2));
      const bad = makeBatch('bad', 2);
      bad[bad.length - 1] = (bad[bad.length - 1] ?? 0) ^ 1;
      await expect(log.append(bad)).rejects.toMatchObject({ code: 'CORRUPT_MESSAGE' });
      disk.crash({ tear: true });
      const reopened = await Log.open({ disk, directory: '/data/topic-0', clock });
      expect(reopened.logEndOffset).toBe(2);
      expect(values((await reopened.read(0, { maxBytes: 1 << 20 })).records)).toEqual(['good-0', 'good-1']);
    }
  });

  test('a follower append keeps offsets and refuses a gap', async () => {
    const { log } = await openLog();
    const leader = await openLog({}, 2);
    await leader.log.append(makeBatch('a', 2), { partitionLeaderEpoch: 3 });
    await leader.log.append(makeBatch('b', 2), { partitionLeaderEpoch: 4 });
    const fetched = await leader.log.read(0, { maxBytes: 1 << 20 });
    await log.append(fetched.records.slice(), { assignOffsets: false });
    expect(log.logEndOffset).toBe(4);
    expect((await log.batchHeaderAt(3))?.partitionLeaderEpoch).toBe(4);
    const stray = makeBatch('c', 1);
    await expect(log.append(stray, { assignOffsets: false })).rejects.toBeInstanceOf(RecordBatchError);
  });

  test('the log rolls by size and reads across segments', async () => {
    const { log } = await openLog({ segmentBytes: 400 });
    for (let batchIndex = 0; batchIndex < 10; batchIndex += 1) await log.append(makeBatch(`s${batchIndex}`, 2));
    expect(log.segmentBaseOffsets.length).toBeGreaterThan(2);
    const read = await log.read(0, { maxBytes: 1 << 20 });
    expect(values(read.records)).toHaveLength(20);
  });

  test('the log rolls by age (segment.ms)', async () => {
    const { log, clock } = await openLog({ segmentMs: 1000 });
    await log.append(makeBatch('a', 1, { timestampMs: clock.now() }));
    clock.nowMs += 2000;
    await log.append(makeBatch('b', 1, { timestampMs: clock.now() }));
    expect(log.segmentBaseOffsets).toEqual([0, 1]);
  });

  test('truncateTo removes whole batches from the one holding the offset', async () => {
    const { log } = await openLog({ segmentBytes: 300 });
    for (let batchIndex = 0; batchIndex < 6; batchIndex += 1) await log.append(makeBatch(`t${batchIndex}`, 2));
    expect(await log.truncateTo(5)).toBe(4);
    expect(log.logEndOffset).toBe(4);
    expect(values((await log.read(0, { maxBytes: 1 << 20 })).records)).toEqual(['t0-0', 't0-1', 't1-0', 't1-1']);
    await log.append(makeBatch('n', 1));
    expect(log.logEndOffset).toBe(5);
  });

  test('deleteRecordsBefore moves the log start and drops whole segments below it', async () => {
    const { log } = await openLog({ segmentBytes: 300 });
    for (let batchIndex = 0; batchIndex < 6; batchIndex += 1) await log.append(makeBatch(`d${batchIndex}`, 2));
    const before = log.segmentBaseOffsets.length;
    expect(await log.deleteRecordsBefore(7)).toBe(7);
    expect(log.logStartOffset).toBe(7);
    expect(log.segmentBaseOffsets.length).toBeLessThan(before);
    await expect(log.read(5, { maxBytes: 100 })).rejects.toBeInstanceOf(OffsetOutOfRangeError);
  });

  test('retention by time deletes expired segments but never the active one', async () => {
    const { log, clock } = await openLog({ segmentBytes: 300, retentionMs: 1000 });
    for (let batchIndex = 0; batchIndex < 6; batchIndex += 1) {
      await log.append(makeBatch(`r${batchIndex}`, 2, { timestampMs: clock.now() }));
    }
    clock.nowMs += 5000;
    const result = await log.applyRetention();
    expect(result.deletedSegments).toBeGreaterThan(0);
    expect(log.segmentBaseOffsets).toHaveLength(1);
    expect(log.logStartOffset).toBe(log.segmentBaseOffsets[0]);
  });

  test('retention by size keeps at least retention.bytes', async () => {
    const { log } = await openLog({ segmentBytes: 300, retentionBytes: 600 });
    for (let batchIndex = 0; batchIndex < 12; batchIndex += 1) await log.append(makeBatch(`z${batchIndex}`, 2));
    await log.applyRetention();
    expect(log.sizeBytes).toBeGreaterThanOrEqual(600 - 300);
    expect(log.sizeBytes).toBeLessThan(600 + 300);
  });

  test('offsetForTimestamp finds the first record at or after a time', async () => {
    const { log } = await openLog({ segmentBytes: 300 });
    for (let batchIndex = 0; batchIndex < 6; batchIndex += 1) {
      await log.append(makeBatch(`w${batchIndex}`, 3, { timestampMs: 1000 * (batchIndex + 1) }));
    }
    expect(await log.offsetForTimestamp(0)).toEqual({ offset: 0, timestampMs: 1000 });
    expect(await log.offsetForTimestamp(3001)).toEqual({ offset: 7, timestampMs: 3001 });
    expect(await log.offsetForTimestamp(3003)).toEqual({ offset: 9, timestampMs: 4000 });
    expect(await log.offsetForTimestamp(99_999)).toBeUndefined();
  });

  test('flush.messages=1 fsyncs every append before it returns', async () => {
    const { log, disk } = await openLog({ flushMessages: 1 });
    const result = await log.append(makeBatch('f', 2));
    expect(result.flushed).toBe(true);
    expect(log.flushedOffset).toBe(2);
    expect(disk.unsyncedBytes()).toBe(0);
  });

  test('by default appends are not fsynced (Kafka default)', async () => {
    const { log, disk } = await openLog();
    const result = await log.append(makeBatch('f', 2));
    expect(result.flushed).toBe(false);
    expect(disk.unsyncedBytes()).toBeGreaterThan(0);
  });

  test('flush.ms flushes once the last flush is old enough', async () => {
    const { log, clock } = await openLog({ flushMs: 100 });
    await log.append(makeBatch('f', 1));
    expect(log.flushedOffset).toBe(0);
    clock.nowMs += 150;
    expect(await log.flushIfDue()).toBe(true);
    expect(log.flushedOffset).toBe(1);
  });

  test('LogAppendTime stamps every appended batch with the given time', async () => {
    const { log } = await openLog();
    const result = await log.append(makeBatch('t', 2, { timestampMs: 5 }), { logAppendTimeMs: 777 });
    expect(result.maxTimestampMs).toBe(777);
    const [batch] = decodeRecordBatches((await log.read(0, { maxBytes: 1 << 20 })).records);
    expect(batch?.header.timestampType).toBe('LogAppendTime');
    expect(batch?.records.map((record) => record.timestampMs)).toEqual([777, 777]);
    expect(await log.offsetForTimestamp(700)).toEqual({ offset: 0, timestampMs: 777 });
  });

  test('validateRecords refuses a batch whose record overruns its length', async () => {
    const { log } = await openLog();
    const batch = makeBatch('v', 1);
    // The record's length varint sits right after the 61-byte header; make it claim one byte more.
    batch[61] = (batch[61] ?? 0) + 2;
    const view = new DataView(batch.buffer);
    view.setUint32(17, crc32c(batch.subarray(21)));
    await expect(log.append(batch, { validateRecords: true })).rejects.toMatchObject({ code: 'INVALID_RECORD' });
    expect(log.logEndOffset).toBe(0);
  });

  test('a failed fsync refuses the log; reopening recovers what was durable', async () => {
    const { log, disk, clock } = await openLog({ flushMessages: 1 });
    await log.append(makeBatch('x', 1));
    disk.failNext('sync', '/data/topic-0');
    await expect(log.append(makeBatch('y', 1))).rejects.toMatchObject({ code: 'DISK_ERROR' });
    await expect(log.read(0, { maxBytes: 100 })).rejects.toBeInstanceOf(LogUnavailableError);
    disk.crash();
    const reopened = await Log.open({ disk, directory: '/data/topic-0', clock });
    expect(reopened.logEndOffset).toBe(1);
  });

  test('a closed and reopened log has the same contents', async () => {
    const { log, disk, clock } = await openLog({ segmentBytes: 300 });
    for (let batchIndex = 0; batchIndex < 6; batchIndex += 1) await log.append(makeBatch(`c${batchIndex}`, 2));
    await log.deleteRecordsBefore(3);
    const before = await log.read(3, { maxBytes: 1 << 20 });
    await log.close();
    disk.crash();
    const reopened = await Log.open({ disk, directory: '/data/topic-0', clock, config: { segmentBytes: 300 } });
    expect(reopened.logStartOffset).toBe(3);
    expect(reopened.logEndOffset).toBe(12);
    expect(reopened.recovery.rebuiltIndexes).toBe(0);
    expect((await reopened.read(3, { maxBytes: 1 << 20 })).records).toEqual(before.records);
  });
});
