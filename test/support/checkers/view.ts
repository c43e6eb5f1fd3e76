// The shared vocabulary of the Raft safety checkers (test/support/raft-checkers.ts): what a
// checker sees of a node after a step, what a violation is, and small helpers to read a log.
// The checkers depend on plain numbers only, not on raft/, so they can be tested with hand-made
// views (test/raft/checkers.test.ts) and reused by other harnesses. They are incremental: a view
// says which part of a log changed since the previous view, so a step costs time in proportion to
// what changed, not to the length of every log.
import assert from 'node:assert/strict';

/** One log entry as the checkers see it. `kind` and `payload` identify its content. */
export interface CheckedEntry {
  readonly offset: number;
  readonly epoch: number;
  readonly kind: string;
  readonly payload: Uint8Array;
}

/** The end offset (exclusive) and the epoch of the last entry a snapshot covers. */
export interface CheckedSnapshotId {
  readonly offset: number;
  readonly epoch: number;
}

/** What the checkers see of one node after a step. */
export interface NodeView {
  readonly id: number;
  /** False while the node is crashed; its durable state below still counts. */
  readonly alive: boolean;
  /** Increments on each restart, so per-run facts (the high watermark) can be reset honestly. */
  readonly incarnation: number;
  /** The core's role name ('leader', 'follower', ...), or null while crashed. */
  readonly role: string | null;
  /** The current epoch (the durable one while crashed). */
  readonly epoch: number;
  /** The node's high watermark, or null while it does not know one (crashed, or fresh). */
  readonly highWatermark: number | null;
  /** The snapshot in the node's durable record, if any. */
  readonly snapshotId: CheckedSnapshotId | null;
  /**
   * The node's durable log in offset order, without gaps.
   * Invariant: log[0].offset <= snapshotId.offset (or 0 without a snapshot) when non-empty.
   */
  readonly log: readonly CheckedEntry[];
  /** Lowest offset appended, truncated or replaced since the previous view; Infinity if none. */
  readonly logChangedFrom: number;
  /** Entries handed to the state machine since the previous view, in order. */
  readonly newlyApplied: readonly CheckedEntry[];
  /** A snapshot the state machine installed since the previous view, if any. */
  readonly newlyAppliedSnapshot: CheckedSnapshotId | null;
}

/** A broken safety property, explained for a reader. */
export interface Violation {
  readonly checker: string;
  readonly message: string;
}

/** A safety checker. It keeps whatever history it needs between views. */
export interface Checker {
  readonly name: string;
  check(nodes: readonly NodeView[]): Violation[];
}

/** The offset of the first entry the node holds or covers by snapshot. */
export function logStartOffset(node: NodeView): number {
  const first = node.log[0];
  if (first !== undefined) return first.offset;
  return node.snapshotId?.offset ?? 0;
}

/** One past the last offset the node holds, in its log or its snapshot. */
export function logEndOffset(node: NodeView): number {
  const last = node.log[node.log.length - 1];
  if (last !== undefined) return last.offset + 1;
  return node.snapshotId?.offset ?? 0;
}

/** The entry at `offset` in the node's durable log, or undefined if the log does not hold it. */
export function entryAt(node: NodeView, offset: number): CheckedEntry | undefined {
  const first = node.log[0];
  if (first === undefined) return undefined;
  const entry = node.log[offset - first.offset];
  if (entry !== undefined) assert.equal(entry.offset, offset, `node ${node.id}: log has a gap`);
  return entry;
}

/** The epoch of the entry at `offset`, from the log or, for the last covered offset, the snapshot. */
export function epochAt(node: NodeView, offset: number): number | undefined {
  const entry = entryAt(node, offset);
  if (entry !== undefined) return entry.epoch;
  const snapshot = node.snapshotId;
  if (snapshot !== null && snapshot.offset - 1 === offset) return snapshot.epoch;
  return undefined;
}

const contentKeys = new WeakMap<CheckedEntry, string>();

/** A string that is equal for two entries exactly when their epoch, kind and payload are. */
export function contentKey(entry: CheckedEntry): string {
  let key = contentKeys.get(entry);
  if (key === undefined) {
    key = `${entry.epoch}/${entry.kind}/${Buffer.from(entry.payload).toString('base64')}`;
    contentKeys.set(entry, key);
  }
  return key;
}

/** A short rendering of an entry for violation messages. */
export function describeEntry(entry: CheckedEntry): string {
  const text = Buffer.from(entry.payload).toString('utf8');
  if (text === '') return `${entry.offset}@${entry.epoch} ${entry.kind}`;
  const printable = /^[\x20-\x7e]*$/.test(text) ? JSON.stringify(text.slice(0, 24)) : '<bytes>';
  return `${entry.offset}@${entry.epoch} ${entry.kind} ${printable}`;
}
