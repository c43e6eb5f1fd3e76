// Decoder fuzzing for every schema and version: random bytes, and mutations of valid encodings
// (bytes overwritten, length fields forged to huge or negative values, truncation, insertion),
// must either decode or fail with `ProtocolDecodeError`; any other exception (RangeError from a
// DataView, TypeError, an out-of-memory from a forged count) is a crash. A negative control shows
// the property catches a decoder that reads without checking.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';

import { decodeRequestFrame } from '../../src/protocol/mod.js';
import { ProtocolDecodeError } from '../../src/protocol/primitives/errors.js';
import { Reader } from '../../src/protocol/primitives/reader.js';
import { Writer } from '../../src/protocol/primitives/writer.js';
import { messageArbitrary } from './support/arbitraries.js';
import { loadSchemaCodecs, versionsOf } from './support/schemas.js';

const codecs = await loadSchemaCodecs();
// The same count in CI as locally (CI is where it counts); WEIR_PROTOCOL_RUNS raises it for a soak.
const numRuns = Number(process.env['WEIR_PROTOCOL_RUNS'] ?? 25);

/** Runs `decode`; returns normally when it succeeded or failed with a ProtocolDecodeError. */
function decodesSafely(decode: (bytes: Uint8Array) => unknown, bytes: Uint8Array): boolean {
  try {
    decode(bytes);
    return true;
  } catch (error) {
    if (error instanceof ProtocolDecodeError) return true;
    throw error;
  }
}

type Mutation =
  | { kind: 'overwrite'; at: number; byte: number }
  | { kind: 'forge-length'; at: number; value: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'insert'; at: number; bytes: Uint8Array };

const mutationArbitrary: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('overwrite' as const), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constant('forge-length' as const), at: fc.nat(), value: fc.constantFrom(-2, -1, 0x7fff, 0x7fffffff, 0xffffffff, 0x10000) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 4 }) }),
);

function mutate(bytes: Uint8Array, mutations: readonly Mutation[]): Uint8Array {
  let result = bytes.slice();
  for (const mutation of mutations) {
    const at = result.length === 0 ? 0 : mutation.at % result.length;
    switch (mutation.kind) {
      case 'overwrite':
        if (result.length > 0) result[at] = mutation.byte;
        break;
      case 'forge-length': {
        if (result.length < 4) break;
        const start = Math.min(at, result.length - 4);
        new DataView(result.buffer, result.byteOffset).setUint32(start, mutation.value >>> 0);
        break;
      }
      case 'truncate':
        result = result.subarray(0, at);
        break;
      case 'insert':
        result = new Uint8Array([...result.subarray(0, at), ...mutation.bytes, ...result.subarray(at)]);
        break;
      default: {
        const unexpected: never = mutation;
        throw new Error(`unknown mutation ${JSON.stringify(unexpected)}`);
      }
    }
  }
  return result;
}

describe('decoding untrusted bytes never crashes', () => {
  for (const codec of codecs) {
    test(`${codec.folder}/${codec.message.name}: random and mutated bytes decode or raise ProtocolDecodeError`, () => {
      for (const version of versionsOf(codec.message)) {
        const decode = (bytes: Uint8Array): unknown => codec.read(new Reader(bytes), version);
        fc.assert(fc.property(fc.uint8Array({ maxLength: 48 }), (bytes) => decodesSafely(decode, bytes)), { numRuns, seed: 7 });
        const encodings = messageArbitrary(codec.message, version).map((value) => {
          const writer = new Writer(64);
          codec.write(writer, value, version);
          return writer.finish().slice();
        });
        fc.assert(
          fc.property(encodings, fc.array(mutationArbitrary, { minLength: 1, maxLength: 3 }), (bytes, mutations) =>
            decodesSafely(decode, mutate(bytes, mutations))),
          { numRuns, seed: 11 },
        );
      }
    });
  }

  test('whole request frames with a valid header prefix decode or raise ProtocolDecodeError', () => {
    const frame = fc.tuple(fc.integer({ min: -1, max: 90 }), fc.integer({ min: -1, max: 20 }), fc.uint8Array({ maxLength: 64 }))
      .map(([apiKey, apiVersion, rest]) => {
        const bytes = new Uint8Array(4 + rest.length);
        const view = new DataView(bytes.buffer);
        view.setInt16(0, apiKey);
        view.setInt16(2, apiVersion);
        bytes.set(rest, 4);
        return bytes;
      });
    fc.assert(fc.property(frame, (bytes) => decodesSafely(decodeRequestFrame, bytes)), { numRuns: 2000, seed: 3 });
  });

  test('negative control: the property flags a decoder that reads without checking lengths', () => {
    const unchecked = (bytes: Uint8Array): unknown => {
      const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      const count = view.getInt32(0);
      return new Array(count).fill(view.getInt32(4));
    };
    const result = fc.check(fc.property(fc.uint8Array({ maxLength: 12 }), (bytes) => decodesSafely(unchecked, bytes)), { numRuns: 200, seed: 1 });
    expect(result.failed).toBe(true);
  });
});
