// Shared helpers of the storage tests: a seeded generator, a settable clock, a fresh simulated
// disk, and record batches built with the codec under test.
import { SimDisk } from '../../sim/sim-disk.js';
import { encodeRecordBatch } from '../../storage/mod.js';
import type { CompressionType } from '../../storage/mod.js';

/** A deterministic generator (linear congruential) for tests that need one. */
export function seededRandom(seed: number): { nextInt(bound: number): number } {
  let state = seed >>> 0;
  return {
    nextInt(bound: number): number {
      state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
      return Math.floor((state / 0x1_0000_0000) * bound);
    },
  };
}

/** A clock the test moves by hand. */
export class ManualClock {
  constructor(public nowMs = 1_700_000_000_000) {}
  now(): number {
    return this.nowMs;
  }
}

/** A simulated disk with a durable `/data` directory. */
export async function freshDisk(seed = 1): Promise<SimDisk> {
  const disk = new SimDisk({ random: seededRandom(seed) });
  await disk.makeDirectory('/data');
  await disk.syncDirectory('/');
  return disk;
}

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
export const fromUtf8 = (bytes: Uint8Array | null): string | null =>
  bytes === null ? null : new TextDecoder().decode(bytes);

/** A batch of `recordCount` records whose values name `tag` and their index. */
export function makeBatch(tag: string, recordCount: number, options: {
  timestampMs?: number; compression?: CompressionType; valueBytes?: number;
} = {}): Uint8Array {
  const timestampMs = options.timestampMs ?? 1_700_000_000_000;
  const records = Array.from({ length: recordCount }, (_, recordIndex) => ({
    key: utf8(`${tag}-key-${recordIndex}`),
    value: utf8(`${tag}-${recordIndex}`.padEnd(options.valueBytes ?? 0, '.')),
    timestampMs: timestampMs + recordIndex,
  }));
  return encodeRecordBatch({ records, compression: options.compression ?? 'none' });
}
