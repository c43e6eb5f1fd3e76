// Goal: both implementations of storage's Disk seam (the Node adapter on real files and the
// simulated disk) behave alike for every operation storage relies on, so code tested in the
// simulator runs the same on a real machine. Method: one contract suite run against each.
// Also checks the atomic and checksummed small files built on the seam (storage/atomic-file.ts).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { SimDisk } from '../../sim/sim-disk.js';
import { NodeDisk } from '../../src/runtime/nodejs/node-disk.js';
import {
  CorruptionError, readAtomicFile, readChecksummedFile, writeAtomicFile, writeChecksummedFile,
} from '../../storage/mod.js';
import type { Disk } from '../../storage/mod.js';

const temporaryRoots: string[] = [];
afterAll(async () => {
  for (const root of temporaryRoots) await rm(root, { recursive: true, force: true });
});

interface Subject {
  name: string;
  make(): Promise<{ disk: Disk; root: string }>;
}

const subjects: Subject[] = [
  {
    name: 'NodeDisk',
    async make() {
      const root = await mkdtemp(join(tmpdir(), 'weir-disk-'));
      temporaryRoots.push(root);
      return { disk: new NodeDisk(), root };
    },
  },
  {
    name: 'SimDisk',
    async make() {
      const disk = new SimDisk({ random: { nextInt: () => 0 } });
      await disk.makeDirectory('/root');
      return { disk, root: '/root' };
    },
  },
];

const text = (value: string): Uint8Array => new TextEncoder().encode(value);

describe.each(subjects)('Disk contract on $name', (subject) => {
  test('append returns the position written and size counts it', async () => {
    const { disk, root } = await subject.make();
    const file = await disk.open(`${root}/a.log`, { create: true });
    expect(await file.append(text('hello'))).toBe(0);
    expect(await file.append(text(' world'))).toBe(5);
    expect(await file.size()).toBe(11);
    expect(new TextDecoder().decode(await file.read(6, 100))).toBe('world');
    await file.close();
  });

  test('write at a position overwrites, truncate cuts, read past the end is short', async () => {
    const { disk, root } = await subject.make();
    const file = await disk.open(`${root}/b`, { create: true });
    await file.append(text('abcdef'));
    await file.write(2, text('XY'));
    await file.truncate(5);
    await file.sync();
    expect(new TextDecoder().decode(await file.read(0, 100))).toBe('abXYe');
    expect((await file.read(10, 4)).length).toBe(0);
    await file.close();
  });

  test('open without create fails with DiskError on a missing file', async () => {
    const { disk, root } = await subject.make();
    await expect(disk.open(`${root}/missing`, { create: false })).rejects.toMatchObject({ code: 'DISK_ERROR' });
  });

  test('list, walk, rename, remove and exists agree', async () => {
    const { disk, root } = await subject.make();
    await disk.makeDirectory(`${root}/p/q`);
    await (await disk.open(`${root}/p/q/one`, { create: true })).close();
    await (await disk.open(`${root}/p/two`, { create: true })).close();
    expect(await disk.list(`${root}/p`)).toEqual(['q', 'two']);
    expect(await disk.walk(`${root}/p`)).toEqual(['q/one', 'two']);
    await disk.rename(`${root}/p/two`, `${root}/p/three`);
    await disk.syncDirectory(`${root}/p`);
    expect(await disk.exists(`${root}/p/two`)).toBe(false);
    await disk.remove(`${root}/p/q`);
    expect(await disk.walk(`${root}/p`)).toEqual(['three']);
    expect(await disk.list(`${root}/nothing`)).toEqual([]);
    expect(await disk.walk(`${root}/nothing`)).toEqual([]);
  });

  test('an atomic file reads back what was last written', async () => {
    const { disk, root } = await subject.make();
    expect(await readAtomicFile(disk, `${root}/quorum-state`)).toBeUndefined();
    await writeAtomicFile(disk, `${root}/quorum-state`, text('{"epoch":1}'));
    await writeAtomicFile(disk, `${root}/quorum-state`, text('{"epoch":2}'));
    expect(new TextDecoder().decode(await readAtomicFile(disk, `${root}/quorum-state`))).toBe('{"epoch":2}');
    expect(await disk.list(root)).toEqual(['quorum-state']);
  });

  test('a checksummed file detects a flipped bit', async () => {
    const { disk, root } = await subject.make();
    await writeChecksummedFile(disk, `${root}/state`, text('payload'));
    expect(new TextDecoder().decode(await readChecksummedFile(disk, `${root}/state`))).toBe('payload');
    const file = await disk.open(`${root}/state`, { create: false });
    const last = (await file.size()) - 1;
    const byte = await file.read(last, 1);
    await file.write(last, Uint8Array.of((byte[0] ?? 0) ^ 4));
    await file.close();
    await expect(readChecksummedFile(disk, `${root}/state`)).rejects.toBeInstanceOf(CorruptionError);
  });
});

describe('atomic file on the simulated disk', () => {
  test('a crash at any point leaves the old or the new contents, never a mix', async () => {
    // Crash after each number of completed seam calls, with and without a torn write.
    for (let stepsBeforeCrash = 0; stepsBeforeCrash < 12; stepsBeforeCrash += 1) {
      for (const tear of [false, true]) {
        const disk = new SimDisk({ random: { nextInt: (bound) => Math.floor(bound / 2) } });
        await disk.makeDirectory('/r');
        await disk.syncDirectory('/');
        await writeAtomicFile(disk, '/r/state', text('old contents'));
        const counting = countingDisk(disk, stepsBeforeCrash);
        await writeAtomicFile(counting, '/r/state', text('new contents!')).catch(() => undefined);
        disk.crash({ tear });
        const survived = new TextDecoder().decode(await readAtomicFile(disk, '/r/state'));
        expect(['old contents', 'new contents!']).toContain(survived);
      }
    }
  });
});

/** A Disk whose calls (and its files' calls) fail after `budget` of them have completed. */
function countingDisk(disk: Disk, budget: number): Disk {
  let remaining = budget;
  const spend = (): void => {
    if (remaining === 0) throw new Error('simulated crash point');
    remaining -= 1;
  };
  return {
    async open(path, options) {
      spend();
      const file = await disk.open(path, options);
      return {
        path: file.path,
        size: () => file.size(),
        read: (position, length) => file.read(position, length),
        write: async (position, data) => { spend(); await file.write(position, data); },
        append: async (data) => { spend(); return file.append(data); },
        truncate: async (size) => { spend(); await file.truncate(size); },
        sync: async () => { spend(); await file.sync(); },
        close: () => file.close(),
      };
    },
    list: (directory) => disk.list(directory),
    walk: (directory) => disk.walk(directory),
    makeDirectory: async (path) => { spend(); await disk.makeDirectory(path); },
    rename: async (from, to) => { spend(); await disk.rename(from, to); },
    remove: async (path) => { spend(); await disk.remove(path); },
    exists: (path) => disk.exists(path),
    syncDirectory: async (directory) => { spend(); await disk.syncDirectory(directory); },
  };
}
