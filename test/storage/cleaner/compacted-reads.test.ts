// Readers of a compacted log cope with its offset gaps (issue 12): a read at an offset the
// cleaner removed returns the next batch (as Kafka's fetch does), a lookup by timestamp answers an
// offset that exists, the log start stays where it was, a follower appends its leader's compacted
// batches unchanged (gaps and all) and a reopen of either accepts the gaps; a log that is not
// compacted still refuses a gap.
import { describe, expect, test } from 'vitest';
import { Log, RecordBatchError, decodeRecordBatches } from '../../../storage/mod.js';
import { ManualClock, freshDisk } from '../support.js';
import { cleanFully, keyedBatch, recordsOf } from './compaction-support.js';

const config = { segmentBytes: 200, cleanupPolicy: 'compact', minCleanableDirtyRatio: 0 } as const;

/** A compacted log whose offsets 0 to 8 hold superseded values of 'k' and 9 its latest. */
async function compactedLog(): Promise<{ log: Log; clock: ManualClock }> {
  const disk = await freshDisk();
  const clock = new ManualClock();
  const log = await Log.open({ disk, directory: '/data/leader-0', clock, config });
  for (let index = 0; index < 10; index += 1) {
    await log.append(keyedBatch([{ key: index === 4 ? 'other' : 'k', value: `v${index}` }], clock.nowMs + index * 1000));
  }
  await log.roll();
  await cleanFully(log);
  return { log, clock };
}

describe('reading a compacted log', () => {
  test('a read in a gap returns the next batch; offsets by timestamp exist; the start stays', async () => {
    const { log, clock } = await compactedLog();
    expect(await recordsOf(log)).toEqual([{ offset: 4, key: 'other', value: 'v4' }, { offset: 9, key: 'k', value: 'v9' }]);
    expect(log.logStartOffset).toBe(0);
    const inGap = await log.read(5, { maxBytes: 1 << 16 });
    expect(decodeRecordBatches(inGap.records).map((batch) => batch.header.baseOffset)).toEqual([9]);
    expect(inGap.nextOffset).toBe(10);
    expect(await log.offsetForTimestamp(clock.nowMs + 5500)).toMatchObject({ offset: 9 });
    expect(await log.offsetForTimestamp(clock.nowMs)).toMatchObject({ offset: 4 });
    await log.close();
  });

  test('a follower appends the leader\'s compacted batches unchanged and reopens with the gaps', async () => {
    const { log: leader, clock } = await compactedLog();
    const disk = await freshDisk(2);
    const follower = await Log.open({ disk, directory: '/data/follower-0', clock, config });
    let offset = 0;
    while (offset < leader.logEndOffset) {
      const read = await leader.read(Math.max(offset, follower.logEndOffset), { maxBytes: 100 });
      await follower.append(read.records.slice(), { assignOffsets: false });
      offset = read.nextOffset;
    }
    expect(follower.logEndOffset).toBe(leader.logEndOffset);
    expect(await recordsOf(follower)).toEqual(await recordsOf(leader));
    await follower.close();
    const reopened = await Log.open({ disk, directory: '/data/follower-0', clock, config });
    expect(await recordsOf(reopened)).toEqual(await recordsOf(leader));
    // With cleanup.policy back to delete, the log that was compacted still opens (its checkpoint says so).
    await reopened.close();
    const asDelete = await Log.open({ disk, directory: '/data/follower-0', clock, config: { segmentBytes: 200 } });
    expect(await recordsOf(asDelete)).toEqual(await recordsOf(leader));
    await asDelete.close();
    await leader.close();
  });

  test('a log that was never compacted refuses a follower batch that leaves a gap', async () => {
    const disk = await freshDisk();
    const log = await Log.open({ disk, directory: '/data/plain-0', clock: new ManualClock(), config: { segmentBytes: 200 } });
    const batch = keyedBatch([{ key: 'k', value: 'v' }], 0);
    new DataView(batch.buffer, batch.byteOffset).setBigInt64(0, 5n);
    await expect(log.append(batch, { assignOffsets: false })).rejects.toMatchObject({ code: 'OFFSET_MISMATCH' });
    await expect(log.append(batch, { assignOffsets: false })).rejects.toBeInstanceOf(RecordBatchError);
    await log.close();
  });
});
