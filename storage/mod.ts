// The public surface of storage/: code outside this folder imports storage only from here.
//
// Persisting the Raft metadata log with this API (for src/ and sim/):
// 1. Open it like any log, with fsync on every append:
//      const log = await Log.open({ disk, directory: `${logDir}/__cluster_metadata-0`, clock,
//        config: { ...fsyncEveryAppend, segmentBytes: ... } });
//    `append` then returns only after the bytes are fsynced (result.flushed is true), so the
//    driver may acknowledge (send a Fetch response, grant a vote) right after it settles.
// 2. Each Raft entry, or a group of entries proposed together, is one record batch whose
//    records are the metadata records (encodeRecordBatch); its partitionLeaderEpoch is the
//    Raft epoch. The leader appends with `{ partitionLeaderEpoch: epoch }` (offsets assigned
//    from logEndOffset); a follower appends the leader's batches as fetched with
//    `{ assignOffsets: false }` (offsets kept; they must start at logEndOffset, else
//    RecordBatchError OFFSET_MISMATCH). Control records (leader change, snapshot markers) are
//    batches with `isControl: true`.
// 3. A Raft offset is a Kafka offset: logEndOffset is the next entry's offset, and
//    `batchHeaderAt(offset)` gives the epoch of the entry at `offset` (for Fetch's
//    lastFetchedEpoch check and log matching). `endOffsetForEpoch(epoch)` answers "where does
//    this epoch end in my log" from the leader epoch cache (the diverging-epoch answer of a
//    KRaft Fetch, and Kafka's OffsetsForLeaderEpoch); `epochEntries()` lists it. `read(offset, { maxBytes, maxOffset })` returns
//    whole batches to serve a Fetch; `maxOffset` bounds by the high watermark if wanted.
// 4. On divergence (a Fetch response with a diverging epoch and end offset) call
//    `truncateTo(endOffset)`: durable on return. A snapshot bounds the log with
//    `deleteRecordsBefore(snapshotEndOffset)`; a follower installing a snapshot past its log
//    calls `truncateFullyAndStartAt(snapshotEndOffset)`.
// 5. The quorum state (epoch, voted-for, leader) goes in its own file through
//    `writeChecksummedFile` / `readChecksummedFile` (or the unframed `writeAtomicFile`), which
//    write a temporary file, fsync, rename and fsync the directory.
// Integrity: every batch's CRC-32C is checked on append, at open (active segment) and on every
// read. The leader epoch field lies outside Kafka's CRC; the log guards it with its checksummed
// leader-epoch checkpoint (written before the first batch of each new epoch, so once per
// election, not per append) and refuses a batch whose epoch disagrees ('bad-epoch').
// A CorruptionError from `Log.open` or `read` names the file and byte position; the log is refused.
export { DiskError } from './disk.js';
export type { Disk, DiskFile } from './disk.js';
export {
  CorruptionError, LogUnavailableError, OffsetOutOfRangeError, RecordBatchError,
} from './errors.js';
export type { CorruptionReason, RecordBatchErrorCode } from './errors.js';
export {
  frameChecksummed, readAtomicFile, readChecksummedFile, readWholeFile, temporaryFileSuffix,
  unframeChecksummed, writeAtomicFile, writeChecksummedFile,
} from './atomic-file.js';
export { crc32c } from './crc32c.js';
export { Log, isLogRefusal } from './log.js';
export type {
  AppendOptions, AppendResult, LogClock, LogRead, OpenLogOptions, ReadOptions, RetentionResult,
  TestOnlyBreakDurability,
} from './log-types.js';
export { LeaderEpochCache, undefinedEpochEndOffset } from './leader-epoch-cache.js';
export type { EpochEndOffset, EpochEntry } from './leader-epoch-cache.js';
export { defaultLogConfig, deletesByRetention, fsyncEveryAppend, isCompacted, resolveLogConfig } from './log-config.js';
export type { CleanupPolicy, LogConfig, RecoveryScope } from './log-config.js';
export type { CompactionStep, CompactionStepOptions } from './cleaner/log-cleaning.js';
export type { CleanableRange } from './cleaner/cleanable-range.js';
export type { CleaningStats } from './cleaner/cleaning-session.js';
export type { RecoveryReport } from './recovery.js';
export type { RetentionReason } from './retention.js';
export { parseSegmentFileName, segmentFileName } from './segment.js';
export * from './record-batch/mod.js';
