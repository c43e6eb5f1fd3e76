// Goal: the verdicts the real-process replication tests rest on can fail. lostOrMoved finds a lost,
// a moved and an unexplained duplicate of an acknowledged record, and counts apart the earlier
// unacknowledged copy a client resend leaves; phantomReads finds a read the final log no longer
// holds; replicaPrefix, reading real segment files written by storage's Log on the real disk,
// gives equal hashes to equal logs and different ones when a single batch's leader epoch differs
// (the field a follower must keep and the batch CRC does not cover), and stops at the high
// watermark. Method: hand-made histories for the pure verdicts; logs in a temporary directory.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { Log } from '../../storage/mod.js';
import { NodeDisk } from '../../src/runtime/nodejs/node-disk.js';
import { ManualClock, makeBatch } from '../storage/support.js';
import { replicaPrefix } from './support/replica-logs.js';
import { finalLogOf, lostOrMoved, phantomReads } from './support/replication-checks.js';

const directories: string[] = [];
afterEach(() => {
  for (const directory of directories.splice(0)) rmSync(directory, { recursive: true, force: true });
});

/** A replica's log of partition t-0 under a fresh data directory: one batch per epoch given. */
async function writeReplica(epochs: readonly number[]): Promise<string> {
  const dataDirectory = mkdtempSync(join(tmpdir(), 'weir-replica-'));
  directories.push(dataDirectory);
  const log = await Log.open({ disk: new NodeDisk(), directory: join(dataDirectory, 't-0'), clock: new ManualClock(),
    config: { segmentBytes: 400 } });
  for (const [index, epoch] of epochs.entries()) await log.append(makeBatch(`b${index}`, 2), { partitionLeaderEpoch: epoch });
  await log.close();
  return dataDirectory;
}

describe('replication verdicts', () => {
  const log = finalLogOf([
    { partition: 0, offset: 0, value: 'p-0' }, { partition: 0, offset: 1, value: 'p-2' },
    { partition: 0, offset: 2, value: 'p-2' }, { partition: 1, offset: 0, value: 'p-1' },
  ]);

  test('lostOrMoved: an acknowledged record missing, elsewhere, or again after its place is reported; one in place is not', () => {
    expect(lostOrMoved(log, [{ seq: 0, value: 'p-0', partition: 0, offset: 0 }])).toEqual({ problems: [], retriedCopies: [] });
    expect(lostOrMoved(log, [{ seq: 3, value: 'p-3', partition: 0, offset: 3 }]).problems).toHaveLength(1);
    expect(lostOrMoved(log, [{ seq: 1, value: 'p-1', partition: 1, offset: 1 }]).problems).toHaveLength(1);
    expect(lostOrMoved(log, [{ seq: 2, value: 'p-2', partition: 0, offset: 1 }]).problems).toHaveLength(1);
  });

  test('lostOrMoved: an unacknowledged earlier copy is a resend, counted apart; a copy another ack claims is a problem', () => {
    expect(lostOrMoved(log, [{ seq: 2, value: 'p-2', partition: 0, offset: 2 }]))
      .toEqual({ problems: [], retriedCopies: ['p-2 acknowledged at 0@2 is also at 0@1'] });
    const both = lostOrMoved(log, [{ seq: 2, value: 'p-2', partition: 0, offset: 2 }, { seq: 2, value: 'p-2', partition: 0, offset: 1 }]);
    expect(both.problems.length).toBeGreaterThan(0);
  });

  test('phantomReads: a read that the final log does not hold at its offset is reported', () => {
    expect(phantomReads(log, [{ partition: 1, offset: 0, value: 'p-1' }])).toEqual([]);
    expect(phantomReads(log, [{ partition: 1, offset: 0, value: 'p-9' }, { partition: 1, offset: 5, value: 'p-5' }]))
      .toHaveLength(2);
  });

  test('replicaPrefix: equal segment files hash equal, one leader epoch apart hashes differ, the high watermark bounds it', async () => {
    const leader = await writeReplica([1, 1, 2, 3, 3]);
    const follower = await writeReplica([1, 1, 2, 3, 3]);
    const diverged = await writeReplica([1, 1, 2, 2, 3]);
    const below = (dataDirectory: string, highWatermark: number) =>
      replicaPrefix(dataDirectory, { topic: 't', partition: 0, highWatermark });
    expect(below(leader, 10)).toEqual(below(follower, 10));
    expect(below(leader, 10).epochs).toEqual([1, 2, 3]);
    expect(below(leader, 10).sha256).not.toBe(below(diverged, 10).sha256);
    expect(below(leader, 6).sha256).toBe(below(diverged, 6).sha256);
    expect(below(leader, 7)).toMatchObject({ endOffset: 6, batchCount: 3 });
  });
});
