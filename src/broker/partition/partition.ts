// One partition hosted by this broker: its storage Log, its high watermark and the waiters of
// long-polling fetches (DESIGN.md, src/broker; Kafka's Partition + UnifiedLog). As leader it
// validates and appends producer batches and serves reads bounded by the high watermark.
//
// High watermark: the largest offset below which every in-sync replica holds the log. Kafka
// computes it as the minimum log end offset over the ISR; this broker is the only replica until
// replication arrives (next issue), so `followerEndOffsets` is empty and the high watermark
// follows the local log end offset once an append returns. Followers will report their end
// offsets through `updateFollowerEndOffset` without changing the rest of this class.
//
// Closing: a partition closes (broker stop, leadership moved) or is deleted (topic deleted) while
// requests may still hold it: a produce that waited for the partition to open, a long-polling
// fetch, an acks=-1 produce waiting for the high watermark. Every operation on a closed
// partition rejects with PartitionClosedError, which handlers answer with Kafka's error for the
// partition as the image now names it (issue 9: it used to be an assertion, and the node
// stopped); `onClose` listeners let waiters finish at once instead of at their timeout.
//
// Ordering: `appendAsLeader` hands its batch to the log before its first await, so appends
// reach the log in call order (the log queues them), which keeps pipelined produce requests of
// one connection in order.
import assert from 'node:assert/strict';
import { Log, OffsetOutOfRangeError } from '../../../storage/mod.js';
import type { AppendResult, LogRead, RetentionResult, TestOnlyBreakDurability } from '../../../storage/mod.js';
import type { Clock } from '../../runtime/seam.js';
import type { Disk } from '../../runtime/seam.js';
import { logConfigChanged } from './partition-settings.js';
import type { PartitionSettings } from './partition-settings.js';

/** The place of a partition: its topic, topic id and index. */
export interface PartitionId {
  readonly topicName: string;
  readonly topicId: string;
  readonly partitionIndex: number;
}

/** Offsets a fetch or a metric reports. Invariant: logStart ≤ highWatermark ≤ logEnd. */
export interface PartitionOffsets {
  readonly logStartOffset: number;
  readonly highWatermark: number;
  readonly logEndOffset: number;
}

/** Where a partition's log lives and how it is configured. */
export interface OpenPartitionOptions {
  readonly disk: Disk;
  readonly clock: Clock;
  /** The log's directory, `<log.dirs entry>/<topic>-<partition>`. */
  readonly directory: string;
  readonly id: PartitionId;
  readonly settings: PartitionSettings;
  /** The leader epoch stamped on appended batches. */
  readonly leaderEpoch: number;
  /** Test only: breaks the log's durability on purpose (simulator negative controls). */
  readonly testOnlyBreakDurability?: TestOnlyBreakDurability;
}

/** A read for a fetch: whole batches below the high watermark. */
export interface PartitionRead extends PartitionOffsets {
  readonly records: Uint8Array;
}

/** Called after the high watermark moved (fetch waiters, metrics). */
export type OffsetsListener = (offsets: PartitionOffsets) => void;

/**
 * An operation reached a partition that was closed or deleted meanwhile (not a bug: requests
 * may wait while the partition goes away). Handlers answer it with the partition's current
 * lookup error, UNKNOWN_TOPIC_OR_PARTITION or NOT_LEADER_OR_FOLLOWER.
 */
export class PartitionClosedError extends Error {
  readonly code = 'PARTITION_CLOSED';
  constructor(readonly partition: PartitionId, action: string) {
    super(`Cannot ${action} partition "${partition.topicName}-${partition.partitionIndex}": it is closed`);
    this.name = 'PartitionClosedError';
  }
}

/** A hosted partition over one storage Log. Open with `Partition.open`. */
export class Partition {
  private log: Log;
  private settingsNow: PartitionSettings;
  private highWatermarkNow: number;
  private leaderEpochNow: number;
  /** End offsets of in-sync followers (empty with one replica). */
  private readonly followerEndOffsets = new Map<number, number>();
  private readonly listeners = new Set<OffsetsListener>();
  private readonly closeListeners = new Set<() => void>();
  /** Set while the log is reopened with new settings; operations chain behind it. */
  private reopening: Promise<void> | undefined;
  private closed = false;

  private constructor(private readonly options: OpenPartitionOptions, log: Log) {
    this.log = log;
    this.settingsNow = options.settings;
    this.leaderEpochNow = options.leaderEpoch;
    // One replica: everything recovered from disk is in the whole ISR.
    this.highWatermarkNow = log.logEndOffset;
  }

  /** Opens (recovering) the partition's log. Rejects with CorruptionError if it cannot be trusted. */
  static async open(options: OpenPartitionOptions): Promise<Partition> {
    assert.ok(Number.isInteger(options.id.partitionIndex) && options.id.partitionIndex >= 0);
    // The test-only switches apply to the open at start-up (recovery after a crash) and to the
    // appends of that log; a reopen for new settings (reconfigure) runs the log as it should.
    const log = await Log.open({ disk: options.disk, directory: options.directory, clock: options.clock,
      config: options.settings.log,
      ...(options.testOnlyBreakDurability === undefined ? {} : { testOnlyBreakDurability: options.testOnlyBreakDurability }) });
    const partition = new Partition(options, log);
    partition.checkInvariants();
    return partition;
  }

  get id(): PartitionId {
    return this.options.id;
  }

  get settings(): PartitionSettings {
    return this.settingsNow;
  }

  get leaderEpoch(): number {
    return this.leaderEpochNow;
  }

  get highWatermark(): number {
    return this.highWatermarkNow;
  }

  get offsets(): PartitionOffsets {
    return { logStartOffset: this.log.logStartOffset, highWatermark: this.highWatermarkNow,
      logEndOffset: this.log.logEndOffset };
  }

  /** True once the partition was closed or deleted: every operation rejects with PartitionClosedError. */
  get isClosed(): boolean {
    return this.closed;
  }

  /** What recovery did when the log was opened (for the start-up log line). */
  get recovery(): Log['recovery'] {
    return this.log.recovery;
  }

  /**
   * Appends one validated batch as leader, stamping the leader epoch and, for LogAppendTime
   * topics, the broker's time. Resolves once the log holds it (and fsynced it if the flush policy
   * says so); the high watermark has moved past it by then. Rejects with PartitionClosedError
   * once the partition is closed.
   */
  async appendAsLeader(records: Uint8Array): Promise<AppendResult> {
    const logAppendTimeMs = this.settingsNow.timestampType === 'LogAppendTime' ? this.options.clock.now() : undefined;
    const result = await this.withLog('append to', (log) => log.append(records, {
      partitionLeaderEpoch: this.leaderEpochNow,
      ...(logAppendTimeMs === undefined ? {} : { logAppendTimeMs }),
    }));
    assert.ok(result.lastOffset < this.log.logEndOffset, 'the appended batch is in the log');
    this.maybeIncreaseHighWatermark();
    return { ...result, maxTimestampMs: logAppendTimeMs ?? result.maxTimestampMs };
  }

  /** A follower in the ISR reported its log end offset (replication; unused with one replica). */
  updateFollowerEndOffset(replicaId: number, logEndOffset: number): void {
    this.followerEndOffsets.set(replicaId, logEndOffset);
    this.maybeIncreaseHighWatermark();
  }

  /** Number of in-sync replicas, this one included (min.insync.replicas check). */
  get inSyncReplicaCount(): number {
    return 1 + this.followerEndOffsets.size;
  }

  private maybeIncreaseHighWatermark(): void {
    let candidate = this.log.logEndOffset;
    for (const endOffset of this.followerEndOffsets.values()) candidate = Math.min(candidate, endOffset);
    if (candidate <= this.highWatermarkNow) return;
    this.highWatermarkNow = candidate;
    this.checkInvariants();
    const offsets = this.offsets;
    for (const listener of [...this.listeners]) listener(offsets);
  }

  /**
   * Reads whole batches from `offset` below the high watermark, within `maxBytes` (at least one
   * batch when `minOneBatch`). Returns OffsetOutOfRangeError as a value when `offset` is outside
   * [log start, log end].
   */
  async read(offset: number, options: { maxBytes: number; minOneBatch: boolean }):
    Promise<PartitionRead | OffsetOutOfRangeError> {
    if (this.closed) throw new PartitionClosedError(this.options.id, 'read');
    const offsets = this.offsets;
    if (offset < offsets.logStartOffset || offset > offsets.logEndOffset) {
      return new OffsetOutOfRangeError(`Cannot read offset ${offset}`, offset, offsets.logStartOffset,
        offsets.logEndOffset);
    }
    if (offset >= this.highWatermarkNow || options.maxBytes <= 0 && !options.minOneBatch) {
      return { ...offsets, records: new Uint8Array(0) };
    }
    try {
      const read: LogRead = await this.withLog('read', (log) => log.read(offset, {
        maxBytes: Math.max(options.maxBytes, 0), maxOffset: this.highWatermarkNow, minOneBatch: options.minOneBatch,
      }));
      return { ...this.offsets, records: read.records };
    } catch (error) {
      // Retention or DeleteRecords may move the start between the check and the read.
      if (error instanceof OffsetOutOfRangeError) return error;
      throw error;
    }
  }

  /** The first offset whose timestamp is ≥ `timestampMs`, below the high watermark. */
  async offsetForTimestamp(timestampMs: number): Promise<{ offset: number; timestampMs: number } | undefined> {
    const found = await this.withLog('search', (log) => log.offsetForTimestamp(timestampMs));
    return found !== undefined && found.offset < this.highWatermarkNow ? found : undefined;
  }

  /**
   * Reads every batch below the high watermark, oldest first, `chunkBytes` at a time. Records
   * that DeleteRecords or retention remove during the scan are skipped (the scan goes on from
   * the new log start), as a scan that started a moment later would not have seen them.
   */
  async *scanBatches(chunkBytes: number): AsyncGenerator<Uint8Array> {
    let offset = this.log.logStartOffset;
    while (offset < this.highWatermarkNow) {
      const from = offset;
      let read: LogRead;
      try {
        read = await this.withLog('scan', (log) => log.read(from, { maxBytes: chunkBytes,
          maxOffset: this.highWatermarkNow, minOneBatch: true }));
      } catch (error) {
        if (!(error instanceof OffsetOutOfRangeError) || error.logStartOffset <= from) throw error;
        offset = error.logStartOffset;
        continue;
      }
      if (read.batchCount === 0) return;
      yield read.records;
      assert.ok(read.nextOffset > offset, 'a scan makes progress');
      offset = read.nextOffset;
    }
  }

  /** DeleteRecords: moves the log start up to `offset` (≤ high watermark). */
  deleteRecordsBefore(offset: number): Promise<number> {
    assert.ok(offset <= this.highWatermarkNow, 'records above the high watermark are never deleted');
    return this.withLog('delete records of', async (log) => {
      const logStartOffset = await log.deleteRecordsBefore(offset);
      this.notifyOffsets();
      return logStartOffset;
    });
  }

  /** Deletes old segments by retention.ms and retention.bytes. */
  applyRetention(): Promise<RetentionResult> {
    return this.withLog('apply retention to', async (log) => {
      const result = await log.applyRetention();
      if (result.deletedSegments > 0) this.notifyOffsets();
      return result;
    });
  }

  /** Fsyncs if flush.ms says it is time (called from the broker's periodic timer). */
  flushIfDue(): Promise<boolean> {
    return this.withLog('flush', (log) => log.flushIfDue());
  }

  /** Registers a listener called once when the partition closes or is deleted; returns its removal. */
  onClose(listener: () => void): () => void {
    if (this.closed) {
      listener();
      return () => {};
    }
    this.closeListeners.add(listener);
    return () => { this.closeListeners.delete(listener); };
  }

  /** Registers a listener for offset changes; returns its removal. */
  onOffsetsChange(listener: OffsetsListener): () => void {
    this.listeners.add(listener);
    return () => { this.listeners.delete(listener); };
  }

  private notifyOffsets(): void {
    const offsets = this.offsets;
    for (const listener of [...this.listeners]) listener(offsets);
  }

  /** Takes a new leader epoch from the metadata image. */
  setLeaderEpoch(leaderEpoch: number): void {
    assert.ok(leaderEpoch >= this.leaderEpochNow, 'leader epochs never go back');
    this.leaderEpochNow = leaderEpoch;
  }

  /**
   * Applies new topic settings. Produce checks see them at once; a changed log part (segment,
   * retention, flush) reopens the log with it, and operations issued meanwhile wait behind.
   */
  reconfigure(settings: PartitionSettings): Promise<void> {
    const before = this.settingsNow;
    this.settingsNow = settings;
    if (!logConfigChanged(before, settings)) return Promise.resolve();
    return this.withLog('reconfigure', async (log) => {
      const reopened = (async (): Promise<void> => {
        await log.close();
        this.log = await Log.open({ disk: this.options.disk, directory: this.options.directory,
          clock: this.options.clock, config: settings.log });
      })();
      this.setReopening(reopened);
      await reopened;
    });
  }

  /**
   * Runs `work` on the log now, or after a reopen in progress (keeping call order); rejects with
   * PartitionClosedError if the partition is closed by the time `work` would start.
   */
  private withLog<T>(action: string, work: (log: Log) => Promise<T>): Promise<T> {
    return this.onLog(() => {
      if (this.closed) throw new PartitionClosedError(this.options.id, action);
      return work(this.log);
    });
  }

  /** Runs `work` now, or after a reopen in progress (closing uses it directly). */
  private onLog<T>(work: () => Promise<T>): Promise<T> {
    if (this.reopening === undefined) {
      try {
        return work();
      } catch (error) {
        return Promise.reject(error);
      }
    }
    const chained = this.reopening.then(work);
    this.setReopening(chained);
    return chained;
  }

  /** Makes `operation` the one later operations wait for, until it settles. */
  private setReopening(operation: Promise<unknown>): void {
    const tail = operation.then(() => undefined, () => undefined);
    this.reopening = tail;
    void tail.then(() => {
      if (this.reopening === tail) this.reopening = undefined;
    });
  }

  /** Flushes and closes the log (broker stop, leadership moved); waiters are told at once. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.markClosed();
    await this.onLog(() => this.log.close());
  }

  /** Closes the log and removes its directory (topic deleted). Nothing to do once closed. */
  async delete(): Promise<void> {
    if (this.closed) return;
    this.markClosed();
    await this.onLog(() => this.log.delete());
  }

  private markClosed(): void {
    this.closed = true;
    this.listeners.clear();
    const closeListeners = [...this.closeListeners];
    this.closeListeners.clear();
    for (const listener of closeListeners) listener();
    assert.equal(this.closeListeners.size, 0, 'close listeners run once');
  }

  checkInvariants(): void {
    const { logStartOffset, highWatermark, logEndOffset } = this.offsets;
    assert.ok(highWatermark <= logEndOffset, 'the high watermark never passes the log end');
    assert.ok(logStartOffset <= logEndOffset, 'the log starts at or before its end');
    assert.ok(this.leaderEpochNow >= 0, 'a hosted partition has a leader epoch');
  }
}
