// Unit tests of snapshots (KIP-630): a state machine's snapshot shortens the log, and a
// follower behind the leader's log start fetches the snapshot in chunks and installs it.
// Method: a 3-voter cluster of RaftCore values where one voter is cut off while the leader
// commits and compacts; after healing, the test follows the FetchSnapshot exchange and checks
// what the follower was asked to persist and apply.
import { describe, expect, test } from 'vitest';
import { epoch, nodeId, offset, type Message } from '../../../raft/mod.js';
import {
  appliedData, bytes, deliverAll, electLeader, entry, flush, makeCluster, makeNode, nodeOf, tickAll,
} from './helpers.js';

const cutOff3 = (message: Message): boolean => message.from !== 3 && message.to !== 3;

function compactedCluster() {
  const cluster = makeCluster([1, 2, 3], { snapshotChunkBytes: 4 });
  const leader = electLeader(cluster, 1, cutOff3);
  leader.core.propose(['a', 'b', 'c', 'd'].map(bytes));
  flush(leader);
  tickAll(cluster, 3, cutOff3);
  expect(leader.core.status().highWatermark).toBe(5);
  leader.core.snapshotTaken({ id: { offset: offset(5), epoch: leader.core.status().epoch }, data: bytes('0123456789') });
  flush(leader);
  return { cluster, leader };
}

describe('snapshots (KIP-630)', () => {
  test('a snapshot drops the log before it and is handed out to persist', () => {
    const { leader } = compactedCluster();
    expect(leader.core.status()).toMatchObject({ logStartOffset: 5, endOffset: 5, snapshotId: { offset: 5, epoch: 1 } });
    const ready = leader.readies.find((each) => each.snapshotToPersist !== null);
    expect(ready?.logStartOffset).toBe(5);
    expect(ready?.snapshotToPersist?.voters).toEqual([1, 2, 3]);
    expect(leader.durable.entries).toEqual([]);
  });

  test('a follower behind the log start fetches the snapshot in chunks', () => {
    const { cluster } = compactedCluster();
    const follower = nodeOf(cluster, 3);
    const positions: number[] = [];
    tickAll(cluster, 10, (message) => {
      if (message.type === 'FetchSnapshotRequest') positions.push(message.position);
      return true;
    });
    expect(positions).toEqual([0, 4, 8]);
    expect(follower.durable.snapshot?.data).toEqual(bytes('0123456789'));
    expect(follower.durable.appliedSnapshots.map((snapshot) => snapshot.id.offset)).toEqual([5]);
    expect(follower.core.status()).toMatchObject({ logStartOffset: 5, highWatermark: 5, role: 'follower' });
  });

  test('after installing a snapshot the follower replicates the entries that follow it', () => {
    const { cluster, leader } = compactedCluster();
    tickAll(cluster, 10);
    leader.core.propose([bytes('e')]);
    flush(leader);
    tickAll(cluster, 3);
    const follower = nodeOf(cluster, 3);
    expect(follower.core.status()).toMatchObject({ endOffset: 6, highWatermark: 6 });
    expect(appliedData(follower)).toEqual(['e']);
  });

  test('a restarted node starts from its snapshot and the entries after it', () => {
    const { leader } = compactedCluster();
    leader.core.propose([bytes('e')]);
    flush(leader);
    const restarted = makeNode(1, {
      voters: [1, 2, 3],
      restored: { hardState: leader.durable.hardState, snapshot: leader.durable.snapshot, entries: leader.durable.entries },
    });
    expect(restarted.core.status()).toMatchObject({ logStartOffset: 5, endOffset: 6, highWatermark: 5, role: 'resigned' });
    expect(restarted.core.latestSnapshot()?.data).toEqual(bytes('0123456789'));
  });

  test('after a crash between storing a received snapshot and emptying the log, the stale log is dropped', () => {
    const snapshot = { id: { offset: offset(9), epoch: epoch(3) }, data: bytes('s'), voters: [1, 2, 3].map(nodeId) };
    const node = makeNode(1, {
      voters: [1, 2, 3],
      restored: {
        hardState: { epoch: epoch(3), votedFor: null, leader: nodeId(2) },
        snapshot,
        entries: [entry(9, 1), entry(10, 1)],
      },
    });
    expect(node.core.status()).toMatchObject({ logStartOffset: 9, endOffset: 9, lastEpoch: 3 });
    const first = node.readies[0];
    expect(first?.truncateLogTo).toBe(9);
    expect(first?.logStartOffset).toBe(9);
    expect(node.durable.entries).toEqual([]);
  });

  test('entries that continue a snapshot are kept after a restart', () => {
    const snapshot = { id: { offset: offset(9), epoch: epoch(3) }, data: bytes('s'), voters: [1, 2, 3].map(nodeId) };
    const node = makeNode(1, {
      voters: [1, 2, 3],
      restored: {
        hardState: { epoch: epoch(4), votedFor: null, leader: null },
        snapshot,
        entries: [entry(8, 3), entry(9, 3), entry(10, 4)],
      },
    });
    expect(node.core.status()).toMatchObject({ logStartOffset: 9, endOffset: 11, lastEpoch: 4 });
    expect(node.readies.every((ready) => ready.truncateLogTo === null)).toBe(true);
  });

  test('a follower whose snapshot download is overtaken by a newer snapshot starts over', () => {
    const { cluster, leader } = compactedCluster();
    const follower = nodeOf(cluster, 3);
    // The follower starts downloading the first snapshot, but no chunk reaches it.
    tickAll(cluster, 6, (message) => message.type !== 'FetchSnapshotResponse');
    expect(follower.events.some((event) => event.type === 'snapshot-fetch-started')).toBe(true);
    leader.core.propose([bytes('e')]);
    flush(leader);
    tickAll(cluster, 2, cutOff3);
    leader.core.snapshotTaken({ id: { offset: offset(6), epoch: leader.core.status().epoch }, data: bytes('abcdef') });
    flush(leader);
    const errors: Array<string | null> = [];
    tickAll(cluster, 20, (message) => {
      if (message.type === 'FetchSnapshotResponse') errors.push(message.error);
      return true;
    });
    expect(errors[0]).toBe('SNAPSHOT_NOT_FOUND');
    expect(follower.durable.snapshot?.id.offset).toBe(6);
    expect(follower.durable.snapshot?.data).toEqual(bytes('abcdef'));
    deliverAll(cluster);
    expect(follower.core.status().highWatermark).toBe(6);
  });
});
