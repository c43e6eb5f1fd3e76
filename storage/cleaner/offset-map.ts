// The cleaner's offset map: for every key met in the dirty section of a log, the offset of its
// latest record there (Kafka's SkimpyOffsetMap, which keys by an MD5 digest in a fixed buffer
// of log.cleaner.dedupe.buffer.size bytes; Weir keys by the key's own bytes, so two keys never
// collide, and bounds the map by an estimate of its memory instead).
import assert from 'node:assert/strict';
import { Buffer } from 'node:buffer';

/** Bytes an entry is counted for beyond its key: the map slot, the string header, the offset. */
const entryOverheadBytes = 48;

/** Latest offset per key over a range of the log, built in offset order. */
export class OffsetMap {
  private readonly latest = new Map<string, number>();
  private bytes = 0;
  /** The largest offset put so far; -1 when empty. */
  latestOffset = -1;

  /** `bytesMax`: memory beyond which the map counts as full (the cleaner stops at a segment end). */
  constructor(readonly bytesMax: number) {
    assert.ok(Number.isSafeInteger(bytesMax) && bytesMax > 0, 'an offset map has room');
  }

  /** Records that the latest record of `key` so far is at `offset`. Precondition: offsets grow. */
  put(key: Uint8Array, offset: number): void {
    assert.ok(offset > this.latestOffset, 'the map is built in offset order');
    const text = keyText(key);
    if (!this.latest.has(text)) this.bytes += key.length + entryOverheadBytes;
    this.latest.set(text, offset);
    this.latestOffset = offset;
  }

  /** The offset of the latest record of `key` in the mapped range, or undefined. */
  latestOffsetOf(key: Uint8Array): number | undefined {
    return this.latest.get(keyText(key));
  }

  get entryCount(): number {
    return this.latest.size;
  }

  /** The map reached its memory bound (Kafka's "offset map is full"). */
  get isFull(): boolean {
    return this.bytes >= this.bytesMax;
  }

  /** Share of the bound in use, for the buffer utilization metric. */
  get utilization(): number {
    return Math.min(1, this.bytes / this.bytesMax);
  }
}

/** The key's bytes as a string, one character per byte, so that equal keys map to equal strings. */
function keyText(key: Uint8Array): string {
  return Buffer.from(key.buffer, key.byteOffset, key.byteLength).toString('latin1');
}
