// The cleaner's rule for one record batch (Kafka's MemoryRecords.filterTo with the LogCleaner's
// retention rule, KIP-534 for tombstones). A record is kept when it has a key, is the latest
// record of that key in the offset map (or newer than the map: the map covers only the dirty
// section), and, for a tombstone (null value), its batch's delete horizon has not passed. The
// first cleaning that keeps a tombstone sets the horizon: cleaning time + delete.retention.ms.
//
// A kept batch keeps its base offset, lastOffsetDelta, partition leader epoch, attributes and
// producer fields, and every kept record its offset delta, key, value, headers and timestamp, so
// every offset means what it meant; only the CRC and the batch length change. A batch whose
// records all stay (and that needs no horizon) is kept byte for byte; one whose records all go
// is dropped. Kafka keeps such an empty batch when it is a producer's last, for the producer
// state it rebuilds from the log; Weir rebuilds no producer state from the log, so it drops it.
// Control batches are kept as they are (Weir writes none; Kafka's transaction markers have
// rules of their own). A zstd batch is rewritten uncompressed: Weir has no zstd encoder.
// Keyless records are removed, as Kafka's cleaner does (a compacted topic refuses them on produce).
import assert from 'node:assert/strict';
import { decodeRecordBatch, encodeRecordBatch } from '../record-batch/batch.js';
import type { DecodedRecord, RecordInput } from '../record-batch/batch.js';
import type { RecordBatchHeader } from '../record-batch/header.js';

/** What the rule needs besides the batch. */
export interface BatchFilterRules {
  /** The offset of the latest record of `key` in the offset map, or undefined. */
  readonly latestOffsetOf: (key: Uint8Array) => number | undefined;
  /** The time the cleaning started (horizons are set and compared against it). */
  readonly nowMs: number;
  readonly deleteRetentionMs: number;
  /**
   * Test only (TestOnlyBreakDurability.compactionDropsLatestRecord): the latest record of a key
   * is removed as if superseded, the loss sim/checkers/compaction.ts must report.
   */
  readonly dropLatestRecord?: boolean;
}

/** What became of a batch. */
export type BatchFilterOutcome =
  | { readonly kind: 'kept'; readonly recordCount: number; readonly pendingDeleteHorizonMs: number | undefined }
  | { readonly kind: 'dropped'; readonly removedCount: number }
  | {
    readonly kind: 'rewritten'; readonly bytes: Uint8Array; readonly keptCount: number;
    readonly removedCount: number;
    /** The horizon of the tombstones the batch still holds (a later cleaning removes them), if any. */
    readonly pendingDeleteHorizonMs: number | undefined;
  };

/** Applies the cleaner's rule to the whole batch `bytes` (CRC already checked). */
export function filterBatch(bytes: Uint8Array, rules: BatchFilterRules): BatchFilterOutcome {
  const { header, records } = decodeRecordBatch(bytes, 0, { verifyCrc: false });
  if (header.isControl) return { kind: 'kept', recordCount: records.length, pendingDeleteHorizonMs: undefined };
  const horizonPassed = header.hasDeleteHorizon && rules.nowMs >= header.baseTimestampMs;
  const kept = records.filter((record) => isRetained(record, rules, horizonPassed));
  const removedCount = records.length - kept.length;
  if (kept.length === 0) return { kind: 'dropped', removedCount };
  const holdsTombstones = kept.some((record) => record.value === null);
  const needsHorizon = !header.hasDeleteHorizon && holdsTombstones;
  const deleteHorizonMs = needsHorizon ? rules.nowMs + rules.deleteRetentionMs
    : header.hasDeleteHorizon ? header.baseTimestampMs : undefined;
  const pendingDeleteHorizonMs = holdsTombstones ? deleteHorizonMs : undefined;
  assert.ok(!holdsTombstones || !horizonPassed, 'a tombstone past its horizon is never kept');
  if (removedCount === 0 && !needsHorizon) return { kind: 'kept', recordCount: records.length, pendingDeleteHorizonMs };
  const rewritten = rewriteBatch(header, kept, deleteHorizonMs);
  assert.ok(kept.length < records.length || needsHorizon, 'a batch is rewritten only for a change');
  return { kind: 'rewritten', bytes: rewritten, keptCount: kept.length, removedCount, pendingDeleteHorizonMs };
}

function isRetained(record: DecodedRecord, rules: BatchFilterRules, horizonPassed: boolean): boolean {
  if (record.key === null) return false;
  const latestOffset = rules.latestOffsetOf(record.key);
  const isLatest = latestOffset === undefined || record.offset >= latestOffset;
  if (rules.dropLatestRecord === true && latestOffset === record.offset) return false;
  return isLatest && (record.value !== null || !horizonPassed);
}

/** The batch re-encoded with only `kept`, every field that gives offsets meaning kept. */
function rewriteBatch(header: RecordBatchHeader, kept: readonly DecodedRecord[], deleteHorizonMs: number | undefined):
  Uint8Array {
  // The stored timestamp of each record (for LogAppendTime the decoder reports the batch's).
  const records: RecordInput[] = kept.map((record) => ({
    key: record.key, value: record.value, headers: record.headers, offsetDelta: record.offsetDelta,
    timestampMs: header.baseTimestampMs + record.timestampDelta,
  }));
  const rewritten = encodeRecordBatch({
    records,
    baseOffset: header.baseOffset,
    partitionLeaderEpoch: header.partitionLeaderEpoch,
    compression: header.compression === 'zstd' ? 'none' : header.compression,
    timestampType: header.timestampType,
    isTransactional: header.isTransactional,
    isControl: header.isControl,
    producerId: header.producerId,
    producerEpoch: header.producerEpoch,
    baseSequence: header.baseSequence,
    lastOffsetDelta: header.lastOffsetDelta,
    ...(deleteHorizonMs === undefined ? {} : { deleteHorizonMs }),
    ...(header.timestampType === 'LogAppendTime' ? { maxTimestampMs: header.maxTimestampMs } : {}),
  });
  return rewritten;
}
