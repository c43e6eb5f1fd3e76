// Unit tests of observers and of voter changes (KIP-595 observers, KIP-853 dynamic voters).
// Method: clusters of RaftCore values with observer nodes; voters are added and removed through
// the leader's addVoter/removeVoter, and the tests check when the new set takes effect, when a
// second change is refused, who counts toward the high watermark and what a removed leader does.
import { describe, expect, test } from 'vitest';
import { nodeId, type Message } from '../../../raft/mod.js';
import { majorityEndOffset } from '../../../raft/quorum/high-watermark.js';
import { majorityCount, tallyVotes } from '../../../raft/quorum/majority.js';
import {
  SeededRandom, appliedData, bytes, electLeader, entry, eventsOf, flush, makeCluster, nodeOf,
  restoredLog, tickAll,
} from './helpers.js';

const without = (...ids: number[]) => (message: Message): boolean =>
  !ids.includes(message.from) && !ids.includes(message.to);

describe('observers', () => {
  test('an observer finds the leader by asking a voter', () => {
    const cluster = makeCluster([1, 2, 3], { observers: [4] });
    electLeader(cluster, 1);
    tickAll(cluster, 10);
    expect(nodeOf(cluster, 4).core.status()).toMatchObject({ role: 'follower', leader: 1, epoch: 1, isVoter: false });
  });

  test('an observer replicates the log and applies committed entries', () => {
    const cluster = makeCluster([1, 2, 3], { observers: [4] });
    const leader = electLeader(cluster, 1);
    tickAll(cluster, 10);
    leader.core.propose([bytes('a')]);
    flush(leader);
    tickAll(cluster, 3);
    expect(appliedData(nodeOf(cluster, 4))).toEqual(['a']);
  });

  test('an observer that loses its leader looks for it again instead of campaigning', () => {
    const cluster = makeCluster([1, 2, 3], { observers: [4], fetchTimeoutTicks: 20 });
    electLeader(cluster, 1);
    tickAll(cluster, 10);
    const observer = nodeOf(cluster, 4);
    tickAll(cluster, 25, without(4));
    expect(observer.core.status()).toMatchObject({ role: 'unattached', epoch: 1 });
    expect(eventsOf(observer, 'became-prospective')).toEqual([]);
  });
});

describe('membership (KIP-853)', () => {
  function readyCluster() {
    const cluster = makeCluster([1, 2, 3], { observers: [4, 5], randomFor: (id) => new SeededRandom(id) });
    const leader = electLeader(cluster, 1);
    tickAll(cluster, 10);
    return { cluster, leader };
  }

  test('a new voter set takes effect as soon as its record is appended (KIP-853)', () => {
    const { cluster, leader } = readyCluster();
    const result = leader.core.addVoter(nodeId(4));
    expect(result).toEqual({ ok: true, offset: 1 });
    expect(leader.core.status().voters).toEqual([1, 2, 3, 4]);
    expect(leader.core.status().highWatermark).toBe(1);
    flush(leader);
    tickAll(cluster, 3);
    expect(nodeOf(cluster, 4).core.status()).toMatchObject({ isVoter: true, voters: [1, 2, 3, 4] });
    expect(nodeOf(cluster, 2).core.status().voters).toEqual([1, 2, 3, 4]);
  });

  test('a second membership change waits for the first to commit', () => {
    const { cluster, leader } = readyCluster();
    expect(leader.core.addVoter(nodeId(4)).ok).toBe(true);
    expect(leader.core.addVoter(nodeId(5))).toEqual({ ok: false, error: 'CHANGE_IN_PROGRESS', leader: 1 });
    expect(leader.core.removeVoter(nodeId(3))).toMatchObject({ ok: false, error: 'CHANGE_IN_PROGRESS' });
    flush(leader);
    tickAll(cluster, 3);
    expect(leader.core.status().highWatermark).toBe(2);
    expect(leader.core.addVoter(nodeId(5)).ok).toBe(true);
  });

  test('a leader refuses a change before it committed an entry of its own epoch', () => {
    const cluster = makeCluster([1, 2, 3], { observers: [4] });
    const leader = electLeader(cluster, 1, (message) => message.type !== 'FetchRequest');
    expect(leader.core.addVoter(nodeId(4))).toMatchObject({ ok: false, error: 'LEADER_NOT_READY' });
  });

  test('a voters record truncated away gives back the previous voter set', () => {
    const { cluster, leader } = readyCluster();
    // The leader appends a voter change that never leaves it, then loses its office.
    leader.core.addVoter(nodeId(4));
    flush(leader);
    expect(leader.core.status().voters).toEqual([1, 2, 3, 4]);
    tickAll(cluster, 80, without(1));
    const newLeader = [2, 3].find((id) => nodeOf(cluster, id).core.status().role === 'leader');
    expect(newLeader).toBeDefined();
    tickAll(cluster, 20);
    expect(eventsOf(leader, 'log-truncated').length).toBeGreaterThan(0);
    expect(leader.core.status()).toMatchObject({ role: 'follower', voters: [1, 2, 3] });
  });

  test('a new voter must be caught up as an observer first (KIP-853)', () => {
    const cluster = makeCluster([1, 2, 3], { observers: [4] });
    const leader = electLeader(cluster, 1);
    tickAll(cluster, 2, without(4));
    expect(leader.core.addVoter(nodeId(4))).toMatchObject({ ok: false, error: 'VOTER_NOT_CAUGHT_UP' });
    expect(leader.core.addVoter(nodeId(9))).toMatchObject({ ok: false, error: 'VOTER_NOT_CAUGHT_UP' });
    tickAll(cluster, 10);
    expect(leader.core.addVoter(nodeId(4)).ok).toBe(true);
  });

  test('only the leader changes the voter set', () => {
    const { cluster } = readyCluster();
    expect(nodeOf(cluster, 2).core.addVoter(nodeId(4))).toEqual({ ok: false, error: 'NOT_LEADER', leader: 1 });
  });

  test('an added voter counts toward the high watermark', () => {
    const { cluster, leader } = readyCluster();
    leader.core.addVoter(nodeId(4));
    flush(leader);
    tickAll(cluster, 3);
    leader.core.propose([bytes('a')]);
    flush(leader);
    // With four voters, the leader and voter 4 alone are no majority...
    tickAll(cluster, 3, without(2, 3));
    expect(leader.core.status().highWatermark).toBe(2);
    // ...and with voter 2 as well they are.
    tickAll(cluster, 3, without(3));
    expect(leader.core.status().highWatermark).toBe(3);
  });

  test('a removed voter stops counting at once', () => {
    const { cluster, leader } = readyCluster();
    leader.core.removeVoter(nodeId(3));
    flush(leader);
    // Voters {1, 2}: both are needed, voter 3 no longer helps.
    tickAll(cluster, 3, without(2));
    expect(leader.core.status().highWatermark).toBe(1);
    tickAll(cluster, 3);
    expect(leader.core.status().highWatermark).toBe(2);
    expect(nodeOf(cluster, 3).core.status().isVoter).toBe(false);
  });

  test('a removed leader steps down after the removal commits', () => {
    const { cluster, leader } = readyCluster();
    expect(leader.core.removeVoter(nodeId(1)).ok).toBe(true);
    flush(leader);
    expect(leader.core.status().role).toBe('leader');
    tickAll(cluster, 3);
    expect(eventsOf(leader, 'resigned').at(-1)?.reason).toBe('removed-from-voters');
    tickAll(cluster, 60);
    const leaders = [2, 3].filter((id) => nodeOf(cluster, id).core.status().role === 'leader');
    expect(leaders).toHaveLength(1);
    expect(leader.core.status()).toMatchObject({ role: 'follower', isVoter: false, leader: leaders[0] });
  });

  test('a leader that appended its own removal and lost office may still campaign', () => {
    // Voters [1, 2]; node 1 led, appended "voters [2]" and restarted before it committed.
    // Node 2 cannot win (node 1's log is ahead) so node 1 must campaign, though not a voter in
    // its newest set: it is one in the committed set.
    const removal = { ...entry(1, 1, 'voters'), voters: [nodeId(2)] };
    const cluster = makeCluster([1, 2], {
      randomFor: (id) => new SeededRandom(id),
      restoredFor: (id) => id === 1
        ? restoredLog(1, [entry(0, 1, 'leader-change'), removal])
        : restoredLog(1, [entry(0, 1, 'leader-change')]),
    });
    const node1 = nodeOf(cluster, 1);
    expect(node1.core.status()).toMatchObject({ isVoter: false, voters: [2] });
    tickAll(cluster, 60);
    expect(eventsOf(node1, 'became-leader')).toHaveLength(1);
    expect(eventsOf(node1, 'resigned').at(-1)?.reason).toBe('removed-from-voters');
    expect(nodeOf(cluster, 2).core.status()).toMatchObject({ role: 'leader', voters: [2] });
  });

  test('a node that became a voter takes part in the next election', () => {
    const { cluster, leader } = readyCluster();
    leader.core.addVoter(nodeId(4));
    flush(leader);
    tickAll(cluster, 3);
    // The leader goes away; of voters {1, 2, 3, 4} the other three must elect a successor.
    tickAll(cluster, 80, without(1));
    const node4 = nodeOf(cluster, 4);
    const leads = node4.core.status().role === 'leader';
    const granted = eventsOf(node4, 'vote-answered').some((event) => event.granted && !event.preVote);
    expect(leads || granted).toBe(true);
    expect([2, 3, 4].filter((id) => nodeOf(cluster, id).core.status().role === 'leader')).toHaveLength(1);
  });
});

describe('majority math (pure)', () => {
  test('the majority end offset is the largest offset held by a majority', () => {
    expect(majorityEndOffset([10, 4, 7] as never)).toBe(7);
    expect(majorityEndOffset([10, 4, 7, 9] as never)).toBe(7);
    expect(majorityEndOffset([3] as never)).toBe(3);
  });

  test('a vote tally is won with a majority and lost when a majority refuses', () => {
    const voters = [1, 2, 3, 4].map(nodeId);
    expect(majorityCount(4)).toBe(3);
    expect(tallyVotes(voters, new Set(voters.slice(0, 2)), new Set())).toBe('pending');
    expect(tallyVotes(voters, new Set(voters.slice(0, 3)), new Set())).toBe('won');
    expect(tallyVotes(voters, new Set([nodeId(1)]), new Set(voters.slice(1, 3)))).toBe('lost');
  });
});
