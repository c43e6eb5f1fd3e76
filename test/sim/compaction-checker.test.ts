// The compaction checker (sim/checkers/compaction.ts) on real cleanings and on hand-made views.
// Its negative control breaks the real cleaner: TestOnlyBreakDurability.compactionDropsLatestRecord
// makes it remove the latest record of a key, and the checker must report exactly lost-write.
// The hand-made views show that each other anomaly it names can fire.
import { describe, expect, test } from 'vitest';
import { Log } from '../../storage/mod.js';
import { checkCompactedLog } from '../../sim/checkers/compaction.js';
import type { CheckedRecord } from '../../sim/checkers/compaction.js';
import { ManualClock, freshDisk } from '../storage/support.js';
import { cleanFully, keyedBatch, recordsOf } from '../storage/cleaner/compaction-support.js';

const config = { segmentBytes: 300, cleanupPolicy: 'compact', minCleanableDirtyRatio: 0 } as const;

/** A log of three keys updated in turn over several segments; returns it with its history. */
async function updatedLog(options: { breakCleaner: boolean }): Promise<{ log: Log; history: CheckedRecord[] }> {
  const disk = await freshDisk();
  const clock = new ManualClock();
  const log = await Log.open({ disk, directory: '/data/keys-0', clock, config,
    testOnlyBreakDurability: { compactionDropsLatestRecord: options.breakCleaner } });
  for (let round = 0; round < 12; round += 1) {
    await log.append(keyedBatch(['a', 'b', 'c'].map((key) => ({ key, value: `${key}${round}` })), clock.nowMs));
  }
  await log.roll();
  return { log, history: await recordsOf(log) };
}

describe('the compaction checker', () => {
  test('a sound cleaning passes', async () => {
    const { log, history } = await updatedLog({ breakCleaner: false });
    expect(await cleanFully(log)).toBeDefined();
    const cleaned = await recordsOf(log);
    expect(cleaned.length).toBe(3);
    expect(checkCompactedLog(history, cleaned, { cleanedBelow: log.firstDirtyOffset, tombstonesMayBeRemoved: false }))
      .toEqual([]);
  });

  test('negative control: a cleaner that drops the latest record of a key is caught as lost-write', async () => {
    const { log, history } = await updatedLog({ breakCleaner: true });
    expect(await cleanFully(log)).toBeDefined();
    const anomalies = checkCompactedLog(history, await recordsOf(log),
      { cleanedBelow: log.firstDirtyOffset, tombstonesMayBeRemoved: false });
    expect(anomalies.length).toBeGreaterThan(0);
    expect(new Set(anomalies.map((anomaly) => anomaly.anomaly))).toEqual(new Set(['lost-write']));
  });

  test('each anomaly it names fires on a view that has it', () => {
    const history: CheckedRecord[] = [
      { offset: 0, key: 'a', value: '1' }, { offset: 1, key: 'a', value: '2' }, { offset: 2, key: 'b', value: null },
    ];
    const names = (compacted: CheckedRecord[], tombstonesMayBeRemoved = false): string[] =>
      checkCompactedLog(history, compacted, { cleanedBelow: 3, tombstonesMayBeRemoved }).map((anomaly) => anomaly.anomaly);
    const sound = [history[1], history[2]] as CheckedRecord[];
    expect(names(sound)).toEqual([]);
    expect(names([history[1]] as CheckedRecord[])).toEqual(['lost-write']);
    expect(names([history[1]] as CheckedRecord[], true)).toEqual([]);
    expect(names([{ offset: 1, key: 'a', value: '1' }, history[2] as CheckedRecord])).toEqual(['inconsistent-offsets']);
    expect(names([...sound, { offset: 7, key: 'c', value: 'x' }])).toEqual(['invented-write']);
    expect(names([history[2], history[1]] as CheckedRecord[])).toEqual(['nonmonotonic-offsets']);
    expect(names([history[0], ...sound] as CheckedRecord[])).toEqual(['superseded-kept']);
  });
});
