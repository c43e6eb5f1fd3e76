// Unit tests of pull replication and the high watermark (KIP-595; Raft paper §5.3, §5.4.2).
// Method: elect a leader in a small cluster of RaftCore values, then deliver fetches and
// answers by hand or with a filter, and check logs, high watermarks and applied entries. Logs
// that disagree are set up through `restored` state, as a restart would bring them back.
import { describe, expect, test } from 'vitest';
import {
  epoch, nodeId, offset, type FetchRequest, type FetchResponse, type Message,
} from '../../../raft/mod.js';
import {
  appliedData, bytes, deliver, deliverAll, electLeader, entry, eventsOf, flush, makeCluster,
  nodeOf, restoredLog, takeMessages, tick, tickAll,
} from './helpers.js';

function fetchRequest(from: number, to: number, fields: { epoch: number; fetchOffset: number; lastFetchedEpoch: number }): FetchRequest {
  return {
    type: 'FetchRequest', from: nodeId(from), to: nodeId(to), epoch: epoch(fields.epoch),
    fetchOffset: offset(fields.fetchOffset), lastFetchedEpoch: epoch(fields.lastFetchedEpoch),
  };
}

describe('replication (KIP-595)', () => {
  test('the leader appends a leader-change record when it takes office', () => {
    const cluster = makeCluster([1, 2, 3]);
    const leader = electLeader(cluster, 1);
    const [first] = leader.core.logEntries();
    expect(first).toMatchObject({ offset: 0, epoch: 1, kind: 'leader-change' });
    expect(eventsOf(leader, 'became-leader')[0]?.epochStartOffset).toBe(0);
  });

  test('the leader repeats BeginQuorumEpoch to a voter that has not answered', () => {
    const cluster = makeCluster([1, 2, 3], { fetchTimeoutTicks: 20 });
    const leader = electLeader(cluster, 1, (message) => message.to !== 3 && message.from !== 3);
    takeMessages(leader);
    tick(leader, 4);
    expect(takeMessages(leader, 'BeginQuorumEpochRequest')).toEqual([]);
    tick(leader, 1);
    const repeated = takeMessages(leader, 'BeginQuorumEpochRequest');
    expect(repeated.map((request) => request.to)).toEqual([3]);
    deliver(cluster, repeated[0] as Message);
    expect(nodeOf(cluster, 3).core.status()).toMatchObject({ role: 'follower', leader: 1, epoch: 1 });
  });

  test('BeginQuorumEpoch makes the voters follow the new leader', () => {
    const cluster = makeCluster([1, 2, 3]);
    electLeader(cluster, 1);
    for (const id of [2, 3]) expect(nodeOf(cluster, id).core.status()).toMatchObject({ role: 'follower', leader: 1 });
  });

  test('followers pull entries with Fetch and apply them once committed', () => {
    const cluster = makeCluster([1, 2, 3]);
    const leader = electLeader(cluster, 1);
    expect(leader.core.propose([bytes('a'), bytes('b')])).toEqual({ ok: true, offsets: [1, 2] });
    flush(leader);
    tickAll(cluster, 3);
    for (const node of cluster.values()) {
      expect(node.core.status()).toMatchObject({ endOffset: 3, highWatermark: 3 });
      expect(appliedData(node)).toEqual(['a', 'b']);
    }
  });

  test('a proposal to a node that does not lead is refused with the leader it knows', () => {
    const cluster = makeCluster([1, 2, 3]);
    electLeader(cluster, 1);
    expect(nodeOf(cluster, 2).core.propose([bytes('x')])).toEqual({ ok: false, error: 'NOT_LEADER', leader: 1 });
  });

  test('committed entries are handed out once, in offset order', () => {
    const cluster = makeCluster([1, 2, 3]);
    const leader = electLeader(cluster, 1);
    for (const text of ['a', 'b', 'c']) {
      leader.core.propose([bytes(text)]);
      flush(leader);
      tickAll(cluster, 1);
    }
    tickAll(cluster, 2);
    for (const node of cluster.values()) {
      const offsets = node.durable.applied.map((applied) => applied.offset);
      expect(offsets).toEqual([0, 1, 2, 3]);
    }
  });

  test('the follower truncates to the diverging epoch\'s end offset', () => {
    // Node 1 has epoch-2 entries at offsets 2-3; node 2 kept uncommitted epoch-1 entries there.
    const cluster = makeCluster([1, 2, 3], {
      restoredFor: (id) => id === 1
        ? restoredLog(2, [entry(0, 1), entry(1, 1), entry(2, 2), entry(3, 2)])
        : id === 2 ? restoredLog(2, [entry(0, 1), entry(1, 1), entry(2, 1, 'data', 'x'), entry(3, 1, 'data', 'y')])
          : restoredLog(2, [entry(0, 1), entry(1, 1)]),
    });
    const leader = electLeader(cluster, 1, (message) => message.type !== 'FetchRequest');
    const follower = nodeOf(cluster, 2);
    tick(follower, 5); // the first fetch was held back; this is its retry
    const [fetch] = takeMessages(follower, 'FetchRequest');
    expect(fetch).toMatchObject({ fetchOffset: 4, lastFetchedEpoch: 1 });
    deliver(cluster, fetch as FetchRequest);
    const [answer] = takeMessages(leader, 'FetchResponse');
    expect(answer?.divergingEpoch).toEqual({ epoch: 1, offset: 2 });
    deliver(cluster, answer as FetchResponse);
    expect(follower.core.status().endOffset).toBe(2);
    expect(eventsOf(follower, 'log-truncated').at(-1)?.endOffset).toBe(2);
    expect(follower.readies.some((ready) => ready.truncateLogTo === 2)).toBe(true);
    expect(follower.durable.entries.map((each) => each.offset)).toEqual([0, 1]);
    // It fetches again from the point of agreement and ends up with the leader's log.
    deliverAll(cluster);
    const leaderLog = leader.core.logEntries().map((each) => [each.offset, each.epoch]);
    expect(follower.core.logEntries().map((each) => [each.offset, each.epoch])).toEqual(leaderLog);
  });

  test('a late answer about an older state of the follower\'s log is ignored', () => {
    const cluster = makeCluster([1, 2, 3], {
      restoredFor: (id) => id === 1
        ? restoredLog(2, [entry(0, 1), entry(1, 1), entry(2, 2), entry(3, 2)])
        : id === 2 ? restoredLog(2, [entry(0, 1), entry(1, 1), entry(2, 1, 'data', 'x'), entry(3, 1, 'data', 'y')])
          : restoredLog(2, [entry(0, 1), entry(1, 1)]),
    });
    const leader = electLeader(cluster, 1, (message) => message.type !== 'FetchRequest');
    const follower = nodeOf(cluster, 2);
    tick(follower, 5);
    const [fetch] = takeMessages(follower, 'FetchRequest');
    // The network duplicates the fetch: two diverging answers come back.
    deliver(cluster, fetch as FetchRequest);
    deliver(cluster, fetch as FetchRequest);
    const [first, late] = takeMessages(leader, 'FetchResponse');
    deliver(cluster, first as FetchResponse);
    // The follower catches up to offset 5 (entries 2-3 of epoch 2, then the leader-change at 4).
    deliverAll(cluster);
    expect(follower.core.status()).toMatchObject({ endOffset: 5, highWatermark: 5 });
    follower.core.step({ ...(late as FetchResponse), fetchOffset: offset(5) });
    flush(follower);
    expect(follower.core.status().endOffset).toBe(5);
    // Delivered as it was (for offset 4), it is as stale and changes nothing either.
    follower.core.step(late as FetchResponse);
    flush(follower);
    expect(follower.core.status().endOffset).toBe(5);
  });

  test('a follower does not busy-loop: after an empty fetch answer it waits a tick', () => {
    const cluster = makeCluster([1, 2, 3]);
    electLeader(cluster, 1);
    deliverAll(cluster);
    const follower = nodeOf(cluster, 2);
    expect(takeMessages(follower)).toEqual([]);
    tick(follower);
    expect(takeMessages(follower, 'FetchRequest')).toHaveLength(1);
  });

  test('a follower sends a fetch again when the answer is lost', () => {
    const cluster = makeCluster([1, 2, 3], { fetchTimeoutTicks: 20 });
    electLeader(cluster, 1);
    deliverAll(cluster);
    const follower = nodeOf(cluster, 2);
    tick(follower);
    takeMessages(follower, 'FetchRequest'); // lost
    tick(follower, 4);
    expect(takeMessages(follower, 'FetchRequest')).toHaveLength(0);
    tick(follower, 1);
    expect(takeMessages(follower, 'FetchRequest')).toHaveLength(1);
  });

  test('a fetch from an older epoch is fenced and tells the sender the current epoch', () => {
    const cluster = makeCluster([1, 2, 3]);
    const leader = electLeader(cluster, 1);
    leader.core.step(fetchRequest(3, 1, { epoch: 0, fetchOffset: 0, lastFetchedEpoch: 0 }));
    flush(leader);
    const [answer] = takeMessages(leader, 'FetchResponse');
    expect(answer).toMatchObject({ error: 'FENCED_LEADER_EPOCH', epoch: 1, leaderId: 1 });
  });
});

describe('high watermark', () => {
  test('the high watermark is the largest offset stored on a majority of voters', () => {
    const cluster = makeCluster([1, 2, 3, 4, 5]);
    const leader = electLeader(cluster, 1, (message) => message.type !== 'FetchRequest');
    leader.core.propose([bytes('a'), bytes('b'), bytes('c')]);
    flush(leader);
    // Voters 2 and 3 report end offsets 4 and 2; with the leader (4) the majority holds 2.
    leader.core.step(fetchRequest(2, 1, { epoch: 1, fetchOffset: 4, lastFetchedEpoch: 1 }));
    leader.core.step(fetchRequest(3, 1, { epoch: 1, fetchOffset: 2, lastFetchedEpoch: 1 }));
    flush(leader);
    expect(leader.core.status().highWatermark).toBe(2);
  });

  test('the high watermark never counts observers', () => {
    const cluster = makeCluster([1, 2, 3], { observers: [4, 5] });
    const leader = electLeader(cluster, 1, (message) => message.type !== 'FetchRequest');
    leader.core.propose([bytes('a')]);
    flush(leader);
    leader.core.step(fetchRequest(4, 1, { epoch: 1, fetchOffset: 2, lastFetchedEpoch: 1 }));
    leader.core.step(fetchRequest(5, 1, { epoch: 1, fetchOffset: 2, lastFetchedEpoch: 1 }));
    flush(leader);
    expect(leader.core.status().highWatermark).toBe(0);
    leader.core.step(fetchRequest(2, 1, { epoch: 1, fetchOffset: 2, lastFetchedEpoch: 1 }));
    flush(leader);
    expect(leader.core.status().highWatermark).toBe(2);
  });

  test('a leader does not commit an earlier epoch\'s entry by counting replicas', () => {
    const setup = (unsafe: boolean) => {
      const cluster = makeCluster([1, 2, 3], {
        restoredFor: (id) => restoredLog(1, id === 3 ? [entry(0, 1)] : [entry(0, 1), entry(1, 1)]),
        ...(unsafe ? { unsafe: { commitWithoutCurrentEpochEntry: true } } : {}),
      });
      const leader = electLeader(cluster, 1, (message) => message.type !== 'FetchRequest');
      // Node 2 stores the old entries 0-1 but not yet the leader-change record at offset 2.
      leader.core.step(fetchRequest(2, 1, { epoch: 2, fetchOffset: 2, lastFetchedEpoch: 1 }));
      flush(leader);
      return leader.core.status().highWatermark;
    };
    expect(setup(false)).toBe(0);
    // Negative control: the test-only switch lets the old entries commit on their own.
    expect(setup(true)).toBe(2);
  });

  test('the leader counts its own entries only once they are durable', () => {
    const cluster = makeCluster([1]);
    const leader = nodeOf(cluster, 1);
    tick(leader, 10);
    expect(leader.core.status()).toMatchObject({ role: 'leader', highWatermark: 1 });
    leader.core.propose([bytes('a')]);
    const ready = leader.core.ready();
    expect(ready.entriesToPersist).toHaveLength(1);
    expect(ready.committed).toHaveLength(0);
    expect(leader.core.status().highWatermark).toBe(1);
    leader.core.advance(ready);
    expect(leader.core.status().highWatermark).toBe(2);
    expect(leader.core.ready().committed.map((each) => each.offset)).toEqual([1]);
  });

  test('the high watermark never moves backwards on a follower', () => {
    const cluster = makeCluster([1, 2, 3]);
    const leader = electLeader(cluster, 1);
    leader.core.propose([bytes('a')]);
    flush(leader);
    tickAll(cluster, 2);
    const follower = nodeOf(cluster, 2);
    expect(follower.core.status().highWatermark).toBe(2);
    follower.core.step({
      type: 'FetchResponse', from: nodeId(1), to: nodeId(2), epoch: epoch(1), error: null,
      leaderId: nodeId(1), fetchOffset: offset(2), lastFetchedEpoch: epoch(1), entries: [], highWatermark: offset(1),
      divergingEpoch: null, snapshotId: null,
    });
    flush(follower);
    expect(follower.core.status().highWatermark).toBe(2);
  });
});
