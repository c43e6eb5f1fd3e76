// Goal: the log works the same on real files through the Node adapter (NodeDisk) as on the
// simulated disk: append, roll, read, truncate, close and reopen with recovery, and a torn tail
// written by hand is cut. Method: a temporary directory per test, removed afterwards.
import { mkdtemp, rm, truncate, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { NodeDisk } from '../../src/runtime/nodejs/node-disk.js';
import { Log, decodeRecordBatches, segmentFileName } from '../../storage/mod.js';
import { ManualClock, fromUtf8, makeBatch } from './support.js';

const roots: string[] = [];
afterAll(async () => {
  for (const root of roots) await rm(root, { recursive: true, force: true });
});

async function temporaryDirectory(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'weir-log-'));
  roots.push(root);
  return root;
}

describe('Log on NodeDisk', () => {
  test('appends survive close and reopen across several segments', async () => {
    const directory = join(await temporaryDirectory(), 'topic-0');
    const clock = new ManualClock();
    const config = { segmentBytes: 500 };
    const log = await Log.open({ disk: new NodeDisk(), directory, clock, config });
    for (let batchIndex = 0; batchIndex < 10; batchIndex += 1) await log.append(makeBatch(`n${batchIndex}`, 3));
    expect(log.segmentBaseOffsets.length).toBeGreaterThan(2);
    await log.truncateTo(27);
    await log.close();
    const reopened = await Log.open({ disk: new NodeDisk(), directory, clock, config });
    expect(reopened.logEndOffset).toBe(27);
    expect(reopened.recovery.truncatedBytes).toBe(0);
    const records = decodeRecordBatches((await reopened.read(0, { maxBytes: 1 << 20 })).records);
    expect(records.flatMap((batch) => batch.records.map((record) => fromUtf8(record.value)))).toHaveLength(27);
    await reopened.close();
  });

  test('a torn last batch on a real file is cut at open', async () => {
    const directory = join(await temporaryDirectory(), 'topic-1');
    const clock = new ManualClock();
    const log = await Log.open({ disk: new NodeDisk(), directory, clock });
    await log.append(makeBatch('a', 2));
    await log.append(makeBatch('b', 2));
    await log.close();
    const path = join(directory, segmentFileName(0, 'log'));
    const { size } = await stat(path);
    await truncate(path, size - 5);
    const reopened = await Log.open({ disk: new NodeDisk(), directory, clock });
    expect(reopened.logEndOffset).toBe(2);
    expect(reopened.recovery.truncatedBytes).toBeGreaterThan(0);
    await reopened.close();
  });
});
