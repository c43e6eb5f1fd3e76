// A digest of a metadata image that depends on its content only, not on the order its maps were
// filled in (a node that restored a snapshot fills them in another order than one that replayed
// the log). Part of sim/cluster/, for the image-agreement checker, which digests every image of
// every node: so it is built for speed. Two 32-bit lanes; maps are summed over their entries'
// mixed digests (order-free), arrays and object fields folded in order (object keys sorted).
// Images are persistent values (metadata-image.ts): an unchanged topic, broker or partition keeps
// its identity from one image to the next, so the digest of every object is computed once and
// kept by identity, and a new image costs only what changed plus one pass over its maps.
import type { MetadataImage } from '../../src/metadata/image/metadata-image.js';

/** A 64-bit digest as two 32-bit lanes. */
interface Digest {
  readonly low: number;
  readonly high: number;
}

const byIdentity = new WeakMap<object, Digest>();
/** Seeds that keep values of different kinds apart (a map never digests like an array). */
const tags = { null: 0x9e3779b9, map: 0x85ebca6b, array: 0xc2b2ae35, object: 0x27d4eb2f, bigint: 0x165667b1, bytes: 0xd3a2646c } as const;

/** Folds one 32-bit value into a lane (FNV-1a style step on a whole word). */
function fold(lane: number, value: number, prime: number): number {
  return Math.imul(lane ^ value, prime);
}

/** A well-mixed 32-bit value (murmur3's finalizer), so sums of entries do not cancel. */
function mix(value: number): number {
  let x = value ^ (value >>> 16);
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  return x ^ (x >>> 16);
}

function digestText(text: string, tag: number): Digest {
  let low = 0x811c9dc5 ^ tag;
  let high = 0xcbf29ce4 ^ text.length;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    low = Math.imul(low ^ code, 0x01000193);
    high = Math.imul(high ^ code, 0x5bd1e995);
  }
  return { low, high };
}

function digestOf(value: unknown): Digest {
  if (value === null || value === undefined) return { low: tags.null, high: tags.null };
  switch (typeof value) {
    case 'string':
      return digestText(value, 1);
    case 'number':
      return Number.isInteger(value) && Math.abs(value) <= 0x7fffffff
        ? { low: mix(value | 0), high: mix((value | 0) ^ 0x5bd1e995) } : digestText(String(value), 2);
    case 'boolean':
      return { low: value ? 3 : 5, high: value ? 7 : 11 };
    case 'bigint':
      return digestText(String(value), tags.bigint);
    case 'object':
      return digestObject(value);
    default:
      return digestText(String(value), 13);
  }
}

function digestObject(value: object): Digest {
  const known = byIdentity.get(value);
  if (known !== undefined) return known;
  let low: number;
  let high: number;
  if (value instanceof Uint8Array) {
    low = tags.bytes ^ value.length;
    high = tags.bytes;
    for (let index = 0; index < value.length; index += 1) {
      low = fold(low, value[index] as number, 0x01000193);
      high = fold(high, value[index] as number, 0x5bd1e995);
    }
  } else if (value instanceof Map) {
    // Order-free: the sum of each entry's mixed digest.
    low = 0;
    high = 0;
    for (const [key, item] of value) {
      const keyDigest = digestOf(key);
      const itemDigest = digestOf(item);
      low = (low + mix(fold(keyDigest.low, itemDigest.low, 0x01000193))) | 0;
      high = (high + mix(fold(keyDigest.high, itemDigest.high, 0x5bd1e995))) | 0;
    }
    low = fold(low, tags.map ^ value.size, 0x01000193);
    high = fold(high, tags.map, 0x5bd1e995);
  } else if (Array.isArray(value)) {
    low = tags.array ^ value.length;
    high = tags.array;
    for (const item of value) {
      const itemDigest = digestOf(item);
      low = fold(low, itemDigest.low, 0x01000193);
      high = fold(high, itemDigest.high, 0x5bd1e995);
    }
  } else {
    low = tags.object;
    high = tags.object;
    for (const key of Object.keys(value).sort()) {
      const keyDigest = digestText(key, 17);
      const itemDigest = digestOf((value as Record<string, unknown>)[key]);
      low = fold(fold(low, keyDigest.low, 0x01000193), itemDigest.low, 0x01000193);
      high = fold(fold(high, keyDigest.high, 0x5bd1e995), itemDigest.high, 0x5bd1e995);
    }
  }
  const digest = { low, high };
  byIdentity.set(value, digest);
  return digest;
}

/** The image's content digest as 16 hexadecimal digits. */
export function digestImage(image: MetadataImage): string {
  const { low, high } = digestOf(image);
  return (high >>> 0).toString(16).padStart(8, '0') + (low >>> 0).toString(16).padStart(8, '0');
}
