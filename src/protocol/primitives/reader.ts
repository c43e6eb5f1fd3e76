// The decoding half of the Kafka primitive types (https://kafka.apache.org/protocol#protocol_types),
// used by the generated codecs. The bytes come from an untrusted peer, so every length and count is
// checked against the bytes that remain before anything is allocated, and every failure is a
// `ProtocolDecodeError` with a stable code; a reader never reads past its end and never loops
// longer than its input allows. Flexible versions (KIP-482) switch strings, bytes and arrays to
// "compact" forms whose length is an unsigned varint holding length + 1 (0 meaning null).
import assert from 'node:assert/strict';

import type { Uuid } from '../entity-types.js';
import { ProtocolDecodeError } from './errors.js';
import { readUnsignedVarint } from './varint.js';

/** A tagged field whose tag this version does not know: kept as raw bytes and re-emitted. */
export interface RawTaggedField {
  /** Invariant: a non-negative 32-bit integer; unique within one struct. */
  readonly tag: number;
  readonly data: Uint8Array;
}

/** Reads Kafka primitive types from a byte range, front to back. */
export class Reader {
  private readonly buffer: Buffer;
  private readonly view: DataView;
  /** The next byte to read. Invariant: start <= position <= end. */
  private positionValue: number;

  /** Reads `bytes[start, end)`. Byte and record fields decoded from it alias `bytes`. */
  constructor(bytes: Uint8Array, start = 0, private readonly end = bytes.length) {
    assert.ok(start >= 0 && start <= end && end <= bytes.length, 'reader range must lie within the bytes');
    this.buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.positionValue = start;
  }

  /** The offset of the next byte to read, from the start of the underlying bytes. */
  get position(): number {
    return this.positionValue;
  }

  /** How many bytes are left to read. */
  get remaining(): number {
    return this.end - this.positionValue;
  }

  /** Throws TRAILING_BYTES unless every byte was read; `what` names the message for the log. */
  expectEnd(what: string): void {
    if (this.remaining !== 0) {
      throw new ProtocolDecodeError('TRAILING_BYTES', `Cannot decode ${what}: ${this.remaining} bytes left over`);
    }
  }

  private take(byteCount: number, what: string): number {
    if (byteCount > this.end - this.positionValue) {
      throw new ProtocolDecodeError(
        'TRUNCATED',
        `Cannot read ${what}: needs ${byteCount} bytes, ${this.end - this.positionValue} left`,
      );
    }
    const at = this.positionValue;
    this.positionValue = at + byteCount;
    return at;
  }

  /** The int16 `byteOffset` bytes ahead, without consuming anything (header sniffing). */
  peekInt16(byteOffset: number): number {
    assert.ok(byteOffset >= 0);
    if (byteOffset + 2 > this.remaining) throw new ProtocolDecodeError('TRUNCATED', 'Cannot peek int16: the bytes end first');
    return this.view.getInt16(this.positionValue + byteOffset);
  }

  readInt8(): number {
    return this.view.getInt8(this.take(1, 'int8'));
  }

  readInt16(): number {
    return this.view.getInt16(this.take(2, 'int16'));
  }

  readInt32(): number {
    return this.view.getInt32(this.take(4, 'int32'));
  }

  readInt64(): bigint {
    return this.view.getBigInt64(this.take(8, 'int64'));
  }

  readUint16(): number {
    return this.view.getUint16(this.take(2, 'uint16'));
  }

  readUint32(): number {
    return this.view.getUint32(this.take(4, 'uint32'));
  }

  readFloat64(): number {
    return this.view.getFloat64(this.take(8, 'float64'));
  }

  /** Any non-zero byte is true, as Kafka reads booleans. */
  readBool(): boolean {
    return this.view.getInt8(this.take(1, 'bool')) !== 0;
  }

  readUuid(): Uuid {
    const at = this.take(16, 'uuid');
    return this.buffer.toString('base64url', at, at + 16) as Uuid;
  }

  readUnsignedVarint(): number {
    const read = readUnsignedVarint(this.buffer, this.positionValue, this.end);
    this.positionValue += read.byteCount;
    return read.value;
  }

  /** Reads a length prefix; returns -1 for null. `wide` selects int32 over int16 (bytes, arrays). */
  private readLength(flexible: boolean, wide: boolean, what: string): number {
    let length: number;
    if (flexible) length = this.readUnsignedVarint() - 1;
    else length = wide ? this.readInt32() : this.readInt16();
    if (length < -1) throw new ProtocolDecodeError('INVALID_LENGTH', `Cannot read ${what}: length ${length}`);
    if (length > this.remaining) {
      throw new ProtocolDecodeError(
        'TRUNCATED',
        `Cannot read ${what}: length ${length} exceeds the ${this.remaining} bytes left`,
      );
    }
    return length;
  }

  private nonNull(length: number, what: string): number {
    if (length === -1) throw new ProtocolDecodeError('NULL_NOT_ALLOWED', `Cannot read ${what}: null is not allowed here`);
    return length;
  }

  private stringOf(length: number): string {
    // Kafka caps strings at int16 lengths in compact form too.
    if (length > 0x7fff) throw new ProtocolDecodeError('INVALID_LENGTH', `Cannot read string: length ${length} exceeds 32767`);
    const at = this.take(length, 'string');
    return this.buffer.toString('utf8', at, at + length);
  }

  private bytesOf(length: number): Uint8Array {
    const at = this.take(length, 'bytes');
    return new Uint8Array(this.buffer.buffer, this.buffer.byteOffset + at, length);
  }

  readString(flexible: boolean): string {
    return this.stringOf(this.nonNull(this.readLength(flexible, false, 'string'), 'string'));
  }

  readNullableString(flexible: boolean): string | null {
    const length = this.readLength(flexible, false, 'string');
    return length === -1 ? null : this.stringOf(length);
  }

  /** Reads bytes without copying: the result aliases the reader's input. */
  readBytes(flexible: boolean): Uint8Array {
    return this.bytesOf(this.nonNull(this.readLength(flexible, true, 'bytes'), 'bytes'));
  }

  readNullableBytes(flexible: boolean): Uint8Array | null {
    const length = this.readLength(flexible, true, 'bytes');
    return length === -1 ? null : this.bytesOf(length);
  }

  /** Reads `byteCount` raw bytes without copying. */
  readRaw(byteCount: number): Uint8Array {
    return this.bytesOf(byteCount);
  }

  /**
   * Reads an array. The count is checked against the bytes left before the array grows, as Kafka
   * does, so a forged count cannot make the decoder allocate more than its input.
   */
  readArray<T>(flexible: boolean, readItem: () => T): T[] {
    const count = this.nonNull(this.readLength(flexible, true, 'array'), 'array');
    return this.readItems(count, readItem);
  }

  readNullableArray<T>(flexible: boolean, readItem: () => T): T[] | null {
    const count = this.readLength(flexible, true, 'array');
    return count === -1 ? null : this.readItems(count, readItem);
  }

  /*
   * Arrays of int32 (replica lists), int64, string and uuid get their own loops: a shared loop
   * calling a different closure from every call site cannot be inlined, and these arrays are the
   * bulk of Metadata and Fetch messages.
   */

  readInt32Array(flexible: boolean): number[] {
    const count = this.nonNull(this.readLength(flexible, true, 'array'), 'array');
    const items: number[] = [];
    for (let index = 0; index < count; index++) items.push(this.readInt32());
    return items;
  }

  readNullableInt32Array(flexible: boolean): number[] | null {
    const count = this.readLength(flexible, true, 'array');
    if (count === -1) return null;
    const items: number[] = [];
    for (let index = 0; index < count; index++) items.push(this.readInt32());
    return items;
  }

  readInt64Array(flexible: boolean): bigint[] {
    const count = this.nonNull(this.readLength(flexible, true, 'array'), 'array');
    const items: bigint[] = [];
    for (let index = 0; index < count; index++) items.push(this.readInt64());
    return items;
  }

  readStringArray(flexible: boolean): string[] {
    const count = this.nonNull(this.readLength(flexible, true, 'array'), 'array');
    const items: string[] = [];
    for (let index = 0; index < count; index++) items.push(this.readString(flexible));
    return items;
  }

  readNullableStringArray(flexible: boolean): string[] | null {
    const count = this.readLength(flexible, true, 'array');
    if (count === -1) return null;
    const items: string[] = [];
    for (let index = 0; index < count; index++) items.push(this.readString(flexible));
    return items;
  }

  readUuidArray(flexible: boolean): Uuid[] {
    const count = this.nonNull(this.readLength(flexible, true, 'array'), 'array');
    const items: Uuid[] = [];
    for (let index = 0; index < count; index++) items.push(this.readUuid());
    return items;
  }

  readNullableUuidArray(flexible: boolean): Uuid[] | null {
    const count = this.readLength(flexible, true, 'array');
    if (count === -1) return null;
    const items: Uuid[] = [];
    for (let index = 0; index < count; index++) items.push(this.readUuid());
    return items;
  }

  private readItems<T>(count: number, readItem: () => T): T[] {
    assert.ok(count >= 0 && count <= this.remaining);
    const items: T[] = [];
    for (let index = 0; index < count; index++) items.push(readItem());
    return items;
  }

  /**
   * Reads the tagged-field section of a flexible struct. `readKnown(tag, fieldReader)` decodes a
   * tag this version knows from a reader bounded to that field and returns true; it returns false
   * for tags it does not know, which are kept raw. Returns the unknown fields, or undefined.
   */
  readTaggedFields(readKnown?: (tag: number, fieldReader: Reader) => boolean): RawTaggedField[] | undefined {
    const count = this.readUnsignedVarint();
    if (count > this.remaining) {
      throw new ProtocolDecodeError('TRUNCATED', `Cannot read tagged fields: count ${count} exceeds the bytes left`);
    }
    let unknown: RawTaggedField[] | undefined;
    for (let index = 0; index < count; index++) {
      const tag = this.readUnsignedVarint();
      const size = this.readUnsignedVarint();
      const start = this.take(size, 'tagged field');
      const fieldReader = new Reader(this.buffer, start, start + size);
      if (readKnown !== undefined && readKnown(tag, fieldReader)) {
        if (fieldReader.remaining !== 0) {
          throw new ProtocolDecodeError('TAGGED_FIELD_SIZE_MISMATCH', `Cannot read tagged field ${tag}: size ${size} does not match its value`);
        }
      } else {
        unknown ??= [];
        unknown.push({ tag, data: new Uint8Array(this.buffer.buffer, this.buffer.byteOffset + start, size) });
      }
    }
    return unknown;
  }
}
