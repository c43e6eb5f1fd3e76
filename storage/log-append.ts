// Placing a produce's batches at their offsets: a leader assigns them from the log end offset
// (honouring each batch's lastOffsetDelta, which may exceed its record count after compaction);
// a follower keeps the leader's offsets, which must continue the log without a gap. Pure.
import assert from 'node:assert/strict';
import { RecordBatchError } from './errors.js';
import type { BatchLocation } from './record-batch/header.js';
import type { PlacedBatch } from './segment.js';

/** Offsets and positions of `batches` once appended at `nextOffset`. */
export function planAppend(batches: readonly BatchLocation[], options: { nextOffset: number; assignOffsets: boolean }):
  PlacedBatch[] {
  let nextOffset = options.nextOffset;
  const placed = batches.map((batch) => {
    const baseOffset = options.assignOffsets ? nextOffset : batch.header.baseOffset;
    if (baseOffset !== nextOffset) {
      throw new RecordBatchError(`Cannot append record batch at byte ${batch.position}: base offset ` +
        `${batch.header.baseOffset}, expected ${nextOffset}`, 'OFFSET_MISMATCH', batch.position);
    }
    const lastOffset = baseOffset + batch.header.lastOffsetDelta;
    nextOffset = lastOffset + 1;
    return {
      relativePosition: batch.position,
      batchBytes: batch.batchBytes,
      baseOffset,
      lastOffset,
      maxTimestampMs: batch.header.maxTimestampMs,
    };
  });
  assert.ok(Number.isSafeInteger(nextOffset), 'offsets stay safe integers');
  return placed;
}
