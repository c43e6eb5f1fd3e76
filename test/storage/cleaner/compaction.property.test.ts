// Log compaction against the uncompacted history (issue 12), with fast-check: random keyed
// updates and tombstones over small segments, cleaned in small steps. After each cleaning the
// compaction checker (sim/checkers/compaction.ts) must find, key by key, the latest value of the
// uncompacted log at its original offset, no earlier value of a key below the cleaned offset,
// offsets only increasing, and tombstones present until delete.retention.ms after the cleaning
// that first kept them, gone after it. Appends and reads run between the steps, and a reopen
// must show the same records.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { Log } from '../../../storage/mod.js';
import type { LogConfig } from '../../../storage/mod.js';
import { checkCompactedLog } from '../../../sim/checkers/compaction.js';
import type { CheckedRecord } from '../../../sim/checkers/compaction.js';
import { ManualClock, freshDisk } from '../support.js';
import { cleanFully, keyedBatch, recordsOf } from './compaction-support.js';
import type { KeyedValue } from './compaction-support.js';

const directory = '/data/compacted-0';
const deleteRetentionMs = 60_000;

const keyedValue = fc.record({
  key: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'),
  tombstone: fc.integer({ min: 0, max: 6 }),
}).map(({ key, tombstone }) => ({ key, tombstone: tombstone === 0 }));
const batches = fc.array(fc.array(keyedValue, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 40 });

/** Appends `drawn` as batches with unique values (the value names its batch and place). */
async function appendAll(log: Log, drawn: ReadonlyArray<ReadonlyArray<{ key: string; tombstone: boolean }>>,
  clock: ManualClock, tag: string): Promise<void> {
  for (const [batchIndex, batch] of drawn.entries()) {
    const records: KeyedValue[] = batch.map((record, recordIndex) => ({
      key: record.key, value: record.tombstone ? null : `${tag}${batchIndex}.${recordIndex}`.padEnd(24, '.'),
    }));
    await log.append(keyedBatch(records, clock.nowMs));
    clock.nowMs += 10;
  }
}

function compactedConfig(segmentBytes: number): Partial<LogConfig> {
  return { segmentBytes, cleanupPolicy: 'compact', minCleanableDirtyRatio: 0, deleteRetentionMs };
}

describe('log compaction against the uncompacted log', () => {
  test('every key keeps its latest value at its offset; older values and expired tombstones go', async () => {
    await fc.assert(fc.asyncProperty(batches, batches, fc.integer({ min: 150, max: 900 }),
      fc.integer({ min: 61, max: 2000 }), async (first, second, segmentBytes, stepBytes) => {
        const disk = await freshDisk();
        const clock = new ManualClock();
        const config = compactedConfig(segmentBytes);
        const log = await Log.open({ disk, directory, clock, config });
        await appendAll(log, first, clock, 'x');
        await log.roll();
        const history = await recordsOf(log);
        const stats = await cleanFully(log, { step: { stepBytes } });
        expect(stats).toBeDefined();
        const cleanedBelow = log.firstDirtyOffset;
        expect(cleanedBelow).toBe(log.logEndOffset);
        const cleaned = await recordsOf(log);
        expect(checkCompactedLog(history, cleaned, { cleanedBelow, tombstonesMayBeRemoved: false })).toEqual([]);
        log.checkInvariants();

        // More updates arrive while a second cleaning runs; every step is followed by a read.
        await appendAll(log, second, clock, 'y');
        await log.roll();
        const fullHistory = await recordsOf(log).then((after) => mergeHistory(history, after));
        await cleanFully(log, { step: { stepBytes }, between: async () => {
          const during = await recordsOf(log);
          expect(checkCompactedLog(fullHistory, during, { tombstonesMayBeRemoved: false })).toEqual([]);
        } });
        const recleaned = await recordsOf(log);
        expect(checkCompactedLog(fullHistory, recleaned,
          { cleanedBelow: log.firstDirtyOffset, tombstonesMayBeRemoved: false })).toEqual([]);

        // Past delete.retention.ms, the horizon forces a cleaning that removes the tombstones.
        clock.nowMs += deleteRetentionMs + 1;
        await cleanFully(log, { step: { stepBytes } });
        const final = await recordsOf(log);
        expect(checkCompactedLog(fullHistory, final,
          { cleanedBelow: log.firstDirtyOffset, tombstonesMayBeRemoved: true })).toEqual([]);
        expect(final.filter((record) => record.value === null)).toEqual([]);
        const offsets = final.map((record) => record.offset);
        expect(offsets).toEqual([...offsets].sort((left, right) => left - right));

        await log.close();
        const reopened = await Log.open({ disk, directory, clock, config });
        expect(await recordsOf(reopened)).toEqual(final);
        expect(reopened.firstDirtyOffset).toBe(log.firstDirtyOffset);
        reopened.checkInvariants();
        await reopened.close();
      }), { numRuns: 60 });
  });

  test('tombstones stay until delete.retention.ms after the cleaning that first kept them', async () => {
    const disk = await freshDisk();
    const clock = new ManualClock();
    const log = await Log.open({ disk, directory, clock, config: compactedConfig(200) });
    await log.append(keyedBatch([{ key: 'k', value: 'one' }, { key: 'gone', value: 'v' }], clock.nowMs));
    await log.append(keyedBatch([{ key: 'gone', value: null }], clock.nowMs));
    await log.append(keyedBatch([{ key: 'k', value: 'two' }], clock.nowMs));
    await log.roll();
    await cleanFully(log);
    expect(await recordsOf(log)).toEqual([{ offset: 2, key: 'gone', value: null }, { offset: 3, key: 'k', value: 'two' }]);
    clock.nowMs += deleteRetentionMs - 1;
    expect((await log.compactStep({ maxOffset: log.logEndOffset, stepBytes: 512, offsetMapBytesMax: 1 << 20 })).kind)
      .toBe('idle');
    expect((await recordsOf(log)).map((record) => record.offset)).toEqual([2, 3]);
    clock.nowMs += 1;
    await cleanFully(log);
    expect(await recordsOf(log)).toEqual([{ offset: 3, key: 'k', value: 'two' }]);
    await log.close();
  });

  test('the active segment, records past the high watermark and young segments are never cleaned', async () => {
    const disk = await freshDisk();
    const clock = new ManualClock();
    const log = await Log.open({ disk, directory, clock, config: { ...compactedConfig(10_000), minCompactionLagMs: 1000 } });
    for (let index = 0; index < 6; index += 1) await log.append(keyedBatch([{ key: 'k', value: `v${index}` }], clock.nowMs));
    // Everything is in the active segment: nothing to clean.
    expect((await log.compactStep({ maxOffset: log.logEndOffset, stepBytes: 512, offsetMapBytesMax: 1 << 20 })).kind)
      .toBe('idle');
    await log.roll();
    // Sealed now, but younger than min.compaction.lag.ms.
    expect(await cleanFully(log)).toBeUndefined();
    clock.nowMs += 1000;
    // Old enough, but above the high watermark.
    expect(await cleanFully(log, { step: { maxOffset: 3 } })).toBeUndefined();
    expect(await cleanFully(log)).toBeDefined();
    expect(await recordsOf(log)).toEqual([{ offset: 5, key: 'k', value: 'v5' }]);
    await log.close();
  });
});

/** The records appended so far: the history before, then the new offsets read after. */
function mergeHistory(before: readonly CheckedRecord[], after: readonly CheckedRecord[]): CheckedRecord[] {
  const last = before[before.length - 1]?.offset ?? -1;
  return [...before, ...after.filter((record) => record.offset > last)];
}
