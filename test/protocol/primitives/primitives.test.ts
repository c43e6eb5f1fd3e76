// The hand-written primitives: varints against a naive reference (BigInt arithmetic), zig-zag
// round trips, and the reader's gatekeeping of untrusted lengths and counts: a forged count or
// length larger than the bytes left fails with a typed error before anything is allocated.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';

import { int64ToSafeNumber, uuidFromBytes, uuidToBytes } from '../../../src/protocol/entity-types.js';
import { ProtocolEncodeError } from '../../../src/protocol/primitives/errors.js';
import { Reader } from '../../../src/protocol/primitives/reader.js';
import {
  readUnsignedVarint, readUnsignedVarlong, unsignedVarintBytes, writeUnsignedVarint, writeUnsignedVarlong,
  zigZagDecode32, zigZagDecode64, zigZagEncode32, zigZagEncode64,
} from '../../../src/protocol/primitives/varint.js';
import { Writer } from '../../../src/protocol/primitives/writer.js';
import { decodeErrorCode } from '../support/decode-error-code.js';

/** The naive reference: seven bits at a time with BigInt arithmetic. */
function referenceVarint(value: bigint): number[] {
  const bytes: number[] = [];
  let rest = value;
  do {
    const low = Number(rest % 128n);
    rest /= 128n;
    bytes.push(rest > 0n ? low | 0x80 : low);
  } while (rest > 0n);
  return bytes;
}


describe('varints', () => {
  test('unsigned 32-bit varints match the reference and round-trip', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 0xffffffff }), (value) => {
      const bytes = new Uint8Array(5);
      const end = writeUnsignedVarint(bytes, 0, value);
      expect([...bytes.subarray(0, end)]).toEqual(referenceVarint(BigInt(value)));
      expect(unsignedVarintBytes(value)).toBe(end);
      expect(readUnsignedVarint(bytes, 0, end)).toEqual({ value, byteCount: end });
    }), { numRuns: 500, seed: 1 });
  });

  test('unsigned 64-bit varints match the reference and round-trip', () => {
    fc.assert(fc.property(fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }), (value) => {
      const bytes = new Uint8Array(10);
      const end = writeUnsignedVarlong(bytes, 0, value);
      expect([...bytes.subarray(0, end)]).toEqual(referenceVarint(value));
      expect(readUnsignedVarlong(bytes, 0, end)).toEqual({ value, byteCount: end });
    }), { numRuns: 500, seed: 2 });
  });

  test('zig-zag maps 0, -1, 1, -2 to 0, 1, 2, 3 and round-trips', () => {
    expect([0, -1, 1, -2].map(zigZagEncode32)).toEqual([0, 1, 2, 3]);
    fc.assert(fc.property(fc.integer({ min: -0x80000000, max: 0x7fffffff }), (value) => zigZagDecode32(zigZagEncode32(value)) === value), { seed: 3 });
    fc.assert(fc.property(fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }), (value) => zigZagDecode64(zigZagEncode64(value)) === value), { seed: 4 });
  });

  test('an overlong or unterminated varint is a typed error', () => {
    expect(decodeErrorCode(() => readUnsignedVarint(new Uint8Array([0x80, 0x80, 0x80, 0x80, 0x80, 0x01]), 0, 6))).toBe('VARINT_TOO_LONG');
    expect(decodeErrorCode(() => readUnsignedVarint(new Uint8Array([0xff, 0xff, 0xff, 0xff, 0x1f]), 0, 5))).toBe('VARINT_TOO_LONG');
    expect(decodeErrorCode(() => readUnsignedVarint(new Uint8Array([0x80, 0x80]), 0, 2))).toBe('TRUNCATED');
  });
});

describe('reader gatekeeping', () => {
  test('a count larger than the bytes left fails before the array is built', () => {
    const bytes = new Uint8Array([0x7f, 0xff, 0xff, 0xff, 0, 0, 0, 0]);
    let itemsRead = 0;
    expect(decodeErrorCode(() => new Reader(bytes).readArray(false, () => itemsRead++))).toBe('TRUNCATED');
    expect(itemsRead).toBe(0);
    // Compact form: a varint count of 2^32 - 2 with nothing behind it.
    expect(decodeErrorCode(() => new Reader(new Uint8Array([0xff, 0xff, 0xff, 0xff, 0x0f])).readArray(true, () => itemsRead++))).toBe('TRUNCATED');
    expect(itemsRead).toBe(0);
  });

  test('a string or bytes length beyond the input, or below -1, is a typed error', () => {
    expect(decodeErrorCode(() => new Reader(new Uint8Array([0x00, 0x05, 0x61])).readString(false))).toBe('TRUNCATED');
    expect(decodeErrorCode(() => new Reader(new Uint8Array([0xff, 0xfe])).readNullableString(false))).toBe('INVALID_LENGTH');
    expect(decodeErrorCode(() => new Reader(new Uint8Array([0x7f, 0xff, 0xff, 0xff])).readBytes(false))).toBe('TRUNCATED');
    expect(decodeErrorCode(() => new Reader(new Uint8Array([0xff, 0xff])).readString(false))).toBe('NULL_NOT_ALLOWED');
    expect(decodeErrorCode(() => new Reader(new Uint8Array([0x00])).readString(true))).toBe('NULL_NOT_ALLOWED');
  });

  test('a tagged field whose size disagrees with its value is a typed error', () => {
    // one tagged field, tag 0, size 3, but the known reader consumes only 1 byte
    const reader = new Reader(new Uint8Array([0x01, 0x00, 0x03, 0x01, 0x02, 0x03]));
    expect(decodeErrorCode(() => reader.readTaggedFields((_tag, fieldReader) => {
      fieldReader.readInt8();
      return true;
    }))).toBe('TAGGED_FIELD_SIZE_MISMATCH');
  });
});

describe('writer chunks', () => {
  test('large raw arrays kept by reference finish into the same bytes as plain copies', () => {
    const piece = fc.oneof(
      fc.integer({ min: -0x80000000, max: 0x7fffffff }).map((value) => ({ kind: 'int32' as const, value })),
      fc.integer({ min: 0, max: 40_000 }).map((length) => ({ kind: 'raw' as const, value: Uint8Array.from({ length }, (_, index) => (index * 7 + length) & 0xff) })),
    );
    fc.assert(fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
      const writer = new Writer(16);
      writer.writeInt32(0);
      const expected: number[] = [0, 0, 0, 0];
      for (const item of pieces) {
        if (item.kind === 'int32') {
          writer.writeInt32(item.value);
          const bytes = new Uint8Array(4);
          new DataView(bytes.buffer).setInt32(0, item.value);
          expected.push(...bytes);
        } else {
          writer.writeRaw(item.value);
          expected.push(...item.value);
        }
      }
      expect(writer.position).toBe(expected.length);
      writer.patchInt32(0, expected.length - 4);
      new DataView(Uint8Array.from(expected).buffer).getInt32(0);
      const finished = writer.finish();
      const view = new DataView(finished.buffer, finished.byteOffset, finished.length);
      expect(view.getInt32(0)).toBe(expected.length - 4);
      expect(Buffer.from(finished.subarray(4)).equals(Buffer.from(expected.slice(4)))).toBe(true);
    }), { numRuns: 60, seed: 6 });
  });
});

describe('writer checks', () => {
  test('values that do not fit their wire type are refused, not wrapped', () => {
    const code = (action: () => void): string | undefined => {
      try {
        action();
      } catch (error) {
        if (error instanceof ProtocolEncodeError) return error.code;
        throw error;
      }
      return undefined;
    };
    const writer = new Writer();
    expect(code(() => writer.writeInt8(128))).toBe('VALUE_OUT_OF_RANGE');
    expect(code(() => writer.writeInt32(1.5))).toBe('VALUE_OUT_OF_RANGE');
    expect(code(() => writer.writeInt64(2n ** 63n))).toBe('VALUE_OUT_OF_RANGE');
    expect(code(() => writer.writeString('x'.repeat(40000), true))).toBe('VALUE_OUT_OF_RANGE');
    expect(code(() => writer.writeUuid('not-a-uuid' as never))).toBe('VALUE_OUT_OF_RANGE');
  });

  test('uuids round-trip between bytes and Kafka text; int64 converts to a number only when safe', () => {
    fc.assert(fc.property(fc.uint8Array({ minLength: 16, maxLength: 16 }), (bytes) => {
      expect(uuidToBytes(uuidFromBytes(bytes))).toEqual(bytes);
    }), { seed: 5 });
    expect(int64ToSafeNumber(42n)).toBe(42);
    expect(int64ToSafeNumber(2n ** 53n)).toBeUndefined();
  });
});
