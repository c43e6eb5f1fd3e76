// Goal: the Raft log store (on storage's segmented Log) keeps what it fsynced across crashes,
// cuts a torn tail, refuses (never serves, never silently truncates) a log whose synced bytes
// were corrupted, including the epoch field outside Kafka's batch CRC, and round-trips every
// entry kind. Method: the store on a simulated disk (sim/sim-disk.ts), crashing it with and
// without torn writes, and flipping bits in synced data.
import { describe, expect, test } from 'vitest';
import { epoch, nodeId, offset, type Entry, type Snapshot } from '../../raft/mod.js';
import { CorruptionError } from '../../storage/mod.js';
import { RaftLogStore } from '../../src/quorum/raft-log-store.js';
import { QuorumStateStore } from '../../src/quorum/quorum-state-store.js';
import { SimDisk } from '../../sim/sim-disk.js';
import { Prng } from '../../sim/prng.js';

function entries(from: number, count: number, inEpoch: number): Entry[] {
  return Array.from({ length: count }, (_, index) => ({
    offset: offset(from + index), epoch: epoch(inEpoch), kind: 'data' as const, payload: new Uint8Array([from + index]),
  }));
}

const segmentPath = '/data/raft-log/__cluster_metadata-0/00000000000000000000.log';

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
      const file = await disk.open(segmentPath, { create: false });
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
    disk.corrupt(segmentPath, 20, 0x10);
    await expect(RaftLogStore.open(disk, '/data')).rejects.toBeInstanceOf(CorruptionError);
  });

  test('a flipped bit in the epoch field (outside the batch CRC) is refused with CorruptionError', async () => {
    for (const [batchIndex, mask] of [[0, 0x01], [2, 0x40], [3, 0x02]] as const) {
      const disk = new SimDisk({ random: Prng.fromSeed(4) });
      const { store } = await RaftLogStore.open(disk, '/data');
      await store.append(entries(0, 2, 1));
      await store.append(entries(2, 2, 3));
      disk.crash();
      const file = await disk.open(segmentPath, { create: false });
      const bytes = await file.read(0, await file.size());
      await file.close();
      let position = 0;
      for (let skipped = 0; skipped < batchIndex; skipped += 1) {
        position += 12 + new DataView(bytes.buffer, bytes.byteOffset).getInt32(position + 8);
      }
      disk.corrupt(segmentPath, position + 15, mask);
      const opening = RaftLogStore.open(disk, '/data');
      await expect(opening).rejects.toBeInstanceOf(CorruptionError);
      await expect(opening).rejects.toMatchObject({ reason: 'bad-epoch' });
    }
  });

  test('the negative control: the same crash without a flipped bit opens cleanly', async () => {
    const disk = new SimDisk({ random: Prng.fromSeed(4) });
    const { store } = await RaftLogStore.open(disk, '/data');
    await store.append(entries(0, 2, 1));
    await store.append(entries(2, 2, 3));
    disk.crash();
    const { recovered } = await RaftLogStore.open(disk, '/data');
    expect(recovered.entries.map((entry) => entry.epoch)).toEqual([1, 1, 3, 3]);
  });

  test('control entries (leader change, voters) round-trip with their payload and voters', async () => {
    const disk = new SimDisk({ random: Prng.fromSeed(5) });
    const { store } = await RaftLogStore.open(disk, '/data');
    const written: Entry[] = [
      { offset: offset(0), epoch: epoch(1), kind: 'leader-change', payload: new Uint8Array(0) },
      { offset: offset(1), epoch: epoch(1), kind: 'voters', payload: new Uint8Array([9]), voters: [nodeId(1), nodeId(3)] },
      { offset: offset(2), epoch: epoch(1), kind: 'data', payload: new Uint8Array([7, 8]) },
    ];
    await store.append(written);
    disk.crash({ tear: true });
    const { recovered } = await RaftLogStore.open(disk, '/data');
    expect(recovered.entries).toEqual(written);
  });

  test('a truncation between two entries of one append keeps the entries below it', async () => {
    const disk = new SimDisk({ random: Prng.fromSeed(6) });
    const { store } = await RaftLogStore.open(disk, '/data');
    await store.append(entries(0, 6, 1));
    await store.truncate(offset(4));
    await store.append(entries(4, 1, 2));
    disk.crash({ tear: true });
    const { recovered } = await RaftLogStore.open(disk, '/data');
    expect(recovered.entries.map((entry) => [entry.offset, entry.epoch])).toEqual([[0, 1], [1, 1], [2, 1], [3, 1], [4, 2]]);
  });

  test('after a snapshot the log starts there, before or past its end, across a crash', async () => {
    const disk = new SimDisk({ random: Prng.fromSeed(7) });
    const { store } = await RaftLogStore.open(disk, '/data');
    await store.append(entries(0, 5, 1));
    const snapshot: Snapshot = { id: { offset: offset(3), epoch: epoch(1) }, voters: [nodeId(1)], data: new Uint8Array([1]) };
    await store.saveSnapshot(snapshot);
    await store.startAt(offset(3));
    disk.crash({ tear: true });
    const reopened = await RaftLogStore.open(disk, '/data');
    expect(reopened.recovered.snapshot).toEqual(snapshot);
    expect(offsets(reopened.recovered.entries)).toEqual([3, 4]);
    const installed: Snapshot = { ...snapshot, id: { offset: offset(10), epoch: epoch(2) } };
    await reopened.store.saveSnapshot(installed);
    await reopened.store.startAt(offset(10));
    await reopened.store.append(entries(10, 2, 2));
    disk.crash({ tear: true });
    const { recovered } = await RaftLogStore.open(disk, '/data');
    expect(offsets(recovered.entries)).toEqual([10, 11]);
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
