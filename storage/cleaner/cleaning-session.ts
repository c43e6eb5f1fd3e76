// One cleaning of one compacted log, carried out in bounded steps (Kafka's LogCleaner.doClean,
// cut into pieces so that a single-threaded node keeps serving between them). The log runs
// each step alone on its queue (log.ts), so appends and reads wait for one step at most, never
// for a whole cleaning, and a read sees a segment either before or after its swap.
//
//   map:      read the dirty segments batch by batch, recording each key's latest offset
//             (offset-map.ts). A full map ends the dirty range early, at a segment end.
//   rewrite:  for each segment from the first to the end of the dirty range, copy the batches
//             the rule keeps (batch-filter.ts) into `<base>.log.cleaned`; at the segment's end
//             swap the copy in (segment-swap.ts), or, when nothing is left of a segment other
//             than the first, delete it.
//   finish:   write the cleaner checkpoint: the dirty range's end is the new first dirty offset.
//
// A step reads at most `stepBytes` (or one batch, if a batch is larger). A crash between steps
// leaves the log as a mix of swapped and untouched segments, each whole; the next cleaning
// starts over from the checkpoint, which only moves once every segment was swapped.
import assert from 'node:assert/strict';
import type { Disk } from '../disk.js';
import { writeCleanerCheckpoint } from '../log-checkpoints.js';
import { concatenate } from '../paths.js';
import { lastOffsetOf } from '../record-batch/header.js';
import { decodeRecordBatch } from '../record-batch/batch.js';
import type { PlacedBatch, Segment, SegmentIndexOptions } from '../segment.js';
import { scanBatches } from '../segment-scan.js';
import type { ScannedBatch } from '../segment-scan.js';
import { filterBatch } from './batch-filter.js';
import { OffsetMap } from './offset-map.js';
import { discardCleanedSegment, openCleanedSegment, swapInCleanedSegment } from './segment-swap.js';

/** What a cleaning needs of the log it cleans (log.ts implements it). */
export interface CleanerHost {
  readonly disk: Disk;
  readonly directory: string;
  readonly segmentOptions: SegmentIndexOptions;
  /** The log's segments now, oldest first. */
  segments(): readonly Segment[];
  /** Puts `replacement` where `old` is in the log's list, or removes `old` (undefined). */
  replaceSegment(old: Segment, replacement: Segment | undefined): void;
}

/** What to clean and by which rule; fixed when the cleaning starts. */
export interface CleaningPlan {
  /** Segments [0, endIndex) of the log: the clean section, then the dirty one. */
  readonly targets: readonly Segment[];
  readonly dirtyStartIndex: number;
  /** The time horizons are set and compared against (the cleaning's start). */
  readonly nowMs: number;
  readonly deleteRetentionMs: number;
  readonly offsetMapBytesMax: number;
  readonly stepBytes: number;
  /** Test only: see BatchFilterRules.dropLatestRecord. */
  readonly dropLatestRecord: boolean;
}

/** What a finished cleaning did (the broker's log line and metrics). */
export interface CleaningStats {
  /** The first dirty offset before, and after (the checkpoint written). */
  readonly firstDirtyOffset: number;
  readonly endOffset: number;
  readonly segmentCount: number;
  readonly bytesBefore: number;
  readonly bytesAfter: number;
  readonly bytesRead: number;
  readonly recordsRemoved: number;
  readonly mapEntryCount: number;
  /** Share of the offset map's memory bound used. */
  readonly mapUtilization: number;
  /** The earliest delete horizon of the tombstones kept, if any. */
  readonly pendingDeleteHorizonMs: number | undefined;
  readonly stepCount: number;
}

export type CleaningStepOutcome =
  | { readonly kind: 'working'; readonly phase: 'map' | 'rewrite' }
  | { readonly kind: 'finished'; readonly stats: CleaningStats };

/** One cleaning in progress. */
export class CleaningSession {
  private phase: 'map' | 'rewrite' = 'map';
  private targets: Segment[];
  private index: number;
  private position = 0;
  private cleaned: Segment | undefined;
  private readonly map: OffsetMap;
  /** Set when the rewrite begins: the targets' bytes, and the base offset of the segment after them. */
  private bytesBefore = 0;
  private endOffsetNow = -1;
  /** Whether the segment being rewritten lost or changed a batch (else its copy is discarded). */
  private segmentChanged = false;
  private bytesRead = 0;
  private recordsRemoved = 0;
  private pendingDeleteHorizonMs: number | undefined;
  private stepCount = 0;

  constructor(private readonly host: CleanerHost, private readonly plan: CleaningPlan) {
    assert.ok(plan.targets.length > 0, 'a cleaning has a segment to clean');
    assert.ok(plan.dirtyStartIndex <= plan.targets.length, 'the dirty section lies among the targets');
    assert.ok(plan.stepBytes > 0, 'a step reads something');
    this.targets = [...plan.targets];
    this.index = plan.dirtyStartIndex;
    this.map = new OffsetMap(plan.offsetMapBytesMax);
    if (this.index === this.targets.length) this.beginRewrite();
  }

  /** The first dirty offset the cleaning started from. */
  get firstDirtyOffset(): number {
    return this.targets[this.plan.dirtyStartIndex]?.baseOffset ?? this.endOffsetNow;
  }

  /** The dirty range's end (known once the map is built): the base offset after the last target. */
  get endOffset(): number {
    assert.ok(this.endOffsetNow >= 0, 'the dirty range ends once the map is built');
    return this.endOffsetNow;
  }

  /** Whether every segment the cleaning still has to touch is in the log as it was. */
  isCurrent(): boolean {
    const segments = this.host.segments();
    return this.targets.slice(this.phase === 'map' ? 0 : this.index).every((segment) => segments.includes(segment));
  }

  /** Does one bounded piece of the work. Precondition: isCurrent(). */
  async step(): Promise<CleaningStepOutcome> {
    assert.ok(this.isCurrent(), 'a cleaning steps only over the segments it planned');
    this.stepCount += 1;
    if (this.phase === 'map') {
      await this.mapStep();
      return { kind: 'working', phase: 'map' };
    }
    await this.rewriteStep();
    if (this.index < this.targets.length) return { kind: 'working', phase: 'rewrite' };
    const stats = this.finishStats();
    await writeCleanerCheckpoint(this.host.disk, this.host.directory, stats.endOffset);
    return { kind: 'finished', stats };
  }

  /** Removes the copy being written, if any (the log changed, closed or was refused). */
  async abort(): Promise<void> {
    const cleaned = this.cleaned;
    this.cleaned = undefined;
    if (cleaned !== undefined) await discardCleanedSegment(this.host.disk, cleaned);
  }

  private async mapStep(): Promise<void> {
    const segment = this.currentTarget();
    this.position = await this.scanStep(segment, (batch) => this.mapBatch(batch));
    if (this.position < segment.sizeBytes) return;
    this.index += 1;
    this.position = 0;
    // A full map ends the dirty range here; the rest stays dirty for the next cleaning.
    if (this.map.isFull && this.index < this.targets.length) this.targets.splice(this.index);
    if (this.index === this.targets.length) this.beginRewrite();
  }

  private mapBatch(batch: ScannedBatch): void {
    assert.ok(batch.bytes !== undefined, 'the scan read the batch');
    if (batch.header.isControl) return;
    for (const record of decodeRecordBatch(batch.bytes, 0, { verifyCrc: false }).records) {
      if (record.key !== null) this.map.put(record.key, record.offset);
    }
  }

  private beginRewrite(): void {
    const segments = this.host.segments();
    const after = segments[segments.indexOf(this.targets[this.targets.length - 1] as Segment) + 1];
    assert.ok(after !== undefined, 'the active segment follows every target');
    this.endOffsetNow = after.baseOffset;
    this.bytesBefore = this.targets.reduce((total, segment) => total + segment.sizeBytes, 0);
    this.phase = 'rewrite';
    this.index = 0;
    this.position = 0;
  }

  private async rewriteStep(): Promise<void> {
    const segment = this.currentTarget();
    this.cleaned ??= await openCleanedSegment(this.host.disk, this.host.directory, segment.baseOffset,
      this.host.segmentOptions);
    const cleaned = this.cleaned;
    const kept: Uint8Array[] = [];
    const placed: PlacedBatch[] = [];
    let relativePosition = 0;
    this.position = await this.scanStep(segment, (batch) => {
      const bytes = this.rewriteBatch(batch);
      if (bytes === undefined) return;
      const header = bytes === batch.bytes ? batch.header : decodeRecordBatch(bytes, 0, { verifyCrc: false }).header;
      kept.push(bytes);
      placed.push({ relativePosition, batchBytes: bytes.length, baseOffset: header.baseOffset,
        lastOffset: lastOffsetOf(header), maxTimestampMs: header.maxTimestampMs });
      relativePosition += bytes.length;
    });
    if (placed.length > 0) await cleaned.append(concatenate(kept), placed);
    if (this.position < segment.sizeBytes) return;
    await this.finishSegment(segment, cleaned);
  }

  /** The bytes to keep of one batch, or undefined when the batch goes. */
  private rewriteBatch(batch: ScannedBatch): Uint8Array | undefined {
    assert.ok(batch.bytes !== undefined, 'the scan read the batch');
    const outcome = filterBatch(batch.bytes, { latestOffsetOf: (key) => this.map.latestOffsetOf(key),
      nowMs: this.plan.nowMs, deleteRetentionMs: this.plan.deleteRetentionMs, dropLatestRecord: this.plan.dropLatestRecord });
    switch (outcome.kind) {
      case 'kept':
        this.notePendingHorizon(outcome.pendingDeleteHorizonMs);
        return batch.bytes;
      case 'dropped':
        this.segmentChanged = true;
        this.recordsRemoved += outcome.removedCount;
        return undefined;
      case 'rewritten':
        this.segmentChanged = true;
        this.recordsRemoved += outcome.removedCount;
        this.notePendingHorizon(outcome.pendingDeleteHorizonMs);
        return outcome.bytes;
      default: {
        const unexpected: never = outcome;
        assert.fail(`unknown batch outcome ${String(unexpected)}`);
      }
    }
  }

  private notePendingHorizon(horizonMs: number | undefined): void {
    if (horizonMs === undefined) return;
    this.pendingDeleteHorizonMs = Math.min(this.pendingDeleteHorizonMs ?? horizonMs, horizonMs);
  }

  /**
   * Swaps the finished copy in, deletes a segment other than the first that kept nothing, or
   * keeps a segment that the rule left as it was.
   */
  private async finishSegment(segment: Segment, cleaned: Segment): Promise<void> {
    this.cleaned = undefined;
    const changed = this.segmentChanged;
    this.segmentChanged = false;
    const isFirst = this.host.segments()[0] === segment;
    if (!changed) {
      assert.equal(cleaned.sizeBytes, segment.sizeBytes, 'an unchanged copy is the same size');
      await discardCleanedSegment(this.host.disk, cleaned);
    } else if (cleaned.isEmpty && !isFirst) {
      await discardCleanedSegment(this.host.disk, cleaned);
      this.host.replaceSegment(segment, undefined);
      await segment.delete();
      await this.host.disk.syncDirectory(this.host.directory);
    } else {
      await swapInCleanedSegment(this.host.disk, segment, cleaned);
      this.host.replaceSegment(segment, cleaned);
      this.targets[this.index] = cleaned;
    }
    this.index += 1;
    this.position = 0;
  }

  /** Scans whole batches of `segment` from the current position, about stepBytes of them. */
  private async scanStep(segment: Segment, visit: (batch: ScannedBatch) => void): Promise<number> {
    const from = this.position;
    let readBytes = 0;
    const outcome = await scanBatches(segment.file, { fromPosition: from, endPosition: segment.sizeBytes },
      { readBodies: true, verifyCrc: true, chunkBytes: this.plan.stepBytes }, (batch) => {
        visit(batch);
        readBytes += batch.batchBytes;
        return readBytes >= this.plan.stepBytes ? 'stop' : 'continue';
      });
    if (outcome.problem !== undefined) throw segment.corruption(outcome.problem);
    assert.ok(outcome.position > from || segment.sizeBytes === from, 'a step makes progress');
    this.bytesRead += outcome.position - from;
    return outcome.position;
  }

  private currentTarget(): Segment {
    const segment = this.targets[this.index];
    assert.ok(segment !== undefined, 'a step has a segment to work on');
    return segment;
  }

  private finishStats(): CleaningStats {
    const segments = this.host.segments();
    const remaining = this.targets.filter((segment) => segments.includes(segment));
    return {
      firstDirtyOffset: this.firstDirtyOffset, endOffset: this.endOffset, segmentCount: this.targets.length,
      bytesBefore: this.bytesBefore, bytesAfter: remaining.reduce((total, segment) => total + segment.sizeBytes, 0),
      bytesRead: this.bytesRead, recordsRemoved: this.recordsRemoved, mapEntryCount: this.map.entryCount,
      mapUtilization: this.map.utilization, pendingDeleteHorizonMs: this.pendingDeleteHorizonMs,
      stepCount: this.stepCount,
    };
  }
}
