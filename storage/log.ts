// A log: one directory of segments holding Kafka record batches at consecutive offsets, for a
// topic partition or for the Raft metadata log (DESIGN.md, storage/; the directory layout and
// file formats are in storage/README.md). It appends batches as the exact bytes it is given
// (assigning offsets, stamping the leader epoch), reads whole batches by offset or finds offsets
// by timestamp, truncates for follower divergence, deletes records below an offset
// (DeleteRecords) and old segments (retention), compacts (cleanup.policy compact, in bounded
// steps: cleaner/README.md), and flushes by Kafka's flush policy.
//
// Every public method runs alone (an internal queue), so reads never see half an append.
// A DiskError, a CorruptionError or a failed assertion refuses the log: later calls throw
// LogUnavailableError, and reopening runs recovery.
import assert from 'node:assert/strict';
import type { Disk } from './disk.js';
import { DiskError } from './disk.js';
import {
  CorruptionError, LogUnavailableError, OffsetOutOfRangeError, RecordBatchError,
} from './errors.js';
import { deletesByRetention, isCompacted, resolveLogConfig } from './log-config.js';
import type { LogConfig } from './log-config.js';
import type {
  AppendOptions, AppendResult, LogClock, LogRead, OpenLogOptions, ReadOptions, RetentionResult,
  TestOnlyBreakDurability,
} from './log-types.js';
import type { LeaderEpochCache } from './leader-epoch-cache.js';
import type { EpochEndOffset, EpochEntry } from './leader-epoch-cache.js';
import { writeEpochCheckpoint, writeLogStartOffset } from './log-checkpoints.js';
import { LogCleaning } from './cleaner/log-cleaning.js';
import type { CompactionStep, CompactionStepOptions } from './cleaner/log-cleaning.js';
import type { CleanableRange } from './cleaner/cleanable-range.js';
import type { SegmentIndexOptions } from './segment.js';
import { indexOptionsOf } from './recovery.js';
import { openLogDirectory } from './log-open.js';
import { concatenate, parentOf } from './paths.js';
import type { RecoveryReport } from './recovery.js';
import { selectSegmentsToDelete } from './retention.js';
import { Segment } from './segment.js';
import { findOffsetByTimestamp } from './segment-timestamp.js';
import { splitBatches, verifyBatchCrc } from './record-batch/header.js';
import type { RecordBatchHeader } from './record-batch/header.js';
import { validateBatchRecords } from './record-batch/batch.js';
import { planAppend, shouldRollBeforeAppend, stampBatches } from './log-append.js';

/** A segmented, append-only log of record batches. Open with `Log.open`. */
export class Log {
  /** Invariant: non-empty, contiguous, the last one active. */
  private segments: Segment[];
  private logStart: number;
  private flushed: number;
  private lastFlushMs: number;
  private queue: Promise<unknown> = Promise.resolve();
  private refusal: Error | undefined;
  private closed = false;
  /** Test only (acknowledgeBeforeFsync): an append returned without the fsync it was due. */
  private fsyncOwed = false;
  private readonly cleaning: LogCleaning;

  private constructor(
    private readonly disk: Disk,
    readonly directory: string,
    private readonly clock: LogClock,
    readonly config: LogConfig,
    segments: Segment[],
    logStartOffset: number,
    private readonly epochs: LeaderEpochCache,
    /** What recovery did when this log was opened. */
    readonly recovery: RecoveryReport,
    private readonly testOnly: TestOnlyBreakDurability,
    private readonly segmentOptions: SegmentIndexOptions,
    firstDirtyOffset: number,
  ) {
    this.segments = segments;
    this.logStart = logStartOffset;
    this.flushed = this.logEndOffset;
    this.lastFlushMs = clock.now();
    this.cleaning = new LogCleaning({
      disk, directory, segmentOptions,
      segments: () => this.segments,
      replaceSegment: (old, replacement) => this.replaceSegment(old, replacement),
    }, firstDirtyOffset, { dropLatestRecord: testOnly.compactionDropsLatestRecord === true });
  }

  /**
   * Opens (creating if needed) the log in `directory` and recovers it: a torn tail is cut; any
   * other flaw throws CorruptionError naming the file and byte position.
   */
  static async open(options: OpenLogOptions): Promise<Log> {
    const config = resolveLogConfig(options.config);
    const testOnly = options.testOnlyBreakDurability ?? {};
    const opened = await openLogDirectory({ disk: options.disk, directory: options.directory, config,
      testOnlyBreakDurability: testOnly });
    const log = new Log(options.disk, options.directory, options.clock, config, opened.segments,
      opened.logStartOffset, opened.epochs, opened.report, testOnly,
      indexOptionsOf(config, opened.offsetGapsAllowed), opened.firstDirtyOffset);
    await log.run('open', () => log.deleteSegmentsBelowLogStart());
    log.checkInvariants();
    return log;
  }

  /** The first offset readable (Kafka's log start offset). */
  get logStartOffset(): number {
    return this.logStart;
  }

  /** The offset the next appended record gets (Kafka's log end offset). */
  get logEndOffset(): number {
    return this.activeSegment.endOffset;
  }

  /** Offsets below this are durable (fsynced); Kafka's recovery point. */
  get flushedOffset(): number {
    return this.flushed;
  }

  /** Bytes of all segment files. */
  get sizeBytes(): number {
    return this.segments.reduce((total, segment) => total + segment.sizeBytes, 0);
  }

  /** Base offsets of the segments, oldest first. */
  get segmentBaseOffsets(): number[] {
    return this.segments.map((segment) => segment.baseOffset);
  }

  private get activeSegment(): Segment {
    const active = this.segments[this.segments.length - 1];
    assert.ok(active !== undefined, 'a log always has an active segment');
    return active;
  }

  /**
   * Appends one or more concatenated record batches (as a produce request or a fetch response
   * carries them). Checks each frame and CRC first and throws RecordBatchError, leaving the log
   * unchanged, if any is bad. Rewrites baseOffset (and the epoch and LogAppendTime if asked) in
   * `records` itself, then writes the bytes as they are.
   */
  append(records: Uint8Array, options: AppendOptions = {}): Promise<AppendResult> {
    return this.run('append', () => this.appendNow(records, options));
  }

  private async appendNow(records: Uint8Array, options: AppendOptions): Promise<AppendResult> {
    if (this.fsyncOwed) await this.flushNow();
    if (records.length === 0) throw new RecordBatchError('Cannot append: no record batches', 'CORRUPT_MESSAGE', 0);
    // Frames and headers are checked now; CRCs and records while the bytes are being written.
    const batches = splitBatches(records, { verifyCrc: false });
    const check = (): void => {
      for (const batch of batches) verifyBatchCrc(records, batch);
      if (options.validateRecords === true) for (const batch of batches) validateBatchRecords(records, batch.position);
    };
    const baseOffset = this.logEndOffset;
    const placed = planAppend(batches, { nextOffset: baseOffset, assignOffsets: options.assignOffsets !== false,
      logAppendTimeMs: options.logAppendTimeMs, offsetGapsAllowed: this.segmentOptions.offsetGapsAllowed });
    const epochOf = (batchIndex: number): number =>
      options.partitionLeaderEpoch ?? batches[batchIndex]?.header.partitionLeaderEpoch ?? -1;
    const newEpoch = batches.some((_, batchIndex) => epochOf(batchIndex) > this.epochs.latestEpoch);
    // Stamping LogAppendTime recomputes the CRC, so the client's CRC is checked before it; a new
    // epoch goes into the checkpoint before its first batch, so the batch is checked before that.
    const checkFirst = options.logAppendTimeMs !== undefined || newEpoch;
    if (checkFirst) check();
    stampBatches(records, batches, placed.map((batch) => batch.baseOffset), options);
    const lastOffset = placed[placed.length - 1]?.lastOffset ?? baseOffset;
    if (this.shouldRoll(records.length, lastOffset)) await this.rollNow();
    if (newEpoch) {
      placed.forEach((batch, batchIndex) => this.epochs.assign(epochOf(batchIndex), batch.baseOffset));
      await writeEpochCheckpoint(this.disk, this.directory, this.epochs);
    }
    await this.activeSegment.append(records, placed, checkFirst ? undefined : check);
    let maxTimestampMs = -1;
    for (const batch of placed) maxTimestampMs = Math.max(maxTimestampMs, batch.maxTimestampMs);
    const flushed = await this.flushIfDueNow();
    assert.equal(this.logEndOffset, lastOffset + 1, 'the log ends after the last appended offset');
    return { baseOffset, lastOffset, batchCount: batches.length, maxTimestampMs, flushed };
  }

  private shouldRoll(appendBytes: number, lastOffset: number): boolean {
    return shouldRollBeforeAppend(this.activeSegment, {
      appendBytes, lastOffset, nowMs: this.clock.now(), config: this.config,
    });
  }

  /**
   * Whole batches from the one holding `offset`, up to `maxBytes` (at least one batch unless
   * `minOneBatch` is false), never a batch starting at or past `maxOffset`. Each batch's CRC is
   * checked before it is returned. Throws OffsetOutOfRangeError outside [start, end].
   */
  read(offset: number, options: ReadOptions): Promise<LogRead> {
    return this.run('read', () => this.readNow(offset, options));
  }

  private async readNow(offset: number, options: ReadOptions): Promise<LogRead> {
    this.checkInRange(offset, 'read');
    const maxOffset = Math.min(options.maxOffset ?? this.logEndOffset, this.logEndOffset);
    const chunks: Uint8Array[] = [];
    let nextOffset = offset;
    let budget = options.maxBytes;
    let batchCount = 0;
    for (let segmentIndex = this.segmentIndexOf(offset); segmentIndex < this.segments.length; segmentIndex += 1) {
      const segment = this.segments[segmentIndex];
      assert.ok(segment !== undefined);
      if (nextOffset >= maxOffset) break;
      const minOneBatch = batchCount === 0 && options.minOneBatch !== false;
      // In a compacted log the offsets before this segment's base may be a gap.
      nextOffset = Math.max(nextOffset, segment.baseOffset);
      const read = await segment.read(nextOffset, { maxBytes: budget, maxOffset, minOneBatch,
        verifyCrc: options.verifyCrc !== false, expectedEpochAt: (at) => this.epochs.epochOf(at) });
      // Nothing returned below the segment's end: a limit was reached. At or past it (an empty
      // segment, or a gap a compaction left at its end): the next segment goes on.
      if (read.batchCount === 0 && nextOffset < segment.endOffset) break;
      chunks.push(read.bytes);
      batchCount += read.batchCount;
      budget -= read.bytes.length;
      nextOffset = read.nextOffset;
      if (nextOffset < segment.endOffset || budget <= 0) break;
    }
    return { records: concatenate(chunks), batchCount, nextOffset };
  }

  /**
   * The first offset at or after the log start whose record timestamp is at or after
   * `timestampMs` (ListOffsets by timestamp), with that timestamp; undefined if none.
   */
  offsetForTimestamp(timestampMs: number): Promise<{ offset: number; timestampMs: number } | undefined> {
    return this.run('find offset by timestamp', async () => {
      for (const segment of this.segments) {
        const found = await findOffsetByTimestamp(segment, timestampMs, this.logStart);
        if (found !== undefined) return found;
      }
      return undefined;
    });
  }

  /**
   * The header of the batch holding `offset` (its partitionLeaderEpoch is the Raft epoch of a
   * metadata log entry), or undefined when `offset` is not in the log.
   */
  batchHeaderAt(offset: number): Promise<RecordBatchHeader | undefined> {
    return this.run('read batch header', async () => {
      if (offset < this.logStart || offset >= this.logEndOffset) return undefined;
      const segment = this.segments[this.segmentIndexOf(offset)];
      return (await segment?.locate(offset))?.header;
    });
  }

  /**
   * Where `epoch` ends in this log (Kafka's OffsetsForLeaderEpoch, KRaft's diverging epoch):
   * the latest epoch ends at the log end offset, an older one where the next higher epoch
   * starts; { epoch: -1, endOffset: -1 } when the log cannot say.
   */
  endOffsetForEpoch(epoch: number): EpochEndOffset {
    return this.epochs.endOffsetFor(epoch, this.logEndOffset);
  }

  /** The leader epochs of the log with the offset each starts at, oldest first. */
  epochEntries(): readonly EpochEntry[] {
    return [...this.epochs.list()];
  }

  /** The latest leader epoch in the log, or -1. */
  get latestEpoch(): number {
    return this.epochs.latestEpoch;
  }

  /**
   * Removes every batch from the one holding `offset` onwards (a follower whose log diverged
   * from its leader's). A batch is never split, so the new end may be below `offset`. Durable
   * on return. Below the log start, the log is emptied and restarted at `offset`.
   */
  truncateTo(offset: number): Promise<number> {
    return this.run('truncate', async () => {
      assert.ok(Number.isSafeInteger(offset) && offset >= 0, 'a truncation offset is a natural number');
      if (offset >= this.logEndOffset) return this.logEndOffset;
      if (offset < this.logStart) {
        await this.restartAt(offset);
        return offset;
      }
      const keep = this.segmentIndexOf(offset);
      await this.cleaning.abort();
      for (const segment of this.segments.splice(keep + 1)) await segment.delete();
      const endOffset = await this.activeSegment.truncateTo(offset);
      await this.activeSegment.sync();
      await this.disk.syncDirectory(this.directory);
      if (this.epochs.truncateFromEnd(endOffset)) await writeEpochCheckpoint(this.disk, this.directory, this.epochs);
      this.flushed = Math.min(this.flushed, endOffset);
      if (this.logStart > endOffset) await this.setLogStartOffset(endOffset);
      await this.cleaning.truncated(endOffset, this.segmentOptions.offsetGapsAllowed);
      return endOffset;
    });
  }

  /** Empties the log and restarts it at `offset` (a follower installing a snapshot). */
  truncateFullyAndStartAt(offset: number): Promise<void> {
    return this.run('truncate fully', () => this.restartAt(offset));
  }

  private async restartAt(offset: number): Promise<void> {
    assert.ok(Number.isSafeInteger(offset) && offset >= 0, 'a restart offset is a natural number');
    await this.cleaning.truncated(offset, this.segmentOptions.offsetGapsAllowed);
    await this.setLogStartOffset(offset);
    for (const segment of this.segments.splice(0)) await segment.delete();
    this.segments.push(await Segment.create(this.disk, this.directory, offset, this.segmentOptions));
    await this.disk.syncDirectory(this.directory);
    this.flushed = offset;
    this.epochs.clear();
    await writeEpochCheckpoint(this.disk, this.directory, this.epochs);
  }

  /**
   * Moves the log start offset up to `offset` (DeleteRecords; Raft snapshots) and deletes the
   * segments wholly below it. Records up to `offset` are flushed first, so the start never
   * outruns durable data. Returns the new log start offset.
   */
  deleteRecordsBefore(offset: number): Promise<number> {
    return this.run('delete records', async () => {
      this.checkInRange(offset, 'delete records before');
      if (offset <= this.logStart) return this.logStart;
      if (offset > this.flushed) await this.flushNow();
      await this.setLogStartOffset(offset);
      await this.deleteSegmentsBelowLogStart();
      return this.logStart;
    });
  }

  /**
   * Deletes old segments by retention.ms and retention.bytes (never the active segment), when
   * cleanup.policy includes delete; segments below the log start in any case.
   */
  applyRetention(): Promise<RetentionResult> {
    return this.run('apply retention', async () => {
      const deletes = deletesByRetention(this.config);
      const { count, reasons } = selectSegmentsToDelete(this.segments, {
        retentionMs: deletes ? this.config.retentionMs : -1,
        retentionBytes: deletes ? this.config.retentionBytes : -1,
        logStartOffset: this.logStart,
        nowMs: this.clock.now(),
      });
      const doomed = this.segments.slice(0, count);
      const deletedBytes = doomed.reduce((total, segment) => total + segment.sizeBytes, 0);
      if (count > 0) await this.deleteOldestSegments(count);
      return { deletedSegments: count, deletedBytes, reasons, logStartOffset: this.logStart };
    });
  }

  private async deleteSegmentsBelowLogStart(): Promise<void> {
    const { count } = selectSegmentsToDelete(this.segments,
      { retentionMs: -1, retentionBytes: -1, logStartOffset: this.logStart, nowMs: 0 });
    if (count > 0) await this.deleteOldestSegments(count);
  }

  /** Records the new start in the checkpoint first, so a crash midway leaves a sound log. */
  private async deleteOldestSegments(count: number): Promise<void> {
    assert.ok(count < this.segments.length, 'the active segment is never deleted');
    await this.cleaning.abort();
    const newStart = this.segments[count]?.baseOffset ?? this.logEndOffset;
    if (newStart > this.logStart) await this.setLogStartOffset(newStart);
    for (const segment of this.segments.splice(0, count)) await segment.delete();
    await this.disk.syncDirectory(this.directory);
  }

  private async setLogStartOffset(offset: number): Promise<void> {
    await writeLogStartOffset(this.disk, this.directory, offset);
    this.logStart = offset;
    // The epoch checkpoint is not rewritten: opening the log trims it to the log start again.
    this.epochs.truncateFromStart(offset);
  }

  /** Seals the active segment and starts a new one at the log end (if the active one has data). */
  roll(): Promise<void> {
    return this.run('roll', () => this.rollNow());
  }

  private async rollNow(): Promise<void> {
    const active = this.activeSegment;
    if (active.isEmpty) return;
    // A sealed segment is synced whole, so recovery may treat any flaw in it as corruption.
    await active.sync();
    await active.writeIndexes();
    // The sealed segment's epochs are no longer rebuilt at open: the checkpoint must hold them.
    await writeEpochCheckpoint(this.disk, this.directory, this.epochs);
    this.segments.push(await Segment.create(this.disk, this.directory, active.endOffset, this.segmentOptions));
    await this.disk.syncDirectory(this.directory);
    this.flushed = this.logEndOffset;
  }

  /** Fsyncs everything appended so far. */
  flush(): Promise<void> {
    return this.run('flush', () => this.flushNow());
  }

  /** Flushes if flush.messages or flush.ms says so (call from a flush.ms timer). */
  flushIfDue(): Promise<boolean> {
    return this.run('flush', () => this.flushIfDueNow());
  }

  private async flushIfDueNow(): Promise<boolean> {
    const unflushedCount = this.logEndOffset - this.flushed;
    if (unflushedCount === 0) return false;
    const due = unflushedCount >= this.config.flushMessages || this.clock.now() - this.lastFlushMs >= this.config.flushMs;
    if (due && this.testOnly.acknowledgeBeforeFsync === true) {
      // Test only: the append returns, and the broker acknowledges it, before its fsync; the
      // fsync is made at the start of the next append (or flush), so a crash before then loses
      // what was acknowledged.
      this.fsyncOwed = true;
      return due;
    }
    if (due) await this.flushNow();
    return due;
  }

  private async flushNow(): Promise<void> {
    this.fsyncOwed = false;
    await this.activeSegment.sync();
    this.flushed = this.logEndOffset;
    this.lastFlushMs = this.clock.now();
  }

  /**
   * The part of the log a cleaning would cover now, with its dirty ratio, records at or past
   * `maxOffset` (the high watermark) left out; undefined unless cleanup.policy compacts.
   */
  cleanableRange(maxOffset: number): CleanableRange | undefined {
    if (!isCompacted(this.config) || this.refusal !== undefined || this.closed) return undefined;
    return this.cleaning.range({ maxOffset, nowMs: this.clock.now(), logStartOffset: this.logStart, config: this.config });
  }

  /** The cleaner checkpoint: offsets below it were compacted (Kafka's first dirty offset). */
  get firstDirtyOffset(): number {
    return this.cleaning.firstDirtyOffset;
  }

  /**
   * One bounded step of compaction (cleaner/README.md): starts a cleaning when the dirty ratio,
   * max.compaction.lag.ms or a passed tombstone horizon says so, or goes on with the one in
   * progress. Idle unless cleanup.policy compacts. The broker's cleaner calls it again while it
   * answers 'working', yielding in between, so appends and reads wait for one step at most.
   */
  compactStep(options: CompactionStepOptions): Promise<CompactionStep | { readonly kind: 'not-compacted' }> {
    return this.run('compact', async () => {
      if (!isCompacted(this.config)) return { kind: 'not-compacted' } as const;
      return this.cleaning.step(options, { nowMs: this.clock.now(), logStartOffset: this.logStart, config: this.config });
    });
  }

  /** The cleaner swapped a segment for its cleaned copy, or removed it (nothing of it was kept). */
  private replaceSegment(old: Segment, replacement: Segment | undefined): void {
    const index = this.segments.indexOf(old);
    assert.ok(index >= 0 && index < this.segments.length - 1, 'only a sealed segment of the log is replaced');
    if (replacement === undefined) this.segments.splice(index, 1);
    else this.segments[index] = replacement;
    assert.ok(this.segments.length > 0 && (this.segments[0]?.baseOffset ?? 0) <= this.logStart,
      'the first segment still holds the log start');
  }

  /** Flushes, writes the active segment's indexes and closes every file. */
  close(): Promise<void> {
    return this.run('close', async () => {
      await this.cleaning.abort();
      await this.flushNow();
      await this.activeSegment.writeIndexes();
      await writeEpochCheckpoint(this.disk, this.directory, this.epochs);
      for (const segment of this.segments) await segment.close();
      this.closed = true;
    });
  }

  /** Closes the log and removes its directory. */
  delete(): Promise<void> {
    return this.run('delete', async () => {
      await this.cleaning.abort();
      for (const segment of this.segments) await segment.close();
      this.closed = true;
      await this.disk.remove(this.directory);
      await this.disk.syncDirectory(parentOf(this.directory));
    });
  }

  /** Segment index holding `offset`. Precondition: logStart ≤ offset ≤ logEnd. */
  private segmentIndexOf(offset: number): number {
    let low = 0;
    let high = this.segments.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >>> 1;
      if ((this.segments[middle]?.baseOffset ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return low;
  }

  private checkInRange(offset: number, action: string): void {
    if (offset < this.logStart || offset > this.logEndOffset || !Number.isSafeInteger(offset)) {
      throw new OffsetOutOfRangeError(`Cannot ${action} offset ${offset}: the log holds ` +
        `[${this.logStart}, ${this.logEndOffset})`, offset, this.logStart, this.logEndOffset);
    }
  }

  /** Runs `work` after every earlier call; refuses the log on an environment or integrity failure. */
  private run<T>(action: string, work: () => Promise<T>): Promise<T> {
    const result = this.queue.then(async () => {
      if (this.refusal !== undefined || this.closed) {
        throw new LogUnavailableError(`Cannot ${action} log "${this.directory}": ` +
          (this.closed ? 'it is closed' : `it was refused (${this.refusal?.message ?? ''})`), this.directory,
          { cause: this.refusal });
      }
      try {
        const value = await work();
        this.checkTailInvariants();
        return value;
      } catch (error) {
        if (!(error instanceof RecordBatchError || error instanceof OffsetOutOfRangeError)) {
          this.refusal = error instanceof Error ? error : new Error(String(error));
        }
        throw error;
      }
    });
    this.queue = result.catch(() => undefined);
    return result;
  }

  /** The invariants an operation can disturb, checked after each in O(1). */
  private checkTailInvariants(): void {
    const active = this.activeSegment;
    active.checkInvariants();
    const previous = this.segments[this.segments.length - 2];
    if (previous !== undefined) assert.ok(previous.continuesAt(active.baseOffset), 'segments are contiguous');
    assert.ok(this.logStart <= this.logEndOffset, 'the log starts at or before its end');
    assert.ok(this.flushed <= this.logEndOffset, 'nothing past the end is flushed');
    assert.ok((this.segments[0]?.baseOffset ?? 0) <= this.logStart, 'the first segment holds the log start');
  }

  /** Every invariant of the log and its segments (O(segments); tests and the simulator call it). */
  checkInvariants(): void {
    assert.ok(this.segments.length > 0, 'a log has an active segment');
    this.segments.forEach((segment, segmentIndex) => {
      segment.checkInvariants();
      const next = this.segments[segmentIndex + 1];
      if (next !== undefined) assert.ok(segment.continuesAt(next.baseOffset), 'segments are contiguous');
    });
    assert.ok(this.logStart <= this.logEndOffset, 'the log starts at or before its end');
    assert.ok(this.flushed <= this.logEndOffset, 'nothing past the end is flushed');
    assert.ok((this.segments[0]?.baseOffset ?? 0) <= this.logStart, 'the first segment holds the log start');
  }
}

/** Whether `error` means the log's files cannot be trusted or reached (the log is refused). */
export function isLogRefusal(error: unknown): boolean {
  return error instanceof CorruptionError || error instanceof DiskError || error instanceof LogUnavailableError;
}

