// The public surface of storage/: code outside this folder imports storage only from here.
export { DiskError } from './disk.js';
export type { Disk, DiskFile } from './disk.js';
export { CorruptionError, LogUnavailableError, OffsetOutOfRangeError, RecordBatchError } from './errors.js';
export type { CorruptionReason, RecordBatchErrorCode } from './errors.js';
export {
  readAtomicFile, readChecksummedFile, writeAtomicFile, writeChecksummedFile, temporaryFileSuffix,
} from './atomic-file.js';
export { crc32c } from './crc32c.js';
