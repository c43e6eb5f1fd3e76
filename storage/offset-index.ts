// The sparse offset index of one segment (Kafka's OffsetIndex, in Weir's own form): every
// index.interval.bytes of log, one entry maps the base offset of a batch to the batch's byte
// position in the segment file. A lookup gives the last entry at or below an offset; a short
// scan of batch headers from there finds the batch holding it.
//
// File format (<base offset>.index): entries of 8 bytes, big-endian: offset relative to the
// segment's base offset (int32), then position (int32). No preallocation, no padding. The index
// is derived data: the log keeps it in memory, writes it when a segment is sealed or the log
// closes, and rebuilds it from the segment whenever the file is missing or fails its checks.
import assert from 'node:assert/strict';

export const offsetIndexEntryBytes = 8;

/** One index entry: a batch's base offset and its byte position in the segment. */
export interface OffsetPosition {
  readonly offset: number;
  readonly position: number;
}

/** Invariant: offsets and positions strictly increase from entry to entry. */
export class OffsetIndex {
  private relativeOffsets: Int32Array;
  private positions: Int32Array;
  private count = 0;

  constructor(readonly baseOffset: number, readonly entryCountMax: number) {
    assert.ok(entryCountMax >= 1, 'an index holds at least one entry');
    const capacity = Math.min(entryCountMax, 64);
    this.relativeOffsets = new Int32Array(capacity);
    this.positions = new Int32Array(capacity);
  }

  get entryCount(): number {
    return this.count;
  }

  get isFull(): boolean {
    return this.count >= this.entryCountMax;
  }

  /** The last entry, or undefined when the index is empty. */
  lastEntry(): OffsetPosition | undefined {
    return this.count === 0 ? undefined : this.entryAt(this.count - 1);
  }

  entryAt(entryIndex: number): OffsetPosition {
    assert.ok(entryIndex >= 0 && entryIndex < this.count, 'the entry index is in range');
    return {
      offset: this.baseOffset + (this.relativeOffsets[entryIndex] ?? 0),
      position: this.positions[entryIndex] ?? 0,
    };
  }

  append(offset: number, position: number): void {
    assert.ok(!this.isFull, 'append to an index with room');
    const relative = offset - this.baseOffset;
    assert.ok(relative >= 0 && relative <= 0x7fff_ffff, 'the relative offset fits an int32');
    assert.ok(position >= 0 && position <= 0x7fff_ffff, 'the position fits an int32');
    const last = this.lastEntry();
    assert.ok(last === undefined || offset > last.offset, 'index offsets increase');
    assert.ok(last === undefined || position > last.position, 'index positions increase');
    this.grow();
    this.relativeOffsets[this.count] = relative;
    this.positions[this.count] = position;
    this.count += 1;
  }

  /** The last entry whose offset is at or below `offset`, or undefined if none is. */
  lookup(offset: number): OffsetPosition | undefined {
    let low = 0;
    let high = this.count - 1;
    let found = -1;
    const relative = offset - this.baseOffset;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      if ((this.relativeOffsets[middle] ?? 0) <= relative) {
        found = middle;
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    return found < 0 ? undefined : this.entryAt(found);
  }

  /** Drops every entry whose offset is at or above `endOffset`. */
  truncateToOffset(endOffset: number): void {
    while (this.count > 0 && (this.lastEntry()?.offset ?? 0) >= endOffset) this.count -= 1;
  }

  toBytes(): Uint8Array {
    const bytes = new Uint8Array(this.count * offsetIndexEntryBytes);
    const view = new DataView(bytes.buffer);
    for (let entryIndex = 0; entryIndex < this.count; entryIndex += 1) {
      view.setInt32(entryIndex * offsetIndexEntryBytes, this.relativeOffsets[entryIndex] ?? 0);
      view.setInt32(entryIndex * offsetIndexEntryBytes + 4, this.positions[entryIndex] ?? 0);
    }
    return bytes;
  }

  /**
   * Parses an index file; undefined when it is malformed (a size that is not a whole number of
   * entries, too many entries, offsets or positions that do not increase, a position at or past
   * `segmentBytes`). Such an index is rebuilt, not reported: it holds no data of its own.
   */
  static fromBytes(bytes: Uint8Array, options: { baseOffset: number; entryCountMax: number; segmentBytes: number }):
    OffsetIndex | undefined {
    if (bytes.length % offsetIndexEntryBytes !== 0) return undefined;
    const entryCount = bytes.length / offsetIndexEntryBytes;
    if (entryCount > options.entryCountMax) return undefined;
    const index = new OffsetIndex(options.baseOffset, options.entryCountMax);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let previousRelative = -1;
    let previousPosition = -1;
    for (let entryIndex = 0; entryIndex < entryCount; entryIndex += 1) {
      const relative = view.getInt32(entryIndex * offsetIndexEntryBytes);
      const position = view.getInt32(entryIndex * offsetIndexEntryBytes + 4);
      if (relative <= previousRelative || position <= previousPosition) return undefined;
      if (position >= options.segmentBytes) return undefined;
      index.append(options.baseOffset + relative, position);
      previousRelative = relative;
      previousPosition = position;
    }
    return index;
  }

  private grow(): void {
    if (this.count < this.relativeOffsets.length) return;
    const capacity = Math.min(this.entryCountMax, this.relativeOffsets.length * 2);
    const offsets = new Int32Array(capacity);
    offsets.set(this.relativeOffsets);
    const positions = new Int32Array(capacity);
    positions.set(this.positions);
    this.relativeOffsets = offsets;
    this.positions = positions;
  }
}
