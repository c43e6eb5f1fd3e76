// Goal: the leader epoch cache answers "where does epoch E end" as Kafka's OffsetsForLeaderEpoch
// does (KIP-101, KIP-279) and keeps Kafka's rules on assign and truncation; the log keeps it
// across reopen. Method: examples with the answers worked out by hand from Kafka's
// LeaderEpochFileCache rules; the model test (log-model.test.ts) covers random sequences.
import { describe, expect, test } from 'vitest';
import { CorruptionError, LeaderEpochCache, Log } from '../../storage/mod.js';
import { ManualClock, freshDisk, makeBatch } from './support.js';

function cacheOf(...entries: Array<[number, number]>): LeaderEpochCache {
  const cache = new LeaderEpochCache();
  for (const [epoch, startOffset] of entries) cache.assign(epoch, startOffset);
  return cache;
}

describe('LeaderEpochCache', () => {
  test('the latest epoch ends at the log end offset', () => {
    expect(cacheOf([1, 0], [3, 10]).endOffsetFor(3, 25)).toEqual({ epoch: 3, endOffset: 25 });
  });

  test('an older epoch ends where the next higher epoch starts', () => {
    expect(cacheOf([1, 0], [3, 10], [5, 20]).endOffsetFor(3, 25)).toEqual({ epoch: 3, endOffset: 20 });
  });

  test('an unknown epoch between known ones answers with the largest epoch below it', () => {
    expect(cacheOf([1, 0], [3, 10], [5, 20]).endOffsetFor(4, 25)).toEqual({ epoch: 3, endOffset: 20 });
  });

  test('an epoch below every known one answers with itself and the first start offset', () => {
    expect(cacheOf([2, 5], [3, 10]).endOffsetFor(1, 25)).toEqual({ epoch: 1, endOffset: 5 });
  });

  test('an epoch above every known one, or -1, is undefined', () => {
    expect(cacheOf([2, 5]).endOffsetFor(9, 25)).toEqual({ epoch: -1, endOffset: -1 });
    expect(cacheOf([2, 5]).endOffsetFor(-1, 25)).toEqual({ epoch: -1, endOffset: -1 });
  });

  test('assign ignores stale and unstamped epochs and replaces an epoch with no batches', () => {
    const cache = cacheOf([2, 5], [1, 7], [-1, 8], [3, 9], [4, 9]);
    expect(cache.list()).toEqual([{ epoch: 2, startOffset: 5 }, { epoch: 4, startOffset: 9 }]);
  });

  test('truncation from the end and from the start follow Kafka', () => {
    const cache = cacheOf([1, 0], [3, 10], [5, 20]);
    cache.truncateFromEnd(20);
    expect(cache.list()).toEqual([{ epoch: 1, startOffset: 0 }, { epoch: 3, startOffset: 10 }]);
    cache.truncateFromStart(12);
    expect(cache.list()).toEqual([{ epoch: 3, startOffset: 12 }]);
  });

  test('the checkpoint format round-trips and a damaged one is refused', () => {
    const cache = cacheOf([1, 0], [3, 10]);
    expect(LeaderEpochCache.fromBytes(cache.toBytes())?.list()).toEqual(cache.list());
    expect(LeaderEpochCache.fromBytes(new TextEncoder().encode('3 10\n1 20\n'))).toBeUndefined();
  });
});

describe('Log epochs', () => {
  test('the log tracks stamped epochs and keeps them across a crash and reopen', async () => {
    const disk = await freshDisk();
    const clock = new ManualClock();
    const config = { segmentBytes: 300, flushMessages: 1 };
    const log = await Log.open({ disk, directory: '/data/e-0', clock, config });
    for (const epoch of [1, 1, 2, 2, 4, 4, 4]) await log.append(makeBatch(`e${epoch}`, 2), { partitionLeaderEpoch: epoch });
    expect(log.epochEntries()).toEqual([{ epoch: 1, startOffset: 0 }, { epoch: 2, startOffset: 4 },
      { epoch: 4, startOffset: 8 }]);
    expect(log.endOffsetForEpoch(2)).toEqual({ epoch: 2, endOffset: 8 });
    expect(log.endOffsetForEpoch(3)).toEqual({ epoch: 2, endOffset: 8 });
    expect(log.endOffsetForEpoch(4)).toEqual({ epoch: 4, endOffset: 14 });
    disk.crash();
    const reopened = await Log.open({ disk, directory: '/data/e-0', clock, config });
    expect(reopened.epochEntries()).toEqual(log.epochEntries());
    expect(await reopened.truncateTo(6)).toBe(6);
    expect(reopened.latestEpoch).toBe(2);
    expect((await reopened.batchHeaderAt(5))?.partitionLeaderEpoch).toBe(2);
  });

  test('a damaged epoch checkpoint is refused, not rebuilt from the epoch fields it guards', async () => {
    for (const position of [0, 3, 9, 14]) {
      const disk = await freshDisk(position);
      const clock = new ManualClock();
      const config = { segmentBytes: 300, flushMessages: 1 };
      const log = await Log.open({ disk, directory: '/data/e-1', clock, config });
      for (const epoch of [1, 2, 2]) await log.append(makeBatch(`e${epoch}`, 2), { partitionLeaderEpoch: epoch });
      disk.crash();
      expect((await Log.open({ disk, directory: '/data/e-1', clock, config })).epochEntries()).toHaveLength(2);
      disk.crash();
      disk.corrupt('/data/e-1/leader-epoch-checkpoint', position, 0x04);
      const opening = Log.open({ disk, directory: '/data/e-1', clock, config });
      await expect(opening).rejects.toBeInstanceOf(CorruptionError);
      await expect(opening).rejects.toMatchObject({ reason: 'bad-checksummed-file' });
    }
  });
});
