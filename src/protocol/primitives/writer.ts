// The encoding half of the Kafka primitive types, used by the generated codecs. A growable buffer
// that doubles when full, so encoding a message costs amortised O(size) and a handful of
// allocations; record batches are referenced rather than copied until `finish`. Values that do not fit their wire type are a `ProtocolEncodeError` rather than a
// silent wrap-around. Flexible versions (KIP-482) use compact lengths (unsigned varint, length + 1).
import assert from 'node:assert/strict';

import { isUuid, type Uuid } from '../entity-types.js';
import { ProtocolEncodeError } from './errors.js';
import type { RawTaggedField } from './reader.js';
import { unsignedVarintBytes, writeUnsignedVarint } from './varint.js';

const INT16_MAX = 0x7fff;
const INT32_MAX = 0x7fffffff;
const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

function outOfRange(what: string, value: number | bigint | string): ProtocolEncodeError {
  return new ProtocolEncodeError('VALUE_OUT_OF_RANGE', `Cannot encode ${what}: value "${String(value)}" is out of range`);
}

function checkInteger(value: number, lowest: number, highest: number, what: string): void {
  // Comparisons are false for NaN, so one test catches non-numbers, fractions and overflow.
  if (!(value >= lowest && value <= highest && Math.floor(value) === value)) throw outOfRange(what, value);
}

/** Raw byte arrays at least this long (record batches) are referenced until `finish`, not copied. */
const REFERENCE_BYTES_MIN = 8 * 1024;

/**
 * Writes Kafka primitive types into a growing buffer. Large raw byte arrays (records) are kept by
 * reference in a chunk list instead of being copied into a buffer that doubles around them;
 * `finish` then copies everything once into a buffer of the exact size.
 */
export class Writer {
  private buffer: Buffer;
  private view: DataView;
  /** Bytes written into the current buffer. Invariant: 0 <= positionValue <= buffer.length. */
  private positionValue = 0;
  /** Finished segments before the current buffer: our own buffer slices or referenced arrays. */
  private readonly chunks: Uint8Array[] = [];
  /** Which chunks are ours (may be patched); referenced arrays belong to the caller. */
  private readonly chunkOwned: boolean[] = [];
  private chunkBytes = 0;

  constructor(private readonly initialBytes = 256) {
    assert.ok(Number.isInteger(initialBytes) && initialBytes > 0);
    this.buffer = Buffer.allocUnsafe(initialBytes);
    this.view = new DataView(this.buffer.buffer, this.buffer.byteOffset, this.buffer.byteLength);
  }

  /** Bytes written so far. */
  get position(): number {
    return this.chunkBytes + this.positionValue;
  }

  /** Ends the current buffer as a chunk, followed by `referenced`, and starts a fresh buffer. */
  private appendReference(referenced: Uint8Array): void {
    if (this.positionValue > 0) {
      this.chunks.push(new Uint8Array(this.buffer.buffer, this.buffer.byteOffset, this.positionValue));
      this.chunkOwned.push(true);
      this.chunkBytes += this.positionValue;
    }
    this.chunks.push(referenced);
    this.chunkOwned.push(false);
    this.chunkBytes += referenced.length;
    this.buffer = Buffer.allocUnsafe(Math.max(this.initialBytes, 1024));
    this.view = new DataView(this.buffer.buffer, this.buffer.byteOffset, this.buffer.byteLength);
    this.positionValue = 0;
  }

  /** Makes room for `byteCount` more bytes, doubling the buffer as needed. */
  private reserve(byteCount: number): number {
    const at = this.positionValue;
    const needed = at + byteCount;
    if (needed > this.buffer.length) {
      let capacity = this.buffer.length * 2;
      while (capacity < needed) capacity *= 2;
      const grown = Buffer.allocUnsafe(capacity);
      this.buffer.copy(grown, 0, 0, at);
      this.buffer = grown;
      this.view = new DataView(grown.buffer, grown.byteOffset, grown.byteLength);
    }
    this.positionValue = needed;
    return at;
  }

  /**
   * The bytes written. Without referenced chunks this is a view of the internal buffer (no copy);
   * otherwise one exact-size copy of every chunk. The writer is done after this.
   */
  finish(): Uint8Array {
    const current = new Uint8Array(this.buffer.buffer, this.buffer.byteOffset, this.positionValue);
    if (this.chunks.length === 0) return current;
    const joinedBuffer = Buffer.allocUnsafe(this.chunkBytes + this.positionValue);
    const joined = new Uint8Array(joinedBuffer.buffer, joinedBuffer.byteOffset, joinedBuffer.length);
    let at = 0;
    for (const chunk of [...this.chunks, current]) {
      joined.set(chunk, at);
      at += chunk.length;
    }
    assert.equal(at, joined.length);
    return joined;
  }

  /**
   * Overwrites four bytes at `position` with `value` (a length prefix written after its body).
   * Precondition: the four bytes were written with this writer's own int writes, not by reference.
   */
  patchInt32(position: number, value: number): void {
    assert.ok(position >= 0 && position + 4 <= this.position);
    checkInteger(value, -0x80000000, INT32_MAX, 'int32');
    let start = 0;
    for (let index = 0; index < this.chunks.length; index++) {
      const chunk = this.chunks[index]!;
      if (position < start + chunk.length) {
        assert.ok(this.chunkOwned[index] && position + 4 <= start + chunk.length, 'patch must fall inside one owned chunk');
        new DataView(chunk.buffer, chunk.byteOffset, chunk.length).setInt32(position - start, value);
        return;
      }
      start += chunk.length;
    }
    this.view.setInt32(position - start, value);
  }

  writeInt8(value: number): void {
    checkInteger(value, -0x80, 0x7f, 'int8');
    const at = this.reserve(1);
    this.view.setInt8(at, value);
  }

  writeInt16(value: number): void {
    checkInteger(value, -0x8000, INT16_MAX, 'int16');
    const at = this.reserve(2);
    this.view.setInt16(at, value);
  }

  writeInt32(value: number): void {
    checkInteger(value, -0x80000000, INT32_MAX, 'int32');
    const at = this.reserve(4);
    this.view.setInt32(at, value);
  }

  writeInt64(value: bigint): void {
    if (typeof value !== 'bigint' || value < INT64_MIN || value > INT64_MAX) throw outOfRange('int64', value);
    const at = this.reserve(8);
    this.view.setBigInt64(at, value);
  }

  writeUint16(value: number): void {
    checkInteger(value, 0, 0xffff, 'uint16');
    const at = this.reserve(2);
    this.view.setUint16(at, value);
  }

  writeUint32(value: number): void {
    checkInteger(value, 0, 0xffffffff, 'uint32');
    const at = this.reserve(4);
    this.view.setUint32(at, value);
  }

  writeFloat64(value: number): void {
    const at = this.reserve(8);
    this.view.setFloat64(at, value);
  }

  writeBool(value: boolean): void {
    const at = this.reserve(1);
    this.view.setInt8(at, value ? 1 : 0);
  }

  writeUuid(value: Uuid): void {
    if (!isUuid(value)) throw new ProtocolEncodeError('VALUE_OUT_OF_RANGE', `Cannot encode uuid: "${value}" is not a 22-character base64url UUID`);
    const at = this.reserve(16);
    const written = this.buffer.write(value, at, 16, 'base64url');
    assert.equal(written, 16);
  }

  writeUnsignedVarint(value: number): void {
    if (value >= 0 && value < 0x80 && Number.isInteger(value)) {
      const at = this.reserve(1);
      this.buffer[at] = value;
      return;
    }
    checkInteger(value, 0, 0xffffffff, 'unsigned varint');
    const at = this.reserve(unsignedVarintBytes(value));
    const after = writeUnsignedVarint(this.buffer, at, value);
    assert.equal(after, this.positionValue);
  }

  /** Writes a length prefix, -1 meaning null. `wide` selects int32 over int16 (bytes, arrays). */
  private writeLength(length: number, flexible: boolean, wide: boolean): void {
    if (flexible) this.writeUnsignedVarint(length + 1);
    else if (wide) this.writeInt32(length);
    else this.writeInt16(length);
  }

  writeString(value: string, flexible: boolean): void {
    if (typeof value !== 'string') throw outOfRange('string', String(value));
    if (!flexible && value.length <= INT16_MAX / 3) {
      // One pass: UTF-8 needs at most three bytes per UTF-16 unit, so the prefix is patched after.
      const at = this.reserve(2 + value.length * 3);
      const byteCount = this.buffer.write(value, at + 2, 'utf8');
      this.view.setInt16(at, byteCount);
      this.positionValue = at + 2 + byteCount;
      return;
    }
    if (flexible && value.length <= 42) {
      // At most 126 UTF-8 bytes, so the compact length (bytes + 1) fits one varint byte.
      const at = this.reserve(1 + value.length * 3);
      const byteCount = this.buffer.write(value, at + 1, 'utf8');
      this.buffer[at] = byteCount + 1;
      this.positionValue = at + 1 + byteCount;
      return;
    }
    const byteCount = Buffer.byteLength(value, 'utf8');
    if (byteCount > INT16_MAX) throw outOfRange('string length', byteCount);
    this.writeLength(byteCount, flexible, false);
    const at = this.reserve(byteCount);
    this.buffer.write(value, at, byteCount, 'utf8');
  }

  writeNullableString(value: string | null, flexible: boolean): void {
    if (value === null) this.writeLength(-1, flexible, false);
    else this.writeString(value, flexible);
  }

  writeBytes(value: Uint8Array, flexible: boolean): void {
    if (!(value instanceof Uint8Array)) throw outOfRange('bytes', String(value));
    this.writeLength(value.length, flexible, true);
    this.writeRaw(value);
  }

  writeNullableBytes(value: Uint8Array | null, flexible: boolean): void {
    if (value === null) this.writeLength(-1, flexible, true);
    else this.writeBytes(value, flexible);
  }

  /** Writes `bytes` verbatim: copied when small, referenced until `finish` when large. */
  writeRaw(bytes: Uint8Array): void {
    if (bytes.length >= REFERENCE_BYTES_MIN) {
      this.appendReference(bytes);
      return;
    }
    const at = this.reserve(bytes.length);
    this.buffer.set(bytes, at);
  }

  /** Writes the length prefix of an array (-1 or compact 0 for null); the caller writes the items. */
  writeArrayLength(items: readonly unknown[] | null, flexible: boolean): void {
    if (items === null) {
      this.writeLength(-1, flexible, true);
      return;
    }
    if (!Array.isArray(items)) throw outOfRange('array', String(items));
    this.writeLength(items.length, flexible, true);
  }

  /** Writes a tagged-field section holding only the unknown fields kept from decoding, if any. */
  writeUnknownTaggedFields(unknown: readonly RawTaggedField[] | undefined): void {
    if (unknown === undefined || unknown.length === 0) {
      const at = this.reserve(1);
      this.buffer[at] = 0;
      return;
    }
    this.writeTaggedFields([], unknown);
  }

  /**
   * Writes a tagged-field section: the known fields this version carries and the unknown ones kept
   * from decoding, together in ascending tag order (KIP-482). A tag present twice is an error.
   */
  writeTaggedFields(known: readonly RawTaggedField[], unknown: readonly RawTaggedField[] | undefined): void {
    const fields = unknown === undefined || unknown.length === 0 ? known : [...known, ...unknown];
    if (fields.length === 0) {
      this.writeUnsignedVarint(0);
      return;
    }
    const sorted = fields.length === 1 ? fields : [...fields].sort((left, right) => left.tag - right.tag);
    this.writeUnsignedVarint(sorted.length);
    let previousTag = -1;
    for (const field of sorted) {
      if (field.tag === previousTag) {
        throw new ProtocolEncodeError('DUPLICATE_TAG', `Cannot encode tagged fields: tag ${field.tag} appears twice`);
      }
      previousTag = field.tag;
      this.writeUnsignedVarint(field.tag);
      this.writeUnsignedVarint(field.data.length);
      this.writeRaw(field.data);
    }
  }
}

/** Encodes one known tagged field's value on its own, so its size can prefix it. */
export function encodeTaggedField(tag: number, writeValue: (writer: Writer) => void): RawTaggedField {
  const writer = new Writer(64);
  writeValue(writer);
  return { tag, data: writer.finish() };
}
