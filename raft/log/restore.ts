// Which of the entries read back after a restart still belong to the log (KIP-630 recovery).
// Part of raft/log/. Installing a snapshot from the leader is one Ready: step 2 stores the
// snapshot, step 3 empties the old log. A crash between the two leaves a new snapshot beside a
// stale log. Emptying the log first would be worse: a crash would then lose committed entries
// without the snapshot that holds them. So recovery decides, as Kafka's
// truncateToLatestSnapshot does, whether the entries continue the snapshot; if not, they are
// dropped and the first Ready says so.
import type { Entry, OffsetAndEpoch } from '../types.js';

/** The entries kept, and whether durable entries must be dropped from the disk. */
export interface RestoredEntries {
  readonly entries: readonly Entry[];
  readonly discarded: boolean;
}

/**
 * Keeps the restored entries from the snapshot's end offset on, if they continue it: the entry
 * just below the end offset (when given) has the snapshot's epoch, the first kept entry sits at
 * the end offset, and no kept entry is older than the snapshot's epoch.
 */
export function entriesContinuingSnapshot(
  snapshotId: OffsetAndEpoch,
  restored: readonly Entry[],
): RestoredEntries {
  const boundary = restored.find((entry) => entry.offset === snapshotId.offset - 1);
  const kept = restored.filter((entry) => entry.offset >= snapshotId.offset);
  const first = kept[0];
  const continues = (boundary === undefined || boundary.epoch === snapshotId.epoch) &&
    (first === undefined || (first.offset === snapshotId.offset && first.epoch >= snapshotId.epoch));
  if (continues) return { entries: kept, discarded: false };
  return { entries: [], discarded: kept.length > 0 };
}
