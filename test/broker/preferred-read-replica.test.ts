// The KIP-392 choice of read replica (src/broker/partition/preferred-read-replica.ts): a
// consumer goes to a fit replica of its own rack, the leader when the leader is in it or none fits.
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { preferredReadReplica, type ReadReplicaChoice } from '../../src/broker/partition/preferred-read-replica.js';

const base: ReadReplicaChoice = {
  clientRack: 'west', fetchOffset: 10, leaderRack: 'east', nowMs: 100_000, lagTimeMaxMs: 30_000,
  followers: [
    { replicaId: 2, rack: 'west', logEndOffset: 12, lastCaughtUpTimeMs: 99_000 },
    { replicaId: 3, rack: 'north', logEndOffset: 20, lastCaughtUpTimeMs: 99_500 },
  ],
};

describe('preferredReadReplica', () => {
  test('a fit follower of the consumer\'s rack is chosen; no rack, or the leader\'s rack, reads the leader', () => {
    expect(preferredReadReplica(base)).toBe(2);
    expect(preferredReadReplica({ ...base, clientRack: '' })).toBeUndefined();
    expect(preferredReadReplica({ ...base, clientRack: 'east' })).toBeUndefined();
    expect(preferredReadReplica({ ...base, clientRack: 'south' })).toBeUndefined();
  });

  test('a follower that lacks the fetch offset, never fetched, or lags too long is not fit', () => {
    const only = (follower: ReadReplicaChoice['followers'][number]): ReadReplicaChoice => ({ ...base, followers: [follower] });
    expect(preferredReadReplica(only({ replicaId: 2, rack: 'west', logEndOffset: 9, lastCaughtUpTimeMs: 99_000 }))).toBeUndefined();
    expect(preferredReadReplica(only({ replicaId: 2, rack: 'west', logEndOffset: undefined, lastCaughtUpTimeMs: 99_000 })))
      .toBeUndefined();
    expect(preferredReadReplica(only({ replicaId: 2, rack: 'west', logEndOffset: 12, lastCaughtUpTimeMs: 69_999 })))
      .toBeUndefined();
    expect(preferredReadReplica(only({ replicaId: 2, rack: 'west', logEndOffset: 10, lastCaughtUpTimeMs: 70_000 }))).toBe(2);
  });

  test('among fit followers of the rack: the furthest log end, then the latest caught up, then the lowest id', () => {
    const followers = [
      { replicaId: 5, rack: 'west', logEndOffset: 15, lastCaughtUpTimeMs: 99_000 },
      { replicaId: 4, rack: 'west', logEndOffset: 15, lastCaughtUpTimeMs: 99_000 },
      { replicaId: 6, rack: 'west', logEndOffset: 15, lastCaughtUpTimeMs: 99_900 },
      { replicaId: 7, rack: 'west', logEndOffset: 14, lastCaughtUpTimeMs: 99_999 },
    ];
    expect(preferredReadReplica({ ...base, followers })).toBe(6);
    expect(preferredReadReplica({ ...base, followers: followers.filter((follower) => follower.replicaId !== 6) })).toBe(4);
  });

  test('whatever the followers, the choice is a fit follower of the consumer\'s rack or the leader', () => {
    const follower = fc.record({ replicaId: fc.integer({ min: 2, max: 9 }), rack: fc.constantFrom('west', 'east', null),
      logEndOffset: fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }),
      lastCaughtUpTimeMs: fc.integer({ min: 0, max: 100_000 }) });
    fc.assert(fc.property(fc.array(follower, { maxLength: 5 }), fc.integer({ min: 0, max: 20 }), (followers, fetchOffset) => {
      const choice = { ...base, followers, fetchOffset };
      const chosen = preferredReadReplica(choice);
      if (chosen === undefined) return;
      expect(followers.some((candidate) => candidate.replicaId === chosen && candidate.rack === 'west' &&
        (candidate.logEndOffset ?? -1) >= fetchOffset && base.nowMs - candidate.lastCaughtUpTimeMs <= base.lagTimeMaxMs)).toBe(true);
    }));
  });
});
