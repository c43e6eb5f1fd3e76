// Goal: the truncation rules by leader epoch (KIP-101, KIP-279) make a follower's log a prefix
// of its leader's without ever cutting a record the two agree on, for any pair of histories a
// run of leader changes can leave behind; and a follower is never truncated merely to its high
// watermark. Method: fast-check draws a shared prefix and two tails as Kafka's leader changes
// produce them (the follower's tail written in an epoch the new leader never had); the leader's
// divergence check (checkDivergence) and the follower's truncation (truncationPoint) run over
// storage's real LeaderEpochCache until the leader finds no divergence.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { LeaderEpochCache } from '../../../storage/mod.js';
import { checkDivergence, truncationPoint } from '../../../src/broker/partition/truncation-point.js';

/** A log as the epoch of each offset (one record per batch). */
type EpochLog = number[];

function cacheOf(log: EpochLog): LeaderEpochCache {
  const cache = new LeaderEpochCache();
  log.forEach((epoch, offset) => { cache.assign(epoch, offset); });
  return cache;
}

/** Runs fetch → divergence → truncation until the leader is satisfied; returns the follower's log. */
function reconcile(leader: EpochLog, follower: EpochLog): EpochLog {
  let log = [...follower];
  for (let round = 0; round < 64; round += 1) {
    const lastFetchedEpoch = log.length === 0 ? -1 : log[log.length - 1] as number;
    const check = checkDivergence({ fetchOffset: log.length, lastFetchedEpoch },
      { epochEnd: cacheOf(leader).endOffsetFor(lastFetchedEpoch, leader.length), logEndOffset: leader.length });
    if (!check.diverging) return log;
    const point = truncationPoint(check, { epochEnd: cacheOf(log).endOffsetFor(check.epoch, log.length), logEndOffset: log.length });
    expect(point.offset).toBeLessThanOrEqual(log.length);
    log = log.slice(0, point.offset);
  }
  throw new Error('no agreement in 64 rounds');
}

const nondecreasing = (from: number, maxLength: number): fc.Arbitrary<number[]> =>
  fc.array(fc.integer({ min: 0, max: 3 }), { maxLength }).map((steps) => {
    let epoch = from;
    return steps.map((step) => (epoch += step));
  });

/** A shared prefix, the follower's tail in epoch ≥ the prefix's last, the leader's tail in later epochs. */
const histories = fc.tuple(nondecreasing(0, 12), fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 6 }),
  fc.integer({ min: 1, max: 3 }), fc.integer({ min: 0, max: 6 }))
  .chain(([prefix, bump, followerTail, leap, leaderTail]) => {
    const tailEpoch = (prefix[prefix.length - 1] ?? 0) + bump;
    return nondecreasing(tailEpoch + leap, leaderTail).map((leaderRest) => ({
      prefix,
      follower: [...prefix, ...Array.from({ length: followerTail }, () => tailEpoch)],
      leader: [...prefix, ...leaderRest],
    }));
  });

describe('truncation by leader epoch (KIP-101, KIP-279)', () => {
  test('the follower ends as a prefix of the leader and keeps every record they share', () => {
    fc.assert(fc.property(histories, ({ prefix, follower, leader }) => {
      const kept = reconcile(leader, follower);
      expect(kept).toEqual(leader.slice(0, kept.length));
      expect(kept.length).toBeGreaterThanOrEqual(Math.min(prefix.length, follower.length));
    }), { numRuns: 500 });
  });

  test('KIP-101: a follower whose high watermark lags keeps the records above it that the leader has', () => {
    // Leader and follower both hold offsets 0-4 of epoch 0; the follower's high watermark is 2.
    const log = [0, 0, 0, 0, 0];
    const check = checkDivergence({ fetchOffset: 5, lastFetchedEpoch: 0 }, { epochEnd: { epoch: 0, endOffset: 5 }, logEndOffset: 5 });
    expect(check.diverging).toBe(false);
    expect(reconcile(log, log)).toEqual(log);
  });

  test('KIP-279: two quick failovers leave equal offsets with different epochs; the follower cuts at the epoch boundary', () => {
    // The follower wrote offset 2 in epoch 1 and lost it; the leader wrote its own offset 2 in epoch 2.
    expect(reconcile([0, 0, 2, 2], [0, 0, 1])).toEqual([0, 0]);
  });

  test('a leader with an empty log makes the follower empty', () => {
    expect(reconcile([], [0, 0, 1])).toEqual([]);
  });

  test('no check before the follower has an epoch', () => {
    expect(checkDivergence({ fetchOffset: 0, lastFetchedEpoch: -1 }, { epochEnd: { epoch: -1, endOffset: -1 }, logEndOffset: 9 }))
      .toEqual({ diverging: false });
  });
});
