// Unit tests of elections: the vote rules (Raft paper §5.2, §5.4.1; KIP-595) and pre-vote
// (KIP-996). Method: build small clusters of RaftCore values, deliver messages by hand or with
// a filter, and check the answers, the roles and the persisted quorum state. Each test is named
// after the rule it checks; a negative control shows a test-only switch breaks its rule.
import { describe, expect, test } from 'vitest';
import {
  epoch, nodeId, offset, type Message, type VoteRequest, type VoteResponse,
} from '../../../raft/mod.js';
import {
  ScriptedRandom, deliver, deliverAll, electLeader, entry, eventsOf, makeCluster, makeNode,
  nodeOf, restoredLog, takeMessages, tick, tickAll,
} from './helpers.js';

function voteRequest(from: number, to: number, fields: {
  epoch: number; lastEpoch: number; endOffset: number; preVote?: boolean;
}): VoteRequest {
  return {
    type: 'VoteRequest', from: nodeId(from), to: nodeId(to), epoch: epoch(fields.epoch),
    preVote: fields.preVote ?? false, lastEpoch: epoch(fields.lastEpoch), endOffset: offset(fields.endOffset),
  };
}

function answerTo(voter: ReturnType<typeof makeNode>, request: VoteRequest): VoteResponse {
  voter.core.step(request);
  while (voter.core.hasReady()) {
    const ready = voter.core.ready();
    voter.outbox.push(...ready.messages);
    voter.events.push(...ready.events);
    voter.core.advance(ready);
  }
  const [response] = takeMessages(voter, 'VoteResponse');
  expect(response).toBeDefined();
  return response as VoteResponse;
}

describe('votes (KIP-595)', () => {
  test('a voter grants at most one vote per epoch', () => {
    const voter = makeNode(1, { voters: [1, 2, 3] });
    expect(answerTo(voter, voteRequest(2, 1, { epoch: 5, lastEpoch: 0, endOffset: 0 })).granted).toBe(true);
    expect(answerTo(voter, voteRequest(3, 1, { epoch: 5, lastEpoch: 0, endOffset: 0 })).granted).toBe(false);
    // Asking again for the same candidate is answered the same way (a retransmission).
    expect(answerTo(voter, voteRequest(2, 1, { epoch: 5, lastEpoch: 0, endOffset: 0 })).granted).toBe(true);
    expect(voter.core.status().votedFor).toBe(2);
  });

  test('a voter refuses a candidate whose last epoch is older (KIP-595)', () => {
    const voter = makeNode(1, { voters: [1, 2, 3], restored: restoredLog(3, [entry(0, 1), entry(1, 3)]) });
    const response = answerTo(voter, voteRequest(2, 1, { epoch: 4, lastEpoch: 2, endOffset: 10 }));
    expect(response.granted).toBe(false);
    expect(eventsOf(voter, 'vote-answered').at(-1)?.refusal).toBe('log-not-up-to-date');
  });

  test('a voter refuses a candidate with the same last epoch and a shorter log', () => {
    const voter = makeNode(1, { voters: [1, 2, 3], restored: restoredLog(3, [entry(0, 3), entry(1, 3)]) });
    expect(answerTo(voter, voteRequest(2, 1, { epoch: 4, lastEpoch: 3, endOffset: 1 })).granted).toBe(false);
  });

  test('a voter grants a candidate whose last epoch is newer, however short its log', () => {
    const voter = makeNode(1, { voters: [1, 2, 3], restored: restoredLog(3, [entry(0, 1), entry(1, 1), entry(2, 1)]) });
    expect(answerTo(voter, voteRequest(2, 1, { epoch: 4, lastEpoch: 2, endOffset: 1 })).granted).toBe(true);
  });

  test('negative control: grantVotesWithoutLogCheck grants a candidate with an older log', () => {
    const voter = makeNode(1, {
      voters: [1, 2, 3], restored: restoredLog(3, [entry(0, 1), entry(1, 3)]),
      unsafe: { grantVotesWithoutLogCheck: true },
    });
    expect(answerTo(voter, voteRequest(2, 1, { epoch: 4, lastEpoch: 2, endOffset: 10 })).granted).toBe(true);
  });

  test('negative control: grantMultipleVotesPerEpoch grants a second vote in one epoch', () => {
    const voter = makeNode(1, { voters: [1, 2, 3], unsafe: { grantMultipleVotesPerEpoch: true } });
    expect(answerTo(voter, voteRequest(2, 1, { epoch: 5, lastEpoch: 0, endOffset: 0 })).granted).toBe(true);
    expect(answerTo(voter, voteRequest(3, 1, { epoch: 5, lastEpoch: 0, endOffset: 0 })).granted).toBe(true);
    expect(voter.core.status().votedFor).toBe(3);
  });

  test('a voter refuses a vote request from an older epoch and answers with its own epoch', () => {
    const voter = makeNode(1, { voters: [1, 2, 3], restored: restoredLog(6, []) });
    const response = answerTo(voter, voteRequest(2, 1, { epoch: 5, lastEpoch: 0, endOffset: 0 }));
    expect(response.granted).toBe(false);
    expect(response.epoch).toBe(6);
  });

  test('a granted vote is in the same Ready as the persisted vote (persist before send)', () => {
    const voter = makeNode(1, { voters: [1, 2, 3] });
    voter.core.step(voteRequest(2, 1, { epoch: 1, lastEpoch: 0, endOffset: 0 }));
    const ready = voter.core.ready();
    expect(ready.hardState).toEqual({ epoch: 1, votedFor: 2, leader: null });
    expect(ready.messages.map((message) => message.type)).toEqual(['VoteResponse']);
    voter.core.advance(ready);
  });

  test('a node that is not yet in its own voter set votes when a candidate counts it (KIP-853)', () => {
    // Node 4 was added by a voters entry it has not fetched yet; without its vote the new
    // quorum could not elect the leader that would send it that entry.
    const node4 = makeNode(4, { voters: [1, 2, 3] });
    expect(node4.core.status().isVoter).toBe(false);
    const response = answerTo(node4, voteRequest(2, 4, { epoch: 1, lastEpoch: 0, endOffset: 0 }));
    expect(response.granted).toBe(true);
    expect(node4.core.status()).toMatchObject({ votedFor: 2, epoch: 1, role: 'unattached' });
  });

  test('observers are never asked to vote', () => {
    const cluster = makeCluster([1, 2, 3], { observers: [4] });
    const node1 = nodeOf(cluster, 1);
    tick(node1, 10);
    const asked = takeMessages(node1, 'VoteRequest').map((request) => request.to);
    expect(asked.sort()).toEqual([2, 3]);
  });

  test('observers never campaign, however long they wait', () => {
    const observer = makeNode(4, { voters: [1, 2, 3] });
    tick(observer, 200);
    expect(observer.core.status().role).toBe('unattached');
    expect(observer.core.status().epoch).toBe(0);
  });

  test('a majority of votes makes the candidate leader', () => {
    const cluster = makeCluster([1, 2, 3]);
    const leader = electLeader(cluster, 1);
    expect(leader.core.status()).toMatchObject({ role: 'leader', epoch: 1, leader: 1 });
  });
});

describe('pre-vote (KIP-996)', () => {
  test('pre-vote does not bump the epoch (KIP-996)', () => {
    const cluster = makeCluster([1, 2, 3]);
    const node1 = nodeOf(cluster, 1);
    tick(node1, 10);
    expect(node1.core.status().role).toBe('prospective');
    expect(node1.core.status().epoch).toBe(0);
    const preVotes = takeMessages(node1, 'VoteRequest');
    expect(preVotes.map((request) => [request.preVote, request.epoch])).toEqual([[true, 1], [true, 1]]);
    const voter = nodeOf(cluster, 2);
    deliver(cluster, preVotes[0] as Message);
    expect(voter.core.status()).toMatchObject({ epoch: 0, votedFor: null });
    expect(takeMessages(voter, 'VoteResponse')[0]?.granted).toBe(true);
  });

  test('a prospective node becomes candidate only with a majority of pre-votes', () => {
    const cluster = makeCluster([1, 2, 3, 4, 5]);
    const node1 = nodeOf(cluster, 1);
    tick(node1, 10);
    const preVotes = takeMessages(node1, 'VoteRequest');
    deliver(cluster, preVotes[0] as Message);
    for (const response of takeMessages(nodeOf(cluster, 2))) deliver(cluster, response);
    expect(node1.core.status().role).toBe('prospective');
    deliver(cluster, preVotes[1] as Message);
    for (const response of takeMessages(nodeOf(cluster, 3))) deliver(cluster, response);
    expect(node1.core.status()).toMatchObject({ role: 'candidate', epoch: 1, votedFor: 1 });
  });

  test('a follower that still hears from its leader rejects pre-votes', () => {
    const cluster = makeCluster([1, 2, 3]);
    electLeader(cluster, 1);
    tickAll(cluster, 2);
    const follower = nodeOf(cluster, 2);
    expect(follower.core.status().role).toBe('follower');
    const response = answerTo(follower, voteRequest(3, 2, { epoch: 2, lastEpoch: 1, endOffset: 100, preVote: true }));
    expect(response.granted).toBe(false);
    expect(eventsOf(follower, 'vote-answered').at(-1)?.refusal).toBe('leader-is-alive');
  });

  test('a follower that never heard back from its leader grants pre-votes (KAFKA-17641)', () => {
    const cluster = makeCluster([1, 2, 3]);
    electLeader(cluster, 1, (message) => message.type !== 'FetchResponse');
    const follower = nodeOf(cluster, 2);
    expect(follower.core.status().role).toBe('follower');
    const response = answerTo(follower, voteRequest(3, 2, { epoch: 2, lastEpoch: 1, endOffset: 100, preVote: true }));
    expect(response.granted).toBe(true);
    expect(follower.core.status()).toMatchObject({ role: 'follower', epoch: 1 });
  });

  test('a pre-vote granted by a follower that names a silent leader still counts', () => {
    // Node 3 restarted as a follower of node 1 and has not heard from it since; node 1 is gone.
    const cluster = makeCluster([1, 2, 3]);
    electLeader(cluster, 1);
    tickAll(cluster, 2);
    const node3 = makeNode(3, {
      voters: [1, 2, 3], restored: { ...restoredLog(1, nodeOf(cluster, 3).durable.entries), hardState: nodeOf(cluster, 3).durable.hardState },
    });
    cluster.set(3, node3);
    cluster.delete(1);
    const node2 = nodeOf(cluster, 2);
    // Node 2 times out first (node 3's fetch timeout restarted with it) and asks node 3.
    for (let tickIndex = 0; tickIndex < 5; tickIndex += 1) {
      tick(node2);
      takeMessages(node2);
    }
    tickAll(cluster, 20, (message) => message.to !== 1);
    expect(eventsOf(node2, 'vote-received').some((event) => event.preVote && event.granted)).toBe(true);
    const leaders = [2, 3].filter((id) => nodeOf(cluster, id).core.status().role === 'leader');
    expect(leaders).toHaveLength(1);
  });

  test('a leader rejects pre-votes', () => {
    const cluster = makeCluster([1, 2, 3]);
    const leader = electLeader(cluster, 1);
    const response = answerTo(leader, voteRequest(3, 1, { epoch: 2, lastEpoch: 1, endOffset: 100, preVote: true }));
    expect(response.granted).toBe(false);
  });

  test('a node cut off from a healthy quorum does not raise the epoch of the others', () => {
    const cluster = makeCluster([1, 2, 3]);
    electLeader(cluster, 1);
    tickAll(cluster, 2);
    // Node 3 hears nothing (its inbound and outbound fetches are lost) and times out.
    const isolate = (message: Message): boolean => message.from !== 3 && message.to !== 3;
    tickAll(cluster, 60, isolate);
    const node3 = nodeOf(cluster, 3);
    expect(node3.core.status().role).toBe('prospective');
    // When it reconnects, its pre-votes are refused: the quorum keeps its epoch and leader.
    tickAll(cluster, 30);
    expect(nodeOf(cluster, 1).core.status()).toMatchObject({ role: 'leader', epoch: 1 });
    expect(nodeOf(cluster, 2).core.status().epoch).toBe(1);
    expect(node3.core.status()).toMatchObject({ role: 'follower', leader: 1, epoch: 1 });
  });

  test('a candidate whose election times out goes back to pre-vote without raising the epoch', () => {
    const cluster = makeCluster([1, 2, 3]);
    const node1 = nodeOf(cluster, 1);
    tick(node1, 10);
    deliverAll(cluster, (message) => message.type !== 'VoteRequest' || message.preVote);
    expect(node1.core.status()).toMatchObject({ role: 'candidate', epoch: 1 });
    tick(node1, 10);
    expect(node1.core.status()).toMatchObject({ role: 'prospective', epoch: 1 });
  });
});

describe('election timeouts', () => {
  test('election timeouts are drawn from [T, 2T) with the injected random', () => {
    for (const jitter of [0, 3, 9]) {
      const node = makeNode(1, { voters: [1, 2, 3], electionTimeoutTicks: 10, random: new ScriptedRandom([jitter]) });
      tick(node, 10 + jitter - 1);
      expect(node.core.status().role).toBe('unattached');
      tick(node, 1);
      expect(node.core.status().role).toBe('prospective');
    }
  });

  test('followers that hear no leader within the fetch timeout start a pre-vote', () => {
    const cluster = makeCluster([1, 2, 3], { fetchTimeoutTicks: 20 });
    electLeader(cluster, 1);
    tickAll(cluster, 2);
    const follower = nodeOf(cluster, 2);
    tickAll(cluster, 19, (message) => message.from !== 1);
    expect(follower.core.status().role).toBe('follower');
    tickAll(cluster, 2, (message) => message.from !== 1);
    // It asked for pre-votes in the leader's epoch first (and may have gone on to campaign).
    const becameProspective = eventsOf(follower, 'became-prospective');
    expect(becameProspective.map((event) => event.epoch)[0]).toBe(1);
  });

  test('a message from a newer epoch makes any node join that epoch', () => {
    const cluster = makeCluster([1, 2, 3]);
    const leader = electLeader(cluster, 1);
    leader.core.step({
      type: 'BeginQuorumEpochRequest', from: nodeId(2), to: nodeId(1), epoch: epoch(7), leaderId: nodeId(2),
    });
    expect(leader.core.status()).toMatchObject({ role: 'follower', epoch: 7, leader: 2 });
  });
});
