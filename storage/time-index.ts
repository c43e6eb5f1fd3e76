// The sparse time index of one segment (Kafka's TimeIndex, in Weir's own form). At each offset
// index point where the segment's largest timestamp so far has grown, one entry records that
// timestamp and the base offset of the batch that first reached it. So every record before an
// entry's offset has a timestamp below the entry's, and the search for "first offset with
// timestamp ≥ T" may start at the last entry whose timestamp is ≤ T.
//
// File format (<base offset>.timeindex): entries of 12 bytes, big-endian: timestamp in
// milliseconds (int64), offset relative to the segment's base offset (int32). Like the offset
// index it is derived data, written when a segment is sealed and rebuilt when in doubt.
import assert from 'node:assert/strict';
import { readInt64AsNumber, writeInt64FromNumber } from './record-batch/byte-codec.js';

export const timeIndexEntryBytes = 12;

export interface TimestampOffset {
  readonly timestampMs: number;
  readonly offset: number;
}

/** Invariant: timestamps strictly increase and offsets never decrease from entry to entry. */
export class TimeIndex {
  private entries: TimestampOffset[] = [];

  constructor(readonly baseOffset: number, readonly entryCountMax: number) {
    assert.ok(entryCountMax >= 1, 'an index holds at least one entry');
  }

  get entryCount(): number {
    return this.entries.length;
  }

  get isFull(): boolean {
    return this.entries.length >= this.entryCountMax;
  }

  lastEntry(): TimestampOffset | undefined {
    return this.entries[this.entries.length - 1];
  }

  /** Adds an entry if `timestampMs` exceeds the last one; returns whether it did. */
  maybeAppend(timestampMs: number, offset: number): boolean {
    const last = this.lastEntry();
    if (last !== undefined && timestampMs <= last.timestampMs) return false;
    if (this.isFull) return false;
    assert.ok(last === undefined || offset >= last.offset, 'time index offsets never decrease');
    assert.ok(offset - this.baseOffset >= 0 && offset - this.baseOffset <= 0x7fff_ffff, 'relative offset fits');
    this.entries.push({ timestampMs, offset });
    return true;
  }

  /** The last entry whose timestamp is at or below `timestampMs`, or undefined. */
  lookup(timestampMs: number): TimestampOffset | undefined {
    let low = 0;
    let high = this.entries.length - 1;
    let found: TimestampOffset | undefined;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const entry = this.entries[middle];
      assert.ok(entry !== undefined);
      if (entry.timestampMs <= timestampMs) {
        found = entry;
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    return found;
  }

  /** Drops every entry whose offset is at or above `endOffset`. */
  truncateToOffset(endOffset: number): void {
    while ((this.lastEntry()?.offset ?? -1) >= endOffset) this.entries.pop();
  }

  toBytes(): Uint8Array {
    const bytes = new Uint8Array(this.entries.length * timeIndexEntryBytes);
    const view = new DataView(bytes.buffer);
    this.entries.forEach((entry, entryIndex) => {
      writeInt64FromNumber(view, entryIndex * timeIndexEntryBytes, entry.timestampMs);
      view.setInt32(entryIndex * timeIndexEntryBytes + 8, entry.offset - this.baseOffset);
    });
    return bytes;
  }

  /** Parses a time index file; undefined when malformed (it is then rebuilt). */
  static fromBytes(bytes: Uint8Array, options: { baseOffset: number; entryCountMax: number; endOffset: number }):
    TimeIndex | undefined {
    if (bytes.length % timeIndexEntryBytes !== 0) return undefined;
    const entryCount = bytes.length / timeIndexEntryBytes;
    if (entryCount > options.entryCountMax) return undefined;
    const index = new TimeIndex(options.baseOffset, options.entryCountMax);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    for (let entryIndex = 0; entryIndex < entryCount; entryIndex += 1) {
      let timestampMs: number;
      try {
        timestampMs = readInt64AsNumber(view, entryIndex * timeIndexEntryBytes);
      } catch {
        return undefined;
      }
      const offset = options.baseOffset + view.getInt32(entryIndex * timeIndexEntryBytes + 8);
      const last = index.lastEntry();
      if (offset < options.baseOffset || offset >= options.endOffset) return undefined;
      if (last !== undefined && (timestampMs <= last.timestampMs || offset < last.offset)) return undefined;
      index.maybeAppend(timestampMs, offset);
    }
    return index;
  }
}
