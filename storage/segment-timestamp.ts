// Finding an offset by timestamp inside one segment (ListOffsets by timestamp, KIP-79): start at
// the time index entry at or below the timestamp (time-index.ts explains why that is safe), walk
// batches to the first whose max timestamp reaches it, and decode (decompressing if needed) only
// that batch to find the record.
import assert from 'node:assert/strict';
import { RecordBatchError } from './errors.js';
import { decodeRecordBatch } from './record-batch/batch.js';
import type { Segment } from './segment.js';
import { scanBatches } from './segment-scan.js';
import type { ScannedBatch } from './segment-scan.js';

/** An offset found by timestamp, with that record's timestamp. */
export interface TimestampMatch {
  readonly offset: number;
  readonly timestampMs: number;
}

/**
 * The first record of `segment` at or after `minOffset` whose timestamp is at or after
 * `timestampMs`, or undefined if the segment has none. Flaws met on the way are corruption.
 */
export async function findOffsetByTimestamp(segment: Segment, timestampMs: number, minOffset: number):
  Promise<TimestampMatch | undefined> {
  if (segment.maxTimestampMs < timestampMs || minOffset >= segment.endOffset) return undefined;
  const entry = segment.timeIndex.lookup(timestampMs);
  const start = await segment.locate(Math.max(entry?.offset ?? segment.baseOffset, minOffset));
  if (start === undefined) return undefined;
  let found: TimestampMatch | undefined;
  const outcome = await scanBatches(segment.file, { fromPosition: start.position, endPosition: segment.sizeBytes },
    { readBodies: true, verifyCrc: true }, (batch) => {
      if (batch.header.maxTimestampMs < timestampMs) return 'continue';
      found = firstRecordAtOrAfter(segment, batch, { timestampMs, minOffset });
      return found === undefined ? 'continue' : 'stop';
    });
  if (outcome.problem !== undefined) throw segment.corruption(outcome.problem);
  return found;
}

function firstRecordAtOrAfter(segment: Segment, batch: ScannedBatch, bounds: { timestampMs: number; minOffset: number }):
  TimestampMatch | undefined {
  assert.ok(batch.bytes !== undefined, 'the scan read the batch');
  let decoded;
  try {
    decoded = decodeRecordBatch(batch.bytes, 0, { verifyCrc: false });
  } catch (error) {
    if (error instanceof RecordBatchError) throw segment.corruptionAt(batch.position, error.message, 'bad-length');
    throw error;
  }
  const record = decoded.records.find((candidate) => candidate.timestampMs >= bounds.timestampMs &&
    candidate.offset >= bounds.minOffset);
  return record === undefined ? undefined : { offset: record.offset, timestampMs: record.timestampMs };
}
