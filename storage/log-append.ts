// The pure decisions of an append: placing a produce's batches at their offsets (a leader assigns
// them from the log end offset, honouring each batch's lastOffsetDelta, which may exceed its
// record count after compaction; a follower keeps the leader's offsets, which must continue the
// log without a gap, or with one in a compacted log), stamping them, and whether the active segment must roll first.
import assert from 'node:assert/strict';
import { RecordBatchError } from './errors.js';
import type { LogConfig } from './log-config.js';
import type { AppendOptions } from './log-types.js';
import { setBaseOffset, setLogAppendTime, setPartitionLeaderEpoch } from './record-batch/header.js';
import type { BatchLocation } from './record-batch/header.js';
import type { PlacedBatch, Segment } from './segment.js';

/** Offsets and positions of `batches` once appended at `nextOffset`. */
export function planAppend(batches: readonly BatchLocation[],
  options: { nextOffset: number; assignOffsets: boolean; logAppendTimeMs?: number | undefined;
    /** A follower of a compacted log: the leader's batches may leave gaps (never go back). */
    offsetGapsAllowed?: boolean }): PlacedBatch[] {
  let nextOffset = options.nextOffset;
  const placed = batches.map((batch) => {
    const baseOffset = options.assignOffsets ? nextOffset : batch.header.baseOffset;
    const gapped = options.offsetGapsAllowed === true && baseOffset > nextOffset;
    if (baseOffset !== nextOffset && !gapped) {
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
      maxTimestampMs: options.logAppendTimeMs ?? batch.header.maxTimestampMs,
    };
  });
  assert.ok(Number.isSafeInteger(nextOffset), 'offsets stay safe integers');
  return placed;
}

/** Rewrites offsets, and the leader epoch and LogAppendTime when asked, in the caller's bytes. */
export function stampBatches(records: Uint8Array, batches: readonly BatchLocation[], baseOffsets: readonly number[],
  options: AppendOptions): void {
  assert.equal(baseOffsets.length, batches.length, 'one base offset per batch');
  batches.forEach((batch, batchIndex) => {
    const baseOffset = baseOffsets[batchIndex];
    assert.ok(baseOffset !== undefined);
    if (baseOffset !== batch.header.baseOffset) setBaseOffset(records, batch.position, baseOffset);
    if (options.partitionLeaderEpoch !== undefined) {
      setPartitionLeaderEpoch(records, batch.position, options.partitionLeaderEpoch);
    }
    if (options.logAppendTimeMs !== undefined) {
      setLogAppendTime(records, batch.position, batch.batchBytes, options.logAppendTimeMs);
    }
  });
}

/**
 * Whether the active segment must be sealed before `appendBytes` more bytes ending at
 * `lastOffset` go in: it would pass segment.bytes, its indexes are full, its first batch is older
 * than segment.ms, or offsets would overflow the indexes' int32 relative offsets. An empty
 * segment never rolls (a batch larger than segment.bytes gets a segment of its own).
 */
export function shouldRollBeforeAppend(active: Segment, context: {
  appendBytes: number; lastOffset: number; nowMs: number; config: LogConfig;
}): boolean {
  if (active.isEmpty) return false;
  const firstTimestampMs = active.firstBatchTimestampMs;
  const ageMs = firstTimestampMs !== undefined && firstTimestampMs >= 0 ? context.nowMs - firstTimestampMs : 0;
  return active.sizeBytes + context.appendBytes > context.config.segmentBytes ||
    active.isIndexFull ||
    ageMs > context.config.segmentMs ||
    context.lastOffset - active.baseOffset > 0x7fff_ffff;
}
