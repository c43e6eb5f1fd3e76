// The durable Raft metadata log of one node: entries and the latest snapshot. Part of
// src/quorum/. The driver (src/quorum/raft-driver.ts) appends and fsyncs every entry before it acknowledges
// it, truncates on divergence, and on restart hands everything back to the core's `restored`.
//
// Entries live in a storage/ `Log` (DESIGN.md: "the Raft metadata log uses the same segment
// code"), `raft-log/__cluster_metadata-0/`, opened with fsync on every append, as storage/mod.ts
// describes. Each Raft entry is one record batch (KIP-595: a Raft offset is a Kafka offset)
// whose base offset is the entry's offset and whose partitionLeaderEpoch is its Raft epoch; the
// entries of one Ready go down in one append (one write, one fsync). One batch per entry, not
// per Ready, because storage never splits a batch when it truncates, and a divergence may cut
// between two entries of one Ready.
// - `data`: a plain batch of one record, value = payload.
// - `leader-change`, `voters`: a control batch of one record whose key is Kafka's control key
//   (version int16, type int16: 2 = LEADER_CHANGE, 6 = KRAFT_VOTERS), value = payload, and for
//   `voters` the voter ids as int32s in a "voters" header.
// Integrity is storage's: CRC-32C on every batch, the epoch field (outside that CRC) checked
// against the checksummed leader-epoch checkpoint, a torn tail cut at open, and anything else
// refused with CorruptionError (never served, never silently truncated; PAR FAST'18). Recovery
// reads every entry back through `Log.read`, so every check runs on every entry at open.
// The snapshot stays a checksummed atomic file, `raft-log/snapshot`.
import assert from 'node:assert/strict';
import { Packr, Unpackr } from 'msgpackr';
import { makeDurableDirectory } from './durable-directory.js';
import {
  epoch, nodeId, offset, type Entry, type EntryKind, type NodeId, type Offset, type Snapshot,
} from '../../raft/mod.js';
import {
  CorruptionError, decodeRecordBatches, encodeRecordBatch, fsyncEveryAppend, Log, readChecksummedFile,
  writeChecksummedFile, type DecodedRecord, type DecodedRecordBatch, type Disk, type LogClock,
} from '../../storage/mod.js';

/** What recovery found on disk, ready for RaftCore's `restored` option. */
export interface RecoveredLog {
  readonly snapshot: Snapshot | null;
  /** Entries after the snapshot, consecutive. */
  readonly entries: readonly Entry[];
  /** Bytes of a torn tail that recovery cut off. */
  readonly tornBytes: number;
}

/** Small segments, so that snapshots (which move the log start) let old ones be deleted. */
const segmentBytes = 1024 * 1024;
const recoveryReadBytes = 1024 * 1024;
const votersHeaderKey = 'voters';

/**
 * The metadata log needs no wall clock: Raft entries carry timestamp 0, and neither retention
 * by time nor roll by age applies to it (snapshots bound it), so its clock stands still.
 */
const stoppedClock: LogClock = { now: () => 0 };

/** Kafka's control record types for the control entries (ControlRecordType). */
const controlTypeOfKind = { 'leader-change': 2, 'voters': 6 } as const;

/** One node's Raft log on its disk. Open with `RaftLogStore.open`. */
export class RaftLogStore {
  private readonly packr = new Packr({ useRecords: false, moreTypes: false });

  private constructor(
    private readonly disk: Disk,
    private readonly directory: string,
    private readonly log: Log,
  ) {}

  /** Opens (creating if needed) the log under `dataDirectory` and recovers it. */
  static async open(disk: Disk, dataDirectory: string): Promise<{ store: RaftLogStore; recovered: RecoveredLog }> {
    const directory = `${dataDirectory}/raft-log`;
    await makeDurableDirectory(disk, directory);
    const log = await Log.open({
      disk, directory: `${directory}/__cluster_metadata-0`, clock: stoppedClock,
      config: { ...fsyncEveryAppend, segmentBytes },
    });
    const store = new RaftLogStore(disk, directory, log);
    const recovered = await store.recover();
    return { store, recovered };
  }

  /**
   * Appends entries after the current end; durable (fsynced) on return.
   * Precondition: consecutive offsets.
   */
  async append(entries: readonly Entry[]): Promise<void> {
    if (entries.length === 0) return;
    const first = entries[0] as Entry;
    const last = entries[entries.length - 1] as Entry;
    if (first.offset !== this.log.logEndOffset && this.log.logStartOffset === this.log.logEndOffset) {
      // An empty log (after a snapshot) continues wherever the next entry is.
      await this.log.truncateFullyAndStartAt(first.offset);
    }
    assert.equal(first.offset, this.log.logEndOffset, 'appends continue the log');
    const result = await this.log.append(encodeEntries(entries), { assignOffsets: false });
    assert.ok(result.flushed, 'the metadata log fsyncs every append before it is acknowledged');
    assert.equal(result.batchCount, entries.length, 'one batch per entry');
    assert.equal(result.lastOffset, last.offset, 'the log ends after the last entry');
  }

  /** Drops entries at offsets >= `endOffset`; durable on return. */
  async truncate(endOffset: Offset): Promise<void> {
    const endBefore = this.log.logEndOffset;
    const end = await this.log.truncateTo(endOffset);
    // One entry per batch, so storage never cuts below the requested end.
    assert.equal(end, Math.min(endOffset, endBefore), 'truncation keeps every entry below its offset');
    assert.equal(this.log.logEndOffset, end, 'the log ends where truncation says');
  }

  /** Stores a snapshot durably (atomic, checksummed). */
  async saveSnapshot(snapshot: Snapshot): Promise<void> {
    const body = this.packr.pack({ o: snapshot.id.offset, e: snapshot.id.epoch, v: snapshot.voters, d: snapshot.data });
    await writeChecksummedFile(this.disk, `${this.directory}/snapshot`, body.slice());
  }

  /**
   * The log now starts at `startOffset` (after a snapshot): segments wholly below it are
   * deleted; if the start is at or past the last entry, the log is emptied and the next append
   * goes there.
   */
  async startAt(startOffset: Offset): Promise<void> {
    const startBefore = this.log.logStartOffset;
    if (startOffset >= this.log.logEndOffset) {
      if (this.log.logStartOffset !== startOffset || this.log.logEndOffset !== startOffset) {
        await this.log.truncateFullyAndStartAt(startOffset);
      }
    } else if (startOffset > this.log.logStartOffset) {
      await this.log.deleteRecordsBefore(startOffset);
    }
    // A start below the current one (never expected) changes nothing rather than failing.
    assert.ok(this.log.logStartOffset <= Math.max(startOffset, startBefore), 'the log start moves only up to the new start');
    assert.ok(this.log.logStartOffset <= this.log.logEndOffset, 'the log start is within the log');
  }

  async close(): Promise<void> {
    await this.log.close();
  }

  private async recover(): Promise<RecoveredLog> {
    const snapshot = await this.loadSnapshot();
    const entries: Entry[] = [];
    let next = this.log.logStartOffset;
    while (next < this.log.logEndOffset) {
      const read = await this.log.read(next, { maxBytes: recoveryReadBytes });
      assert.ok(read.batchCount > 0, 'a read inside the log returns a batch');
      for (const batch of decodeRecordBatches(read.records)) entries.push(decodeEntry(batch, this.log));
      next = read.nextOffset;
    }
    const startOffset = snapshot?.id.offset ?? 0;
    return {
      snapshot,
      entries: entries.filter((entry) => entry.offset >= startOffset),
      tornBytes: this.log.recovery.truncatedBytes,
    };
  }

  private async loadSnapshot(): Promise<Snapshot | null> {
    const contents = await readChecksummedFile(this.disk, `${this.directory}/snapshot`);
    if (contents === undefined) return null;
    const value = new Unpackr({ useRecords: false, moreTypes: false }).unpack(contents) as
      { o: number; e: number; v: number[]; d: Uint8Array };
    return { id: { offset: offset(value.o), epoch: epoch(value.e) }, voters: value.v.map(nodeId), data: value.d };
  }
}

/** The record batches of `entries`, one per entry, back to back. */
function encodeEntries(entries: readonly Entry[]): Uint8Array {
  const batches = entries.map(encodeEntry);
  const bytes = new Uint8Array(batches.reduce((sum, batch) => sum + batch.length, 0));
  let position = 0;
  for (const batch of batches) {
    bytes.set(batch, position);
    position += batch.length;
  }
  assert.equal(position, bytes.length, 'the batches fill the buffer');
  return bytes;
}

function encodeEntry(entry: Entry): Uint8Array {
  assert.ok(entry.epoch >= 0, 'an entry has an epoch');
  assert.equal(entry.voters !== undefined, entry.kind === 'voters', 'only voters entries name voters');
  const kind = entry.kind;
  switch (kind) {
    case 'data':
      return encodeRecordBatch({
        records: [{ value: entry.payload, timestampMs: 0 }],
        baseOffset: entry.offset, partitionLeaderEpoch: entry.epoch,
      });
    case 'leader-change':
    case 'voters':
      return encodeRecordBatch({
        records: [{
          key: controlKey(controlTypeOfKind[kind]), value: entry.payload, timestampMs: 0,
          headers: entry.voters === undefined
            ? [] : [{ key: votersHeaderKey, value: encodeVoters(entry.voters) }],
        }],
        baseOffset: entry.offset, partitionLeaderEpoch: entry.epoch, isControl: true,
      });
    default: {
      const unexpected: never = kind;
      assert.fail(`an entry kind is known: ${String(unexpected)}`);
    }
  }
}

/**
 * The entry stored in `batch`. Storage has checked its CRC and epoch; a batch that is sound to
 * storage but is not an entry this store writes (one record, a known control type) is
 * corruption all the same, and refused.
 */
function decodeEntry(batch: DecodedRecordBatch, log: Log): Entry {
  const { header, records } = batch;
  const record = records[0] as DecodedRecord;
  if (records.length !== 1 || header.lastOffsetDelta !== 0) {
    throw notAnEntry(log, header.baseOffset, 'batch size');
  }
  const base = {
    offset: offset(header.baseOffset), epoch: epoch(header.partitionLeaderEpoch),
    payload: record.value ?? new Uint8Array(0),
  };
  if (!header.isControl) return { ...base, kind: 'data' };
  const kind = kindOfControlKey(record.key);
  if (kind === undefined) throw notAnEntry(log, header.baseOffset, 'control type');
  if (kind === 'leader-change') return { ...base, kind };
  const voters = record.headers.find((candidate) => candidate.key === votersHeaderKey)?.value;
  if (voters === undefined || voters === null) throw notAnEntry(log, header.baseOffset, 'voters header');
  return { ...base, kind, voters: decodeVoters(voters) };
}

function controlKey(type: number): Uint8Array {
  const key = new Uint8Array(4);
  new DataView(key.buffer).setInt16(2, type); // version 0, then the type
  return key;
}

function kindOfControlKey(key: Uint8Array | null): Exclude<EntryKind, 'data'> | undefined {
  if (key === null || key.length !== 4) return undefined;
  const view = new DataView(key.buffer, key.byteOffset, key.byteLength);
  if (view.getInt16(0) !== 0) return undefined;
  const type = view.getInt16(2);
  if (type === controlTypeOfKind['leader-change']) return 'leader-change';
  if (type === controlTypeOfKind.voters) return 'voters';
  return undefined;
}

function encodeVoters(voters: readonly NodeId[]): Uint8Array {
  const bytes = new Uint8Array(4 * voters.length);
  const view = new DataView(bytes.buffer);
  voters.forEach((voter, voterIndex) => view.setInt32(4 * voterIndex, voter));
  return bytes;
}

function decodeVoters(bytes: Uint8Array): NodeId[] {
  assert.equal(bytes.length % 4, 0, 'voter ids are int32s');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return Array.from({ length: bytes.length / 4 }, (_, voterIndex) => nodeId(view.getInt32(4 * voterIndex)));
}

function notAnEntry(log: Log, batchOffset: number, what: string): CorruptionError {
  const message = `Cannot recover the Raft log: batch at offset ${batchOffset} is not an entry: ${what}`;
  return new CorruptionError(message, log.directory, batchOffset, 'bad-length');
}
