// The leader epoch cache of a log (KIP-101, KIP-279; Kafka's LeaderEpochFileCache): for each
// leader epoch found in the log's batches, the offset where that epoch's batches start. It
// answers OffsetsForLeaderEpoch and KRaft's Fetch divergence check (KIP-595): "where does
// epoch E end in this log?", so a follower can truncate to the point where it and its leader
// agree. Pure data; the log keeps it in step with appends, truncation and deletion.
//
// File format (leader-epoch-checkpoint, checksummed and replaced atomically): UTF-8 lines
// "<epoch> <start offset>". The log writes it before the first batch of each new epoch (once per
// election), when a segment is sealed, on truncation, and at close; opening the log checks the
// active segment's batches against it and trims it to the log start and end.
import assert from 'node:assert/strict';

export interface EpochEntry {
  readonly epoch: number;
  readonly startOffset: number;
}

/** Answer to "where does epoch E end": both -1 when the log cannot say (Kafka's UNDEFINED). */
export interface EpochEndOffset {
  readonly epoch: number;
  readonly endOffset: number;
}

export const undefinedEpochEndOffset: EpochEndOffset = { epoch: -1, endOffset: -1 };

/** Invariant: epochs strictly increase and start offsets strictly increase from entry to entry. */
export class LeaderEpochCache {
  private entries: EpochEntry[] = [];

  get latestEpoch(): number {
    return this.entries[this.entries.length - 1]?.epoch ?? -1;
  }

  list(): readonly EpochEntry[] {
    return this.entries;
  }

  /**
   * Records that `epoch` has a batch at `startOffset`. Ignores epochs below 0 (a client batch
   * the broker did not stamp) and epochs below the latest (not a valid log; Kafka ignores them
   * too). Returns whether the cache changed.
   */
  assign(epoch: number, startOffset: number): boolean {
    const last = this.entries[this.entries.length - 1];
    if (epoch < 0 || (last !== undefined && epoch <= last.epoch)) return false;
    assert.ok(last === undefined || startOffset >= last.startOffset, 'epochs start in offset order');
    // An earlier epoch that starts at the same offset holds no batches: the new one replaces it.
    if (last !== undefined && last.startOffset === startOffset) this.entries.pop();
    this.entries.push({ epoch, startOffset });
    return true;
  }

  /** Forgets epochs starting at or after `endOffset` (the log was truncated there). */
  truncateFromEnd(endOffset: number): boolean {
    const kept = this.entries.filter((entry) => entry.startOffset < endOffset);
    const changed = kept.length !== this.entries.length;
    this.entries = kept;
    return changed;
  }

  /**
   * Drops epochs wholly below `startOffset` (the log start moved up) and moves the start of the
   * epoch holding it up to it.
   */
  truncateFromStart(startOffset: number): boolean {
    const firstKept = this.entries.findIndex((_, entryIndex) =>
      (this.entries[entryIndex + 1]?.startOffset ?? Number.POSITIVE_INFINITY) > startOffset);
    if (firstKept < 0) return false;
    const kept = this.entries.slice(firstKept);
    const first = kept[0];
    assert.ok(first !== undefined);
    if (first.startOffset < startOffset) kept[0] = { epoch: first.epoch, startOffset };
    const changed = firstKept > 0 || first.startOffset < startOffset;
    this.entries = kept;
    return changed;
  }

  clear(): void {
    this.entries = [];
  }

  /**
   * Where `requestedEpoch` ends, as Kafka answers OffsetsForLeaderEpoch: the latest epoch ends at
   * the log end offset; an older one at the start of the next higher epoch, reported with the
   * largest known epoch at or below the one requested (or the requested one if none is); an
   * epoch above every known one, or -1, is undefined.
   */
  endOffsetFor(requestedEpoch: number, logEndOffset: number): EpochEndOffset {
    if (requestedEpoch < 0 || this.entries.length === 0) return undefinedEpochEndOffset;
    if (requestedEpoch === this.latestEpoch) return { epoch: requestedEpoch, endOffset: logEndOffset };
    const higher = this.entries.find((entry) => entry.epoch > requestedEpoch);
    if (higher === undefined) return undefinedEpochEndOffset;
    const floor = [...this.entries].reverse().find((entry) => entry.epoch <= requestedEpoch);
    return { epoch: floor?.epoch ?? requestedEpoch, endOffset: higher.startOffset };
  }

  /** The epoch of the entry covering `offset`, or -1 if the cache has none. */
  epochOf(offset: number): number {
    let epoch = -1;
    for (const entry of this.entries) {
      if (entry.startOffset > offset) break;
      epoch = entry.epoch;
    }
    return epoch;
  }

  toBytes(): Uint8Array {
    return new TextEncoder().encode(this.entries.map((entry) => `${entry.epoch} ${entry.startOffset}\n`).join(''));
  }

  /** Parses a checkpoint; undefined if malformed (the log then refuses it as corrupt). */
  static fromBytes(bytes: Uint8Array): LeaderEpochCache | undefined {
    const cache = new LeaderEpochCache();
    const lines = new TextDecoder().decode(bytes).split('\n').filter((line) => line !== '');
    for (const line of lines) {
      const match = /^(\d+) (\d+)$/.exec(line);
      if (match === null) return undefined;
      const epoch = Number(match[1]);
      const startOffset = Number(match[2]);
      const last = cache.entries[cache.entries.length - 1];
      if (!Number.isSafeInteger(startOffset) || epoch > 0x7fff_ffff) return undefined;
      if (last !== undefined && (epoch <= last.epoch || startOffset <= last.startOffset)) return undefined;
      cache.entries.push({ epoch, startOffset });
    }
    return cache;
  }
}
