// The compaction checker (issue 12): the compacted log is, key by key, the latest value of the
// uncompacted one at the same offset. Pure: it compares two views of one partition, the records
// ever appended (the uncompacted log, in offset order) and what a reader of the compacted log
// sees now, so the simulator, the storage property tests and the real-process test share it.
//
// Anomalies (Jepsen's names where the meaning is theirs, simulation.md §4.1):
// - lost-write: a key's latest record is missing from the compacted log (a tombstone may go once
//   its delete horizon passed, when the caller says so);
// - inconsistent-offsets: an offset of the compacted log holds another key or value than the
//   uncompacted log holds there;
// - invented-write: the compacted log holds an offset the uncompacted log never had;
// - nonmonotonic-offsets: offsets do not strictly increase in the compacted log;
// - superseded-kept: below the cleaned offset, a record that a later record of its key (also
//   below it) superseded is still there: the cleaner did not do its job (no data is lost).
// Keyless records may be removed (Kafka's cleaner removes them) and are never required.
import { decodeRecordBatches } from '../../storage/mod.js';

const utf8 = new TextDecoder();

/**
 * The records of concatenated batches (a fetch answer, a log read) at or after `fromOffset`, as
 * the checker compares them: key and value decoded as UTF-8. A read may begin with a batch that
 * starts before the offset asked for, whose earlier records the caller already has.
 */
export function checkedRecordsOf(batches: Uint8Array, fromOffset = 0): CheckedRecord[] {
  const records: CheckedRecord[] = [];
  for (const batch of decodeRecordBatches(batches)) {
    for (const record of batch.records) {
      if (record.offset < fromOffset) continue;
      records.push({ offset: record.offset, key: record.key === null ? null : utf8.decode(record.key),
        value: record.value === null ? null : utf8.decode(record.value) });
    }
  }
  return records;
}

/** One record as the checker compares it: key and value as text (null for none). */
export interface CheckedRecord {
  readonly offset: number;
  readonly key: string | null;
  readonly value: string | null;
}

export type CompactionAnomalyName =
  | 'lost-write' | 'inconsistent-offsets' | 'invented-write' | 'nonmonotonic-offsets' | 'superseded-kept';

export interface CompactionAnomaly {
  readonly anomaly: CompactionAnomalyName;
  readonly message: string;
}

export interface CompactionCheckOptions {
  /**
   * Offsets below this were cleaned (the cleaner checkpoint after the last cleaning): there
   * every key holds only its latest record below it. Omit to check safety only.
   */
  readonly cleanedBelow?: number;
  /** Whether a key's latest record that is a tombstone may be gone (its horizon passed). */
  readonly tombstonesMayBeRemoved: boolean;
}

/**
 * Compares `compacted` (what the log holds now, in offset order) with `uncompacted` (every
 * record appended, in offset order). Returns the anomalies found; none means the compacted log
 * is, key by key, the latest value of the uncompacted one at the same offset.
 */
export function checkCompactedLog(uncompacted: readonly CheckedRecord[], compacted: readonly CheckedRecord[],
  options: CompactionCheckOptions): CompactionAnomaly[] {
  const anomalies: CompactionAnomaly[] = [];
  const report = (anomaly: CompactionAnomalyName, message: string): void => { anomalies.push({ anomaly, message }); };
  const original = new Map(uncompacted.map((record) => [record.offset, record]));
  const kept = new Map<number, CheckedRecord>();
  let previousOffset = -1;
  for (const record of compacted) {
    if (record.offset <= previousOffset) {
      report('nonmonotonic-offsets', `offset ${record.offset} follows offset ${previousOffset}`);
    }
    previousOffset = Math.max(previousOffset, record.offset);
    kept.set(record.offset, record);
    const before = original.get(record.offset);
    if (before === undefined) {
      report('invented-write', `offset ${record.offset} (key ${show(record.key)}) was never appended`);
    } else if (before.key !== record.key || before.value !== record.value) {
      report('inconsistent-offsets', `offset ${record.offset} held key ${show(before.key)} = ${show(before.value)}, ` +
        `now key ${show(record.key)} = ${show(record.value)}`);
    }
  }
  for (const latest of latestByKey(uncompacted).values()) {
    if (kept.has(latest.offset)) continue;
    if (latest.value === null && options.tombstonesMayBeRemoved) continue;
    report('lost-write', `key ${show(latest.key)}: its latest record (offset ${latest.offset}, ` +
      `value ${show(latest.value)}) is gone`);
  }
  if (options.cleanedBelow !== undefined) checkCleaned(uncompacted, kept, options.cleanedBelow, report);
  return anomalies;
}

/** Below `cleanedBelow` only the latest record of each key (among those below it) may remain. */
function checkCleaned(uncompacted: readonly CheckedRecord[], kept: ReadonlyMap<number, CheckedRecord>,
  cleanedBelow: number, report: (anomaly: CompactionAnomalyName, message: string) => void): void {
  const latestBelow = latestByKey(uncompacted.filter((record) => record.offset < cleanedBelow));
  for (const record of kept.values()) {
    if (record.offset >= cleanedBelow || record.key === null) continue;
    const latest = latestBelow.get(record.key);
    if (latest !== undefined && latest.offset > record.offset) {
      report('superseded-kept', `key ${show(record.key)}: offset ${record.offset} is kept below the cleaned ` +
        `offset ${cleanedBelow}, though offset ${latest.offset} supersedes it`);
    }
  }
}

/** The latest record of every key (keyless records aside). */
function latestByKey(records: readonly CheckedRecord[]): Map<string, CheckedRecord> {
  const latest = new Map<string, CheckedRecord>();
  for (const record of records) {
    if (record.key === null) continue;
    const current = latest.get(record.key);
    if (current === undefined || record.offset > current.offset) latest.set(record.key, record);
  }
  return latest;
}

function show(text: string | null): string {
  return text === null ? 'null' : JSON.stringify(text);
}
