// Encoding and decoding whole record batches (magic 2) with their records: what producers,
// the broker's validation, the Raft metadata log and tests use when they need the records
// themselves. The log's append path does not come here; it works on headers (header.ts).
import assert from 'node:assert/strict';
import { ByteReader, ByteWriter } from './byte-codec.js';
import { compress, decompress } from './compression.js';
import {
  batchAttribute, batchField, batchHeaderBytes, batchLogOverheadBytes, checkBatchFrame, compressionCode,
  computeBatchCrc, batchCrcMatches, readBatchHeader, recordBatchMagic,
} from './header.js';
import type { CompressionType, RecordBatchHeader, TimestampType } from './header.js';
import { readRecord, writeRecord } from './records.js';
import type { RecordHeader } from './records.js';
import { RecordBatchError } from '../errors.js';

/** A record to encode; offsets are given by its place in the batch unless `offsetDelta` is set. */
export interface RecordInput {
  readonly key?: Uint8Array | null;
  readonly value: Uint8Array | null;
  readonly headers?: readonly RecordHeader[];
  /** Milliseconds since the Unix epoch (CreateTime). */
  readonly timestampMs: number;
  readonly offsetDelta?: number;
}

/** Everything a batch carries besides its records; every field has Kafka's default. */
export interface EncodeRecordBatchOptions {
  readonly records: readonly RecordInput[];
  /** Default 0; the log assigns the real one on append. */
  readonly baseOffset?: number;
  /** Default -1; the log stamps the leader epoch on append. */
  readonly partitionLeaderEpoch?: number;
  readonly compression?: CompressionType;
  readonly timestampType?: TimestampType;
  readonly isTransactional?: boolean;
  readonly isControl?: boolean;
  /** Default -1n (not idempotent). */
  readonly producerId?: bigint;
  readonly producerEpoch?: number;
  readonly baseSequence?: number;
  /**
   * The cleaner's rewrite of a batch (cleaner/batch-filter.ts): the original lastOffsetDelta,
   * kept when its last records were removed, as Kafka keeps it so that the producer's last
   * sequence number survives compaction; default the last record's offset delta.
   */
  readonly lastOffsetDelta?: number;
  /**
   * KIP-534: the time after which the batch's tombstones may be removed. Sets the delete-horizon
   * attribute and becomes the base timestamp, the records' timestamps staying what they were.
   */
  readonly deleteHorizonMs?: number;
  /** The stored max timestamp of a LogAppendTime batch (default: the largest record timestamp). */
  readonly maxTimestampMs?: number;
}

/** A decoded record with its absolute offset and timestamp. */
export interface DecodedRecord {
  readonly offset: number;
  readonly timestampMs: number;
  readonly key: Uint8Array | null;
  readonly value: Uint8Array | null;
  readonly headers: readonly RecordHeader[];
  readonly attributes: number;
  readonly offsetDelta: number;
  readonly timestampDelta: number;
}

export interface DecodedRecordBatch {
  readonly header: RecordBatchHeader;
  readonly records: readonly DecodedRecord[];
}

/**
 * Encodes one record batch with a valid CRC-32C.
 *
 * @example
 * const bytes = encodeRecordBatch({ records: [{ value: utf8('hi'), timestampMs: 1700000000000 }] });
 */
export function encodeRecordBatch(options: EncodeRecordBatchOptions): Uint8Array {
  const { records } = options;
  assert.ok(records.length > 0, 'a batch holds at least one record');
  const baseTimestampMs = options.deleteHorizonMs ?? records[0]?.timestampMs ?? -1;
  let maxTimestampMs = -1;
  let lastOffsetDelta = 0;
  const body = new ByteWriter(estimateRecordsBytes(records));
  records.forEach((record, recordIndex) => {
    const offsetDelta = record.offsetDelta ?? recordIndex;
    assert.ok(offsetDelta >= lastOffsetDelta || recordIndex === 0, 'offset deltas increase');
    lastOffsetDelta = offsetDelta;
    maxTimestampMs = Math.max(maxTimestampMs, record.timestampMs);
    writeRecord(body, {
      attributes: 0,
      timestampDelta: record.timestampMs - baseTimestampMs,
      offsetDelta,
      key: record.key ?? null,
      value: record.value,
      headers: record.headers ?? [],
    });
  });
  assert.ok(options.lastOffsetDelta === undefined || options.lastOffsetDelta >= lastOffsetDelta,
    'a kept lastOffsetDelta covers every record');
  lastOffsetDelta = options.lastOffsetDelta ?? lastOffsetDelta;
  maxTimestampMs = options.maxTimestampMs ?? maxTimestampMs;
  const compression = options.compression ?? 'none';
  const payload = compress(compression, body.written());
  const writer = new ByteWriter(batchHeaderBytes + payload.length);
  writer.int64(options.baseOffset ?? 0);
  writer.int32(0); // batchLength, patched below
  writer.int32(options.partitionLeaderEpoch ?? -1);
  writer.int8(recordBatchMagic);
  writer.uint32(0); // crc, patched below
  writer.int16(attributesOf(options, compression));
  writer.int32(lastOffsetDelta);
  writer.int64(baseTimestampMs);
  writer.int64(maxTimestampMs);
  writer.bigInt64(options.producerId ?? -1n);
  writer.int16(options.producerEpoch ?? -1);
  writer.int32(options.baseSequence ?? -1);
  writer.int32(records.length);
  writer.bytes(payload);
  const bytes = writer.finish();
  const view = new DataView(bytes.buffer);
  view.setInt32(batchField.batchLength, bytes.length - batchLogOverheadBytes);
  view.setUint32(batchField.crc, computeBatchCrc(bytes, 0, bytes.length));
  assert.equal(checkBatchFrame(bytes, 0), bytes.length, 'the encoded batch frames itself');
  return bytes;
}

function attributesOf(options: EncodeRecordBatchOptions, compression: CompressionType): number {
  let attributes = compressionCode(compression);
  if (options.timestampType === 'LogAppendTime') attributes |= batchAttribute.logAppendTime;
  if (options.isTransactional === true) attributes |= batchAttribute.transactional;
  if (options.isControl === true) attributes |= batchAttribute.control;
  if (options.deleteHorizonMs !== undefined) attributes |= batchAttribute.deleteHorizon;
  return attributes;
}

/**
 * Decodes the batch at `position` of `bytes`, decompressing its records. Checks the frame, the
 * CRC (unless `verifyCrc` is false), the record count and that the records fill the batch.
 * Throws RecordBatchError on any mismatch.
 */
export function decodeRecordBatch(bytes: Uint8Array, position = 0, options: { verifyCrc?: boolean } = {}):
  DecodedRecordBatch {
  const batchBytes = checkBatchFrame(bytes, position);
  const header = readBatchHeader(bytes, position);
  if (options.verifyCrc !== false && !batchCrcMatches(bytes, position, batchBytes)) {
    throw new RecordBatchError(`Cannot decode record batch at byte ${position}: CRC mismatch`, 'CORRUPT_MESSAGE',
      position + batchField.crc);
  }
  const payload = decompress(header.compression, bytes.subarray(position + batchHeaderBytes, position + batchBytes));
  const reader = new ByteReader(payload);
  const records: DecodedRecord[] = [];
  for (let recordIndex = 0; recordIndex < header.recordCount; recordIndex += 1) {
    const fields = readRecord(reader);
    const timestampMs = header.timestampType === 'LogAppendTime'
      ? header.maxTimestampMs
      : header.baseTimestampMs + fields.timestampDelta;
    records.push({ ...fields, offset: header.baseOffset + fields.offsetDelta, timestampMs });
  }
  if (reader.remaining !== 0) throw reader.invalid(`${reader.remaining} bytes after the last record`);
  return { header, records };
}

/** Decodes every batch of `bytes` (concatenated batches, as in a fetch response). */
export function decodeRecordBatches(bytes: Uint8Array, options: { verifyCrc?: boolean } = {}): DecodedRecordBatch[] {
  const batches: DecodedRecordBatch[] = [];
  let position = 0;
  while (position < bytes.length) {
    const decoded = decodeRecordBatch(bytes, position, options);
    batches.push(decoded);
    position += batchLogOverheadBytes + decoded.header.batchLength;
  }
  return batches;
}

/**
 * Validates the records of a batch the way a leader does before accepting it (Kafka's
 * LogValidator for magic 2): the records parse and fill the batch exactly, their count matches
 * the header, offset deltas run 0, 1, 2, … up to lastOffsetDelta. Walks the records without
 * materialising them. Throws RecordBatchError with INVALID_RECORD otherwise.
 */
export function validateBatchRecords(bytes: Uint8Array, position = 0): void {
  const batchBytes = checkBatchFrame(bytes, position);
  const header = readBatchHeader(bytes, position);
  const payload = decompress(header.compression, bytes.subarray(position + batchHeaderBytes, position + batchBytes));
  const reader = new ByteReader(payload);
  const invalid = (what: string): RecordBatchError =>
    new RecordBatchError(`Cannot accept record batch at byte ${position}: ${what}`, 'INVALID_RECORD', position);
  for (let recordIndex = 0; recordIndex < header.recordCount; recordIndex += 1) {
    const length = reader.varint();
    if (length < 0 || length > reader.remaining) throw invalid(`record ${recordIndex} has length ${length}`);
    const end = reader.position + length;
    const body = new ByteReader(payload, reader.position, end);
    body.int8();
    body.varlong();
    const offsetDelta = body.varint();
    if (offsetDelta !== recordIndex) throw invalid(`record ${recordIndex} has offset delta ${offsetDelta}`);
    skipNullableBytes(body);
    skipNullableBytes(body);
    const headerCount = body.varint();
    if (headerCount < 0) throw invalid(`record ${recordIndex} has ${headerCount} headers`);
    for (let headerIndex = 0; headerIndex < headerCount; headerIndex += 1) {
      skipNullableBytes(body);
      skipNullableBytes(body);
    }
    if (body.remaining !== 0) throw invalid(`record ${recordIndex} has ${body.remaining} bytes left over`);
    reader.position = end;
  }
  if (reader.remaining !== 0) throw invalid(`${reader.remaining} bytes after the last record`);
  if (header.recordCount > 0 && header.lastOffsetDelta !== header.recordCount - 1) {
    throw invalid(`lastOffsetDelta ${header.lastOffsetDelta} for ${header.recordCount} records`);
  }
}

/** Steps over a varint-length-prefixed byte string (length -1 is null) without copying it. */
function skipNullableBytes(reader: ByteReader): void {
  const length = reader.varint();
  if (length < -1) throw reader.invalid(`negative length ${length}`);
  if (length > 0) reader.position += lengthWithin(reader, length);
}

function lengthWithin(reader: ByteReader, length: number): number {
  if (length > reader.remaining) throw reader.invalid(`length ${length} beyond the record`);
  return length;
}

/** A generous guess of the encoded size of `records`, so the writer rarely grows. */
function estimateRecordsBytes(records: readonly RecordInput[]): number {
  let total = 0;
  for (const record of records) {
    total += 32 + (record.key?.length ?? 0) + (record.value?.length ?? 0);
    for (const header of record.headers ?? []) total += 16 + header.key.length * 3 + (header.value?.length ?? 0);
  }
  return total;
}
