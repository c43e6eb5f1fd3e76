// Goal: the reconnect backoff doubles from reconnect.backoff.ms to reconnect.backoff.max.ms
// with ±20% jitter (Kafka's KIP-144 shape), and is reproducible from a seed.
// Method: the pure function over every failure count, at the extremes of the random source
// and at a seeded stream.
import { describe, expect, test } from 'vitest';

import { DEFAULT_BACKOFF, reconnectBackoffMs } from '../../../src/net/kafka-client/backoff.js';
import type { Random } from '../../../src/runtime/seam.js';
import { Prng } from '../../../sim/prng.js';

function fixed(value: number): Random {
  return { nextFloat: () => value, nextInt: () => 0, nextBytes: (count) => new Uint8Array(count) };
}

describe('reconnect backoff', () => {
  test('without jitter it doubles from the base and stops at the ceiling', () => {
    const middle = fixed(0.5);
    const waits = [1, 2, 3, 4, 5, 6, 40].map((failures) => reconnectBackoffMs(failures, DEFAULT_BACKOFF, middle));
    expect(waits).toEqual([50, 100, 200, 400, 800, 1000, 1000]);
  });

  test('jitter stays within 20% on either side', () => {
    expect(reconnectBackoffMs(1, DEFAULT_BACKOFF, fixed(0))).toBe(40);
    expect(reconnectBackoffMs(1, DEFAULT_BACKOFF, fixed(0.999999))).toBe(60);
    expect(reconnectBackoffMs(30, DEFAULT_BACKOFF, fixed(0.999999))).toBe(1200);
  });

  test('the same seed gives the same waits', () => {
    const draw = (): number[] => {
      const random = Prng.fromSeed(7);
      return [1, 2, 3, 4].map((failures) => reconnectBackoffMs(failures, DEFAULT_BACKOFF, random));
    };
    expect(draw()).toEqual(draw());
  });

  test('a backoff without a failure is a bug', () => {
    expect(() => reconnectBackoffMs(0, DEFAULT_BACKOFF, fixed(0.5))).toThrow();
  });
});
