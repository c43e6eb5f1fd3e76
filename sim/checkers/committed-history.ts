// Committed entries are never lost or changed (Raft paper Figure 3, state machine safety; Kafka's
// ConsistentCommittedData): the first node to apply an offset fixes the canonical entry there,
// and every node must apply exactly that entry, in offset order, and must never truncate it
// from its log. Part of sim/checkers/. Also the source of commit counts and of the canonical
// log that the workload and leader-completeness checkers read.
import type { Entry, Ready } from '../../raft/mod.js';
import type { CheckedNode, NodeObserver } from './checked-node.js';
import { digestEntry, type DurableLogs, type EntryDigest, type Report } from './durable-logs.js';

/** Called once per offset, when it is first applied anywhere. */
export type CanonicalListener = (entry: Entry) => void;

/** A committed entry and (an upper bound of) the epoch in which it was committed. */
export interface CommittedEntry extends EntryDigest {
  /**
   * The epoch of the node that first applied it, when it did: at least the epoch of the leader
   * that committed it (Raft's leader completeness speaks of leaders after that one).
   */
  readonly commitEpoch: number;
}

export class CommittedHistory implements NodeObserver {
  /** The canonical committed log by offset. */
  readonly canonical = new Map<number, CommittedEntry>();
  private readonly applyCursor = new Map<number, { incarnation: number; endOffset: number }>();
  private readonly listeners: CanonicalListener[] = [];
  /** Data entries committed (for the run summary). */
  dataCommits = 0;

  /** Must be registered before `logs`, so truncations are checked against the old mirror. */
  constructor(private readonly logs: DurableLogs, private readonly report: Report) {}

  onCanonical(listener: CanonicalListener): void {
    this.listeners.push(listener);
  }

  onApplied(host: CheckedNode, entries: readonly Entry[]): void {
    let cursor = this.applyCursor.get(host.id);
    if (cursor === undefined || cursor.incarnation !== host.incarnation) {
      cursor = { incarnation: host.incarnation, endOffset: (entries[0] as Entry).offset };
      this.applyCursor.set(host.id, cursor);
    }
    for (const entry of entries) {
      if (entry.offset !== cursor.endOffset) {
        this.report('committed-entry-changed', `${host.name} applied offset ${entry.offset} after offset ${cursor.endOffset - 1}`);
        return;
      }
      cursor.endOffset += 1;
      const digest = digestEntry(entry);
      const known = this.canonical.get(entry.offset);
      if (known === undefined) {
        const commitEpoch = Math.max(entry.epoch, this.logs.logOf(host).hardState?.epoch ?? 0);
        this.canonical.set(entry.offset, { epoch: entry.epoch, digest, commitEpoch });
        if (entry.kind === 'data') this.dataCommits += 1;
        for (const listener of this.listeners) listener(entry);
        continue;
      }
      if (known.epoch !== entry.epoch || known.digest !== digest) {
        this.report('committed-entry-changed', `${host.name} applied epoch ${entry.epoch} at offset ${entry.offset}, where epoch ${known.epoch} was committed`);
        return;
      }
    }
  }

  onPersisted(host: CheckedNode, ready: Ready): void {
    if (ready.snapshotToApply !== null) {
      // The state machine jumps to the snapshot's end; applying continues from there.
      this.applyCursor.set(host.id, { incarnation: host.incarnation, endOffset: ready.snapshotToApply.id.offset });
    }
    const snapshot = ready.snapshotToPersist;
    if (snapshot !== null && snapshot.id.offset > 0) {
      const last = this.canonical.get(snapshot.id.offset - 1);
      if (last !== undefined && last.epoch !== snapshot.id.epoch) {
        this.report('committed-entry-changed', `${host.name} stored a snapshot ending at offset ${snapshot.id.offset} in epoch ${snapshot.id.epoch}, where epoch ${last.epoch} was committed`);
        return;
      }
    }
    if (ready.truncateLogTo === null) return;
    const log = this.logs.logOf(host);
    // Entries a snapshot of this same Ready covers may go: the snapshot replaces them.
    const coveredEnd = snapshot === null ? 0 : snapshot.id.offset;
    for (let offset: number = Math.max(ready.truncateLogTo, coveredEnd); offset < log.endOffset; offset += 1) {
      const committed = this.canonical.get(offset);
      if (committed === undefined) return;
      const held = log.at(offset);
      if (held !== undefined && held.epoch === committed.epoch && held.digest === committed.digest) {
        this.report('committed-entry-truncated', `${host.name} truncated its log to ${ready.truncateLogTo}, dropping committed offset ${offset}`);
        return;
      }
    }
  }
}
