// Byte-level reading and writing for the record codec: fixed-width big-endian integers and the
// zig-zag varints of Kafka records (KIP-98; unlike the unsigned varints of flexible protocol
// fields). Every read checks the bytes left first and throws RecordBatchError, since these bytes
// come from clients, leaders and disks. 64-bit fields that Weir treats as numbers (offsets,
// timestamps) must be safe integers; anything wider is rejected as invalid, never rounded.
import assert from 'node:assert/strict';
import { RecordBatchError } from '../errors.js';

const twoTo32 = 0x1_0000_0000;

/** Reads a big-endian int64 at `position` as a number; throws if it is not a safe integer. */
export function readInt64AsNumber(view: DataView, position: number): number {
  const high = view.getInt32(position);
  const low = view.getUint32(position + 4);
  // |high| below 2^21 keeps the value within ±2^53, the safe-integer range.
  if (high >= 0x20_0000 || high < -0x20_0000) {
    throw new RecordBatchError(`Cannot read int64 at byte ${position}: beyond the safe integer range`,
      'INVALID_RECORD', position);
  }
  return high * twoTo32 + low;
}

/** Writes a safe integer as a big-endian int64 at `position`. */
export function writeInt64FromNumber(view: DataView, position: number, value: number): void {
  assert.ok(Number.isSafeInteger(value), 'an int64 written from a number is a safe integer');
  const high = Math.floor(value / twoTo32);
  view.setInt32(position, high);
  view.setUint32(position + 4, value - high * twoTo32);
}

/** A cursor over untrusted bytes; each read checks the bytes left and advances. */
export class ByteReader {
  position: number;
  private readonly view: DataView;

  constructor(readonly bytes: Uint8Array, position = 0, private readonly end = bytes.length) {
    assert.ok(end <= bytes.length, 'the reader ends within its bytes');
    this.position = position;
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  get remaining(): number {
    return this.end - this.position;
  }

  int8(): number {
    this.require(1);
    const value = this.view.getInt8(this.position);
    this.position += 1;
    return value;
  }

  /** A zig-zag varint of at most 5 bytes (int32). */
  varint(): number {
    const value = this.varlong();
    if (value > 0x7fff_ffff || value < -0x8000_0000) throw this.invalid('varint beyond int32');
    return value;
  }

  /** A zig-zag varint of at most 10 bytes, decoded as a safe integer. */
  varlong(): number {
    let unsigned = 0;
    let scale = 1;
    // Up to 7 bytes (49 bits) numbers add exactly; longer encodings take the BigInt path.
    for (let byteIndex = 0; byteIndex < 7; byteIndex += 1) {
      this.require(1);
      const byte = this.bytes[this.position] ?? 0;
      this.position += 1;
      unsigned += (byte & 0x7f) * scale;
      if ((byte & 0x80) === 0) return unsigned % 2 === 0 ? unsigned / 2 : -(unsigned + 1) / 2;
      scale *= 128;
    }
    return this.varlongTail(BigInt(unsigned));
  }

  private varlongTail(low: bigint): number {
    let unsigned = low;
    let shift = 49n;
    for (let byteIndex = 7; byteIndex < 10; byteIndex += 1) {
      this.require(1);
      const byte = this.bytes[this.position] ?? 0;
      this.position += 1;
      unsigned |= BigInt(byte & 0x7f) << shift;
      if ((byte & 0x80) === 0) {
        const value = (unsigned & 1n) === 0n ? unsigned >> 1n : -((unsigned + 1n) >> 1n);
        if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
          throw this.invalid('varlong beyond the safe integer range');
        }
        return Number(value);
      }
      shift += 7n;
    }
    throw this.invalid('varint longer than 10 bytes');
  }

  /** `length` bytes as a view (no copy) into the reader's bytes. */
  bytesOf(length: number): Uint8Array {
    this.require(length);
    const slice = this.bytes.subarray(this.position, this.position + length);
    this.position += length;
    return slice;
  }

  /** Varint length, then that many bytes; length -1 means null. */
  nullableBytes(): Uint8Array | null {
    const length = this.varint();
    if (length === -1) return null;
    if (length < -1) throw this.invalid(`negative length ${length}`);
    return this.bytesOf(length);
  }

  invalid(what: string): RecordBatchError {
    return new RecordBatchError(`Cannot decode record: ${what} at byte ${this.position}`, 'INVALID_RECORD',
      this.position);
  }

  private require(count: number): void {
    if (count > this.end - this.position) throw this.invalid(`need ${count} bytes, ${this.remaining} left`);
  }
}

/** Appends bytes to a buffer that grows by doubling. */
export class ByteWriter {
  private buffer: Uint8Array;
  private view: DataView;
  length = 0;

  constructor(initialBytes = 256) {
    this.buffer = new Uint8Array(initialBytes);
    this.view = new DataView(this.buffer.buffer);
  }

  int8(value: number): void {
    this.reserve(1);
    this.view.setInt8(this.length, value);
    this.length += 1;
  }

  int16(value: number): void {
    this.reserve(2);
    this.view.setInt16(this.length, value);
    this.length += 2;
  }

  int32(value: number): void {
    this.reserve(4);
    this.view.setInt32(this.length, value);
    this.length += 4;
  }

  uint32(value: number): void {
    this.reserve(4);
    this.view.setUint32(this.length, value);
    this.length += 4;
  }

  int64(value: number): void {
    this.reserve(8);
    writeInt64FromNumber(this.view, this.length, value);
    this.length += 8;
  }

  bigInt64(value: bigint): void {
    this.reserve(8);
    this.view.setBigInt64(this.length, value);
    this.length += 8;
  }

  /** Zig-zag varint of a safe integer (covers both Kafka's varint and varlong). */
  varint(value: number): void {
    assert.ok(Number.isSafeInteger(value), 'a varint encodes a safe integer');
    this.reserve(10);
    // Below 2^51 in magnitude the zig-zag value stays a safe integer; beyond, use BigInt.
    if (value >= 2 ** 51 || value < -(2 ** 51)) {
      this.bigVarint(BigInt(value));
      return;
    }
    let unsigned = value >= 0 ? value * 2 : -value * 2 - 1;
    while (unsigned >= 0x80) {
      this.buffer[this.length] = (unsigned % 128) | 0x80;
      this.length += 1;
      unsigned = Math.floor(unsigned / 128);
    }
    this.buffer[this.length] = unsigned;
    this.length += 1;
  }

  private bigVarint(value: bigint): void {
    let unsigned = value >= 0n ? value << 1n : ((-value) << 1n) - 1n;
    while (unsigned >= 0x80n) {
      this.buffer[this.length] = Number(unsigned & 0x7fn) | 0x80;
      this.length += 1;
      unsigned >>= 7n;
    }
    this.buffer[this.length] = Number(unsigned);
    this.length += 1;
  }

  bytes(data: Uint8Array): void {
    this.reserve(data.length);
    this.buffer.set(data, this.length);
    this.length += data.length;
  }

  nullableBytes(data: Uint8Array | null): void {
    if (data === null) {
      this.varint(-1);
      return;
    }
    this.varint(data.length);
    this.bytes(data);
  }

  /** Overwrites an int32 written earlier (lengths known only after the body). */
  patchInt32(position: number, value: number): void {
    assert.ok(position + 4 <= this.length, 'a patched field was written before');
    this.view.setInt32(position, value);
  }

  /** The bytes written so far (a view, valid until the next write). */
  written(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }

  /** A copy of the bytes written so far. */
  finish(): Uint8Array {
    return this.buffer.slice(0, this.length);
  }

  private reserve(count: number): void {
    if (this.length + count <= this.buffer.length) return;
    const grown = new Uint8Array(Math.max(this.buffer.length * 2, this.length + count));
    grown.set(this.buffer.subarray(0, this.length));
    this.buffer = grown;
    this.view = new DataView(grown.buffer);
  }
}

/** Bytes a zig-zag varint of `value` takes. */
export function varintBytes(value: number): number {
  if (value < 2 ** 51 && value >= -(2 ** 51)) {
    let unsigned = value >= 0 ? value * 2 : -value * 2 - 1;
    let count = 1;
    while (unsigned >= 0x80) {
      unsigned = Math.floor(unsigned / 128);
      count += 1;
    }
    return count;
  }
  let unsigned = value >= 0 ? BigInt(value) << 1n : (BigInt(-value) << 1n) - 1n;
  let count = 1;
  while (unsigned >= 0x80n) {
    unsigned >>= 7n;
    count += 1;
  }
  return count;
}
