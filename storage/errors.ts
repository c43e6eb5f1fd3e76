// Typed errors of storage/ for bad input (STYLE.md §8). Bugs are assertion failures instead;
// environment failures are DiskError from the seam (disk.ts). Each class carries a stable `code`
// that callers and tests match, never the message text.

/** Why bytes read from disk cannot be trusted. */
export type CorruptionReason =
  | 'crc-mismatch'
  | 'bad-magic'
  | 'bad-length'
  | 'bad-offset'
  | 'bad-index'
  /** A batch's leader epoch (outside Kafka's CRC) disagrees with the checksummed epoch checkpoint. */
  | 'bad-epoch'
  | 'bad-checksummed-file';

/**
 * Bytes on disk failed a check (checksum, magic byte, length, offset order). The log that holds
 * them is refused: it is neither truncated nor served. Names the file and the byte position.
 */
export class CorruptionError extends Error {
  readonly code = 'STORAGE_CORRUPTION';
  constructor(
    message: string,
    readonly file: string,
    readonly position: number,
    readonly reason: CorruptionReason,
  ) {
    super(message);
    this.name = 'CorruptionError';
  }
}

/** Stable codes of `RecordBatchError`, named after the Kafka error each maps to. */
export type RecordBatchErrorCode =
  | 'CORRUPT_MESSAGE'
  | 'INVALID_RECORD'
  | 'UNSUPPORTED_COMPRESSION_TYPE'
  /** A follower's batch does not start at the log end offset. */
  | 'OFFSET_MISMATCH';

/**
 * A record batch received from outside (a client, a leader) is malformed: too short, wrong
 * magic, bad CRC, inconsistent counts, or an unknown compression codec. `position` is the byte
 * offset of the problem inside the bytes given.
 */
export class RecordBatchError extends Error {
  constructor(message: string, readonly code: RecordBatchErrorCode, readonly position: number) {
    super(message);
    this.name = 'RecordBatchError';
  }
}

/** A read or a truncation asked for an offset outside [log start offset, log end offset]. */
export class OffsetOutOfRangeError extends Error {
  readonly code = 'OFFSET_OUT_OF_RANGE';
  constructor(message: string, readonly offset: number, readonly logStartOffset: number, readonly logEndOffset: number) {
    super(message);
    this.name = 'OffsetOutOfRangeError';
  }
}

/** The log was refused (corruption found) or closed; every later call fails with this. */
export class LogUnavailableError extends Error {
  readonly code = 'LOG_UNAVAILABLE';
  constructor(message: string, readonly directory: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'LogUnavailableError';
  }
}
