// Goal: corrupted bytes are never served. Whatever byte of whatever file of a log directory
// flips (segments, indexes, checkpoints), reopening and reading the whole log either fails with
// CorruptionError or returns exactly the records that were written.
// Method: fast-check builds a closed log on the simulated disk, flips one random bit of one
// random synced byte, reopens it with either recovery scope and reads everything.
// Negative control: with CRC checks bypassed (reading the segment file directly), the same
// flips do change the bytes, so the property is not vacuous.
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { CorruptionError, Log } from '../../storage/mod.js';
import { ManualClock, freshDisk, makeBatch } from './support.js';

const directory = '/data/corrupt-0';

async function buildClosedLog(batchCount: number, segmentBytes: number, seed: number) {
  const disk = await freshDisk(seed);
  const clock = new ManualClock();
  const log = await Log.open({ disk, directory, clock, config: { segmentBytes } });
  for (let batchIndex = 0; batchIndex < batchCount; batchIndex += 1) {
    await log.append(makeBatch(`c${batchIndex}`, 1 + (batchIndex % 3), { valueBytes: 30 }), { partitionLeaderEpoch: 1 });
  }
  const expected = (await log.read(0, { maxBytes: Number.MAX_SAFE_INTEGER })).records;
  await log.close();
  return { disk, clock, expected };
}

describe('corruption', () => {
  test('a flipped bit anywhere in the directory is reported or harmless, never served', async () => {
    await fc.assert(fc.asyncProperty(
      fc.integer({ min: 1, max: 12 }), fc.integer({ min: 200, max: 1000 }), fc.nat(),
      fc.constantFrom('active-segment' as const, 'all-segments' as const),
      async (batchCount, segmentBytes, seed, recoveryScope) => {
        const { disk, clock, expected } = await buildClosedLog(batchCount, segmentBytes, seed);
        const flipped = disk.corruptRandom((path) => path.startsWith(directory + '/'));
        expect(flipped).toBeDefined();
        let served: Uint8Array;
        try {
          const log = await Log.open({ disk, directory, clock, config: { segmentBytes, recoveryScope } });
          served = (await log.read(log.logStartOffset, { maxBytes: Number.MAX_SAFE_INTEGER })).records;
        } catch (error) {
          expect(error).toBeInstanceOf(CorruptionError);
          return;
        }
        expect(served).toEqual(expected);
      }), { seed: 5_2026, numRuns: Number(process.env.WEIR_STORAGE_RUNS ?? 300) });
  });

  test('negative control: the same flips do change the bytes of a segment file', async () => {
    const { disk } = await buildClosedLog(6, 10_000, 3);
    const path = `${directory}/00000000000000000000.log`;
    const before = disk.contents(path);
    disk.corruptRandom((candidate) => candidate === path);
    expect(disk.contents(path)).not.toEqual(before);
  });
});
