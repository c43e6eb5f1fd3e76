// Goal: storage's test-only durability switches (TestOnlyBreakDurability, used by the Kafka
// simulator's negative controls) do exactly what they are named for and nothing while off:
// acknowledgeBeforeFsync makes a flush.messages=1 append return with its bytes unsynced (a crash
// then takes them away), and its fsync is made by the next append; dropLastBatchAtRecovery makes
// the open after a clean close lose the last batch. Method: logs on the simulated disk, inspected
// through its unsynced-byte count and a crash, then reopened.
import { describe, expect, test } from 'vitest';
import { Log } from '../../storage/mod.js';
import type { TestOnlyBreakDurability } from '../../storage/mod.js';
import { ManualClock, freshDisk, makeBatch } from './support.js';

const directory = '/data/switches-0';
const config = { flushMessages: 1 };

async function openLog(testOnlyBreakDurability: TestOnlyBreakDurability = {}) {
  const disk = await freshDisk();
  const clock = new ManualClock();
  const log = await Log.open({ disk, directory, clock, config, testOnlyBreakDurability });
  return { disk, clock, log };
}

describe('test-only durability switches', () => {
  test('off: a flush.messages=1 append returns with its bytes synced, and survives a crash', async () => {
    const { disk, clock, log } = await openLog();
    await log.append(makeBatch('a', 2));
    expect(disk.unsyncedBytes()).toBe(0);
    disk.crash({ tear: true });
    const reopened = await Log.open({ disk, directory, clock, config });
    expect(reopened.logEndOffset).toBe(2);
  });

  test('acknowledgeBeforeFsync: the append returns unsynced, a crash loses it, the next append syncs it', async () => {
    const { disk, clock, log } = await openLog({ acknowledgeBeforeFsync: true });
    await log.append(makeBatch('a', 2));
    expect(disk.unsyncedBytes()).toBeGreaterThan(0);
    await log.append(makeBatch('b', 1));
    // The second append synced the first (and left itself unsynced).
    disk.crash({ tear: false });
    const reopened = await Log.open({ disk, directory, clock, config });
    expect(reopened.logEndOffset).toBe(2);
  });

  test('dropLastBatchAtRecovery: the open after a clean close cuts the last valid batch', async () => {
    const { disk, clock, log } = await openLog();
    await log.append(makeBatch('a', 2));
    await log.append(makeBatch('b', 3));
    await log.close();
    const intact = await Log.open({ disk, directory, clock, config });
    expect(intact.logEndOffset).toBe(5);
    await intact.close();
    const broken = await Log.open({ disk, directory, clock, config, testOnlyBreakDurability: { dropLastBatchAtRecovery: true } });
    expect(broken.logEndOffset).toBe(2);
    expect(broken.recovery.truncatedBytes).toBeGreaterThan(0);
    broken.checkInvariants();
  });
});
