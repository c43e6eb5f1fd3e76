// Goal: the leader's ISR rules (Kafka's Replica.updateFetchState and Partition's ISR checks): a
// follower is caught up when it fetches from the leader's log end (or from the log end the
// leader had at its previous fetch), leaves the ISR once not caught up for longer than
// replica.lag.time.max.ms, and may join it once it holds the high watermark and the start of
// the current leader epoch. Method: the pure functions, with fast-check for monotonicity.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  afterFollowerFetch, initialFollowerState, isCaughtUpToJoin, outOfSyncFollowers,
} from '../../../src/broker/partition/isr-membership.js';

describe('ISR membership', () => {
  test('a fetch from the leader\'s log end is caught up; one behind is not', () => {
    const start = initialFollowerState(2, 0);
    const caughtUp = afterFollowerFetch(start, { fetchOffset: 10, nowMs: 100, leaderLogEndOffset: 10, brokerEpoch: 5 });
    expect(caughtUp).toMatchObject({ logEndOffset: 10, lastCaughtUpTimeMs: 100, brokerEpoch: 5 });
    const behind = afterFollowerFetch(caughtUp, { fetchOffset: 10, nowMs: 200, leaderLogEndOffset: 15, brokerEpoch: 5 });
    // It holds everything the leader had at the previous fetch: caught up as of then.
    expect(behind.lastCaughtUpTimeMs).toBe(100);
    const stillBehind = afterFollowerFetch(behind, { fetchOffset: 12, nowMs: 300, leaderLogEndOffset: 20, brokerEpoch: 5 });
    expect(stillBehind.lastCaughtUpTimeMs).toBe(100);
  });

  test('the last caught-up time never goes back', () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.nat(50), fc.nat(50)), { maxLength: 30 }), (fetches) => {
      let state = initialFollowerState(2, 0);
      let nowMs = 0;
      for (const [offset, lead] of fetches) {
        nowMs += 10;
        const before = state.lastCaughtUpTimeMs;
        state = afterFollowerFetch(state, { fetchOffset: Math.min(offset, lead), nowMs, leaderLogEndOffset: lead, brokerEpoch: 1 });
        expect(state.lastCaughtUpTimeMs).toBeGreaterThanOrEqual(before);
        expect(state.lastCaughtUpTimeMs).toBeLessThanOrEqual(nowMs);
      }
    }));
  });

  test('out of sync only after replica.lag.time.max.ms without catching up', () => {
    const fresh = { ...initialFollowerState(2, 0), lastCaughtUpTimeMs: 1_000 };
    const stale = { ...initialFollowerState(3, 0), lastCaughtUpTimeMs: 0 };
    expect(outOfSyncFollowers([fresh, stale], { nowMs: 30_000, lagTimeMaxMs: 30_000 })).toEqual([]);
    expect(outOfSyncFollowers([fresh, stale], { nowMs: 30_001, lagTimeMaxMs: 30_000 })).toEqual([3]);
  });

  test('joins once at the high watermark and the leader epoch\'s start offset', () => {
    const at = (logEndOffset: number | undefined) => ({ ...initialFollowerState(2, 0), logEndOffset });
    expect(isCaughtUpToJoin(at(undefined), { highWatermark: 0, leaderEpochStartOffset: 0 })).toBe(false);
    expect(isCaughtUpToJoin(at(9), { highWatermark: 10, leaderEpochStartOffset: 5 })).toBe(false);
    expect(isCaughtUpToJoin(at(10), { highWatermark: 10, leaderEpochStartOffset: 12 })).toBe(false);
    expect(isCaughtUpToJoin(at(12), { highWatermark: 10, leaderEpochStartOffset: 12 })).toBe(true);
  });
});
