// Crash safety of compaction (issue 12): a crash at any point of a cleaning loses nothing and
// leaves no half-swapped segment. A cleaning of a log with several segments, superseded values
// and tombstones is stopped before each of its disk operations in turn (crash-point-disk.ts);
// the simulated disk then crashes, dropping or tearing (a random prefix, the last write cut)
// every unsynced byte and directory change, and the log is reopened. Each time the recovered
// log must hold, key by key, the latest value of the uncompacted log at its offset (the
// compaction checker), no `.cleaned` or `.swap` file may be left, its invariants must hold, and
// a new cleaning must finish and compact it fully. The runs must include torn writes and
// crashes between the swap's commit point and its completion (recovery rolled a swap forward).
import { describe, expect, test } from 'vitest';
import { Log } from '../../../storage/mod.js';
import { checkCompactedLog } from '../../../sim/checkers/compaction.js';
import type { CheckedRecord } from '../../../sim/checkers/compaction.js';
import { ManualClock, freshDisk } from '../support.js';
import { cleanFully, keyedBatch, recordsOf } from './compaction-support.js';
import { CrashPointDisk } from './crash-point-disk.js';

const directory = '/data/crashing-0';
const config = { segmentBytes: 400, cleanupPolicy: 'compact', minCleanableDirtyRatio: 0, deleteRetentionMs: 1000 } as const;

/** A durable compacted log ready to clean, on a disk that can stop at any operation. */
async function preparedLog(seed: number): Promise<{ crashing: CrashPointDisk; log: Log; history: CheckedRecord[];
  durableEndOffset: number; clock: ManualClock }> {
  const crashing = new CrashPointDisk(await freshDisk(seed));
  const clock = new ManualClock();
  const log = await Log.open({ disk: crashing, directory, clock, config });
  for (let round = 0; round < 10; round += 1) {
    const records = ['a', 'b', 'c', 'd'].map((key, keyIndex) => ({
      key, value: (round + keyIndex) % 7 === 6 ? null : `${key}-${round}`,
    }));
    await log.append(keyedBatch(records, clock.nowMs));
    await log.append(keyedBatch([{ key: `once-${round}`, value: 'kept' }], clock.nowMs));
  }
  await log.roll();
  await log.flush();
  const history = await recordsOf(log);
  // Unsynced appends to the active segment, which a tearing crash cuts at a random byte.
  for (let late = 0; late < 4; late += 1) {
    await log.append(keyedBatch([{ key: `late-${late}`, value: 'unsynced'.repeat(8) }], clock.nowMs));
  }
  return { crashing, log, history, durableEndOffset: log.logEndOffset - 4, clock };
}

describe('a crash during compaction', () => {
  test('at every disk operation of a cleaning loses nothing and leaves no half-swapped segment', async () => {
    const probe = await preparedLog(1);
    const before = probe.crashing.operationCount;
    expect(await cleanFully(probe.log, { step: { stepBytes: 300 } })).toBeDefined();
    const operationsPerCleaning = probe.crashing.operationCount - before;
    expect(operationsPerCleaning).toBeGreaterThan(20);
    let tornWrites = 0;
    let swapsCompletedAtOpen = 0;
    for (let crashAt = 1; crashAt <= operationsPerCleaning + 1; crashAt += 1) {
      const { crashing, log, history, durableEndOffset, clock } = await preparedLog(crashAt);
      crashing.crashAt = crashing.operationCount + crashAt;
      await cleanFully(log, { step: { stepBytes: 300 } }).catch(() => undefined);
      const report = crashing.disk.crash({ tear: crashAt % 2 === 0 });
      tornWrites += report.tornWrites;
      const reopened = await Log.open({ disk: crashing.disk, directory, clock, config });
      swapsCompletedAtOpen += reopened.recovery.removedFiles.filter((name) => name.endsWith('.swap')).length;
      reopened.checkInvariants();
      expect(crashing.disk.namesIn(directory).filter((name) => name.endsWith('.cleaned') || name.endsWith('.swap')))
        .toEqual([]);
      // The unsynced appends may be lost; everything durable before the cleaning may not.
      const recovered = (await recordsOf(reopened)).filter((record) => record.offset < durableEndOffset);
      expect(checkCompactedLog(history, recovered, { tombstonesMayBeRemoved: false }), `crash at ${crashAt}`).toEqual([]);
      // A crash after the checkpoint became durable leaves nothing to clean; else it cleans again.
      await cleanFully(reopened, { step: { stepBytes: 300 } });
      expect(reopened.firstDirtyOffset).toBe(reopened.segmentBaseOffsets.at(-1));
      const recleaned = (await recordsOf(reopened)).filter((record) => record.offset < durableEndOffset);
      expect(checkCompactedLog(history, recleaned,
        { cleanedBelow: reopened.firstDirtyOffset, tombstonesMayBeRemoved: false })).toEqual([]);
      await reopened.close();
    }
    // The faults had teeth: some crashes tore writes, some came after a swap's commit point.
    expect(tornWrites).toBeGreaterThan(0);
    expect(swapsCompletedAtOpen).toBeGreaterThan(0);
  });
});
