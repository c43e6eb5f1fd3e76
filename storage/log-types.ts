// The option and result types of the log's public methods (log.ts), kept apart so that the log
// itself reads as behaviour. Exported through storage/mod.ts.
import type { Disk } from './disk.js';
import type { LogConfig } from './log-config.js';
import type { RetentionReason } from './retention.js';

/** Wall-clock time for retention, roll by age and flush.ms (the runtime's clock). */
export interface LogClock {
  now(): number;
}

export interface OpenLogOptions {
  readonly disk: Disk;
  /** The log's directory; created (and made durable) if missing. */
  readonly directory: string;
  readonly clock: LogClock;
  readonly config?: Partial<LogConfig>;
  /** Test only: breaks durability on purpose (the simulator's negative controls). Never set in production. */
  readonly testOnlyBreakDurability?: TestOnlyBreakDurability;
}

/**
 * Switches that break the log's durability on purpose, so that the simulator can show its
 * checkers catch a real loss of acknowledged records (sim/kafka/README.md, negative controls).
 * Every switch is off unless set; nothing outside tests sets them.
 */
export interface TestOnlyBreakDurability {
  /**
   * An append that the flush policy says to fsync returns before the fsync completes, so the
   * broker acknowledges records that a crash can still take away.
   */
  readonly acknowledgeBeforeFsync?: boolean;
  /** Recovery cuts the last valid batch of the active segment too, as if it were torn. */
  readonly dropLastBatchAtRecovery?: boolean;
  /**
   * The cleaner removes the latest record of a key as if a later one superseded it, losing the
   * key's current value (the negative control of sim/checkers/compaction.ts).
   */
  readonly compactionDropsLatestRecord?: boolean;
}

export interface AppendOptions {
  /**
   * true (default, a leader): give the batches offsets from the log end offset, rewriting their
   * baseOffset fields. false (a follower): keep the offsets, which must start at the log end.
   */
  readonly assignOffsets?: boolean;
  /** Stamp this leader epoch (the Raft epoch, for the metadata log) on every batch. */
  readonly partitionLeaderEpoch?: number;
  /** Stamp LogAppendTime with this time (message.timestamp.type=LogAppendTime). */
  readonly logAppendTimeMs?: number;
  /** Decode records and check counts and offset deltas, as a leader validates a produce. */
  readonly validateRecords?: boolean;
}

export interface AppendResult {
  readonly baseOffset: number;
  readonly lastOffset: number;
  readonly batchCount: number;
  /** The largest max timestamp among the appended batches (-1 if none had one). */
  readonly maxTimestampMs: number;
  /** Whether the append was fsynced before returning (flush policy). */
  readonly flushed: boolean;
}

export interface ReadOptions {
  /** Byte budget; whole batches only. */
  readonly maxBytes: number;
  /** Exclusive upper bound on batch base offsets (a high watermark); default the log end. */
  readonly maxOffset?: number;
  /** Return the first batch even if it alone exceeds maxBytes (default true, as Kafka's fetch). */
  readonly minOneBatch?: boolean;
  /**
   * Check each returned batch's CRC-32C (default true), so corrupted bytes are never served.
   * false skips that pass, as Kafka's broker does, leaving it to clients that check CRCs; frames
   * and offsets are still checked.
   */
  readonly verifyCrc?: boolean;
}

export interface LogRead {
  /** Whole batches, back to back, exactly as stored. */
  readonly records: Uint8Array;
  readonly batchCount: number;
  /** Offset after the last batch returned (the read offset when nothing was returned). */
  readonly nextOffset: number;
}

export interface RetentionResult {
  readonly deletedSegments: number;
  readonly deletedBytes: number;
  readonly reasons: readonly RetentionReason[];
  readonly logStartOffset: number;
}
