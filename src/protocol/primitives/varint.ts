// Variable-length integers of the Kafka protocol. Flexible versions (KIP-482) use unsigned
// varints for compact lengths, counts and tag numbers; record batches use zig-zag signed varints
// and varlongs (KIP-98). Each byte carries 7 bits, low bits first; the high bit says "more".
// Untrusted input: a varint longer than its type allows is rejected rather than read on.
import assert from 'node:assert/strict';

import { ProtocolDecodeError } from './errors.js';

/** Largest byte count of a 32-bit varint. */
export const VARINT32_BYTES_MAX = 5;
/** Largest byte count of a 64-bit varint. */
export const VARINT64_BYTES_MAX = 10;

/** The result of reading a varint: the value and how many bytes it took. */
export interface VarintRead<T> {
  readonly value: T;
  readonly byteCount: number;
}

/**
 * Reads an unsigned 32-bit varint at `position`; throws `ProtocolDecodeError` when the bytes end
 * first (TRUNCATED) or the encoding runs past five bytes or 32 bits (VARINT_TOO_LONG).
 */
/** 128 to the power of each byte index: the weight of a varint byte's seven bits. */
const SEVEN_BIT_WEIGHTS = [1, 0x80, 0x4000, 0x200000, 0x10000000] as const;

export function readUnsignedVarint(bytes: Uint8Array, position: number, end: number): VarintRead<number> {
  assert.ok(end <= bytes.length);
  let value = 0;
  for (let index = 0; index < VARINT32_BYTES_MAX; index++) {
    if (position + index >= end) throw new ProtocolDecodeError('TRUNCATED', 'Cannot read varint: the bytes end inside it');
    const byte = bytes[position + index]!;
    // The fifth byte may only carry the top four bits of a 32-bit value.
    if (index === 4 && byte > 0x0f) break;
    value += (byte & 0x7f) * SEVEN_BIT_WEIGHTS[index]!;
    if ((byte & 0x80) === 0) return { value, byteCount: index + 1 };
  }
  throw new ProtocolDecodeError('VARINT_TOO_LONG', 'Cannot read varint: it is longer than 32 bits');
}

/** How many bytes the unsigned varint encoding of `value` takes. */
export function unsignedVarintBytes(value: number): number {
  assert.ok(Number.isInteger(value) && value >= 0 && value <= 0xffffffff);
  let byteCount = 1;
  let rest = value;
  while (rest >= 0x80) {
    rest >>>= 7;
    byteCount++;
  }
  return byteCount;
}

/** Writes the unsigned varint `value` at `position`; returns the position after it. */
export function writeUnsignedVarint(bytes: Uint8Array, position: number, value: number): number {
  assert.ok(Number.isInteger(value) && value >= 0 && value <= 0xffffffff);
  let rest = value;
  let at = position;
  while (rest >= 0x80) {
    bytes[at++] = (rest & 0x7f) | 0x80;
    rest >>>= 7;
  }
  bytes[at++] = rest;
  return at;
}

/** Zig-zag maps a signed 32-bit integer to an unsigned one: 0, -1, 1, -2 … become 0, 1, 2, 3 …. */
export function zigZagEncode32(value: number): number {
  assert.ok(Number.isInteger(value) && value >= -0x80000000 && value <= 0x7fffffff);
  return ((value << 1) ^ (value >> 31)) >>> 0;
}

/** The inverse of `zigZagEncode32`. */
export function zigZagDecode32(value: number): number {
  assert.ok(Number.isInteger(value) && value >= 0 && value <= 0xffffffff);
  return (value >>> 1) ^ -(value & 1);
}

/** Zig-zag for 64-bit values (record timestamps deltas are varlongs). */
export function zigZagEncode64(value: bigint): bigint {
  assert.ok(value >= -(2n ** 63n) && value < 2n ** 63n);
  return BigInt.asUintN(64, (value << 1n) ^ (value >> 63n));
}

/** The inverse of `zigZagEncode64`. */
export function zigZagDecode64(value: bigint): bigint {
  assert.ok(value >= 0n && value < 2n ** 64n);
  return (value >> 1n) ^ -(value & 1n);
}

/** Reads an unsigned 64-bit varint (at most ten bytes). */
export function readUnsignedVarlong(bytes: Uint8Array, position: number, end: number): VarintRead<bigint> {
  assert.ok(end <= bytes.length);
  let value = 0n;
  for (let index = 0; index < VARINT64_BYTES_MAX; index++) {
    if (position + index >= end) throw new ProtocolDecodeError('TRUNCATED', 'Cannot read varlong: the bytes end inside it');
    const byte = bytes[position + index]!;
    if (index === 9 && byte > 0x01) break;
    value |= BigInt(byte & 0x7f) << BigInt(7 * index);
    if ((byte & 0x80) === 0) return { value, byteCount: index + 1 };
  }
  throw new ProtocolDecodeError('VARINT_TOO_LONG', 'Cannot read varlong: it is longer than 64 bits');
}

/** Writes the unsigned 64-bit varint `value` at `position`; returns the position after it. */
export function writeUnsignedVarlong(bytes: Uint8Array, position: number, value: bigint): number {
  assert.ok(value >= 0n && value < 2n ** 64n);
  let rest = value;
  let at = position;
  while (rest >= 0x80n) {
    bytes[at++] = Number(rest & 0x7fn) | 0x80;
    rest >>= 7n;
  }
  bytes[at++] = Number(rest);
  return at;
}
