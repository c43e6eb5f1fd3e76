// The fixed 61-byte header of a Kafka record batch, magic 2 (KIP-98; Kafka's DefaultRecordBatch):
// read, validated and rewritten without decoding the records behind it, which is all the append
// path needs. Layout (big-endian):
//
//   0 baseOffset int64       12 partitionLeaderEpoch int32   17 crc uint32 (CRC-32C, bytes 21..end)
//   8 batchLength int32      16 magic int8                   21 attributes int16
//  23 lastOffsetDelta int32  27 baseTimestamp int64          35 maxTimestamp int64
//  43 producerId int64       51 producerEpoch int16          53 baseSequence int32
//  57 recordCount int32      61 records (one compressed blob when the codec is not none)
//
// baseOffset, batchLength and partitionLeaderEpoch lie outside the CRC, so the broker can assign
// offsets and stamp the leader epoch without recomputing it.
import assert from 'node:assert/strict';
import { crc32c } from '../crc32c.js';
import { RecordBatchError } from '../errors.js';
import { readInt64AsNumber, writeInt64FromNumber } from './byte-codec.js';

export const batchHeaderBytes = 61;
/** Bytes before batchLength's count starts: baseOffset and batchLength themselves. */
export const batchLogOverheadBytes = 12;
export const recordBatchMagic = 2;

export const batchField = {
  baseOffset: 0,
  batchLength: 8,
  partitionLeaderEpoch: 12,
  magic: 16,
  crc: 17,
  attributes: 21,
  lastOffsetDelta: 23,
  baseTimestamp: 27,
  maxTimestamp: 35,
  producerId: 43,
  producerEpoch: 51,
  baseSequence: 53,
  recordCount: 57,
} as const;

/** Attribute bits of a batch (Kafka's DefaultRecordBatch). */
export const batchAttribute = {
  compressionMask: 0x07,
  logAppendTime: 0x08,
  transactional: 0x10,
  control: 0x20,
  deleteHorizon: 0x40,
} as const;

export type CompressionType = 'none' | 'gzip' | 'snappy' | 'lz4' | 'zstd';
export type TimestampType = 'CreateTime' | 'LogAppendTime';

const compressionByCode: readonly CompressionType[] = ['none', 'gzip', 'snappy', 'lz4', 'zstd'];

/** The attribute code of a compression type (0 none, 1 gzip, 2 snappy, 3 lz4, 4 zstd). */
export function compressionCode(compression: CompressionType): number {
  const code = compressionByCode.indexOf(compression);
  assert.ok(code >= 0, `known compression type "${compression}"`);
  return code;
}

/** The header fields of one record batch, as stored. */
export interface RecordBatchHeader {
  /** Offset of the first record. Invariant: lastOffset = baseOffset + lastOffsetDelta. */
  readonly baseOffset: number;
  /** Bytes after the batchLength field; the batch takes 12 + batchLength bytes. */
  readonly batchLength: number;
  /** The leader epoch that appended the batch (the Raft epoch in the metadata log); -1 if none. */
  readonly partitionLeaderEpoch: number;
  readonly magic: number;
  readonly crc: number;
  readonly attributes: number;
  readonly compression: CompressionType;
  readonly timestampType: TimestampType;
  readonly isTransactional: boolean;
  readonly isControl: boolean;
  readonly hasDeleteHorizon: boolean;
  readonly lastOffsetDelta: number;
  readonly baseTimestampMs: number;
  readonly maxTimestampMs: number;
  /** -1n when the producer is not idempotent. */
  readonly producerId: bigint;
  readonly producerEpoch: number;
  readonly baseSequence: number;
  readonly recordCount: number;
}

/** Total bytes of the batch whose header is `header`. */
export function batchBytesOf(header: Pick<RecordBatchHeader, 'batchLength'>): number {
  return batchLogOverheadBytes + header.batchLength;
}

/** Offset of the last record of the batch (lastOffsetDelta is honoured, as Kafka does). */
export function lastOffsetOf(header: Pick<RecordBatchHeader, 'baseOffset' | 'lastOffsetDelta'>): number {
  return header.baseOffset + header.lastOffsetDelta;
}

function viewOf(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function invalid(message: string, position: number): RecordBatchError {
  return new RecordBatchError(message, 'CORRUPT_MESSAGE', position);
}

/**
 * Reads the batch length at `position` and checks the frame: a full header is present in
 * `bytes`, the magic is 2, the length is at least a header's, and the whole batch fits in
 * `availableBytes` (bytes from `position` to the end of the data; by default the end of
 * `bytes`, larger when `bytes` holds only the header of a batch in a file). Returns the batch's
 * total bytes. Throws RecordBatchError otherwise.
 */
export function checkBatchFrame(bytes: Uint8Array, position: number,
  availableBytes = bytes.length - position, view = viewOf(bytes)): number {
  const left = bytes.length - position;
  if (left < batchHeaderBytes) {
    throw invalid(`Cannot read record batch at byte ${position}: ${left} bytes left, header needs 61`, position);
  }
  const magic = view.getInt8(position + batchField.magic);
  if (magic !== recordBatchMagic) {
    throw invalid(`Cannot read record batch at byte ${position}: magic ${magic}, expected 2`, position);
  }
  const batchLength = view.getInt32(position + batchField.batchLength);
  if (batchLength < batchHeaderBytes - batchLogOverheadBytes) {
    throw invalid(`Cannot read record batch at byte ${position}: length ${batchLength} below the header`, position);
  }
  if (batchLength > availableBytes - batchLogOverheadBytes) {
    throw invalid(`Cannot read record batch at byte ${position}: length ${batchLength} beyond the ` +
      `${availableBytes} bytes`, position);
  }
  return batchLogOverheadBytes + batchLength;
}

/** Parses the header at `position`. Precondition: `checkBatchFrame` accepted it. */
export function readBatchHeader(bytes: Uint8Array, position = 0, view = viewOf(bytes)): RecordBatchHeader {
  assert.ok(position + batchHeaderBytes <= bytes.length, 'a whole header lies within the bytes');
  const attributes = view.getInt16(position + batchField.attributes);
  const codec = attributes & batchAttribute.compressionMask;
  const compression = compressionByCode[codec];
  if (compression === undefined) {
    throw new RecordBatchError(`Cannot read record batch at byte ${position}: compression code ${codec}`,
      'UNSUPPORTED_COMPRESSION_TYPE', position + batchField.attributes);
  }
  const lastOffsetDelta = view.getInt32(position + batchField.lastOffsetDelta);
  const recordCount = view.getInt32(position + batchField.recordCount);
  if (lastOffsetDelta < 0 || recordCount < 0) {
    throw invalid(`Cannot read record batch at byte ${position}: negative lastOffsetDelta or record count`,
      position);
  }
  return {
    baseOffset: readInt64AsNumber(view, position + batchField.baseOffset),
    batchLength: view.getInt32(position + batchField.batchLength),
    partitionLeaderEpoch: view.getInt32(position + batchField.partitionLeaderEpoch),
    magic: view.getInt8(position + batchField.magic),
    crc: view.getUint32(position + batchField.crc),
    attributes,
    compression,
    timestampType: (attributes & batchAttribute.logAppendTime) !== 0 ? 'LogAppendTime' : 'CreateTime',
    isTransactional: (attributes & batchAttribute.transactional) !== 0,
    isControl: (attributes & batchAttribute.control) !== 0,
    hasDeleteHorizon: (attributes & batchAttribute.deleteHorizon) !== 0,
    lastOffsetDelta,
    baseTimestampMs: readInt64AsNumber(view, position + batchField.baseTimestamp),
    maxTimestampMs: readInt64AsNumber(view, position + batchField.maxTimestamp),
    producerId: view.getBigInt64(position + batchField.producerId),
    producerEpoch: view.getInt16(position + batchField.producerEpoch),
    baseSequence: view.getInt32(position + batchField.baseSequence),
    recordCount,
  };
}

/** The CRC-32C the batch at `position` (of `batchBytes` bytes) should carry. */
export function computeBatchCrc(bytes: Uint8Array, position: number, batchBytes: number): number {
  assert.ok(position + batchBytes <= bytes.length, 'the batch lies within the bytes');
  return crc32c(bytes.subarray(position + batchField.attributes, position + batchBytes));
}

/** Whether the stored CRC of the batch at `position` matches its bytes. */
export function batchCrcMatches(bytes: Uint8Array, position: number, batchBytes: number,
  view = viewOf(bytes)): boolean {
  const stored = view.getUint32(position + batchField.crc);
  return computeBatchCrc(bytes, position, batchBytes) === stored;
}

/** Rewrites baseOffset in place (outside the CRC). */
export function setBaseOffset(bytes: Uint8Array, position: number, baseOffset: number): void {
  writeInt64FromNumber(viewOf(bytes), position + batchField.baseOffset, baseOffset);
}

/** Rewrites partitionLeaderEpoch in place (outside the CRC). */
export function setPartitionLeaderEpoch(bytes: Uint8Array, position: number, epoch: number): void {
  assert.ok(Number.isInteger(epoch) && epoch >= -1 && epoch <= 0x7fff_ffff, 'a leader epoch is an int32 ≥ -1');
  viewOf(bytes).setInt32(position + batchField.partitionLeaderEpoch, epoch);
}

/**
 * Stamps LogAppendTime in place: sets the timestamp-type bit and maxTimestamp, then recomputes
 * the CRC (both lie inside it), as a broker does for topics with message.timestamp.type
 * LogAppendTime.
 */
export function setLogAppendTime(bytes: Uint8Array, position: number, batchBytes: number, timeMs: number): void {
  const view = viewOf(bytes);
  const attributes = view.getInt16(position + batchField.attributes);
  view.setInt16(position + batchField.attributes, attributes | batchAttribute.logAppendTime);
  writeInt64FromNumber(view, position + batchField.maxTimestamp, timeMs);
  view.setUint32(position + batchField.crc, computeBatchCrc(bytes, position, batchBytes));
  assert.ok(batchCrcMatches(bytes, position, batchBytes), 'the recomputed CRC matches');
}

/** Throws RecordBatchError (CORRUPT_MESSAGE) unless the batch's stored CRC matches its bytes. */
export function verifyBatchCrc(bytes: Uint8Array, batch: { position: number; batchBytes: number },
  view = viewOf(bytes)): void {
  if (!batchCrcMatches(bytes, batch.position, batch.batchBytes, view)) {
    throw invalid(`Cannot accept record batch at byte ${batch.position}: CRC mismatch`, batch.position + batchField.crc);
  }
}

/** A batch found in a buffer: where it starts, how long it is, and its header. */
export interface BatchLocation {
  readonly position: number;
  readonly batchBytes: number;
  readonly header: RecordBatchHeader;
}

/**
 * Splits `bytes` (one or more concatenated batches, as in a produce request) into batches,
 * checking each frame, header and (unless `verifyCrc` is false) CRC. Throws RecordBatchError on
 * the first bad one.
 */
export function splitBatches(bytes: Uint8Array, options: { verifyCrc?: boolean } = {}): BatchLocation[] {
  const batches: BatchLocation[] = [];
  const view = viewOf(bytes);
  let position = 0;
  while (position < bytes.length) {
    const batchBytes = checkBatchFrame(bytes, position, bytes.length - position, view);
    const header = readBatchHeader(bytes, position, view);
    if (options.verifyCrc !== false) verifyBatchCrc(bytes, { position, batchBytes }, view);
    batches.push({ position, batchBytes, header });
    position += batchBytes;
  }
  assert.equal(position, bytes.length, 'the batches cover the bytes exactly');
  return batches;
}
