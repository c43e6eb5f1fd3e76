// The leader's check of a produce request's records before they reach the log, after Kafka's
// ProduceRequest.validateRecords and LogValidator (magic 2 only, KIP-98): exactly one batch, a
// sound frame and CRC (CORRUPT_MESSAGE), a size within max.message.bytes (MESSAGE_TOO_LARGE) and
// segment.bytes (RECORD_LIST_TOO_LARGE), base offset 0 and no control batch from a client,
// records that decode with offset deltas 0, 1, 2, … (INVALID_RECORD). Then each record on its
// own, as LogValidator.validateRecord does: a key on a compacted topic, a CreateTime timestamp
// inside the topic's window. Every bad record is listed (its index and why), so that a client
// fails exactly those records and may retry the rest (librdkafka does); the partition's error is
// INVALID_TIMESTAMP when any timestamp is bad, else INVALID_RECORD (processRecordErrors).
// Pure: the caller supplies the time. Outcomes are values, never throws (STYLE.md §8).
import assert from 'node:assert/strict';
import {
  RecordBatchError, batchField, checkBatchFrame, batchCrcMatches, decodeRecordBatch, readBatchHeader,
  recordBatchMagic,
} from '../../../storage/mod.js';
import type { DecodedRecord, DecodedRecordBatch, RecordBatchHeader } from '../../../storage/mod.js';
import { ErrorCode } from '../../protocol/mod.js';
import type { PartitionSettings } from './partition-settings.js';

/** One record that failed validation: its index inside the batch and why. */
export interface RecordError {
  readonly batchIndex: number;
  readonly message: string;
}

/** Accepted (with the batch header and record count), or refused with Kafka's error code. */
export type ProduceValidation =
  | { readonly ok: true; readonly header: RecordBatchHeader; readonly recordCount: number }
  | {
    readonly ok: false;
    readonly errorCode: number;
    readonly errorMessage: string;
    readonly recordErrors: readonly RecordError[];
  };

/** The partition's settings and the broker's view of time and request version. */
export interface ValidateProduceOptions {
  readonly settings: PartitionSettings;
  /** The broker's wall-clock time for the timestamp window. */
  readonly nowMs: number;
  /** Produce request version: zstd needs v7 or later (KIP-110). */
  readonly apiVersion: number;
}

function refuse(errorCode: number, errorMessage: string, recordErrors: readonly RecordError[] = []): ProduceValidation {
  return { ok: false, errorCode, errorMessage, recordErrors };
}

function codeOf(error: RecordBatchError): number {
  switch (error.code) {
    case 'CORRUPT_MESSAGE': return ErrorCode.CORRUPT_MESSAGE;
    case 'INVALID_RECORD': return ErrorCode.INVALID_RECORD;
    case 'UNSUPPORTED_COMPRESSION_TYPE': return ErrorCode.UNSUPPORTED_COMPRESSION_TYPE;
    case 'OFFSET_MISMATCH': return ErrorCode.CORRUPT_MESSAGE;
    default: {
      const unexpected: never = error.code;
      assert.fail(`unknown record batch error ${String(unexpected)}`);
    }
  }
}

/** Validates the records of one partition of a produce request. */
export function validateProduceRecords(records: Uint8Array | null, options: ValidateProduceOptions): ProduceValidation {
  if (records === null || records.length === 0) {
    return refuse(ErrorCode.INVALID_RECORD, 'Produce requests must carry exactly one record batch');
  }
  if (records.length > batchField.magic && records[batchField.magic] !== recordBatchMagic) {
    return refuse(ErrorCode.INVALID_RECORD, `Produce requests from version 3 need magic 2, got ${records[batchField.magic]}`);
  }
  let batchBytes: number;
  try {
    batchBytes = checkBatchFrame(records, 0);
  } catch (error) {
    if (error instanceof RecordBatchError) return refuse(codeOf(error), error.message);
    throw error;
  }
  if (batchBytes !== records.length) {
    return refuse(ErrorCode.INVALID_RECORD, 'Produce requests must carry exactly one record batch');
  }
  const sizeRefusal = checkSize(batchBytes, options.settings);
  if (sizeRefusal !== undefined) return sizeRefusal;
  if (!batchCrcMatches(records, 0, batchBytes)) return refuse(ErrorCode.CORRUPT_MESSAGE, 'Record batch CRC mismatch');
  return validateBatchBody(records, options);
}

function checkSize(batchBytes: number, settings: PartitionSettings): ProduceValidation | undefined {
  if (batchBytes > settings.maxMessageBytes) {
    return refuse(ErrorCode.MESSAGE_TOO_LARGE,
      `Record batch of ${batchBytes} bytes exceeds max.message.bytes ${settings.maxMessageBytes}`);
  }
  const segmentBytes = settings.log.segmentBytes;
  if (segmentBytes !== undefined && batchBytes > segmentBytes) {
    return refuse(ErrorCode.RECORD_LIST_TOO_LARGE,
      `Record batch of ${batchBytes} bytes exceeds segment.bytes ${segmentBytes}`);
  }
  return undefined;
}

function validateBatchBody(records: Uint8Array, options: ValidateProduceOptions): ProduceValidation {
  let header: RecordBatchHeader;
  let decoded: DecodedRecordBatch;
  try {
    header = readBatchHeader(records, 0);
    if (header.compression === 'zstd' && options.apiVersion < 7) {
      return refuse(ErrorCode.UNSUPPORTED_COMPRESSION_TYPE, 'zstd needs Produce version 7 or later');
    }
    if (header.isControl) return refuse(ErrorCode.INVALID_RECORD, 'Clients may not write control batches');
    if (header.baseOffset !== 0) {
      return refuse(ErrorCode.INVALID_RECORD, `A produced batch has base offset 0, not ${header.baseOffset}`);
    }
    decoded = decodeRecordBatch(records, 0, { verifyCrc: false });
  } catch (error) {
    if (error instanceof RecordBatchError) return refuse(codeOf(error), error.message);
    throw error;
  }
  const structural = checkRecordOffsets(decoded);
  if (structural !== undefined) return structural;
  const recordsRefusal = checkEachRecord(decoded, options);
  if (recordsRefusal !== undefined) return recordsRefusal;
  return { ok: true, header, recordCount: decoded.records.length };
}

/** The batch's own shape: offset deltas 0, 1, 2, … and a last offset delta that matches. */
function checkRecordOffsets(decoded: DecodedRecordBatch): ProduceValidation | undefined {
  const { header, records } = decoded;
  for (const [recordIndex, record] of records.entries()) {
    if (record.offsetDelta !== recordIndex) {
      return refuse(ErrorCode.INVALID_RECORD, `Record ${recordIndex} has offset delta ${record.offsetDelta}`,
        [{ batchIndex: recordIndex, message: 'offset delta out of sequence' }]);
    }
  }
  if (records.length === 0 || header.lastOffsetDelta !== records.length - 1) {
    return refuse(ErrorCode.INVALID_RECORD,
      `lastOffsetDelta ${header.lastOffsetDelta} does not match ${records.length} records`);
  }
  return undefined;
}

/** Kafka's RecordBatch.NO_TIMESTAMP: a record without a timestamp is never out of the window. */
const NO_TIMESTAMP = -1;

/** A record's first flaw (key before timestamp, as Kafka checks them), or undefined. */
type RecordCheck = (record: DecodedRecord, batchIndex: number) =>
  { readonly errorCode: number; readonly error: RecordError } | undefined;

/** Checks every record and lists each bad one; undefined when all are sound. */
function checkEachRecord(decoded: DecodedRecordBatch, options: ValidateProduceOptions): ProduceValidation | undefined {
  const checks = recordChecks(decoded.header, options);
  const found = decoded.records.flatMap((record, batchIndex) => {
    for (const check of checks) {
      const flaw = check(record, batchIndex);
      if (flaw !== undefined) return [flaw];
    }
    return [];
  });
  if (found.length === 0) return undefined;
  assert.ok(found.length <= decoded.records.length, 'at most one error per record');
  const recordErrors = found.map((flaw) => flaw.error);
  if (found.some((flaw) => flaw.errorCode === ErrorCode.INVALID_TIMESTAMP)) {
    return refuse(ErrorCode.INVALID_TIMESTAMP, 'One or more records have been rejected due to invalid timestamp',
      recordErrors);
  }
  const shown = recordErrors.slice(0, 3).map((error) => `${error.batchIndex}: ${error.message}`).join('; ');
  return refuse(ErrorCode.INVALID_RECORD, `One or more records have been rejected due to ${recordErrors.length} ` +
    `record errors in total, and only showing the first three errors at most: ${shown}`, recordErrors);
}

/** The per-record checks that apply to this batch on this partition, in Kafka's order. */
function recordChecks(header: RecordBatchHeader, options: ValidateProduceOptions): RecordCheck[] {
  const checks: RecordCheck[] = [];
  if (options.settings.compacted) {
    checks.push((record, batchIndex) => record.key !== null ? undefined : { errorCode: ErrorCode.INVALID_RECORD,
      error: { batchIndex, message: 'Compacted topic cannot accept message without key' } });
  }
  if (header.timestampType === 'CreateTime' && options.settings.timestampType === 'CreateTime') {
    const earliestMs = options.nowMs - options.settings.timestampBeforeMaxMs;
    const latestMs = options.nowMs + options.settings.timestampAfterMaxMs;
    checks.push((record, batchIndex) => {
      const inWindow = record.timestampMs === NO_TIMESTAMP ||
        (record.timestampMs >= earliestMs && record.timestampMs <= latestMs);
      return inWindow ? undefined : { errorCode: ErrorCode.INVALID_TIMESTAMP,
        error: { batchIndex, message: `Timestamp ${record.timestampMs} is outside [${earliestMs}, ${latestMs}]` } };
    });
  }
  return checks;
}
