// Unit tests of how leadership ends: check-quorum (KAFKA-15489) and graceful resignation with
// EndQuorumEpoch (KIP-595), plus what a restarted leader does. Method: elect a leader in a small
// cluster of RaftCore values, then cut messages with a filter or call resign(), and check roles,
// epochs and the EndQuorumEpoch requests. A negative control shows the check-quorum switch.
import { describe, expect, test } from 'vitest';
import { nodeId, type Message } from '../../../raft/mod.js';
import {
  SeededRandom, deliverAll, electLeader, eventsOf, flush, makeCluster, makeNode, nodeOf, takeMessages, tick, tickAll,
} from './helpers.js';

const fromOrTo = (id: number) => (message: Message): boolean => message.from !== id && message.to !== id;

describe('check-quorum', () => {
  test('check-quorum: a leader without fetches from a majority resigns', () => {
    const cluster = makeCluster([1, 2, 3], { fetchTimeoutTicks: 20 });
    const leader = electLeader(cluster, 1);
    // The leader is cut off; check-quorum fires after 1.5 fetch timeouts (30 ticks).
    for (let tickIndex = 0; tickIndex < 29; tickIndex += 1) {
      tick(leader);
      takeMessages(leader);
    }
    expect(leader.core.status().role).toBe('leader');
    tick(leader);
    expect(leader.core.status()).toMatchObject({ role: 'resigned', epoch: 1 });
    expect(eventsOf(leader, 'resigned').at(-1)?.reason).toBe('check-quorum');
  });

  test('a leader that keeps receiving fetches from a majority stays leader', () => {
    const cluster = makeCluster([1, 2, 3], { fetchTimeoutTicks: 20 });
    const leader = electLeader(cluster, 1);
    tickAll(cluster, 100, fromOrTo(3));
    expect(leader.core.status()).toMatchObject({ role: 'leader', epoch: 1 });
  });

  test('negative control: disableCheckQuorum keeps a cut-off leader in office', () => {
    const cluster = makeCluster([1, 2, 3], { fetchTimeoutTicks: 20, unsafe: { disableCheckQuorum: true } });
    const leader = electLeader(cluster, 1);
    for (let tickIndex = 0; tickIndex < 100; tickIndex += 1) {
      tick(leader);
      takeMessages(leader);
    }
    expect(leader.core.status().role).toBe('leader');
  });

  test('the majority side of a partition elects a new leader and the old one steps down', () => {
    const cluster = makeCluster([1, 2, 3], { fetchTimeoutTicks: 20, randomFor: (id) => new SeededRandom(id) });
    const old = electLeader(cluster, 1);
    tickAll(cluster, 80, fromOrTo(1));
    expect(old.core.status().role).not.toBe('leader');
    const leaders = [2, 3].filter((id) => nodeOf(cluster, id).core.status().role === 'leader');
    expect(leaders).toHaveLength(1);
    // After healing, the old leader follows the new one in the newer epoch.
    tickAll(cluster, 40);
    const newLeader = nodeOf(cluster, leaders[0] as number).core.status();
    expect(old.core.status()).toMatchObject({ role: 'follower', leader: newLeader.id, epoch: newLeader.epoch });
  });
});

describe('resignation (EndQuorumEpoch)', () => {
  test('a resigning leader sends EndQuorumEpoch naming its preferred successors', () => {
    const cluster = makeCluster([1, 2, 3]);
    const leader = electLeader(cluster, 1);
    leader.core.resign([nodeId(3), nodeId(2)]);
    flush(leader);
    const requests = takeMessages(leader, 'EndQuorumEpochRequest');
    expect(requests.map((request) => request.to).sort()).toEqual([2, 3]);
    expect(requests[0]?.preferredSuccessors).toEqual([3, 2]);
    expect(leader.core.status()).toMatchObject({ role: 'resigned', epoch: 1 });
  });

  test('the preferred successor campaigns at once and wins (an operator transfer)', () => {
    const cluster = makeCluster([1, 2, 3]);
    const leader = electLeader(cluster, 1);
    tickAll(cluster, 2);
    leader.core.resign([nodeId(3)]);
    flush(leader);
    deliverAll(cluster);
    expect(nodeOf(cluster, 3).core.status()).toMatchObject({ role: 'leader', epoch: 2 });
    expect(nodeOf(cluster, 2).core.status()).toMatchObject({ role: 'follower', leader: 3, epoch: 2 });
    expect(leader.core.status()).toMatchObject({ role: 'follower', leader: 3, epoch: 2 });
  });

  test('without named successors the most caught-up voters come first', () => {
    const cluster = makeCluster([1, 2, 3]);
    const leader = electLeader(cluster, 1);
    tickAll(cluster, 2, fromOrTo(3));
    leader.core.resign();
    flush(leader);
    expect(takeMessages(leader, 'EndQuorumEpochRequest')[0]?.preferredSuccessors).toEqual([2, 3]);
  });

  test('a restarted leader comes back resigned and does not lead', () => {
    const node = makeNode(1, {
      voters: [1, 2, 3],
      restored: { hardState: { epoch: 4 as never, votedFor: nodeId(1), leader: nodeId(1) }, snapshot: null, entries: [] },
    });
    expect(node.core.status()).toMatchObject({ role: 'resigned', epoch: 4 });
    expect(eventsOf(node, 'resigned')[0]?.reason).toBe('restarted');
  });
});
