// The vocabulary of the Raft core: node ids, epochs, offsets and log entries (KIP-595 words).
// Part of raft/, the pure KRaft state machine. KRaft says "epoch" where the Raft paper says
// "term" and "offset" where it says "index"; raft/README.md has the whole table. Ids and
// positions are branded numbers so an offset is never passed where an epoch is expected.
import assert from 'node:assert/strict';

/** The id of a node (a voter or an observer). Invariant: a non-negative safe integer. */
export type NodeId = number & { readonly __brand: 'NodeId' };

/** A leader epoch (Raft paper: term). Invariant: a non-negative safe integer; 0 means none yet. */
export type Epoch = number & { readonly __brand: 'Epoch' };

/**
 * A position in the replicated log (Raft paper: index), 0-based. An "end offset" is the offset
 * one past the last entry, so an empty log has end offset 0.
 * Invariant: a non-negative safe integer.
 */
export type Offset = number & { readonly __brand: 'Offset' };

/**
 * Brands a number as a node id.
 * @example nodeId(3)
 */
export function nodeId(value: number): NodeId {
  assert.ok(Number.isSafeInteger(value), 'a node id is an integer');
  assert.ok(value >= 0, 'a node id is not negative');
  return value as NodeId;
}

/**
 * Brands a number as an epoch.
 * @example epoch(7)
 */
export function epoch(value: number): Epoch {
  assert.ok(Number.isSafeInteger(value), 'an epoch is an integer');
  assert.ok(value >= 0, 'an epoch is not negative');
  return value as Epoch;
}

/**
 * Brands a number as a log offset.
 * @example offset(0)
 */
export function offset(value: number): Offset {
  assert.ok(Number.isSafeInteger(value), 'an offset is an integer');
  assert.ok(value >= 0, 'an offset is not negative');
  return value as Offset;
}

/**
 * A point in the log named by an offset and the epoch of the entry there. Used as
 * "end offset and last epoch" (vote requests, snapshot ids) and as KRaft's diverging epoch.
 */
export interface OffsetAndEpoch {
  readonly offset: Offset;
  readonly epoch: Epoch;
}

/**
 * The source of randomness the core is handed; it never calls Math.random.
 * Structurally compatible with the runtime seam's `Random` (src/runtime/seam.ts).
 */
export interface Random {
  /** A uniform integer in [0, bound). Precondition: bound is a positive safe integer. */
  nextInt(bound: number): number;
}

/**
 * What an entry holds. `data` is the state machine's record; the others are KRaft control
 * records the core writes itself: `leader-change` opens every leader's epoch (KIP-595), and
 * `voters` sets the voter set from its offset on (KIP-853).
 */
export type EntryKind = 'data' | 'leader-change' | 'voters';

/**
 * One entry of the replicated log.
 * Invariant: `voters` is present exactly when `kind` is `voters`, sorted and without repeats.
 */
export interface Entry {
  readonly offset: Offset;
  /** The epoch of the leader that appended this entry. */
  readonly epoch: Epoch;
  readonly kind: EntryKind;
  /** The state machine's bytes for `data`; empty for control records. */
  readonly payload: Uint8Array;
  /** For a `voters` entry: the voter set that applies from this entry on. */
  readonly voters?: readonly NodeId[];
}

/**
 * Asserts that `entries` form a well-formed slice of a log: consecutive offsets starting at
 * `firstOffset`, epochs that never decrease and are at least `previousEpoch`, and voter sets
 * exactly on `voters` entries. Callers validate untrusted input before it reaches the core;
 * inside the core this is a precondition.
 */
export function assertValidLogSlice(
  entries: readonly Entry[],
  expected: { readonly firstOffset: Offset; readonly previousEpoch: Epoch },
): void {
  let previousEpoch = expected.previousEpoch;
  entries.forEach((entry, entryIndex) => {
    assert.equal(entry.offset, expected.firstOffset + entryIndex, 'log offsets are consecutive');
    assert.ok(entry.epoch >= previousEpoch, 'log epochs never decrease');
    const hasVoters = entry.voters !== undefined;
    assert.equal(hasVoters, entry.kind === 'voters', 'voters only on voters entries');
    previousEpoch = entry.epoch;
  });
}

/**
 * A voter set in canonical form: sorted ascending, without repeats.
 * @example sortedVoters([nodeId(3), nodeId(1)]) // [1, 3]
 */
export function sortedVoters(voters: readonly NodeId[]): readonly NodeId[] {
  const sorted = [...new Set(voters)].sort((left, right) => left - right);
  assert.ok(sorted.length > 0, 'a voter set is never empty');
  return sorted;
}
