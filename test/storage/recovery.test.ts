// Goal: recovery at open cuts a torn tail wherever the tear falls, and reports every other flaw
// as corruption naming the file and byte position, refusing the log instead of truncating or
// serving it. Method: build logs on the simulated disk, then cut the active segment at every
// byte of its last batch, or flip bits in sealed and active segments, and reopen.
import { describe, expect, test } from 'vitest';
import {
  CorruptionError, Log, LogUnavailableError, decodeRecordBatches, segmentFileName,
} from '../../storage/mod.js';
import type { LogConfig } from '../../storage/mod.js';
import type { SimDisk } from '../../sim/sim-disk.js';
import { ManualClock, freshDisk, fromUtf8, makeBatch } from './support.js';

const directory = '/data/recovery-0';

async function buildLog(batchCount: number, config: Partial<LogConfig> = {}) {
  const disk = await freshDisk();
  const clock = new ManualClock();
  const log = await Log.open({ disk, directory, clock, config });
  for (let batchIndex = 0; batchIndex < batchCount; batchIndex += 1) {
    await log.append(makeBatch(`b${batchIndex}`, 3, { valueBytes: 20 }));
  }
  await log.close();
  return { disk, clock, segments: log.segmentBaseOffsets };
}

/** Overwrites the file at `path` with `contents`, synced (a disk that kept exactly these bytes). */
async function replaceFile(disk: SimDisk, path: string, contents: Uint8Array): Promise<void> {
  const file = await disk.open(path, { create: false });
  await file.truncate(0);
  await file.write(0, contents);
  await file.sync();
  await file.close();
}

function valuesOf(records: Uint8Array): Array<string | null> {
  return decodeRecordBatches(records).flatMap((batch) => batch.records.map((record) => fromUtf8(record.value)));
}

describe('recovery', () => {
  test('a last batch torn at every byte position is cut and the rest is kept', async () => {
    const { disk, clock } = await buildLog(3);
    const path = `${directory}/${segmentFileName(0, 'log')}`;
    const whole = disk.contents(path);
    expect(whole).toBeDefined();
    if (whole === undefined) return;
    const lastBatchBytes = whole.length / 3;
    const lastBatchStart = whole.length - lastBatchBytes;
    for (let cut = lastBatchStart; cut < whole.length; cut += 1) {
      await replaceFile(disk, path, whole.subarray(0, cut));
      const log = await Log.open({ disk, directory, clock });
      expect(log.logEndOffset).toBe(6);
      expect(log.recovery.truncatedBytes).toBe(cut - lastBatchStart);
      expect(valuesOf((await log.read(0, { maxBytes: 1 << 20 })).records)).toHaveLength(6);
      await log.append(makeBatch('after', 1));
      expect(log.logEndOffset).toBe(7);
      await log.close();
    }
  });

  test('a tail of zeros (a file extended before its data landed) is cut', async () => {
    const { disk, clock } = await buildLog(2);
    const path = `${directory}/${segmentFileName(0, 'log')}`;
    const whole = disk.contents(path) ?? new Uint8Array(0);
    const padded = new Uint8Array(whole.length + 700);
    padded.set(whole);
    await replaceFile(disk, path, padded);
    const log = await Log.open({ disk, directory, clock });
    expect(log.logEndOffset).toBe(6);
    expect(log.recovery.truncatedBytes).toBe(700);
  });

  test('a flipped bit in a sealed segment is reported as corruption with file and position', async () => {
    for (const recoveryScope of ['active-segment', 'all-segments'] as const) {
      const config = { segmentBytes: 300, recoveryScope };
      const { disk, clock, segments } = await buildLog(8, config);
      expect(segments.length).toBeGreaterThan(2);
      const sealed = `${directory}/${segmentFileName(segments[1] ?? 0, 'log')}`;
      const size = disk.contents(sealed)?.length ?? 0;
      // The last byte of the segment lies in its last batch, which recovery always verifies.
      disk.corrupt(sealed, size - 1, 0x10);
      const opening = Log.open({ disk, directory, clock, config });
      await expect(opening).rejects.toBeInstanceOf(CorruptionError);
      await expect(opening).rejects.toMatchObject({ code: 'STORAGE_CORRUPTION', file: sealed, reason: 'crc-mismatch' });
    }
  });

  test('a flipped bit anywhere in a sealed segment is found at open with recoveryScope all-segments', async () => {
    const config = { segmentBytes: 300, recoveryScope: 'all-segments' as const };
    const { disk, clock, segments } = await buildLog(8, config);
    const sealed = `${directory}/${segmentFileName(segments[0] ?? 0, 'log')}`;
    const size = disk.contents(sealed)?.length ?? 0;
    for (let position = 61; position < size; position += 37) {
      disk.corrupt(sealed, position, 0x01);
      await expect(Log.open({ disk, directory, clock, config })).rejects.toBeInstanceOf(CorruptionError);
      disk.corrupt(sealed, position, 0x01);
    }
    await expect(Log.open({ disk, directory, clock, config })).resolves.toBeInstanceOf(Log);
  });

  test('corruption in a sealed segment that recovery skipped is caught on read, never served', async () => {
    // Three batches per segment, each indexed: recovery verifies only the last of them.
    const config = { segmentBytes: 600, indexIntervalBytes: 0 };
    const { disk, clock, segments } = await buildLog(8, config);
    expect(segments.length).toBeGreaterThan(1);
    const sealed = `${directory}/${segmentFileName(segments[0] ?? 0, 'log')}`;
    disk.corrupt(sealed, 70, 0x04);
    const log = await Log.open({ disk, directory, clock, config });
    const reading = log.read(0, { maxBytes: 1 << 20 });
    await expect(reading).rejects.toMatchObject({ code: 'STORAGE_CORRUPTION', file: sealed });
    await expect(reading).rejects.toMatchObject({ position: 0 });
    // The log is refused from then on.
    await expect(log.read(segments[1] ?? 0, { maxBytes: 100 })).rejects.toBeInstanceOf(LogUnavailableError);
  });

  test('a bad CRC before the tail of the active segment is corruption, not a torn write', async () => {
    const { disk, clock } = await buildLog(4);
    const path = `${directory}/${segmentFileName(0, 'log')}`;
    const size = disk.contents(path)?.length ?? 0;
    disk.corrupt(path, Math.floor(size / 4) + 30, 0x02);
    const opening = Log.open({ disk, directory, clock });
    await expect(opening).rejects.toMatchObject({ code: 'STORAGE_CORRUPTION', file: path, position: size / 4 });
    // Nothing was cut: the evidence stays for an operator.
    expect(disk.contents(path)?.length).toBe(size);
  });

  test('a corrupted offset between segments is reported', async () => {
    const config = { segmentBytes: 300 };
    const { disk, clock, segments } = await buildLog(8, config);
    const sealed = `${directory}/${segmentFileName(segments[1] ?? 0, 'log')}`;
    disk.corrupt(sealed, 7, 0x01); // lowest byte of the first batch's base offset (outside the CRC)
    await expect(Log.open({ disk, directory, clock, config })).rejects.toMatchObject({ reason: 'bad-offset' });
  });

  test('a flipped bit in a leader epoch (outside the CRC) is caught at open and on read', async () => {
    const disk = await freshDisk();
    const clock = new ManualClock();
    const config = { segmentBytes: 600 };
    const log = await Log.open({ disk, directory, clock, config });
    for (let batchIndex = 0; batchIndex < 8; batchIndex += 1) {
      await log.append(makeBatch(`p${batchIndex}`, 3, { valueBytes: 20 }), { partitionLeaderEpoch: 2 + (batchIndex >> 2) });
    }
    const segments = log.segmentBaseOffsets;
    await log.close();
    const active = `${directory}/${segmentFileName(segments[segments.length - 1] ?? 0, 'log')}`;
    disk.corrupt(active, 15, 0x04); // lowest byte of the first batch's partitionLeaderEpoch
    await expect(Log.open({ disk, directory, clock, config })).rejects.toMatchObject({ reason: 'bad-epoch', file: active });
    disk.corrupt(active, 15, 0x04);
    const sealed = `${directory}/${segmentFileName(segments[0] ?? 0, 'log')}`;
    disk.corrupt(sealed, 15, 0x01);
    const reopened = await Log.open({ disk, directory, clock, config });
    await expect(reopened.read(0, { maxBytes: 1 << 20 })).rejects.toMatchObject({ reason: 'bad-epoch', file: sealed });
  });

  test('missing or damaged index files are rebuilt, not reported', async () => {
    const config = { segmentBytes: 300 };
    const { disk, clock, segments } = await buildLog(8, config);
    await disk.remove(`${directory}/${segmentFileName(segments[0] ?? 0, 'index')}`);
    const timeIndex = `${directory}/${segmentFileName(segments[1] ?? 0, 'timeindex')}`;
    await replaceFile(disk, timeIndex, Uint8Array.of(1, 2, 3));
    const log = await Log.open({ disk, directory, clock, config });
    expect(log.recovery.rebuiltIndexes).toBe(2);
    expect(valuesOf((await log.read(0, { maxBytes: 1 << 20 })).records)).toHaveLength(24);
  });

  test('leftover temporary files and orphaned indexes are removed', async () => {
    const { disk, clock } = await buildLog(1);
    await (await disk.open(`${directory}/log-start-offset.tmp`, { create: true })).close();
    await (await disk.open(`${directory}/${segmentFileName(99, 'index')}`, { create: true })).close();
    const log = await Log.open({ disk, directory, clock });
    expect([...log.recovery.removedFiles].sort()).toEqual([`${segmentFileName(99, 'index')}`, 'log-start-offset.tmp']);
  });
});
