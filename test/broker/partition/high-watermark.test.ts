// Goal: the leader's high watermark is the lowest log end over the in-sync replicas, never moves
// back, never passes the leader's log end, and holds still while an ISR follower has not been
// heard from in this leader epoch; a follower's high watermark never passes its own log end.
// Method: fast-check against a naive reference, plus the named cases.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { followerHighWatermark, nextHighWatermark } from '../../../src/broker/partition/high-watermark.js';

describe('high watermark', () => {
  test('matches max(current, min over the ISR) and stays within [current, leader log end]', () => {
    fc.assert(fc.property(fc.nat(1000), fc.nat(1000), fc.array(fc.option(fc.nat(1200), { nil: undefined }), { maxLength: 5 }),
      (a, b, followers) => {
        const [current, leaderLogEndOffset] = a <= b ? [a, b] : [b, a];
        const next = nextHighWatermark({ current, leaderLogEndOffset, followerLogEndOffsets: followers });
        const reference = followers.some((end) => end === undefined) ? current
          : Math.max(current, Math.min(leaderLogEndOffset, ...followers.map((end) => end as number)));
        expect(next).toBe(reference);
        expect(next).toBeGreaterThanOrEqual(current);
        expect(next).toBeLessThanOrEqual(leaderLogEndOffset);
      }));
  });

  test('one replica: the high watermark is the log end', () => {
    expect(nextHighWatermark({ current: 0, leaderLogEndOffset: 7, followerLogEndOffsets: [] })).toBe(7);
  });

  test('a follower not heard from in this epoch holds it', () => {
    expect(nextHighWatermark({ current: 3, leaderLogEndOffset: 9, followerLogEndOffsets: [9, undefined] })).toBe(3);
  });

  test('a current value past the log end is refused', () => {
    expect(() => nextHighWatermark({ current: 5, leaderLogEndOffset: 4, followerLogEndOffsets: [] })).toThrow(RangeError);
  });

  test('a follower takes the leader\'s, bounded by its own log end', () => {
    expect(followerHighWatermark(10, 6)).toBe(6);
    expect(followerHighWatermark(4, 6)).toBe(4);
    expect(followerHighWatermark(-1, 6)).toBe(0);
  });
});
