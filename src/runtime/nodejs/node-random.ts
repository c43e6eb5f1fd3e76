// The runtime seam's `Random` on Node: crypto-quality randomness from node:crypto. Part of
// src/runtime/nodejs/. Production nodes need unpredictable election jitter and ids; the simulator
// uses a seeded generator instead (sim/prng.ts).
import assert from 'node:assert/strict';
import { randomBytes, randomInt } from 'node:crypto';
import type { Random } from '../seam.js';

export class NodeRandom implements Random {
  nextInt(bound: number): number {
    assert(Number.isSafeInteger(bound) && bound > 0, `bound must be a positive integer, got ${bound}`);
    // randomInt accepts ranges below 2^48; larger bounds combine a float draw.
    if (bound <= 2 ** 48 - 1) return randomInt(bound);
    return Math.floor(this.nextFloat() * bound);
  }

  nextFloat(): number {
    const bytes = randomBytes(7);
    let value = 0;
    for (const byte of bytes) value = value * 256 + byte;
    return (value % 2 ** 53) / 2 ** 53;
  }

  nextBytes(byteCount: number): Uint8Array {
    assert(Number.isSafeInteger(byteCount) && byteCount >= 0, `bad byte count ${byteCount}`);
    return new Uint8Array(randomBytes(byteCount));
  }
}
