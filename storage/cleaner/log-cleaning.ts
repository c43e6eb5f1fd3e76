// The compaction state of one log (log.ts holds one when its cleanup.policy compacts): the
// first dirty offset, the cleaning in progress if any, and the earliest delete horizon of the
// tombstones it kept. The broker's cleaner (src/broker/log-cleaner.ts) picks the log with the
// highest dirty ratio and calls `Log.compactStep` until the cleaning finishes; the log runs each
// step on its queue and tells this object when its segments change under a cleaning
// (truncation, retention, DeleteRecords, close), which ends it: the next step starts afresh.
import assert from 'node:assert/strict';
import type { LogConfig } from '../log-config.js';
import { writeCleanerCheckpoint } from '../log-checkpoints.js';
import type { Segment } from '../segment.js';
import { cleanableRange } from './cleanable-range.js';
import type { CleanableRange } from './cleanable-range.js';
import { CleaningSession } from './cleaning-session.js';
import type { CleanerHost, CleaningStats } from './cleaning-session.js';

/** How the broker bounds a step and a cleaning. */
export interface CompactionStepOptions {
  /** Records at or past this offset are not cleaned: the partition's high watermark. */
  readonly maxOffset: number;
  /** Bytes a step reads at most (log.cleaner.io.buffer.size), one batch if larger. */
  readonly stepBytes: number;
  /** Memory bound of the offset map (log.cleaner.dedupe.buffer.size). */
  readonly offsetMapBytesMax: number;
}

/** What a step did. */
export type CompactionStep =
  | { readonly kind: 'idle'; readonly range: CleanableRange }
  | { readonly kind: 'working'; readonly phase: 'map' | 'rewrite' }
  | { readonly kind: 'cleaned'; readonly stats: CleaningStats };

export class LogCleaning {
  private firstDirty: number;
  private session: CleaningSession | undefined;
  private deleteHorizonMs: number | undefined;

  constructor(private readonly host: CleanerHost, firstDirtyOffset: number,
    private readonly testOnly: { readonly dropLatestRecord: boolean }) {
    this.firstDirty = firstDirtyOffset;
  }

  /** The cleaner checkpoint: offsets below it were cleaned. */
  get firstDirtyOffset(): number {
    return this.firstDirty;
  }

  get isCleaning(): boolean {
    return this.session !== undefined;
  }

  /** The cleanable range of the log now (for choosing the filthiest log). */
  range(context: { maxOffset: number; nowMs: number; logStartOffset: number; config: LogConfig }): CleanableRange {
    return cleanableRange({ segments: this.host.segments(), firstDirtyOffset: Math.max(this.firstDirty, context.logStartOffset),
      maxOffset: context.maxOffset, nowMs: context.nowMs, deleteHorizonMs: this.deleteHorizonMs, config: context.config });
  }

  /** One bounded step: starts a cleaning if the log should be cleaned, else goes on with it. */
  async step(options: CompactionStepOptions, context: { nowMs: number; logStartOffset: number; config: LogConfig }):
    Promise<CompactionStep> {
    if (this.session !== undefined && !this.session.isCurrent()) await this.abort();
    if (this.session === undefined) {
      const range = this.range({ ...context, maxOffset: options.maxOffset });
      if (!range.due) return { kind: 'idle', range };
      this.session = new CleaningSession(this.host, {
        targets: this.host.segments().slice(0, range.endIndex), dirtyStartIndex: range.dirtyStartIndex,
        nowMs: context.nowMs, deleteRetentionMs: context.config.deleteRetentionMs,
        offsetMapBytesMax: options.offsetMapBytesMax, stepBytes: options.stepBytes,
        dropLatestRecord: this.testOnly.dropLatestRecord,
      });
    }
    const outcome = await this.session.step();
    if (outcome.kind === 'working') return outcome;
    this.session = undefined;
    assert.ok(outcome.stats.endOffset >= outcome.stats.firstDirtyOffset, 'the checkpoint moves forward');
    this.firstDirty = outcome.stats.endOffset;
    this.deleteHorizonMs = outcome.stats.pendingDeleteHorizonMs;
    return { kind: 'cleaned', stats: outcome.stats };
  }

  /** Ends the cleaning in progress, removing its unfinished copy. */
  async abort(): Promise<void> {
    const session = this.session;
    this.session = undefined;
    await session?.abort();
  }

  /**
   * The log was truncated to `endOffset` (or restarted there): a cleaning ends, and a checkpoint
   * past the new end comes down to it, durably, so that records appended again are dirty.
   */
  async truncated(endOffset: number, directoryHasCheckpoint: boolean): Promise<void> {
    await this.abort();
    if (this.firstDirty <= endOffset) return;
    this.firstDirty = endOffset;
    if (directoryHasCheckpoint) await writeCleanerCheckpoint(this.host.disk, this.host.directory, endOffset);
  }

  /** Segments the cleaning planned on may be gone (retention, DeleteRecords): end it. */
  async segmentsRemoved(removed: readonly Segment[]): Promise<void> {
    if (removed.length > 0) await this.abort();
  }
}
