// Helpers of the compaction tests: keyed batches, a log's records as the compaction checker
// compares them, and running the cleaner's steps until a cleaning finishes.
import { encodeRecordBatch, Log } from '../../../storage/mod.js';
import type { CleaningStats, CompactionStepOptions } from '../../../storage/mod.js';
import { checkedRecordsOf } from '../../../sim/checkers/compaction.js';
import type { CheckedRecord } from '../../../sim/checkers/compaction.js';
import { utf8 } from '../support.js';

/** One record to append: a key and a value (null: a tombstone). */
export interface KeyedValue {
  readonly key: string;
  readonly value: string | null;
}

/** A batch of keyed records with CreateTime timestamps from `timestampMs`. */
export function keyedBatch(records: readonly KeyedValue[], timestampMs: number): Uint8Array {
  return encodeRecordBatch({ records: records.map((record, recordIndex) => ({
    key: utf8(record.key), value: record.value === null ? null : utf8(record.value), timestampMs: timestampMs + recordIndex,
  })) });
}

/** Every record of `log` from its start, as the checker compares them. */
export async function recordsOf(log: Log): Promise<CheckedRecord[]> {
  const records: CheckedRecord[] = [];
  let offset = log.logStartOffset;
  while (offset < log.logEndOffset) {
    const read = await log.read(offset, { maxBytes: 64 * 1024 });
    if (read.batchCount === 0) break;
    records.push(...checkedRecordsOf(read.records, offset));
    offset = read.nextOffset;
  }
  return records;
}

/** Default step options: the whole log below its end may be cleaned, small steps. */
export function stepOptions(log: Log, overrides: Partial<CompactionStepOptions> = {}): CompactionStepOptions {
  return { maxOffset: log.logEndOffset, stepBytes: 512, offsetMapBytesMax: 1024 * 1024, ...overrides };
}

/**
 * Steps the cleaner until a cleaning finishes (calling `between` after every working step) or
 * it has nothing to do; returns the stats, or undefined when idle. Bounded: fails after `stepsMax`.
 */
export async function cleanFully(log: Log, options: {
  step?: Partial<CompactionStepOptions>; between?: () => Promise<void>; stepsMax?: number;
} = {}): Promise<CleaningStats | undefined> {
  const stepsMax = options.stepsMax ?? 100_000;
  for (let stepIndex = 0; stepIndex < stepsMax; stepIndex += 1) {
    const outcome = await log.compactStep(stepOptions(log, options.step));
    if (outcome.kind === 'cleaned') return outcome.stats;
    if (outcome.kind !== 'working') return undefined;
    await options.between?.();
  }
  throw new Error(`the cleaning did not finish within ${stepsMax} steps`);
}
