// The small checkpoint files of a log directory, all checksummed and replaced atomically
// (atomic-file.ts): `log-start-offset` (Kafka keeps it in log-start-offset-checkpoint),
// `leader-epoch-checkpoint` (leader-epoch-cache.ts) and, once the log was compacted,
// `cleaner-offset-checkpoint` (the first dirty offset, cleaner/README.md). Both are written before the change they
// describe becomes visible on disk (the epoch checkpoint before the first batch of each new
// epoch), so after any crash they claim at least what the segments hold, and opening the log
// trims them to the segments. The epoch checkpoint also guards the batches' leader epoch field,
// which Kafka's CRC does not cover.
import type { Disk } from './disk.js';
import { CorruptionError } from './errors.js';
import { readChecksummedFile, writeChecksummedFile } from './atomic-file.js';
import { LeaderEpochCache } from './leader-epoch-cache.js';
import type { Segment } from './segment.js';
import { scanBatches } from './segment-scan.js';
import type { ActiveBatchEpoch } from './recovery.js';

export const logStartOffsetFile = 'log-start-offset';
export const leaderEpochCheckpointFile = 'leader-epoch-checkpoint';
/** Kafka keeps one cleaner-offset-checkpoint per log directory; Weir keeps one per log. */
export const cleanerOffsetCheckpointFile = 'cleaner-offset-checkpoint';

export async function readLogStartOffset(disk: Disk, directory: string): Promise<number | undefined> {
  return readOffsetCheckpoint(disk, `${directory}/${logStartOffsetFile}`);
}

export async function writeLogStartOffset(disk: Disk, directory: string, offset: number): Promise<void> {
  await writeOffsetCheckpoint(disk, `${directory}/${logStartOffsetFile}`, offset);
}

/** The first dirty offset the cleaner recorded (cleaner/README.md), or undefined if never cleaned. */
export async function readCleanerCheckpoint(disk: Disk, directory: string): Promise<number | undefined> {
  return readOffsetCheckpoint(disk, `${directory}/${cleanerOffsetCheckpointFile}`);
}

export async function writeCleanerCheckpoint(disk: Disk, directory: string, firstDirtyOffset: number): Promise<void> {
  await writeOffsetCheckpoint(disk, `${directory}/${cleanerOffsetCheckpointFile}`, firstDirtyOffset);
}

/** A checksummed file holding one offset in decimal; undefined if absent, CorruptionError if damaged. */
async function readOffsetCheckpoint(disk: Disk, path: string): Promise<number | undefined> {
  const contents = await readChecksummedFile(disk, path);
  if (contents === undefined) return undefined;
  const text = new TextDecoder().decode(contents);
  const offset = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(offset)) {
    throw new CorruptionError(`Cannot read "${path}": not an offset`, path, 0, 'bad-checksummed-file');
  }
  return offset;
}

async function writeOffsetCheckpoint(disk: Disk, path: string, offset: number): Promise<void> {
  await writeChecksummedFile(disk, path, new TextEncoder().encode(String(offset)));
}

export async function writeEpochCheckpoint(disk: Disk, directory: string, cache: LeaderEpochCache): Promise<void> {
  await writeChecksummedFile(disk, `${directory}/${leaderEpochCheckpointFile}`, cache.toBytes());
}

/**
 * Rebuilds the leader epoch cache at open: epochs of sealed segments from the checkpoint (or,
 * if it is missing, from their batch headers; a damaged one is CorruptionError), epochs of the
 * active segment from the batches recovery just scanned, then trimmed to the log start.
 */
export async function loadEpochCache(disk: Disk, directory: string, recovered: {
  segments: readonly Segment[];
  activeEpochs: readonly ActiveBatchEpoch[];
  logStartOffset: number;
  logEndOffset: number;
}): Promise<LeaderEpochCache> {
  const sealed = recovered.segments.slice(0, -1);
  const active = recovered.segments[recovered.segments.length - 1];
  const activeBase = active?.baseOffset ?? recovered.logStartOffset;
  let cache = await readEpochCheckpoint(disk, directory);
  if (cache === undefined) cache = await scanSealedEpochs(sealed);
  else if (active !== undefined) checkActiveEpochs(cache, active, recovered);
  cache.truncateFromEnd(activeBase);
  for (const { epoch, baseOffset } of recovered.activeEpochs) cache.assign(epoch, baseOffset);
  cache.truncateFromStart(recovered.logStartOffset);
  // As Kafka's loader does: an epoch with no batch below the log end is forgotten (even one
  // clamped to a log start that DeleteRecords moved up to the log end).
  cache.truncateFromEnd(recovered.logEndOffset);
  return cache;
}

/**
 * The leader epoch field lies outside Kafka's batch CRC, so a flipped bit there would change a
 * batch's epoch unseen. The checkpoint is written (checksummed) before any batch of a new epoch,
 * so every stamped batch must agree with it; one that does not is corruption.
 */
function checkActiveEpochs(checkpoint: LeaderEpochCache, active: Segment, recovered: {
  activeEpochs: readonly ActiveBatchEpoch[]; logStartOffset: number;
}): void {
  for (const batch of recovered.activeEpochs) {
    if (batch.lastOffset < recovered.logStartOffset || batch.epoch === -1) continue;
    const expected = checkpoint.epochOf(batch.lastOffset);
    if (expected !== -1 && expected !== batch.epoch) {
      throw active.corruptionAt(batch.position, `leader epoch ${batch.epoch}, the epoch checkpoint says ${expected}`,
        'bad-epoch');
    }
  }
}

/**
 * The checkpoint, or undefined if there is none. A damaged one is CorruptionError, not rebuilt:
 * it guards the batches' epoch fields, so rebuilding it from those same fields would accept
 * whatever epochs they claim (for the Raft metadata log, the Raft epochs). It is replaced
 * atomically (temp, fsync, rename, fsync directory), so no crash can leave it damaged: only
 * corruption of synced bytes can.
 */
async function readEpochCheckpoint(disk: Disk, directory: string): Promise<LeaderEpochCache | undefined> {
  const path = `${directory}/${leaderEpochCheckpointFile}`;
  const contents = await readChecksummedFile(disk, path);
  if (contents === undefined) return undefined;
  const cache = LeaderEpochCache.fromBytes(contents);
  if (cache === undefined) {
    throw new CorruptionError(`Cannot read "${path}": not epoch and offset lines`, path, 0, 'bad-checksummed-file');
  }
  return cache;
}

async function scanSealedEpochs(sealed: readonly Segment[]): Promise<LeaderEpochCache> {
  const cache = new LeaderEpochCache();
  for (const segment of sealed) {
    const outcome = await scanBatches(segment.file, { fromPosition: 0, endPosition: segment.sizeBytes },
      { readBodies: false, verifyCrc: false, chunkBytes: 64 * 1024 }, (batch) => {
        cache.assign(batch.header.partitionLeaderEpoch, batch.header.baseOffset);
        return 'continue';
      });
    if (outcome.problem !== undefined) throw segment.corruption(outcome.problem);
  }
  return cache;
}
