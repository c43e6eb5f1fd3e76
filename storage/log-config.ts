// The settings of one log, named after Kafka's topic configs (segment.bytes, segment.ms,
// retention.ms, retention.bytes, flush.messages, flush.ms, index.interval.bytes,
// segment.index.bytes, cleanup.policy, delete.retention.ms, min.cleanable.dirty.ratio,
// min.compaction.lag.ms, max.compaction.lag.ms) with the same defaults, plus Weir's recovery scope. The broker maps
// broker-wide `log.*` properties and per-topic overrides onto this shape.
import assert from 'node:assert/strict';

/** How much recovery checks at open: the active segment only (Kafka's way), or everything. */
export type RecoveryScope = 'active-segment' | 'all-segments';

/** cleanup.policy: delete old segments by retention, compact to the last record per key, or both. */
export type CleanupPolicy = 'delete' | 'compact' | 'compact,delete';

export interface LogConfig {
  /** segment.bytes (log.segment.bytes): roll when the active segment would exceed this. */
  readonly segmentBytes: number;
  /** segment.ms (log.roll.ms): roll when the active segment's first batch is older than this. */
  readonly segmentMs: number;
  /** index.interval.bytes: log bytes between two offset index entries. */
  readonly indexIntervalBytes: number;
  /** segment.index.bytes (log.index.size.max.bytes): roll when an index reaches this size. */
  readonly segmentIndexBytes: number;
  /** retention.ms (log.retention.ms); -1 keeps segments forever. */
  readonly retentionMs: number;
  /** retention.bytes (log.retention.bytes); -1 means no size limit. */
  readonly retentionBytes: number;
  /**
   * flush.messages (log.flush.interval.messages): fsync once this many offsets are unflushed;
   * 1 fsyncs every append before it returns (the Raft metadata log's setting).
   */
  readonly flushMessages: number;
  /** flush.ms (log.flush.interval.ms): fsync on append once the last flush is this old. */
  readonly flushMs: number;
  /** Weir: segments whose CRCs recovery verifies at open. */
  readonly recoveryScope: RecoveryScope;
  /** cleanup.policy (log.cleanup.policy): retention.ms and retention.bytes apply only with delete. */
  readonly cleanupPolicy: CleanupPolicy;
  /** delete.retention.ms: how long a tombstone stays after the cleaning that first kept it. */
  readonly deleteRetentionMs: number;
  /** min.cleanable.dirty.ratio: dirty bytes / cleanable bytes above which the log is cleaned. */
  readonly minCleanableDirtyRatio: number;
  /** min.compaction.lag.ms: a segment holding a record younger than this is not cleaned. */
  readonly minCompactionLagMs: number;
  /** max.compaction.lag.ms: a dirty record older than this forces a cleaning whatever the ratio. */
  readonly maxCompactionLagMs: number;
}

const day = 24 * 60 * 60 * 1000;

/** Kafka's defaults: 1 GiB segments, 7-day roll and retention, no fsync per append. */
export const defaultLogConfig: LogConfig = {
  segmentBytes: 1024 * 1024 * 1024,
  segmentMs: 7 * day,
  indexIntervalBytes: 4096,
  segmentIndexBytes: 10 * 1024 * 1024,
  retentionMs: 7 * day,
  retentionBytes: -1,
  flushMessages: Number.MAX_SAFE_INTEGER,
  flushMs: Number.MAX_SAFE_INTEGER,
  recoveryScope: 'active-segment',
  cleanupPolicy: 'delete',
  deleteRetentionMs: day,
  minCleanableDirtyRatio: 0.5,
  minCompactionLagMs: 0,
  maxCompactionLagMs: Number.MAX_SAFE_INTEGER,
};

/** Whether the cleaner compacts this log (cleanup.policy compact or compact,delete). */
export function isCompacted(config: Pick<LogConfig, 'cleanupPolicy'>): boolean {
  return config.cleanupPolicy !== 'delete';
}

/** Whether retention.ms and retention.bytes delete old segments (cleanup.policy includes delete). */
export function deletesByRetention(config: Pick<LogConfig, 'cleanupPolicy'>): boolean {
  return config.cleanupPolicy !== 'compact';
}

/** The configuration of a log that must be durable on every append (the Raft metadata log). */
export const fsyncEveryAppend: Partial<LogConfig> = { flushMessages: 1 };

/** Fills defaults and checks ranges. Precondition: the caller validated user input already. */
export function resolveLogConfig(overrides: Partial<LogConfig> = {}): LogConfig {
  const config = { ...defaultLogConfig, ...overrides };
  assert.ok(Number.isSafeInteger(config.segmentBytes) && config.segmentBytes >= 61 &&
    config.segmentBytes <= 0x7fff_ffff, 'segment.bytes fits an int32 position and holds a batch header');
  assert.ok(config.segmentMs >= 1, 'segment.ms is positive');
  assert.ok(config.indexIntervalBytes >= 0, 'index.interval.bytes is not negative');
  assert.ok(config.segmentIndexBytes >= 8, 'segment.index.bytes holds at least one entry');
  assert.ok(config.retentionMs >= -1, 'retention.ms is -1 or a duration');
  assert.ok(config.retentionBytes >= -1, 'retention.bytes is -1 or a size');
  assert.ok(config.flushMessages >= 1, 'flush.messages is positive');
  assert.ok(config.flushMs >= 0, 'flush.ms is not negative');
  assert.ok(['delete', 'compact', 'compact,delete'].includes(config.cleanupPolicy), 'cleanup.policy is known');
  assert.ok(config.deleteRetentionMs >= 0, 'delete.retention.ms is not negative');
  assert.ok(config.minCleanableDirtyRatio >= 0 && config.minCleanableDirtyRatio <= 1, 'the dirty ratio is in [0, 1]');
  assert.ok(config.minCompactionLagMs >= 0, 'min.compaction.lag.ms is not negative');
  assert.ok(config.maxCompactionLagMs >= 1, 'max.compaction.lag.ms is positive');
  return config;
}
