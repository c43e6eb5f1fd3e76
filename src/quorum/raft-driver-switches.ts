// Test-only switches that break one rule of the Raft driver (raft-driver.ts) each, so the
// whole-cluster simulator's negative controls (sim/cluster/README.md) can show that the Raft
// checkers of sim/checkers/ catch a real fault of the real driver. `weir node` never sets them.
// Part of src/quorum/.
import type { Entry, OffsetAndEpoch, Ready } from '../../raft/mod.js';

export interface TestOnlyBreakDriver {
  /**
   * Apply what this Ready appends as soon as it is durable here, before a majority holds it
   * (the state machine runs ahead of the high watermark); caught as `applied-uncommitted`.
   */
  readonly applyBeforeCommit?: boolean;
  /**
   * Drop the committed entries of a Ready that also appends entries (an `else if` where two
   * independent steps belong): the state machine skips offsets; caught as `committed-entry-changed`.
   */
  readonly dropCommittedWithAppend?: boolean;
}

/** The entries the broken driver hands the state machine for `ready`, after `lastApplied`. */
export function committedToApply(broken: TestOnlyBreakDriver, ready: Ready, lastApplied: OffsetAndEpoch | null): readonly Entry[] {
  if (broken.dropCommittedWithAppend === true && ready.entriesToPersist.length > 0) return [];
  if (broken.applyBeforeCommit !== true) return ready.committed;
  // Already applied when they were appended: skip those, then apply the new appends at once.
  const after = lastApplied === null ? -1 : lastApplied.offset;
  const entries = [...ready.committed, ...ready.entriesToPersist].filter((entry) => entry.offset > after);
  return entries.filter((entry, index) => index === 0 || entry.offset > (entries[index - 1] as Entry).offset);
}
