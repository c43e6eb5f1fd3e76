// Opening a log directory after a clean or an unclean stop (DESIGN.md, storage/). It lists the
// directory (Disk.walk, @nodelib/fs.walk on real disks), completes a cleaner's swap that a crash
// interrupted and undoes an unfinished cleaning (cleaner/segment-swap.ts), removes leftovers
// (temporary files, index files without their segment), then checks the segments oldest first:
// - sealed segments were synced when they were rolled, so any flaw in them is corruption. Their
//   index files are loaded and checked and the batches after the last index entry verified
//   (or every batch, with recoveryScope 'all-segments'); a bad index is rebuilt from the log.
// - the active segment is scanned batch by batch with CRCs. A torn tail (a last batch cut short,
//   or a run of zeros up to the end, which is how a crash before fsync shows up; torn-tail.ts
//   tells it from a corrupted length field) is truncated; any other flaw is corruption.
// Corruption is reported as a CorruptionError naming file and byte position, and the log is
// refused: nothing is truncated or served.
import assert from 'node:assert/strict';
import type { Disk } from './disk.js';
import { CorruptionError } from './errors.js';
import { temporaryFileSuffix } from './atomic-file.js';
import type { LogConfig } from './log-config.js';
import { OffsetIndex, offsetIndexEntryBytes } from './offset-index.js';
import { TimeIndex } from './time-index.js';
import { Segment, parseSegmentFileName, segmentFileName } from './segment.js';
import type { SegmentIndexOptions } from './segment.js';
import { isTornTail } from './torn-tail.js';
import { lastOffsetOf } from './record-batch/header.js';
import { readWholeFile } from './atomic-file.js';
import { completeInterruptedSwaps } from './cleaner/segment-swap.js';
import { cleanerOffsetCheckpointFile } from './log-checkpoints.js';
import { isCompacted } from './log-config.js';

/** What recovery found and did, for logs and tests. */
export interface RecoveryReport {
  readonly segmentCount: number;
  /** Bytes cut from the active segment's torn tail. */
  readonly truncatedBytes: number;
  /** Segments whose index files were missing or unsound and were rebuilt. */
  readonly rebuiltIndexes: number;
  /** Leftover files removed (temporary files, orphaned indexes). */
  readonly removedFiles: readonly string[];
}

/** What recovery remembers of each batch of the active segment for the leader epoch cache. */
export interface ActiveBatchEpoch {
  readonly epoch: number;
  readonly baseOffset: number;
  readonly lastOffset: number;
  readonly position: number;
}

export interface RecoveredSegments {
  readonly segments: Segment[];
  readonly report: RecoveryReport;
  /** Leader epoch, offsets and position of every batch of the active segment, in order. */
  readonly activeEpochs: readonly ActiveBatchEpoch[];
  /** The directory holds a cleaner-offset-checkpoint (the log was compacted once). */
  readonly hasCleanerCheckpoint: boolean;
  /**
   * The log is or was compacted (its cleanup.policy compacts, or it has a cleaner checkpoint, so
   * its gaps stay acceptable after the policy went back to delete): batches may leave offset gaps.
   */
  readonly offsetGapsAllowed: boolean;
}

interface RecoveryContext {
  readonly disk: Disk;
  readonly directory: string;
  readonly config: LogConfig;
  /**
   * Test only (TestOnlyBreakDurability.dropLastBatchAtRecovery): cut the active segment's last
   * valid batch as well, which loses a record that was durable and may have been acknowledged.
   */
  readonly dropLastBatch?: boolean;
}

export function indexOptionsOf(config: LogConfig, offsetGapsAllowed: boolean): SegmentIndexOptions {
  return { indexIntervalBytes: config.indexIntervalBytes, indexBytesMax: config.segmentIndexBytes, offsetGapsAllowed };
}

/** Recovers the segments of `directory` (which exists). Throws CorruptionError if refused. */
export async function recoverSegments(context: RecoveryContext): Promise<RecoveredSegments> {
  const { disk, directory } = context;
  const found = await disk.walk(directory);
  const swapFiles = await completeInterruptedSwaps(disk, directory, found);
  const names = swapFiles.length === 0 ? found : await disk.walk(directory);
  const removedFiles = [...swapFiles, ...await removeLeftovers(disk, directory, names)];
  const hasCleanerCheckpoint = names.includes(cleanerOffsetCheckpointFile);
  const offsetGapsAllowed = isCompacted(context.config) || hasCleanerCheckpoint;
  const baseOffsets = names
    .map((name) => parseSegmentFileName(name))
    .filter((parsed) => parsed?.kind === 'log')
    .map((parsed) => parsed?.baseOffset ?? 0)
    .sort((left, right) => left - right);
  const segments: Segment[] = [];
  let rebuiltIndexes = 0;
  let truncatedBytes = 0;
  const activeEpochs: ActiveBatchEpoch[] = [];
  try {
    for (const [segmentIndex, baseOffset] of baseOffsets.entries()) {
      const isActive = segmentIndex === baseOffsets.length - 1;
      const file = await disk.open(`${directory}/${segmentFileName(baseOffset, 'log')}`, { create: false });
      const segment = new Segment(disk, directory, baseOffset, file,
        indexOptionsOf(context.config, offsetGapsAllowed));
      segments.push(segment);
      if (isActive) {
        truncatedBytes = await recoverActiveSegment(segment, activeEpochs);
        if (context.dropLastBatch === true) truncatedBytes += await dropLastBatch(segment, activeEpochs);
      }
      else if (await recoverSealedSegment(context, segment)) rebuiltIndexes += 1;
      checkContinuity(segments, offsetGapsAllowed);
      await segment.loadFirstBatchTimestamp();
      segment.checkInvariants();
    }
  } catch (error) {
    for (const segment of segments) await segment.close();
    throw error;
  }
  if (removedFiles.length > 0) await disk.syncDirectory(directory);
  const report = { segmentCount: segments.length, truncatedBytes, rebuiltIndexes, removedFiles };
  return { segments, report, activeEpochs, hasCleanerCheckpoint, offsetGapsAllowed };
}

async function removeLeftovers(disk: Disk, directory: string, names: readonly string[]): Promise<string[]> {
  const logBases = new Set(names.map((name) => parseSegmentFileName(name))
    .filter((parsed) => parsed?.kind === 'log').map((parsed) => parsed?.baseOffset));
  const removed: string[] = [];
  for (const name of names) {
    const parsed = parseSegmentFileName(name);
    const orphanIndex = parsed !== undefined && parsed.kind !== 'log' && !logBases.has(parsed.baseOffset);
    if (name.endsWith(temporaryFileSuffix) || orphanIndex) {
      await disk.remove(`${directory}/${name}`);
      removed.push(name);
    }
  }
  return removed;
}

function checkContinuity(segments: readonly Segment[], offsetGapsAllowed: boolean): void {
  const last = segments[segments.length - 1];
  const previous = segments[segments.length - 2];
  if (last === undefined || previous === undefined) return;
  const gapped = offsetGapsAllowed && last.baseOffset > previous.endOffset;
  if (last.baseOffset !== previous.endOffset && !gapped) {
    const path = last.pathOf('log');
    throw new CorruptionError(`Cannot open segment "${path}": it starts at offset ${last.baseOffset} but the ` +
      `previous segment ends at ${previous.endOffset}`, path, 0, 'bad-offset');
  }
}

/** Scans the whole active segment; truncates a torn tail. Returns the bytes cut. */
async function recoverActiveSegment(segment: Segment, epochs: ActiveBatchEpoch[]): Promise<number> {
  const fileBytes = await segment.file.size();
  const problem = await segment.rescanFromLastEntry(fileBytes, true, (header, position) => epochs.push({
    epoch: header.partitionLeaderEpoch, baseOffset: header.baseOffset, lastOffset: lastOffsetOf(header), position,
  }));
  if (problem === undefined) {
    assert.equal(segment.sizeBytes, fileBytes, 'a clean scan reaches the end of the file');
    return 0;
  }
  if (!(await isTornTail(segment.file, problem, fileBytes))) throw segment.corruption(problem);
  await segment.file.truncate(problem.position);
  await segment.file.sync();
  assert.equal(segment.sizeBytes, problem.position, 'the segment ends where the torn tail began');
  return fileBytes - problem.position;
}

/** Test only: cuts the active segment before its last batch, durably. Returns the bytes cut. */
async function dropLastBatch(segment: Segment, epochs: ActiveBatchEpoch[]): Promise<number> {
  const last = epochs.pop();
  if (last === undefined) return 0;
  const sizeBefore = segment.sizeBytes;
  await segment.truncateTo(last.baseOffset);
  await segment.file.sync();
  assert.equal(segment.sizeBytes, last.position, 'the segment ends where its last batch began');
  assert.equal(segment.endOffset, last.baseOffset, 'the last batch is gone');
  return sizeBefore - last.position;
}

/**
 * Opens a sealed segment from its index files when they are sound, verifying the batches after
 * the last index entry; otherwise (or with recoveryScope 'all-segments') scans it whole.
 * Returns whether the indexes had to be rebuilt. Any flaw in the log file is corruption.
 */
async function recoverSealedSegment(context: RecoveryContext, segment: Segment): Promise<boolean> {
  const fileBytes = await segment.file.size();
  const loaded = context.config.recoveryScope === 'active-segment' && await loadIndexes(context, segment, fileBytes);
  let problem = await segment.rescanFromLastEntry(fileBytes, true);
  const lastTime = segment.timeIndex.lastEntry();
  const timeIndexSound = lastTime === undefined || lastTime.offset < segment.endOffset;
  if (loaded && (problem !== undefined || !timeIndexSound)) {
    // The indexes disagree with the log: trust only the log.
    resetIndexes(context, segment);
    problem = await segment.rescanFromLastEntry(fileBytes, true);
  }
  if (problem !== undefined) throw segment.corruption(problem);
  assert.equal(segment.sizeBytes, fileBytes, 'a sealed segment scans to its end');
  return !loaded;
}

function resetIndexes(context: RecoveryContext, segment: Segment): void {
  const entryCountMax = Math.max(1, Math.floor(context.config.segmentIndexBytes / offsetIndexEntryBytes));
  segment.offsetIndex = new OffsetIndex(segment.baseOffset, entryCountMax);
  segment.timeIndex = new TimeIndex(segment.baseOffset, entryCountMax);
}

/** Loads both index files into `segment` if present and well-formed; returns whether it did. */
async function loadIndexes(context: RecoveryContext, segment: Segment, fileBytes: number): Promise<boolean> {
  const entryCountMax = Math.max(1, Math.floor(context.config.segmentIndexBytes / offsetIndexEntryBytes));
  const offsetBytes = await readWholeFile(context.disk, segment.pathOf('index'));
  const timeBytes = await readWholeFile(context.disk, segment.pathOf('timeindex'));
  if (offsetBytes === undefined || timeBytes === undefined) return false;
  const offsetIndex = OffsetIndex.fromBytes(offsetBytes,
    { baseOffset: segment.baseOffset, entryCountMax, segmentBytes: fileBytes });
  const timeIndex = TimeIndex.fromBytes(timeBytes,
    { baseOffset: segment.baseOffset, entryCountMax, endOffset: Number.MAX_SAFE_INTEGER });
  if (offsetIndex === undefined || timeIndex === undefined) return false;
  // Weir indexes every segment's first batch; an index that does not is not ours or is stale.
  const first = offsetIndex.entryCount > 0 ? offsetIndex.entryAt(0) : undefined;
  const firstOffsetSound = first?.offset === segment.baseOffset ||
    (segment.offsetGapsAllowed && first !== undefined && first.offset > segment.baseOffset);
  if (fileBytes > 0 && (first?.position !== 0 || !firstOffsetSound)) return false;
  segment.offsetIndex = offsetIndex;
  segment.timeIndex = timeIndex;
  return true;
}
