// Goal: the Raft log store keeps what it fsynced across crashes, cuts a torn tail, and refuses
// (never serves, never silently truncates) a log whose synced bytes were corrupted. Method: the
// store on a simulated disk (sim/sim-disk.ts), crashing it with and without torn writes, and
// flipping bits in synced data.
import { describe, expect, test } from 'vitest';
import { epoch, nodeId, offset, type Entry } from '../../raft/mod.js';
import { CorruptionError } from '../../storage/mod.js';
import { RaftLogStore } from '../../src/metadata/raft-log-store.js';
import { QuorumStateStore } from '../../src/metadata/quorum-state-store.js';
import { SimDisk } from '../../sim/sim-disk.js';
import { Prng } from '../../sim/prng.js';

function entries(from: number, count: number, inEpoch: number): Entry[] {
  return Array.from({ length: count }, (_, index) => ({
    offset: offset(from + index), epoch: epoch(inEpoch), kind: 'data' as const, payload: new Uint8Array([from + index]),
  }));
}

function offsets(list: readonly Entry[]): number[] {
  return list.map((entry) => entry.offset);
}

describe('RaftLogStore', () => {
  test('appended entries survive a crash; a truncation does too', async () => {
    const disk = new SimDisk({ random: Prng.fromSeed(1) });
    const { store } = await RaftLogStore.open(disk, '/data');
    await store.append(entries(0, 5, 1));
    await store.truncate(offset(3));
    await store.append(entries(3, 2, 2));
    disk.crash({ tear: true });
    const { recovered } = await RaftLogStore.open(disk, '/data');
    expect(offsets(recovered.entries)).toEqual([0, 1, 2, 3, 4]);
    expect(recovered.entries.map((entry) => entry.epoch)).toEqual([1, 1, 1, 2, 2]);
  });

  test('a torn unsynced tail is cut and the synced prefix kept', async () => {
    for (let seed = 1; seed <= 20; seed += 1) {
      const disk = new SimDisk({ random: Prng.fromSeed(seed) });
      const { store } = await RaftLogStore.open(disk, '/data');
      await store.append(entries(0, 3, 1));
      const file = await disk.open('/data/raft-log/entries.log', { create: false });
      const size = await file.size();
      await file.write(size, new Uint8Array([0, 0, 0, 40, 0xff, 0xff, 0xff, 0xd7, 1, 2, 3])); // unsynced, torn below
      disk.crash({ tear: true });
      const { recovered } = await RaftLogStore.open(disk, '/data');
      expect(offsets(recovered.entries)).toEqual([0, 1, 2]);
    }
  });

  test('a flipped bit in synced entries is refused with CorruptionError', async () => {
    const disk = new SimDisk({ random: Prng.fromSeed(2) });
    const { store } = await RaftLogStore.open(disk, '/data');
    await store.append(entries(0, 4, 1));
    disk.crash();
    disk.corrupt('/data/raft-log/entries.log', 20, 0x10);
    await expect(RaftLogStore.open(disk, '/data')).rejects.toBeInstanceOf(CorruptionError);
  });

  test('the quorum state survives a crash, and its corruption is refused', async () => {
    const disk = new SimDisk({ random: Prng.fromSeed(3) });
    const store = new QuorumStateStore(disk, '/data');
    expect(await store.load()).toBeNull();
    await store.save({ epoch: epoch(4), votedFor: nodeId(2), leader: null });
    disk.crash({ tear: true });
    expect(await new QuorumStateStore(disk, '/data').load()).toEqual({ epoch: 4, votedFor: 2, leader: null });
    disk.corrupt('/data/quorum/quorum-state', 14, 0x01);
    await expect(new QuorumStateStore(disk, '/data').load()).rejects.toBeInstanceOf(CorruptionError);
  });
});
