// Unit tests of the Ready contract (persist before send) and of restarts from what was persisted.
// Method: drive single RaftCore values by hand, look inside each Ready for what must be durable
// before its messages leave, misuse ready()/advance() on purpose and expect assertion failures,
// and rebuild cores from their recorded durable state as a driver would after a crash.
import { AssertionError } from 'node:assert/strict';
import { describe, expect, test } from 'vitest';
import {
  epoch, nodeId, offset, renderEvent, type RaftEvent, type VoteRequest,
} from '../../../raft/mod.js';
import {
  bytes, deliver, electLeader, flush, makeCluster, makeNode, nodeOf, takeMessages, tick, tickAll,
} from './helpers.js';

function voteRequest(from: number, to: number, epochOf: number): VoteRequest {
  return {
    type: 'VoteRequest', from: nodeId(from), to: nodeId(to), epoch: epoch(epochOf), preVote: false,
    lastEpoch: epoch(0), endOffset: offset(0),
  };
}

describe('Ready (persist before send)', () => {
  test('Ready: messages are only released after hard state is persisted (advance)', () => {
    const voter = makeNode(1, { voters: [1, 2, 3] });
    voter.core.step(voteRequest(2, 1, 3));
    const ready = voter.core.ready();
    // The vote and the answer that reveals it travel in one Ready: 1 (persist) comes before 6 (send).
    expect(ready.hardState).toEqual({ epoch: 3, votedFor: 2, leader: null });
    expect(ready.messages).toHaveLength(1);
    // Until advance() confirms the Ready was carried out, the core accepts nothing else.
    expect(() => voter.core.step(voteRequest(3, 1, 4))).toThrow(AssertionError);
    expect(() => voter.core.tick()).toThrow(AssertionError);
    expect(() => voter.core.ready()).toThrow(AssertionError);
    voter.core.advance(ready);
    expect(voter.core.hasReady()).toBe(false);
  });

  test('advance() must be handed exactly the last Ready', () => {
    const voter = makeNode(1, { voters: [1, 2, 3] });
    voter.core.step(voteRequest(2, 1, 3));
    const ready = voter.core.ready();
    expect(() => voter.core.advance({ ...ready })).toThrow(AssertionError);
    voter.core.advance(ready);
    expect(() => voter.core.advance(ready)).toThrow(AssertionError);
  });

  test('a candidate persists its own vote in the Ready that carries its vote requests', () => {
    const cluster = makeCluster([1, 2, 3]);
    const node1 = nodeOf(cluster, 1);
    tick(node1, 10);
    for (const request of takeMessages(node1, 'VoteRequest')) deliver(cluster, request);
    for (const id of [2, 3]) for (const response of takeMessages(nodeOf(cluster, id))) {
      node1.core.step(response);
    }
    const ready = node1.core.ready();
    const votes = ready.messages.filter((message) => message.type === 'VoteRequest' && !message.preVote);
    expect(votes.length).toBeGreaterThan(0);
    expect(ready.hardState).toMatchObject({ epoch: 1, votedFor: 1 });
    node1.core.advance(ready);
  });

  test('fetched entries are persisted in the Ready whose fetch acknowledges them', () => {
    const cluster = makeCluster([1, 2, 3]);
    const leader = electLeader(cluster, 1);
    leader.core.propose([bytes('a')]);
    flush(leader);
    const follower = nodeOf(cluster, 2);
    tick(follower);
    for (const request of takeMessages(follower)) deliver(cluster, request);
    const [answer] = takeMessages(leader, 'FetchResponse');
    expect(answer?.entries).toHaveLength(1);
    follower.core.step(answer!);
    const ready = follower.core.ready();
    const fetch = ready.messages.find((message) => message.type === 'FetchRequest');
    expect(ready.entriesToPersist.map((each) => each.offset)).toEqual([1]);
    expect(fetch).toMatchObject({ fetchOffset: 2 });
    follower.core.advance(ready);
  });

  test('a proposal is refused while a Ready is outstanding', () => {
    const cluster = makeCluster([1]);
    const leader = nodeOf(cluster, 1);
    tick(leader, 10);
    leader.core.propose([bytes('a')]);
    const ready = leader.core.ready();
    expect(() => leader.core.propose([bytes('b')])).toThrow(AssertionError);
    leader.core.advance(ready);
  });
});

describe('restarts', () => {
  test('a restarted voter remembers its vote and does not vote twice in the epoch', () => {
    const voter = makeNode(1, { voters: [1, 2, 3] });
    voter.core.step(voteRequest(2, 1, 5));
    flush(voter);
    const restarted = makeNode(1, {
      voters: [1, 2, 3], restored: { hardState: voter.durable.hardState, snapshot: null, entries: voter.durable.entries },
    });
    restarted.core.step(voteRequest(3, 1, 5));
    flush(restarted);
    expect(takeMessages(restarted, 'VoteResponse')[0]?.granted).toBe(false);
    expect(restarted.core.status()).toMatchObject({ epoch: 5, votedFor: 2 });
  });

  test('a restarted follower re-applies committed entries once it learns the high watermark', () => {
    const cluster = makeCluster([1, 2, 3]);
    const leader = electLeader(cluster, 1);
    leader.core.propose([bytes('a'), bytes('b')]);
    flush(leader);
    tickAll(cluster, 3);
    const before = nodeOf(cluster, 2);
    const restarted = makeNode(2, {
      voters: [1, 2, 3], restored: { hardState: before.durable.hardState, snapshot: null, entries: before.durable.entries },
    });
    expect(restarted.core.status()).toMatchObject({ role: 'follower', leader: 1, endOffset: 3, highWatermark: 0 });
    cluster.set(2, restarted);
    tickAll(cluster, 3);
    expect(restarted.durable.applied.map((each) => each.offset)).toEqual([0, 1, 2]);
  });
});

describe('events', () => {
  test('every event renders as one line naming its node and epoch', () => {
    const event: RaftEvent = { type: 'vote-received', node: nodeId(3), epoch: epoch(7), preVote: true, voter: nodeId(1), granted: true };
    expect(renderEvent(event)).toBe('node 3: pre-vote granted by 1 in epoch 7');
    const cluster = makeCluster([1, 2, 3], { observers: [4] });
    const leader = electLeader(cluster, 1);
    leader.core.propose([bytes('a')]);
    flush(leader);
    tickAll(cluster, 10);
    leader.core.resign();
    flush(leader);
    tickAll(cluster, 30);
    const lines = [...cluster.values()].flatMap((node) => node.events.map(renderEvent));
    expect(lines.length).toBeGreaterThan(20);
    for (const line of lines) {
      expect(line).toMatch(/^node \d+: .+ in epoch \d+$/);
      expect(line).not.toContain('\n');
    }
  });
});
