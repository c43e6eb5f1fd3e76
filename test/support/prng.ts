// A small seeded pseudo-random generator for tests and benchmarks: SFC32 ("small fast chaotic",
// Chris Doty-Humphrey's design from the PractRand suite), seeded through SplitMix32 so that
// neighbouring seeds give unrelated streams. Test harnesses use it to make every random choice
// (election timeouts, which message to deliver, which fault to inject) replayable from one
// number. It is structurally compatible with the `Random` that raft/ and src/runtime/seam.ts take.
import assert from 'node:assert/strict';

/** Largest bound `nextInt` accepts: the generator produces 32 random bits per draw. */
const maximumBound = 2 ** 32;

/**
 * A deterministic generator of 32-bit words. The same seed always yields the same sequence.
 *
 * @example
 * const random = new SeededRandom(42);
 * const die = random.nextInt(6) + 1; // 1..6, the same on every run with seed 42
 */
export class SeededRandom {
  // Invariant: all four words are unsigned 32-bit integers; `counter` increments by one per draw.
  #a: number;
  #b: number;
  #c: number;
  #counter: number;

  /** @param seed any safe integer; only its low 32 bits and the high bits folded in matter. */
  constructor(seed: number) {
    assert.ok(Number.isSafeInteger(seed), `seed must be a safe integer, got ${seed}`);
    // SplitMix32 spreads the seed's bits over the state, so seeds 1, 2, 3 start far apart.
    let mixer = (seed ^ Math.floor(seed / maximumBound)) >>> 0;
    const nextMixed = (): number => {
      mixer = (mixer + 0x9e3779b9) >>> 0;
      let z = mixer;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.#a = nextMixed();
    this.#b = nextMixed();
    this.#c = nextMixed();
    this.#counter = 1;
    // The first outputs of a freshly seeded chaotic generator are still correlated with the seed.
    for (let round = 0; round < 12; round++) this.nextUint32();
  }

  /** One uniformly distributed unsigned 32-bit integer. */
  nextUint32(): number {
    const result = (((this.#a + this.#b) >>> 0) + this.#counter) >>> 0;
    this.#counter = (this.#counter + 1) >>> 0;
    this.#a = (this.#b ^ (this.#b >>> 9)) >>> 0;
    this.#b = (this.#c + (this.#c << 3)) >>> 0;
    this.#c = ((this.#c << 21) | (this.#c >>> 11)) >>> 0;
    this.#c = (this.#c + result) >>> 0;
    return result;
  }

  /**
   * A uniformly distributed integer in [0, bound). Rejection sampling removes the modulo bias.
   * @param bound exclusive upper limit, an integer in [1, 2^32]
   */
  nextInt(bound: number): number {
    assert.ok(Number.isInteger(bound), `bound must be an integer, got ${bound}`);
    assert.ok(bound >= 1 && bound <= maximumBound, `bound out of range: ${bound}`);
    const limit = maximumBound - (maximumBound % bound);
    for (;;) {
      const word = this.nextUint32();
      if (word < limit) return word % bound;
    }
  }

  /** A float in [0, 1) with 32 bits of randomness. */
  nextFloat(): number {
    return this.nextUint32() / maximumBound;
  }

  /** `true` with the given probability in [0, 1]. */
  chance(probability: number): boolean {
    assert.ok(probability >= 0 && probability <= 1, `probability out of range: ${probability}`);
    return this.nextFloat() < probability;
  }

  /** `n` random bytes. */
  nextBytes(n: number): Uint8Array {
    assert.ok(Number.isInteger(n) && n >= 0, `byte count must be a non-negative integer: ${n}`);
    const bytes = new Uint8Array(n);
    for (let index = 0; index < n; index++) bytes[index] = this.nextUint32() & 0xff;
    return bytes;
  }

  /** One element of a non-empty array, chosen uniformly. */
  pick<T>(items: readonly T[]): T {
    assert.ok(items.length > 0, 'cannot pick from an empty array');
    return items[this.nextInt(items.length)] as T;
  }

  /** A new generator whose stream is independent of this one's future draws. */
  fork(): SeededRandom {
    return new SeededRandom(this.nextUint32() * 2 + 1);
  }
}
