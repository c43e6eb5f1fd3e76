// Goal: the simulator's generator is reproducible, its named streams are independent of each
// other's consumption, and its draws respect their bounds. Method: fixed seeds and fast-check.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { Prng } from '../../sim/prng.js';

function draws(random: Prng, count: number): number[] {
  return Array.from({ length: count }, () => random.nextUint32());
}

describe('Prng', () => {
  test('the same seed yields the same sequence; another seed another one', () => {
    expect(draws(Prng.fromSeed(7), 20)).toEqual(draws(Prng.fromSeed(7), 20));
    expect(draws(Prng.fromSeed(7), 20)).not.toEqual(draws(Prng.fromSeed(8), 20));
  });

  test('a forked stream does not depend on how much the parent or a sibling consumed', () => {
    const first = Prng.fromSeed(3);
    const expected = draws(first.fork('node-1'), 10);
    const second = Prng.fromSeed(3);
    draws(second.fork('node-2'), 1000);
    expect(draws(second.fork('node-1'), 10)).toEqual(expected);
    expect(draws(Prng.fromSeed(3).fork('node-2'), 10)).not.toEqual(expected);
  });

  test('nextInt stays in [0, bound) and nextFloat in [0, 1)', () => {
    fc.assert(fc.property(fc.nat(), fc.integer({ min: 1, max: 2 ** 40 }), (seed, bound) => {
      const random = Prng.fromSeed(seed);
      for (let index = 0; index < 20; index += 1) {
        const value = random.nextInt(bound);
        expect(Number.isInteger(value) && value >= 0 && value < bound).toBe(true);
        const float = random.nextFloat();
        expect(float >= 0 && float < 1).toBe(true);
      }
    }), { numRuns: 100 });
  });

  test('nextInt rejects a bound that is not a positive integer', () => {
    expect(() => Prng.fromSeed(1).nextInt(0)).toThrow();
    expect(() => Prng.fromSeed(1).nextInt(1.5)).toThrow();
  });
});
