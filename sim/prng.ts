// The simulator's seeded pseudo-random generator (sfc32, a small fast counter generator) and the
// way one run seed is split into independent streams. Every random choice of a simulation comes
// from a stream derived here, so a run is a pure function of its seed (simulation.md §6.3 rule 2).
//
// Streams are derived by name ("network", "node-3", "nemesis") rather than drawn one after another
// from a single generator, so that a change in how much randomness one component consumes does not
// shift the choices of every other component: a failing seed keeps meaning the same schedule while
// the code around it changes.
import assert from 'node:assert/strict';
import type { Random } from '../src/runtime/seam.js';

const twoToThe32 = 4294967296;

/** Mixes a 32-bit value (the murmur3 finalizer); used to spread seeds and names over all bits. */
function mix32(value: number): number {
  let x = value | 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/** A 32-bit hash of a string (FNV-1a), used to name streams. */
function hashName(name: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < name.length; index += 1) {
    hash ^= name.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * A seeded generator implementing the runtime seam's `Random`.
 *
 * @example
 * const random = Prng.fromSeed(42).fork('node-1');
 * random.nextInt(6); // the same value on every run with seed 42
 */
export class Prng implements Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  private constructor(a: number, b: number, c: number, d: number) {
    this.a = a | 0;
    this.b = b | 0;
    this.c = c | 0;
    this.d = d | 0;
    // sfc32 is weak for its first outputs; discarding a few is the documented warm-up.
    for (let round = 0; round < 12; round += 1) this.nextUint32();
  }

  /** A generator for a run seed. Precondition: the seed is a non-negative safe integer. */
  static fromSeed(seed: number): Prng {
    assert(Number.isSafeInteger(seed), `seed must be a safe integer, got ${seed}`);
    assert(seed >= 0, `seed must not be negative, got ${seed}`);
    const low = seed % twoToThe32;
    const high = Math.floor(seed / twoToThe32);
    return new Prng(mix32(low ^ 0x9e3779b9), mix32(high + 0x632be5ab), mix32(low + 0x7f4a7c15), 1);
  }

  /** An independent stream named `name`; the parent's own sequence is not advanced. */
  fork(name: string): Prng {
    const salt = hashName(name);
    return new Prng(mix32(this.a ^ salt), mix32(this.b + salt), mix32(this.c ^ mix32(salt)), 1);
  }

  /** The next uniform 32-bit unsigned integer. */
  nextUint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** A uniform float in [0, 1) with 53 random bits. */
  nextFloat(): number {
    const high = this.nextUint32() >>> 5;
    const low = this.nextUint32() >>> 6;
    return (high * 67108864 + low) / 9007199254740992;
  }

  /** A uniform integer in [0, bound). Precondition: bound is a positive safe integer. */
  nextInt(bound: number): number {
    assert(Number.isSafeInteger(bound) && bound > 0, `bound must be a positive integer, got ${bound}`);
    if (bound <= twoToThe32) return Math.floor((this.nextUint32() / twoToThe32) * bound);
    return Math.floor(this.nextFloat() * bound);
  }

  /** An integer in [low, high], both inclusive. */
  nextIntBetween(low: number, high: number): number {
    assert(high >= low, `empty range [${low}, ${high}]`);
    return low + this.nextInt(high - low + 1);
  }

  /** True with probability `probability`. */
  chance(probability: number): boolean {
    return probability > 0 && this.nextFloat() < probability;
  }

  /** An exponentially distributed value with the given mean (for delays). */
  nextExponential(mean: number): number {
    return -Math.log(1 - this.nextFloat()) * mean;
  }

  /** One element of a non-empty array. */
  pick<T>(items: readonly T[]): T {
    assert(items.length > 0, 'cannot pick from an empty array');
    return items[this.nextInt(items.length)] as T;
  }

  /** A shuffled copy (Fisher-Yates). */
  shuffled<T>(items: readonly T[]): T[] {
    const copy = items.slice();
    for (let index = copy.length - 1; index > 0; index -= 1) {
      const other = this.nextInt(index + 1);
      const swap = copy[index] as T;
      copy[index] = copy[other] as T;
      copy[other] = swap;
    }
    return copy;
  }

  nextBytes(byteCount: number): Uint8Array {
    assert(Number.isSafeInteger(byteCount) && byteCount >= 0, `bad byte count ${byteCount}`);
    const bytes = new Uint8Array(byteCount);
    for (let index = 0; index < byteCount; index += 4) {
      let word = this.nextUint32();
      for (let shift = 0; shift < 4 && index + shift < byteCount; shift += 1) {
        bytes[index + shift] = word & 0xff;
        word >>>= 8;
      }
    }
    return bytes;
  }

  /** A fingerprint of the generator state (FoundationDB's "unseed"), for determinism checks. */
  fingerprint(): number {
    return mix32(this.a ^ mix32(this.b ^ mix32(this.c ^ mix32(this.d))));
  }
}
