// The record-batch codec's surface inside storage/ (re-exported by storage/mod.ts): headers read
// and rewritten in place, whole batches encoded and decoded, compression codecs.
export {
  batchAttribute, batchBytesOf, batchCrcMatches, batchField, batchHeaderBytes, batchLogOverheadBytes,
  checkBatchFrame, compressionCode, computeBatchCrc, lastOffsetOf, readBatchHeader, recordBatchMagic,
  setBaseOffset, setLogAppendTime, setPartitionLeaderEpoch, splitBatches, verifyBatchCrc,
} from './header.js';
export type { BatchLocation, CompressionType, RecordBatchHeader, TimestampType } from './header.js';
export { decodeRecordBatch, decodeRecordBatches, encodeRecordBatch, validateBatchRecords } from './batch.js';
export type { DecodedRecord, DecodedRecordBatch, EncodeRecordBatchOptions, RecordInput } from './batch.js';
export type { RecordHeader } from './records.js';
export { compress, decompress, decompressedBytesMax, snappyCompressXerial } from './compression.js';
export { ByteReader, ByteWriter, varintBytes } from './byte-codec.js';
export {
  TransactionMarkerError, controlRecordType, decodeTransactionMarker, encodeTransactionMarkerBatch, transactionMarkerType,
} from './transaction-marker.js';
export type { TransactionMarker, TransactionMarkerBatch } from './transaction-marker.js';
