// Goal: the simulated disk keeps exactly the durability promises of storage/disk.ts, no more.
// Method: drive SimDisk directly, crash it, and compare what survives with what was synced;
// a fast-check property compares a random sequence of writes, syncs and tearing crashes
// against a model that records the synced bytes and the unsynced operations after them.
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { SimDisk } from '../../sim/sim-disk.js';
import { DiskError } from '../../storage/mod.js';

/** A deterministic generator for tests: a linear congruential sequence from a seed. */
function seededRandom(seed: number): { nextInt(bound: number): number } {
  let state = seed >>> 0;
  return {
    nextInt(bound: number): number {
      state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
      return state % bound;
    },
  };
}

const bytes = (...values: number[]): Uint8Array => Uint8Array.from(values);

async function newDiskWithDirectory(seed = 1): Promise<SimDisk> {
  const disk = new SimDisk({ random: seededRandom(seed) });
  await disk.makeDirectory('/data');
  await disk.syncDirectory('/');
  return disk;
}

describe('SimDisk', () => {
  test('a crash drops bytes written after the last sync and keeps synced ones', async () => {
    const disk = await newDiskWithDirectory();
    const file = await disk.open('/data/a', { create: true });
    await disk.syncDirectory('/data');
    await file.append(bytes(1, 2, 3));
    await file.sync();
    await file.append(bytes(4, 5));
    expect(disk.unsyncedBytes()).toBe(2);
    const report = disk.crash();
    expect(report.bytesLost).toBe(2);
    expect(disk.contents('/data/a')).toEqual(bytes(1, 2, 3));
  });

  test('a file created without a directory sync vanishes in a crash', async () => {
    const disk = await newDiskWithDirectory();
    const file = await disk.open('/data/new', { create: true });
    await file.append(bytes(9));
    await file.sync();
    disk.crash();
    expect(await disk.exists('/data/new')).toBe(false);
  });

  test('a rename is undone by a crash unless the directory was synced', async () => {
    const disk = await newDiskWithDirectory();
    const file = await disk.open('/data/x.tmp', { create: true });
    await file.append(bytes(7));
    await file.sync();
    await disk.syncDirectory('/data');
    await disk.rename('/data/x.tmp', '/data/x');
    disk.crash();
    expect(await disk.list('/data')).toEqual(['x.tmp']);
    await disk.rename('/data/x.tmp', '/data/x');
    await disk.syncDirectory('/data');
    disk.crash();
    expect(await disk.list('/data')).toEqual(['x']);
    expect(disk.contents('/data/x')).toEqual(bytes(7));
  });

  test('a removal is undone by a crash unless the directory was synced', async () => {
    const disk = await newDiskWithDirectory();
    await (await disk.open('/data/f', { create: true })).sync();
    await disk.syncDirectory('/data');
    await disk.remove('/data/f');
    disk.crash();
    expect(await disk.exists('/data/f')).toBe(true);
  });

  test('a directory whose creation was not synced loses its files in a crash', async () => {
    const disk = await newDiskWithDirectory();
    await disk.makeDirectory('/data/topic-0');
    const file = await disk.open('/data/topic-0/log', { create: true });
    await file.sync();
    await disk.syncDirectory('/data/topic-0');
    disk.crash();
    expect(await disk.exists('/data/topic-0')).toBe(false);
    expect(await disk.walk('/data')).toEqual([]);
  });

  test('an unsynced truncation is undone by a crash', async () => {
    const disk = await newDiskWithDirectory();
    const file = await disk.open('/data/t', { create: true });
    await disk.syncDirectory('/data');
    await file.append(bytes(1, 2, 3, 4));
    await file.sync();
    await file.truncate(1);
    expect(await file.size()).toBe(1);
    disk.crash();
    expect(disk.contents('/data/t')).toEqual(bytes(1, 2, 3, 4));
  });

  test('handles opened before a crash fail afterwards', async () => {
    const disk = await newDiskWithDirectory();
    const file = await disk.open('/data/h', { create: true });
    disk.crash();
    await expect(file.append(bytes(1))).rejects.toBeInstanceOf(DiskError);
  });

  test('corrupt flips bits of synced bytes', async () => {
    const disk = await newDiskWithDirectory();
    const file = await disk.open('/data/c', { create: true });
    await file.append(bytes(0, 0, 0));
    await file.sync();
    disk.corrupt('/data/c', 1, 0x80);
    expect(await file.read(0, 3)).toEqual(bytes(0, 0x80, 0));
    const where = disk.corruptRandom();
    expect(where?.path).toBe('/data/c');
    expect(disk.stats().corruptions).toBe(2);
  });

  test('failNext makes exactly the next matching operation fail', async () => {
    const disk = await newDiskWithDirectory();
    const file = await disk.open('/data/s', { create: true });
    disk.failNext('sync', '/data');
    await expect(file.sync()).rejects.toMatchObject({ code: 'DISK_ERROR' });
    await expect(file.sync()).resolves.toBeUndefined();
  });

  test('operations resolve as already-settled promises', async () => {
    const disk = await newDiskWithDirectory();
    const order: string[] = [];
    const pending = disk.open('/data/p', { create: true }).then(() => order.push('opened'));
    await Promise.resolve();
    order.push('one microtask later');
    await pending;
    expect(order).toEqual(['opened', 'one microtask later']);
  });

  test('list and walk report names sorted, files only for walk', async () => {
    const disk = await newDiskWithDirectory();
    await disk.makeDirectory('/data/b/c');
    await disk.open('/data/b/c/z', { create: true });
    await disk.open('/data/a', { create: true });
    expect(await disk.list('/data')).toEqual(['a', 'b']);
    expect(await disk.walk('/data')).toEqual(['a', 'b/c/z']);
    expect(await disk.list('/missing')).toEqual([]);
  });

  test('the same seed tears the same way', async () => {
    const survivors: Array<Uint8Array | undefined> = [];
    for (let run = 0; run < 2; run += 1) {
      const disk = await newDiskWithDirectory(42);
      const file = await disk.open('/data/d', { create: true });
      await disk.syncDirectory('/data');
      for (let write = 0; write < 5; write += 1) await file.append(new Uint8Array(10).fill(write + 1));
      disk.crash({ tear: true });
      survivors.push(disk.contents('/data/d'));
    }
    expect(survivors[0]).toEqual(survivors[1]);
  });

  type Step = { kind: 'append'; length: number } | { kind: 'sync' } | { kind: 'crash'; tear: boolean };
  const step: fc.Arbitrary<Step> = fc.oneof(
    fc.record({ kind: fc.constant('append' as const), length: fc.integer({ min: 1, max: 20 }) }),
    fc.constant({ kind: 'sync' as const }),
    fc.record({ kind: fc.constant('crash' as const), tear: fc.boolean() }),
  );

  test('after any crash a file holds its synced bytes plus a prefix of the unsynced appends', async () => {
    await fc.assert(fc.asyncProperty(fc.array(step, { maxLength: 40 }), fc.nat(), async (steps, seed) => {
      const disk = await newDiskWithDirectory(seed);
      let file = await disk.open('/data/f', { create: true });
      await disk.syncDirectory('/data');
      let synced: number[] = [];
      let written: number[] = [];
      let counter = 0;
      for (const current of steps) {
        if (current.kind === 'append') {
          const data = Array.from({ length: current.length }, () => (counter += 1) & 0xff);
          await file.append(Uint8Array.from(data));
          written = written.concat(data);
        } else if (current.kind === 'sync') {
          await file.sync();
          synced = written.slice();
        } else {
          disk.crash({ tear: current.tear });
          const survived = Array.from(disk.contents('/data/f') ?? []);
          expect(survived.slice(0, synced.length)).toEqual(synced);
          expect(written.slice(0, survived.length)).toEqual(survived);
          if (!current.tear) expect(survived).toEqual(synced);
          synced = survived;
          written = survived;
          file = await disk.open('/data/f', { create: false });
        }
      }
    }), { seed: 20261121, numRuns: 200 });
  });
});
