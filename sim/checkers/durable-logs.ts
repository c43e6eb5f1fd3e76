// A mirror of every node's durable Raft log, as the driver reports it: entries appended and
// fsynced, truncations, and what recovery found after a restart. Part of sim/checkers/. The
// other checkers read it; it also checks durability itself: after a crash, recovery must find
// exactly the quorum state and every entry that were reported durable before it ("durability").
// A crash may also land in the middle of a Ready (the disks take time): then the quorum state may
// already be that Ready's, and entries at or past the offset it truncates to may be gone, while
// nothing else the driver reported durable may be missing.
import type { Entry, HardState, Ready } from '../../raft/mod.js';
import type { CheckedNode, NodeObserver, RecoveredState } from './checked-node.js';

/** Reports a violation: anomaly name and explanation. */
export type Report = (anomaly: string, message: string) => void;

/** An entry reduced to what the checkers compare: its epoch and a digest of kind and payload. */
export interface EntryDigest {
  readonly epoch: number;
  readonly digest: number;
}

/** A 32-bit FNV-1a digest of an entry's kind and payload. */
export function digestEntry(entry: Entry): number {
  let hash = 0x811c9dc5 ^ entry.kind.length ^ (entry.kind.charCodeAt(0) << 8);
  const payload = entry.payload;
  for (let index = 0; index < payload.length; index += 1) {
    hash = Math.imul(hash ^ (payload[index] as number), 0x01000193);
  }
  return hash >>> 0;
}

/** One node's durable log: entries from `startOffset` on. */
export class MirroredLog {
  startOffset = 0;
  readonly entries: EntryDigest[] = [];
  hardState: HardState | null = null;

  get endOffset(): number {
    return this.startOffset + this.entries.length;
  }

  /** The entry at `offset`, or undefined outside [startOffset, endOffset). */
  at(offset: number): EntryDigest | undefined {
    return offset < this.startOffset ? undefined : this.entries[offset - this.startOffset];
  }
}

/** Keeps a `MirroredLog` per machine. */
export class DurableLogs implements NodeObserver {
  private readonly logs = new Map<number, MirroredLog>();
  /** The Ready each machine is persisting (between `onPersisting` and `onPersisted`). */
  private readonly inFlight = new Map<number, Ready>();
  /** Each machine's state when it went down, compared with what its next recovery finds. */
  private readonly beforeCrash = new Map<number, { log: MirroredLog; inFlight: Ready | null }>();

  constructor(private readonly report: Report) {}

  logOf(host: CheckedNode): MirroredLog {
    let log = this.logs.get(host.id);
    if (log === undefined) {
      log = new MirroredLog();
      this.logs.set(host.id, log);
    }
    return log;
  }

  /** The end offset of a snapshot `host` is persisting now (in its in-flight Ready), or null. */
  snapshotInFlight(host: CheckedNode): number | null {
    return this.inFlight.get(host.id)?.snapshotToPersist?.id.offset ?? null;
  }

  onRecovered(host: CheckedNode, recovered: RecoveredState): void {
    const log = new MirroredLog();
    log.hardState = recovered.hardState;
    log.startOffset = recovered.snapshot?.id.offset ?? recovered.entries[0]?.offset ?? 0;
    for (const entry of recovered.entries) log.entries.push({ epoch: entry.epoch, digest: digestEntry(entry) });
    const previous = this.beforeCrash.get(host.id);
    if (previous !== undefined && !host.corrupted) this.compareWithRecovery(host, previous, log);
    this.logs.set(host.id, log);
  }

  onPersisting(host: CheckedNode, ready: Ready): void {
    this.inFlight.set(host.id, ready);
  }

  onPersisted(host: CheckedNode, ready: Ready): void {
    this.inFlight.delete(host.id);
    const log = this.logOf(host);
    if (ready.hardState !== null) log.hardState = ready.hardState;
    if (ready.truncateLogTo !== null && ready.truncateLogTo < log.endOffset) {
      const keep = Math.max(0, ready.truncateLogTo - log.startOffset);
      log.entries.length = keep;
      if (keep === 0) log.startOffset = ready.truncateLogTo;
    }
    if (ready.snapshotToPersist !== null && log.entries.length === 0) log.startOffset = ready.snapshotToPersist.id.offset;
    if (ready.logStartOffset !== null && ready.logStartOffset > log.startOffset) {
      const drop = Math.min(ready.logStartOffset - log.startOffset, log.entries.length);
      log.entries.splice(0, drop);
      log.startOffset = ready.logStartOffset;
    }
    for (const entry of ready.entriesToPersist) {
      if (log.entries.length === 0) log.startOffset = entry.offset;
      if (entry.offset !== log.endOffset) {
        this.report('durability', `${host.name} appended offset ${entry.offset} at log end ${log.endOffset}`);
        return;
      }
      log.entries.push({ epoch: entry.epoch, digest: digestEntry(entry) });
    }
  }

  onDown(host: CheckedNode): void {
    this.beforeCrash.set(host.id, { log: this.logOf(host), inFlight: this.inFlight.get(host.id) ?? null });
    this.inFlight.delete(host.id);
  }

  private compareWithRecovery(
    host: CheckedNode,
    { log: before, inFlight }: { log: MirroredLog; inFlight: Ready | null },
    after: MirroredLog,
  ): void {
    const stateBefore = JSON.stringify(before.hardState);
    const stateAfter = JSON.stringify(after.hardState);
    const stateInFlight = inFlight === null || inFlight.hardState === null ? null : JSON.stringify(inFlight.hardState);
    if (before.hardState !== null && stateAfter !== stateBefore && stateAfter !== stateInFlight) {
      this.report('durability', `${host.name} restarted with quorum state ${stateAfter} after persisting ${stateBefore}`);
      return;
    }
    // Entries the interrupted Ready was truncating away may be gone (step 3 ran before the crash).
    const keptEnd = Math.min(before.endOffset, inFlight?.truncateLogTo ?? before.endOffset);
    for (let offset = Math.max(before.startOffset, after.startOffset); offset < keptEnd; offset += 1) {
      const expected = before.at(offset) as EntryDigest;
      const found = after.at(offset);
      if (found === undefined || found.epoch !== expected.epoch || found.digest !== expected.digest) {
        this.report('durability', `${host.name} lost the fsynced entry at offset ${offset} (epoch ${expected.epoch}) in a crash`);
        return;
      }
    }
  }
}
