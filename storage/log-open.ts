// Opening a log directory (log.ts calls it from Log.open): create it durably if missing, recover
// its segments (recovery.ts), read the log start checkpoint, start afresh when the checkpoint is
// past every durable record, rebuild the leader epoch cache, and read (for a compacted log,
// create) the cleaner checkpoint.
import assert from 'node:assert/strict';
import type { Disk } from './disk.js';
import type { LeaderEpochCache } from './leader-epoch-cache.js';
import type { LogConfig } from './log-config.js';
import type { TestOnlyBreakDurability } from './log-types.js';
import {
  loadEpochCache, readCleanerCheckpoint, readLogStartOffset, writeCleanerCheckpoint,
} from './log-checkpoints.js';
import { parentOf } from './paths.js';
import { indexOptionsOf, recoverSegments } from './recovery.js';
import type { RecoveryReport } from './recovery.js';
import { Segment } from './segment.js';

export interface OpenedLog {
  /** Non-empty and contiguous (up to offset gaps when allowed); the last one is active. */
  readonly segments: Segment[];
  readonly logStartOffset: number;
  readonly epochs: LeaderEpochCache;
  readonly report: RecoveryReport;
  /** The log is or was compacted: it has a cleaner checkpoint, and batches may leave gaps. */
  readonly offsetGapsAllowed: boolean;
  /** The cleaner checkpoint, within [logStartOffset, log end]. */
  readonly firstDirtyOffset: number;
}

export async function openLogDirectory(context: {
  disk: Disk; directory: string; config: LogConfig; testOnlyBreakDurability?: TestOnlyBreakDurability;
}): Promise<OpenedLog> {
  const { disk, directory, config } = context;
  assert.ok(!directory.endsWith('/'), 'a log directory path has no trailing slash');
  if (!(await disk.exists(directory))) {
    await disk.makeDirectory(directory);
    await disk.syncDirectory(parentOf(directory));
  }
  const { segments, report, activeEpochs, hasCleanerCheckpoint, offsetGapsAllowed } = await recoverSegments({
    disk, directory, config, dropLastBatch: context.testOnlyBreakDurability?.dropLastBatchAtRecovery === true });
  let logStartOffset: number;
  let cleanerCheckpoint: number | undefined;
  try {
    // Read only when present: a log that was never compacted pays no disk operation for it.
    cleanerCheckpoint = hasCleanerCheckpoint ? await readCleanerCheckpoint(disk, directory) : undefined;
    logStartOffset = Math.max((await readLogStartOffset(disk, directory)) ?? 0, segments[0]?.baseOffset ?? 0);
  } catch (error) {
    for (const segment of segments) await segment.close();
    throw error;
  }
  const endOffset = segments[segments.length - 1]?.endOffset ?? logStartOffset;
  if (segments.length === 0 || logStartOffset > endOffset) {
    // No segment yet, or records below the checkpoint were never made durable: start afresh.
    for (const segment of segments) await segment.delete();
    segments.splice(0, segments.length,
      await Segment.create(disk, directory, logStartOffset, indexOptionsOf(config, offsetGapsAllowed)));
    await disk.syncDirectory(directory);
  }
  logStartOffset = Math.max(logStartOffset, segments[0]?.baseOffset ?? 0);
  const logEndOffset = segments[segments.length - 1]?.endOffset ?? logStartOffset;
  const epochs = await loadEpochCache(disk, directory, { segments, activeEpochs, logStartOffset, logEndOffset });
  // A checkpoint past the log end (records lost since it was written) starts the cleaner over.
  const firstDirtyOffset = cleanerCheckpoint !== undefined && cleanerCheckpoint <= logEndOffset
    ? Math.max(cleanerCheckpoint, logStartOffset) : logStartOffset;
  if (offsetGapsAllowed && firstDirtyOffset !== cleanerCheckpoint) {
    await writeCleanerCheckpoint(disk, directory, firstDirtyOffset);
  }
  return { segments, logStartOffset, epochs, report, offsetGapsAllowed, firstDirtyOffset };
}
