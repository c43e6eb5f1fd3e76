// The in-memory view of the replicated log: every entry since the latest snapshot.
// Part of raft/log/. The core answers fetches from memory (the metadata log is kept short by
// snapshots), so this class holds the entries and also remembers which of them are durable:
// entries below `durableEndOffset` were handed to the driver in an earlier Ready and persisted;
// the tail above is the unpersisted part the next Ready must carry (etcd-io/raft calls it the
// unstable log). It also answers the epoch questions KRaft's divergence check asks (KIP-595).
import assert from 'node:assert/strict';
import {
  assertValidLogSlice, epoch, offset, sortedVoters,
  type Entry, type Epoch, type NodeId, type Offset, type OffsetAndEpoch,
} from '../types.js';

/** What the next Ready must do to the durable log (Ready steps 3-5). */
export interface LogChanges {
  readonly truncateLogTo: Offset | null;
  readonly entriesToPersist: readonly Entry[];
  readonly logStartOffset: Offset | null;
}

/** A voter set and the offset of the `voters` entry that set it. */
interface VotersAtOffset {
  readonly offset: Offset;
  readonly voters: readonly NodeId[];
}

/**
 * The replicated log from its start offset (the latest snapshot's end offset, or 0) to its end.
 * Invariant: startOffset <= durableEndOffset <= endOffset; entries are consecutive from
 * startOffset and their epochs never decrease.
 */
export class RaftLog {
  #startOffset: Offset;
  /** The epoch of the entry just below startOffset (the snapshot's epoch), or 0. */
  #startEpoch: Epoch;
  /** The voter set in force at startOffset (from the snapshot, or the bootstrap set). */
  #startVoters: readonly NodeId[];
  #entries: Entry[] = [];
  /** `voters` entries among #entries, in offset order. */
  #votersEntries: VotersAtOffset[] = [];
  #durableEndOffset: Offset;
  #pendingTruncateTo: Offset | null = null;
  #pendingStartOffset: Offset | null = null;

  /**
   * A log as read back from disk: `entries` continue the snapshot. With `discardDurable`, the
   * disk still holds stale entries from the snapshot's end offset on, and the first Ready must
   * drop them (see log/restore.ts).
   */
  constructor(start: {
    snapshotId: OffsetAndEpoch;
    voters: readonly NodeId[];
    entries: readonly Entry[];
    discardDurable?: boolean;
  }) {
    this.#startOffset = start.snapshotId.offset;
    this.#startEpoch = start.snapshotId.epoch;
    this.#startVoters = sortedVoters(start.voters);
    this.#durableEndOffset = start.snapshotId.offset;
    this.appendEntries(start.entries);
    // Restored entries come from the driver's disk: they are durable already.
    this.#durableEndOffset = this.endOffset;
    if (start.discardDurable === true) {
      assert.equal(start.entries.length, 0, 'discarded entries are not kept');
      this.#pendingTruncateTo = start.snapshotId.offset;
      this.#pendingStartOffset = start.snapshotId.offset;
    }
  }

  get startOffset(): Offset { return this.#startOffset; }
  get startEpoch(): Epoch { return this.#startEpoch; }
  get endOffset(): Offset { return offset(this.#startOffset + this.#entries.length); }
  get durableEndOffset(): Offset { return this.#durableEndOffset; }

  /** The epoch of the last entry, or of the snapshot when the log is empty. */
  get lastEpoch(): Epoch {
    const last = this.#entries.at(-1);
    return last === undefined ? this.#startEpoch : last.epoch;
  }

  /** The log's end as the vote check sees it: (last epoch, end offset). */
  get endOffsetAndEpoch(): OffsetAndEpoch {
    return { offset: this.endOffset, epoch: this.lastEpoch };
  }

  /** Every entry held in memory, from startOffset on. */
  get entries(): readonly Entry[] { return this.#entries; }

  /** The entry at `at`. Precondition: startOffset <= at < endOffset. */
  entryAt(at: Offset): Entry {
    assert.ok(at >= this.#startOffset, 'the entry is not below the log start');
    const entry = this.#entries[at - this.#startOffset];
    assert.ok(entry !== undefined, 'the entry is below the end offset');
    assert.equal(entry.offset, at);
    return entry;
  }

  /**
   * The epoch of the entry just below `endOffset`: what a follower sends as lastFetchedEpoch.
   * Precondition: startOffset <= endOffset <= this.endOffset.
   */
  epochBefore(endOffset: Offset): Epoch {
    assert.ok(endOffset >= this.#startOffset, 'epochBefore: not below the log start');
    assert.ok(endOffset <= this.endOffset, 'epochBefore: not beyond the log end');
    if (endOffset === this.#startOffset) return this.#startEpoch;
    return this.entryAt(offset(endOffset - 1)).epoch;
  }

  /** Entries in [from, to), at most `entryCountMax` of them. */
  slice(from: Offset, to: Offset, entryCountMax = Number.MAX_SAFE_INTEGER): readonly Entry[] {
    assert.ok(from >= this.#startOffset, 'slice: not below the log start');
    assert.ok(to <= this.endOffset, 'slice: not beyond the log end');
    const begin = from - this.#startOffset;
    const end = Math.min(to - this.#startOffset, begin + entryCountMax);
    return this.#entries.slice(begin, Math.max(begin, end));
  }

  /**
   * KRaft's epoch lookup for divergence (KIP-595, Kafka's endOffsetForEpoch): the largest epoch
   * at most `wanted` that the log holds, with its end offset (the offset after its last entry).
   * Returns null when every epoch in the log, snapshot included, is newer than `wanted`.
   */
  endOffsetForEpoch(wanted: Epoch): OffsetAndEpoch | null {
    for (let entryIndex = this.#entries.length - 1; entryIndex >= 0; entryIndex -= 1) {
      const entry = this.#entries[entryIndex];
      assert.ok(entry !== undefined);
      if (entry.epoch <= wanted) return { offset: offset(entry.offset + 1), epoch: entry.epoch };
    }
    if (this.#startEpoch <= wanted) return { offset: this.#startOffset, epoch: this.#startEpoch };
    return null;
  }

  /** Appends entries at the end. Precondition: they continue the log (offsets and epochs). */
  appendEntries(entries: readonly Entry[]): void {
    assertValidLogSlice(entries, { firstOffset: this.endOffset, previousEpoch: this.lastEpoch });
    for (const entry of entries) {
      this.#entries.push(entry);
      if (entry.voters !== undefined) {
        this.#votersEntries.push({ offset: entry.offset, voters: sortedVoters(entry.voters) });
      }
    }
  }

  /** Drops every entry at or above `endOffset`. Precondition: within [startOffset, endOffset]. */
  truncateTo(endOffset: Offset): void {
    assert.ok(endOffset >= this.#startOffset, 'truncation never reaches below the log start');
    assert.ok(endOffset <= this.endOffset, 'truncation never extends the log');
    this.#entries.length = endOffset - this.#startOffset;
    this.#votersEntries = this.#votersEntries.filter((change) => change.offset < endOffset);
    if (endOffset < this.#durableEndOffset) {
      this.#durableEndOffset = endOffset;
      this.#pendingTruncateTo = offset(Math.min(this.#pendingTruncateTo ?? endOffset, endOffset));
    }
    assert.equal(this.endOffset, endOffset);
  }

  /**
   * Drops the entries a snapshot covers (a snapshot taken locally). Precondition: the snapshot
   * ends inside the log and names the epoch of its last entry.
   */
  compactTo(snapshotId: OffsetAndEpoch): void {
    assert.ok(snapshotId.offset > this.#startOffset, 'a new snapshot moves the log start forward');
    assert.ok(snapshotId.offset <= this.#durableEndOffset, 'a snapshot covers durable entries');
    assert.equal(this.epochBefore(snapshotId.offset), snapshotId.epoch, 'snapshot epoch matches');
    const voters = this.votersAt(snapshotId.offset);
    this.#entries = this.#entries.slice(snapshotId.offset - this.#startOffset);
    const kept = this.#votersEntries.filter((change) => change.offset >= snapshotId.offset);
    this.#votersEntries = kept;
    this.#startOffset = snapshotId.offset;
    this.#startEpoch = snapshotId.epoch;
    this.#startVoters = voters;
    this.#pendingStartOffset = snapshotId.offset;
  }

  /**
   * Replaces the whole log with a snapshot received from the leader (KIP-630): every entry is
   * dropped and the log restarts, empty, at the snapshot's end offset.
   */
  replaceWithSnapshot(snapshotId: OffsetAndEpoch, voters: readonly NodeId[]): void {
    assert.ok(snapshotId.offset >= this.#startOffset, 'a received snapshot is not older');
    // The durable log is emptied whatever it held; truncating an empty log is harmless.
    const truncateTo = Math.min(this.#pendingTruncateTo ?? this.#startOffset, this.#startOffset);
    this.#pendingTruncateTo = offset(truncateTo);
    this.#entries = [];
    this.#votersEntries = [];
    this.#startOffset = snapshotId.offset;
    this.#startEpoch = snapshotId.epoch;
    this.#startVoters = sortedVoters(voters);
    this.#durableEndOffset = snapshotId.offset;
    this.#pendingStartOffset = snapshotId.offset;
  }

  /** The voter set in force at `at`: the last `voters` entry below it, else the start set. */
  votersAt(at: Offset): readonly NodeId[] {
    assert.ok(at >= this.#startOffset, 'votersAt: not below the log start');
    let voters = this.#startVoters;
    for (const change of this.#votersEntries) {
      if (change.offset < at) voters = change.voters;
    }
    return voters;
  }

  /** The latest voter set in the log, committed or not (KIP-853: used as soon as appended). */
  get voters(): readonly NodeId[] {
    return this.#votersEntries.at(-1)?.voters ?? this.#startVoters;
  }

  /** The offset of the latest `voters` entry still in memory, or null. */
  get latestVotersOffset(): Offset | null {
    return this.#votersEntries.at(-1)?.offset ?? null;
  }

  /** True when there are log changes the driver has not yet been handed. */
  hasChanges(): boolean {
    return this.#pendingTruncateTo !== null || this.#pendingStartOffset !== null ||
      this.#durableEndOffset < this.endOffset;
  }

  /** The changes the next Ready carries (steps 3-5); `markDurable` acknowledges them. */
  changes(): LogChanges {
    return {
      truncateLogTo: this.#pendingTruncateTo,
      entriesToPersist: this.slice(this.#durableEndOffset, this.endOffset),
      logStartOffset: this.#pendingStartOffset,
    };
  }

  /** The driver carried out `changes()`: everything in memory is durable now. */
  markDurable(changes: LogChanges): void {
    const lastPersisted = changes.entriesToPersist.at(-1);
    assert.ok(lastPersisted === undefined || lastPersisted.offset + 1 === this.endOffset);
    this.#durableEndOffset = this.endOffset;
    this.#pendingTruncateTo = null;
    this.#pendingStartOffset = null;
  }

  /** Asserts the class invariant. */
  checkInvariants(): void {
    assert.ok(this.#startOffset <= this.#durableEndOffset, 'log start <= durable end');
    assert.ok(this.#durableEndOffset <= this.endOffset, 'durable end <= log end');
    const first = this.#entries[0];
    if (first !== undefined) {
      assert.equal(first.offset, this.#startOffset, 'the first entry sits at the log start');
      assert.ok(first.epoch >= this.#startEpoch, 'entries are not older than the snapshot');
    }
    const last = this.#entries.at(-1);
    if (last !== undefined) assert.equal(last.offset + 1, this.endOffset);
  }
}

/**
 * The Raft vote rule (paper §5.4.1, KIP-595): a candidate's log is at least as up to date as
 * ours when its last epoch is newer, or equal with an end offset at least ours.
 */
export function isLogUpToDate(candidate: OffsetAndEpoch, ours: OffsetAndEpoch): boolean {
  if (candidate.epoch !== ours.epoch) return candidate.epoch > ours.epoch;
  return candidate.offset >= ours.offset;
}

/** The empty start of a log that has no snapshot yet. */
export const noSnapshotId: OffsetAndEpoch = { offset: offset(0), epoch: epoch(0) };
