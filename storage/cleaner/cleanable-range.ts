// Which part of a compacted log the cleaner may clean now, and whether it should (Kafka's
// LogCleanerManager.cleanableOffsets and grabFilthiestCompactedLog). Pure: the log hands in its
// segments and the broker the high watermark.
//
// The dirty section starts at the segment holding the first dirty offset (the cleaner
// checkpoint) and ends before the first segment that may not be cleaned yet: the active one,
// one holding a record younger than min.compaction.lag.ms, or one reaching past the high
// watermark (records above it may still be truncated, and a cleaning must not build on them;
// Kafka bounds by the last stable offset, which is at most the high watermark). Ends are
// segment bases, so every segment is wholly clean or wholly dirty.
//
// The dirty ratio is dirty bytes over clean plus dirty bytes. A log is cleaned when the ratio
// passes min.cleanable.dirty.ratio, or at once (whatever the ratio) when its oldest dirty
// record is older than max.compaction.lag.ms or a tombstone's delete horizon has passed.
import assert from 'node:assert/strict';
import type { LogConfig } from '../log-config.js';

/** What the choice needs to know of a segment. */
export interface CleanableSegment {
  readonly baseOffset: number;
  readonly sizeBytes: number;
  /** -1 when no batch carries a timestamp. */
  readonly maxTimestampMs: number;
  readonly firstBatchTimestampMs: number | undefined;
}

export interface CleanableView {
  /** Every segment, oldest first; the last is the active one. */
  readonly segments: readonly CleanableSegment[];
  readonly firstDirtyOffset: number;
  /** Records at or past this offset are not cleaned (the high watermark). */
  readonly maxOffset: number;
  readonly nowMs: number;
  /** The earliest delete horizon of a tombstone the log still holds, if known. */
  readonly deleteHorizonMs: number | undefined;
  readonly config: Pick<LogConfig, 'minCleanableDirtyRatio' | 'minCompactionLagMs' | 'maxCompactionLagMs'>;
}

export interface CleanableRange {
  /** Index of the first dirty segment; segments before it are clean. */
  readonly dirtyStartIndex: number;
  /** Index of the first segment not cleaned; the cleaning rewrites segments [0, this). */
  readonly endIndex: number;
  /** The new first dirty offset once cleaned: the base offset of segment endIndex. */
  readonly endOffset: number;
  readonly cleanBytes: number;
  readonly dirtyBytes: number;
  /** dirtyBytes / (cleanBytes + dirtyBytes); 0 for an empty range. */
  readonly dirtyRatio: number;
  /** Why the log must be cleaned whatever its ratio, if it must. */
  readonly forcedBy: 'max-compaction-lag' | 'delete-horizon' | undefined;
  /** Whether the log should be cleaned now (forced, or its ratio passes min.cleanable.dirty.ratio). */
  readonly due: boolean;
}

/** The cleanable range of a log and its dirty ratio (see the file comment). */
export function cleanableRange(view: CleanableView): CleanableRange {
  const { segments } = view;
  assert.ok(segments.length > 0, 'a log has an active segment');
  const activeIndex = segments.length - 1;
  let dirtyStartIndex = 0;
  while (dirtyStartIndex < activeIndex && (segments[dirtyStartIndex + 1]?.baseOffset ?? 0) <= view.firstDirtyOffset) {
    dirtyStartIndex += 1;
  }
  let endIndex = dirtyStartIndex;
  while (endIndex < activeIndex && isCleanable(view, endIndex)) endIndex += 1;
  const bytesOf = (from: number, to: number): number =>
    segments.slice(from, to).reduce((total, segment) => total + segment.sizeBytes, 0);
  const cleanBytes = bytesOf(0, dirtyStartIndex);
  const dirtyBytes = bytesOf(dirtyStartIndex, endIndex);
  const totalBytes = cleanBytes + dirtyBytes;
  const endOffset = segments[endIndex]?.baseOffset ?? 0;
  assert.ok(endIndex >= dirtyStartIndex && endIndex <= activeIndex, 'the active segment is never cleaned');
  const dirtyRatio = totalBytes === 0 ? 0 : dirtyBytes / totalBytes;
  const forced = forcedBy(view, dirtyStartIndex, endIndex);
  const due = endIndex > 0 && (forced !== undefined || (dirtyBytes > 0 && dirtyRatio > view.config.minCleanableDirtyRatio));
  return { dirtyStartIndex, endIndex, endOffset, cleanBytes, dirtyBytes, dirtyRatio, forcedBy: forced, due };
}

/** Segment `index` (sealed) may be cleaned: old enough, and wholly below the high watermark. */
function isCleanable(view: CleanableView, index: number): boolean {
  const segment = view.segments[index];
  const next = view.segments[index + 1];
  assert.ok(segment !== undefined && next !== undefined, 'a sealed segment has a successor');
  if (next.baseOffset > view.maxOffset) return false;
  const lagMs = view.config.minCompactionLagMs;
  return lagMs === 0 || segment.maxTimestampMs < 0 || view.nowMs - segment.maxTimestampMs >= lagMs;
}

function forcedBy(view: CleanableView, dirtyStartIndex: number, endIndex: number): CleanableRange['forcedBy'] {
  const firstDirty = view.segments[dirtyStartIndex];
  const firstTimestampMs = firstDirty?.firstBatchTimestampMs ?? -1;
  const overdue = endIndex > dirtyStartIndex && firstTimestampMs >= 0 &&
    view.nowMs - firstTimestampMs > view.config.maxCompactionLagMs;
  if (overdue) return 'max-compaction-lag';
  if (view.deleteHorizonMs !== undefined && view.nowMs >= view.deleteHorizonMs) return 'delete-horizon';
  return undefined;
}
