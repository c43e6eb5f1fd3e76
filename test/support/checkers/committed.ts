// Checkers of what is committed: the committed history (every entry ever seen below some node's
// high watermark), CommittedNeverLost (Raft §5.4 state machine safety and Kafka's
// `ConsistentCommittedData`: nothing below a high watermark ever changes or disappears) and
// HighWatermarkMonotonic (Kafka's `MonotonicHighWatermark`). See view.ts for the view a harness
// hands in after each step.
import {
  contentKey,
  describeEntry,
  entryAt,
  logEndOffset,
  logStartOffset,
  type CheckedEntry,
  type CheckedSnapshotId,
  type Checker,
  type NodeView,
  type Violation,
} from './view.js';

/** What is known of one committed offset: its entry, or only its epoch (from a snapshot id). */
export class CommittedOffset {
  constructor(
    readonly offset: number,
    readonly epoch: number,
    /** The entry, when some node showed it; null when only a snapshot id vouched for the epoch. */
    readonly entry: CheckedEntry | null,
    /** Which node first showed it committed, for messages. */
    readonly witness: number,
  ) {}

  /** Whether `entry` is this committed entry (same epoch, and same content when known). */
  matches(entry: CheckedEntry): boolean {
    if (this.entry === null) return entry.epoch === this.epoch;
    return contentKey(entry) === contentKey(this.entry);
  }

  describe(): string {
    const shown = this.entry === null ? `${this.offset}@${this.epoch} (from a snapshot id)` : describeEntry(this.entry);
    return `${shown}, first seen committed on node ${this.witness}`;
  }
}

/**
 * Every offset known to be committed and what is there. An entry is committed once it lies below
 * some node's high watermark (KIP-595: the high watermark is the end offset replicated on a
 * majority of voters in the leader's epoch; followers learn it from the leader).
 */
export class CommittedHistory {
  readonly #byOffset = new Map<number, CommittedOffset>();
  #end = 0;

  /** One past the highest offset known to be committed. */
  get end(): number {
    return this.#end;
  }

  get(offset: number): CommittedOffset | undefined {
    return this.#byOffset.get(offset);
  }

  entries(): IterableIterator<[number, CommittedOffset]> {
    return this.#byOffset.entries();
  }

  /** Records that the entry is committed; returns the conflicting record if another is. */
  learnEntry(entry: CheckedEntry, witness: number): CommittedOffset | undefined {
    const known = this.#byOffset.get(entry.offset);
    if (known !== undefined && !known.matches(entry)) return known;
    if (known === undefined || known.entry === null) {
      this.#byOffset.set(entry.offset, new CommittedOffset(entry.offset, entry.epoch, entry, witness));
    }
    this.#end = Math.max(this.#end, entry.offset + 1);
    return undefined;
  }

  /** Records the epoch a snapshot id vouches for; returns the conflicting record if another is. */
  learnSnapshot(snapshot: CheckedSnapshotId, witness: number): CommittedOffset | undefined {
    if (snapshot.offset === 0) return undefined;
    const offset = snapshot.offset - 1;
    const known = this.#byOffset.get(offset);
    if (known !== undefined) return known.epoch === snapshot.epoch ? undefined : known;
    this.#byOffset.set(offset, new CommittedOffset(offset, snapshot.epoch, null, witness));
    this.#end = Math.max(this.#end, snapshot.offset);
    return undefined;
  }
}

/** Per node facts CommittedNeverLost carries from view to view. */
interface NodeProgress {
  /** Highest high watermark the node has ever reported, in any incarnation. */
  highestHighWatermark: number;
  /** Offsets below this were verified present in the durable log and equal to the history. */
  verifiedBelow: number;
  /** The last offset applied by the state machine in this incarnation (-1: nothing yet). */
  lastApplied: number;
  incarnation: number;
  snapshotKey: string;
}

/**
 * Committed entries are never lost or changed (Raft §5.4.3 state machine safety; Kafka's
 * `ConsistentCommittedData`). For every node:
 * - its high watermark never exceeds its durable log end (etcd's `CommittedIsDurableInv`): a
 *   node must not call committed what it could lose in a crash;
 * - every offset below the highest high watermark it ever reported, in any incarnation, is
 *   still in its durable log or covered by its durable snapshot, and equal to the committed
 *   history: so a restarted node's durable log still holds every entry it knew committed;
 * - a snapshot covers only committed offsets, and agrees with the history on its last epoch;
 * - the state machine applies committed entries only, each once, in offset order, without gaps.
 * It also builds the CommittedHistory that LeaderCompleteness uses, so it must run first.
 */
export class CommittedNeverLost implements Checker {
  readonly name = 'CommittedNeverLost';
  readonly history = new CommittedHistory();
  readonly #progress = new Map<number, NodeProgress>();

  check(nodes: readonly NodeView[]): Violation[] {
    const violations: string[] = [];
    for (const node of nodes) this.#checkDurable(node, violations);
    const highestAnywhere = Math.max(0, ...[...this.#progress.values()].map((p) => p.highestHighWatermark));
    for (const node of nodes) this.#checkSnapshot(node, highestAnywhere, violations);
    for (const node of nodes) this.#checkApplied(node, violations);
    return violations.map((message) => ({ checker: this.name, message }));
  }

  #progressOf(node: NodeView): NodeProgress {
    let progress = this.#progress.get(node.id);
    if (progress === undefined) {
      progress = {
        highestHighWatermark: 0,
        verifiedBelow: 0,
        lastApplied: -1,
        incarnation: node.incarnation,
        snapshotKey: '',
      };
      this.#progress.set(node.id, progress);
    }
    return progress;
  }

  #checkDurable(node: NodeView, violations: string[]): void {
    const progress = this.#progressOf(node);
    const end = logEndOffset(node);
    const highWatermark = node.highWatermark ?? 0;
    if (highWatermark > end) {
      violations.push(`node ${node.id} reports high watermark ${highWatermark} beyond its durable log end ${end}`);
    }
    progress.highestHighWatermark = Math.max(progress.highestHighWatermark, Math.min(highWatermark, end));
    const start = logStartOffset(node);
    const from = Math.max(start, Math.min(progress.verifiedBelow, node.logChangedFrom));
    for (let offset = from; offset < progress.highestHighWatermark; offset++) {
      const entry = entryAt(node, offset);
      if (entry === undefined) {
        violations.push(
          `node ${node.id} once had high watermark ${progress.highestHighWatermark} but its durable ` +
            `log now ends at ${end}: committed offset ${offset} is gone`,
        );
        break;
      }
      const conflict = this.history.learnEntry(entry, node.id);
      if (conflict !== undefined) {
        violations.push(`node ${node.id} holds ${describeEntry(entry)} at committed offset ${offset}, ` +
          `where the committed entry is ${conflict.describe()}`);
        break;
      }
    }
    progress.verifiedBelow = progress.highestHighWatermark;
  }

  #checkSnapshot(node: NodeView, highestAnywhere: number, violations: string[]): void {
    const progress = this.#progressOf(node);
    const snapshot = node.snapshotId;
    const key = snapshot === null ? '' : `${snapshot.offset}@${snapshot.epoch}`;
    if (snapshot === null || key === progress.snapshotKey) return;
    progress.snapshotKey = key;
    if (snapshot.offset > highestAnywhere) {
      violations.push(`node ${node.id} holds snapshot ${key}, beyond every high watermark seen (${highestAnywhere})`);
    }
    const conflict = this.history.learnSnapshot(snapshot, node.id);
    if (conflict !== undefined) {
      violations.push(`node ${node.id} holds snapshot ${key}, but the committed entry is ${conflict.describe()}`);
    }
  }

  #checkApplied(node: NodeView, violations: string[]): void {
    const progress = this.#progressOf(node);
    if (progress.incarnation !== node.incarnation) {
      // A restarted state machine starts empty and is rebuilt from the snapshot and the log.
      progress.incarnation = node.incarnation;
      progress.lastApplied = -1;
    }
    if (node.newlyAppliedSnapshot !== null) progress.lastApplied = node.newlyAppliedSnapshot.offset - 1;
    for (const entry of node.newlyApplied) {
      const problem = this.#appliedProblem(node, progress, entry);
      if (problem !== undefined) {
        violations.push(`node ${node.id} applied ${describeEntry(entry)}: ${problem}`);
        return;
      }
      progress.lastApplied = entry.offset;
    }
  }

  #appliedProblem(node: NodeView, progress: NodeProgress, entry: CheckedEntry): string | undefined {
    if (entry.offset !== progress.lastApplied + 1) return `expected offset ${progress.lastApplied + 1} next`;
    if (entry.offset >= (node.highWatermark ?? 0)) return `it is not below the high watermark ${node.highWatermark}`;
    const conflict = this.history.learnEntry(entry, node.id);
    if (conflict !== undefined) return `the committed entry there is ${conflict.describe()}`;
    return undefined;
  }
}

/**
 * The high watermark never decreases (Kafka's `MonotonicHighWatermark`), per node and within one
 * incarnation. Across a restart it may start again lower, and that is honest rather than lax:
 * the high watermark is not part of KRaft's durable quorum state, and raft/core.ts restarts a
 * node with its high watermark at its log start offset (its snapshot's end offset, or 0); the
 * node learns the rest again from the leader. What a restart must not lose, the committed
 * entries below the highest high watermark the node ever reported, CommittedNeverLost checks
 * against the durable log. A node that reported a high watermark and then reports none in the
 * same incarnation counts as a decrease.
 */
export class HighWatermarkMonotonic implements Checker {
  readonly name = 'HighWatermarkMonotonic';
  readonly #last = new Map<number, { incarnation: number; highWatermark: number | null }>();

  check(nodes: readonly NodeView[]): Violation[] {
    const violations: Violation[] = [];
    for (const node of nodes) {
      if (!node.alive) continue;
      const last = this.#last.get(node.id);
      this.#last.set(node.id, { incarnation: node.incarnation, highWatermark: node.highWatermark });
      if (last === undefined || last.incarnation !== node.incarnation || last.highWatermark === null) continue;
      if (node.highWatermark === null || node.highWatermark < last.highWatermark) {
        violations.push({
          checker: this.name,
          message: `node ${node.id} high watermark went from ${last.highWatermark} to ${node.highWatermark}`,
        });
      }
    }
    return violations;
  }
}
