// One segment of a log: the file <base offset>.log holding record batches back to back, with
// its sparse offset index and time index kept in memory (offset-index.ts, time-index.ts) and
// written beside it as <base offset>.index and <base offset>.timeindex when the segment is
// sealed or the log closes. Names are the base offset in 20 zero-padded digits, as Kafka's.
//
// Invariants (checkInvariants): batches in the file run from baseOffset to endOffset with
// increasing offsets and no gaps, except in a compacted log (offsetGapsAllowed), where the
// cleaner removed whole batches (cleaner/README.md) and a gap may precede any batch; sizeBytes is the file's length as far as the log is concerned; index entries point at
// batch starts below sizeBytes and endOffset.
import assert from 'node:assert/strict';
import type { Disk, DiskFile } from './disk.js';
import { CorruptionError, RecordBatchError } from './errors.js';
import { OffsetIndex, offsetIndexEntryBytes } from './offset-index.js';
import { TimeIndex } from './time-index.js';
import { scanBatches } from './segment-scan.js';
import type { ScanProblem, ScannedBatch } from './segment-scan.js';
import {
  batchCrcMatches, batchHeaderBytes, checkBatchFrame, lastOffsetOf, readBatchHeader,
} from './record-batch/header.js';
import type { RecordBatchHeader } from './record-batch/header.js';

export type SegmentFileKind = 'log' | 'index' | 'timeindex';

/** "00000000000000000042.log" for base offset 42 and kind 'log'. */
export function segmentFileName(baseOffset: number, kind: SegmentFileKind): string {
  assert.ok(Number.isSafeInteger(baseOffset) && baseOffset >= 0, 'a base offset is a natural number');
  return `${baseOffset.toString().padStart(20, '0')}.${kind}`;
}

/** The base offset and kind a segment file name encodes, or undefined for other names. */
export function parseSegmentFileName(name: string): { baseOffset: number; kind: SegmentFileKind } | undefined {
  const match = /^(\d{20})\.(log|index|timeindex)$/.exec(name);
  if (match === null) return undefined;
  const baseOffset = Number(match[1]);
  if (!Number.isSafeInteger(baseOffset)) return undefined;
  return { baseOffset, kind: match[2] as SegmentFileKind };
}

/** Sizing of the indexes (Kafka's index.interval.bytes and segment.index.bytes). */
export interface SegmentIndexOptions {
  readonly indexIntervalBytes: number;
  readonly indexBytesMax: number;
  /**
   * A batch may start past the end of the one before it (a compacted log: Kafka's cleaner keeps
   * offsets, so removed batches leave gaps). Off, any gap is corruption, as the base offset lies
   * outside the CRC and continuity is what guards it.
   */
  readonly offsetGapsAllowed: boolean;
}

/** A batch being added to the segment: its final header and its place in the written bytes. */
export interface PlacedBatch {
  readonly relativePosition: number;
  readonly batchBytes: number;
  readonly baseOffset: number;
  readonly lastOffset: number;
  readonly maxTimestampMs: number;
}

/** A whole-batch read from one segment. */
export interface SegmentRead {
  readonly bytes: Uint8Array;
  readonly batchCount: number;
  /** Offset after the last batch returned. */
  readonly nextOffset: number;
}

/** Sequential readers (consumers, followers) whose next position a segment remembers. */
const readHintCountMax = 16;

export class Segment {
  /** Offset after the last batch. Invariant: baseOffset ≤ endOffset. */
  endOffset: number;
  sizeBytes = 0;
  /** Largest batch max timestamp in the segment; -1 when empty or all timestamps are -1. */
  maxTimestampMs = -1;
  /** Base offset of the batch that first reached maxTimestampMs. */
  private offsetOfMaxTimestamp: number;
  /** Max timestamp of the first batch: the age used by log.roll.ms (as Kafka). */
  firstBatchTimestampMs: number | undefined;
  private bytesSinceIndexEntry = 0;
  /** Offset → position of batch starts where recent reads ended (bounded, cleared on truncation). */
  private readonly readHints = new Map<number, number>();
  offsetIndex: OffsetIndex;
  timeIndex: TimeIndex;

  constructor(
    private readonly disk: Disk,
    readonly directory: string,
    readonly baseOffset: number,
    readonly file: DiskFile,
    private readonly options: SegmentIndexOptions,
  ) {
    this.endOffset = baseOffset;
    this.offsetOfMaxTimestamp = baseOffset;
    const entryCountMax = Math.max(1, Math.floor(options.indexBytesMax / offsetIndexEntryBytes));
    this.offsetIndex = new OffsetIndex(baseOffset, entryCountMax);
    this.timeIndex = new TimeIndex(baseOffset, entryCountMax);
  }

  /** Creates an empty segment file (its name becomes durable with the directory's next sync). */
  static async create(disk: Disk, directory: string, baseOffset: number, options: SegmentIndexOptions):
    Promise<Segment> {
    const path = `${directory}/${segmentFileName(baseOffset, 'log')}`;
    const file = await disk.open(path, { create: true });
    const size = await file.size();
    if (size !== 0) await file.truncate(0);
    return new Segment(disk, directory, baseOffset, file, options);
  }

  pathOf(kind: SegmentFileKind): string {
    return `${this.directory}/${segmentFileName(this.baseOffset, kind)}`;
  }

  get isEmpty(): boolean {
    return this.sizeBytes === 0;
  }

  /** The indexes cannot take another entry: the log must roll before the next append. */
  get isIndexFull(): boolean {
    return this.offsetIndex.isFull || this.timeIndex.isFull;
  }

  /**
   * Writes batches (concatenated in `bytes`) at the end of the file and indexes them.
   * `checkWhileWriting` (the CRC and record checks) runs while the write is in flight, so the
   * CPU work overlaps the I/O; if it throws, the bytes are cut off and synced away before the
   * error propagates, and the segment is unchanged. Precondition: the first batch starts at
   * endOffset.
   */
  async append(bytes: Uint8Array, batches: readonly PlacedBatch[], checkWhileWriting: () => void = () => undefined):
    Promise<number> {
    assert.ok(batches.length > 0, 'append writes at least one batch');
    this.assertContinues(batches[0]?.baseOffset ?? -1, 'appended batches continue the segment');
    const position = this.sizeBytes;
    const writing = this.file.write(position, bytes);
    try {
      checkWhileWriting();
    } catch (error) {
      await writing;
      // Rejected bytes must not outlive a crash: recovery would take them for corruption.
      await this.file.truncate(position);
      await this.file.sync();
      throw error;
    }
    await writing;
    for (const batch of batches) this.indexBatch(position + batch.relativePosition, batch);
    assert.equal(this.sizeBytes, position + bytes.length, 'the batches cover the written bytes');
    return position;
  }

  /** Accounts one batch at `position` (appended, or met by a recovery scan). */
  indexBatch(position: number, batch: Omit<PlacedBatch, 'relativePosition'>): void {
    assert.equal(position, this.sizeBytes, 'batches are indexed in file order');
    this.assertContinues(batch.baseOffset, 'batches are indexed in offset order');
    if (position === 0) this.firstBatchTimestampMs = batch.maxTimestampMs;
    if (batch.maxTimestampMs > this.maxTimestampMs) {
      this.maxTimestampMs = batch.maxTimestampMs;
      this.offsetOfMaxTimestamp = batch.baseOffset;
    }
    const dueForEntry = this.offsetIndex.entryCount === 0 || this.bytesSinceIndexEntry >= this.options.indexIntervalBytes;
    if (dueForEntry && !this.offsetIndex.isFull) {
      this.offsetIndex.append(batch.baseOffset, position);
      if (this.maxTimestampMs >= 0) this.timeIndex.maybeAppend(this.maxTimestampMs, this.offsetOfMaxTimestamp);
      this.bytesSinceIndexEntry = 0;
    }
    this.bytesSinceIndexEntry += batch.batchBytes;
    this.sizeBytes = position + batch.batchBytes;
    this.endOffset = batch.lastOffset + 1;
  }

  /** Batches may leave offset gaps (a compacted log). */
  get offsetGapsAllowed(): boolean {
    return this.options.offsetGapsAllowed;
  }

  /** Whether a batch at `baseOffset` may follow the segment's last one (a gap only when allowed). */
  continuesAt(baseOffset: number): boolean {
    return baseOffset === this.endOffset || (this.options.offsetGapsAllowed && baseOffset > this.endOffset);
  }

  private assertContinues(baseOffset: number, message: string): void {
    assert.ok(this.continuesAt(baseOffset), message);
  }

  /** Accounts a batch met by a scan. */
  indexScanned(batch: ScannedBatch): void {
    this.indexBatch(batch.position, {
      batchBytes: batch.batchBytes,
      baseOffset: batch.header.baseOffset,
      lastOffset: lastOffsetOf(batch.header),
      maxTimestampMs: batch.header.maxTimestampMs,
    });
  }

  /**
   * The position and header of the first batch whose last offset is at or above `offset`, or
   * undefined if `offset` is at or past endOffset. Scans headers from the index entry below.
   */
  async locate(offset: number): Promise<{ position: number; header: RecordBatchHeader } | undefined> {
    if (offset >= this.endOffset) return undefined;
    const entry = this.offsetIndex.lookup(offset);
    let found: { position: number; header: RecordBatchHeader } | undefined;
    const outcome = await scanBatches(this.file,
      { fromPosition: entry?.position ?? 0, endPosition: this.sizeBytes },
      { readBodies: false, verifyCrc: false, chunkBytes: this.options.indexIntervalBytes + 2 * batchHeaderBytes },
      (batch) => {
        if (lastOffsetOf(batch.header) < offset) return 'continue';
        found = { position: batch.position, header: batch.header };
        return 'stop';
      });
    if (outcome.problem !== undefined) throw this.corruption(outcome.problem);
    assert.ok(found !== undefined, 'an offset below endOffset lies in some batch');
    return found;
  }

  /**
   * Whole batches from the one holding `offset`: as many as fit in `maxBytes`, stopping before
   * any batch whose base offset is at or past `maxOffset`; with `minOneBatch`, the first batch
   * even if it alone exceeds `maxBytes`. Each batch's CRC and offset are checked before it is
   * returned; a mismatch is corruption.
   */
  async read(offset: number, limits: {
    maxBytes: number; maxOffset: number; minOneBatch: boolean; verifyCrc?: boolean;
    /** The leader epoch the log's checksummed epoch cache gives the offset; -1 if unknown. */
    expectedEpochAt?: (offset: number) => number;
  }):
    Promise<SegmentRead> {
    const empty = { bytes: new Uint8Array(0), batchCount: 0, nextOffset: offset };
    if (offset >= this.endOffset || offset >= limits.maxOffset) return empty;
    // A sequential reader asks for the offset where its last read ended: no index lookup then.
    const hint = this.readHints.get(offset);
    const hinted = hint !== undefined && hint < this.sizeBytes;
    const startPosition = hinted ? hint : (await this.locate(offset))?.position;
    if (startPosition === undefined) return empty;
    const window = Math.min(Math.max(limits.maxBytes, batchHeaderBytes), this.sizeBytes - startPosition);
    let bytes = await this.file.read(startPosition, window);
    assert.equal(bytes.length, window, 'a read inside the segment returns every byte');
    const first = this.checkedHeader(bytes, 0, startPosition);
    // In a compacted log `offset` may fall in a gap: the first batch then starts after it.
    const startsAfter = first.header.baseOffset > offset && !this.options.offsetGapsAllowed;
    if (startsAfter || lastOffsetOf(first.header) < offset) {
      if (!hinted) throw this.corruptionAt(startPosition, `batch at offset ${first.header.baseOffset}, expected ${offset}`);
      // A stale hint: forget hints and look the offset up in the index.
      this.readHints.clear();
      return this.read(offset, limits);
    }
    if (limits.minOneBatch && first.batchBytes > bytes.length) {
      bytes = await this.file.read(startPosition, Math.min(first.batchBytes, this.sizeBytes - startPosition));
    }
    const scanned = this.checkBatches(bytes, startPosition, { firstOffset: first.header.baseOffset,
      maxOffset: limits.maxOffset, verifyCrc: limits.verifyCrc !== false,
      expectedEpochAt: limits.expectedEpochAt ?? (() => -1) });
    if (scanned.batchCount === 0) return empty;
    this.rememberReadEnd(scanned.nextOffset, startPosition + scanned.usedBytes);
    return { bytes: bytes.subarray(0, scanned.usedBytes), batchCount: scanned.batchCount, nextOffset: scanned.nextOffset };
  }

  /**
   * Checks the whole batches at the start of `bytes` (read from `startPosition`): frame, offset
   * continuity from `firstOffset`, CRC; stops at the first batch past the bytes or at or past
   * `maxOffset`. Any flaw is corruption.
   */
  private checkBatches(bytes: Uint8Array, startPosition: number,
    bounds: { firstOffset: number; maxOffset: number; verifyCrc: boolean; expectedEpochAt: (offset: number) => number }):
    { batchCount: number; usedBytes: number; nextOffset: number } {
    let expectedOffset = bounds.firstOffset;
    let batchCount = 0;
    let at = 0;
    while (bytes.length - at >= batchHeaderBytes) {
      const position = startPosition + at;
      const { header, batchBytes } = this.checkedHeader(bytes, at, position);
      // Past the byte budget: stop. Past the file's end: the length field lies.
      if (at + batchBytes > bytes.length) {
        if (position + batchBytes > this.sizeBytes) throw this.corruptionAt(position, 'batch runs past the end', 'bad-length');
        break;
      }
      if (header.baseOffset >= bounds.maxOffset) break;
      const gapped = this.options.offsetGapsAllowed && header.baseOffset > expectedOffset;
      if (header.baseOffset !== expectedOffset && !gapped) {
        throw this.corruptionAt(position, `base offset ${header.baseOffset}, expected ${expectedOffset}`);
      }
      if (bounds.verifyCrc && !batchCrcMatches(bytes, at, batchBytes)) {
        throw this.corruptionAt(position, 'CRC mismatch', 'crc-mismatch');
      }
      const expectedEpoch = bounds.expectedEpochAt(lastOffsetOf(header));
      if (header.partitionLeaderEpoch !== -1 && expectedEpoch !== -1 && header.partitionLeaderEpoch !== expectedEpoch) {
        throw this.corruptionAt(position, `leader epoch ${header.partitionLeaderEpoch}, the epoch checkpoint says ` +
          `${expectedEpoch}`, 'bad-epoch');
      }
      expectedOffset = lastOffsetOf(header) + 1;
      batchCount += 1;
      at += batchBytes;
    }
    return { batchCount, usedBytes: at, nextOffset: expectedOffset };
  }

  /** Remembers where a read ended, for the reader's next read; a few readers at a time. */
  private rememberReadEnd(offset: number, position: number): void {
    if (this.readHints.size >= readHintCountMax) {
      const oldest = this.readHints.keys().next();
      if (oldest.done !== true) this.readHints.delete(oldest.value);
    }
    this.readHints.set(offset, position);
  }

  private checkedHeader(bytes: Uint8Array, at: number, position: number):
    { header: RecordBatchHeader; batchBytes: number } {
    try {
      const batchBytes = checkBatchFrame(bytes, at, Number.MAX_SAFE_INTEGER);
      return { header: readBatchHeader(bytes, at), batchBytes };
    } catch (error) {
      if (error instanceof RecordBatchError) throw this.corruptionAt(position, error.message, 'bad-length');
      throw error;
    }
  }

  /** The header of the last batch, or undefined for an empty segment. */
  async lastBatchHeader(): Promise<RecordBatchHeader | undefined> {
    if (this.isEmpty) return undefined;
    return (await this.locate(this.endOffset - 1))?.header;
  }

  /**
   * Cuts the segment before the batch holding `offset` (Kafka's truncation: a batch is never
   * split). Returns the new endOffset, which may be below `offset`. The index files are removed:
   * they are rewritten at the next seal and rebuilt after a crash.
   */
  async truncateTo(offset: number): Promise<number> {
    const start = await this.locate(offset);
    if (start === undefined) return this.endOffset;
    await this.file.truncate(start.position);
    this.readHints.clear();
    this.sizeBytes = start.position;
    this.endOffset = start.header.baseOffset;
    await this.disk.remove(this.pathOf('index'));
    await this.disk.remove(this.pathOf('timeindex'));
    await this.rebuildTail();
    assert.ok(this.endOffset <= offset, 'truncation never keeps the offset it removed');
    return this.endOffset;
  }

  /**
   * Recomputes the in-memory summary (max timestamp, index tail) after the file shrank: drops
   * index entries past the end and rescans from the last entry kept.
   */
  private async rebuildTail(): Promise<void> {
    const endPosition = this.sizeBytes;
    const endOffset = this.endOffset;
    this.offsetIndex.truncateToOffset(endOffset);
    this.timeIndex.truncateToOffset(endOffset);
    const problem = await this.rescanFromLastEntry(endPosition, false);
    if (problem !== undefined) throw this.corruption(problem);
    assert.equal(this.endOffset, endOffset, 'the rescan ends at the cut offset');
  }

  /**
   * Restarts the summary at the last offset index entry (or the start of the file) and scans
   * batches from there to `endPosition`, re-indexing them. Used after truncation and by
   * recovery (with loaded or empty indexes). Returns the problem that stopped the scan, if any;
   * the segment then ends at the last sound batch.
   */
  async rescanFromLastEntry(endPosition: number, verifyCrc: boolean,
    onBatch: (header: RecordBatchHeader, position: number) => void = () => undefined): Promise<ScanProblem | undefined> {
    const lastEntry = this.offsetIndex.lastEntry();
    if (lastEntry !== undefined) this.offsetIndex.truncateToOffset(lastEntry.offset);
    const resumePosition = lastEntry?.position ?? 0;
    this.sizeBytes = resumePosition;
    this.endOffset = lastEntry?.offset ?? this.baseOffset;
    this.timeIndex.truncateToOffset(this.endOffset);
    const lastTime = this.timeIndex.lastEntry();
    this.maxTimestampMs = lastTime?.timestampMs ?? -1;
    this.offsetOfMaxTimestamp = lastTime?.offset ?? this.baseOffset;
    if (lastEntry === undefined) this.firstBatchTimestampMs = undefined;
    this.bytesSinceIndexEntry = 0;
    let offsetProblem: ScanProblem | undefined;
    const outcome = await scanBatches(this.file, { fromPosition: resumePosition, endPosition },
      { readBodies: verifyCrc, verifyCrc }, (batch) => {
        if (!this.continuesAt(batch.header.baseOffset)) {
          offsetProblem = { position: batch.position, kind: 'offset', batchBytes: batch.batchBytes,
            detail: `base offset ${batch.header.baseOffset}, expected ${this.endOffset}` };
          return 'stop';
        }
        this.indexScanned(batch);
        onBatch(batch.header, batch.position);
        return 'continue';
      });
    return offsetProblem ?? outcome.problem;
  }

  /** Reads the first batch's header to restore the roll age after recovery from indexes. */
  async loadFirstBatchTimestamp(): Promise<void> {
    if (this.isEmpty || this.firstBatchTimestampMs !== undefined) return;
    const headerBytes = await this.file.read(0, batchHeaderBytes);
    this.firstBatchTimestampMs = this.checkedHeader(headerBytes, 0, 0).header.maxTimestampMs;
  }

  /** Writes both index files (each replaced whole) and syncs them. */
  async writeIndexes(): Promise<void> {
    for (const [kind, bytes] of [['index', this.offsetIndex.toBytes()], ['timeindex', this.timeIndex.toBytes()]] as const) {
      const file = await this.disk.open(this.pathOf(kind), { create: true });
      try {
        await file.truncate(0);
        await file.write(0, bytes);
        await file.sync();
      } finally {
        await file.close();
      }
    }
  }

  async sync(): Promise<void> {
    await this.file.sync();
  }

  async close(): Promise<void> {
    await this.file.close();
  }

  /** Closes and removes the segment's files (durable after the directory's next sync). */
  async delete(): Promise<void> {
    await this.file.close();
    for (const kind of ['log', 'index', 'timeindex'] as const) await this.disk.remove(this.pathOf(kind));
  }

  corruption(problem: ScanProblem): CorruptionError {
    const reasons = { crc: 'crc-mismatch', offset: 'bad-offset', frame: 'bad-length', partial: 'bad-length' } as const;
    return this.corruptionAt(problem.position, problem.detail, reasons[problem.kind]);
  }

  corruptionAt(position: number, detail: string,
    reason: 'crc-mismatch' | 'bad-length' | 'bad-offset' | 'bad-epoch' = 'bad-offset'):
    CorruptionError {
    const path = this.pathOf('log');
    return new CorruptionError(`Cannot read segment "${path}": ${detail} at byte ${position}`, path, position, reason);
  }

  checkInvariants(): void {
    assert.ok(this.baseOffset <= this.endOffset, 'a segment ends at or after its base');
    assert.equal(this.isEmpty, this.endOffset === this.baseOffset, 'an empty segment holds no offsets');
    const last = this.offsetIndex.lastEntry();
    if (last !== undefined) {
      assert.ok(last.position < this.sizeBytes, 'index positions lie inside the file');
      assert.ok(last.offset < this.endOffset, 'index offsets lie inside the segment');
    }
    const lastTime = this.timeIndex.lastEntry();
    if (lastTime !== undefined) assert.ok(lastTime.timestampMs <= this.maxTimestampMs, 'time index ≤ max');
  }
}
