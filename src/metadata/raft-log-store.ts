// The durable Raft metadata log of one node: entries and the latest snapshot. Part of
// src/metadata/. The driver (src/node.ts) appends and fsyncs every entry before it acknowledges
// it, truncates on divergence, and on restart hands everything back to the core's `restored`.
//
// Entries live in a storage/ log (`__cluster_metadata-0`, fsync on every append), as storage/
// mod.ts describes: each Raft entry is one record batch whose base offset is the entry's offset
// and whose partitionLeaderEpoch is its Raft epoch. The record's key names the entry kind, its
// value is the payload, and a `voters` entry carries the voter ids as JSON in a "voters" record
// header. Control entries are control batches. Recovery is storage's: a torn tail is cut; any other flaw is CorruptionError
// and the log is refused (never served, never silently truncated; PAR FAST'18). The snapshot is
// a checksummed atomic file beside the log.
import assert from 'node:assert/strict';
import { Packr, Unpackr } from 'msgpackr';
import { epoch, nodeId, offset, type Entry, type EntryKind, type Offset, type Snapshot } from '../../raft/mod.js';
import {
  decodeRecordBatches, encodeRecordBatch, fsyncEveryAppend, Log, readChecksummedFile,
  writeChecksummedFile, type DecodedRecord, type Disk, type LogClock,
} from '../../storage/mod.js';
import { makeDurableDirectory } from './durable-directory.js';

/** What recovery found on disk, ready for RaftCore's `restored` option. */
export interface RecoveredLog {
  readonly snapshot: Snapshot | null;
  /** Entries after the snapshot, consecutive. */
  readonly entries: readonly Entry[];
  /** Bytes of a torn tail that recovery cut off. */
  readonly tornBytes: number;
}

const kindKeys: Readonly<Record<EntryKind, Uint8Array>> = {
  'data': new TextEncoder().encode('data'),
  'leader-change': new TextEncoder().encode('leader-change'),
  'voters': new TextEncoder().encode('voters'),
};

function kindOf(key: Uint8Array | null): EntryKind {
  const text = key === null ? '' : new TextDecoder().decode(key);
  if (text === 'data' || text === 'leader-change' || text === 'voters') return text;
  assert.fail(`a metadata log record has a known kind, got "${text}"`);
}

const readBytesMax = 1024 * 1024;

/** One node's Raft log on its disk. Open with `RaftLogStore.open`. */
export class RaftLogStore {
  private readonly packr = new Packr({ useRecords: false, moreTypes: false });
  private readonly encoder = new TextEncoder();

  private constructor(
    private readonly disk: Disk,
    private readonly directory: string,
    private readonly log: Log,
  ) {}

  /** Opens (creating if needed) the log under `dataDirectory` and recovers it. */
  static async open(disk: Disk, dataDirectory: string, clock: LogClock): Promise<{ store: RaftLogStore; recovered: RecoveredLog }> {
    await makeDurableDirectory(disk, dataDirectory);
    const directory = `${dataDirectory}/__cluster_metadata-0`;
    const log = await Log.open({ disk, directory, clock, config: { ...fsyncEveryAppend, segmentBytes: 8 * 1024 * 1024 } });
    const store = new RaftLogStore(disk, directory, log);
    const recovered = await store.recover();
    return { store, recovered };
  }

  /** Appends entries after the current end; durable (fsynced) on return. */
  async append(entries: readonly Entry[]): Promise<void> {
    if (entries.length === 0) return;
    const first = entries[0] as Entry;
    if (first.offset !== this.log.logEndOffset && this.log.logStartOffset === this.log.logEndOffset) {
      await this.log.truncateFullyAndStartAt(first.offset);
    }
    assert.equal(first.offset, this.log.logEndOffset, 'appends continue the log');
    const batches = entries.map((entry) => this.encodeEntry(entry));
    const result = await this.log.append(concatenate(batches), { assignOffsets: false });
    assert.ok(result.flushed, 'the metadata log fsyncs every append');
    assert.equal(result.lastOffset, (entries[entries.length - 1] as Entry).offset, 'one batch per entry');
  }

  /** Drops entries at offsets >= `endOffset`; durable on return. */
  async truncate(endOffset: Offset): Promise<void> {
    const end = await this.log.truncateTo(endOffset);
    assert.ok(end <= endOffset, 'truncation never keeps an entry at or past its offset');
  }

  /** Stores a snapshot durably (atomic, checksummed). */
  async saveSnapshot(snapshot: Snapshot): Promise<void> {
    const body = this.packr.pack({ o: snapshot.id.offset, e: snapshot.id.epoch, v: snapshot.voters, d: snapshot.data });
    await writeChecksummedFile(this.disk, `${this.directory}.snapshot`, body.slice());
  }

  /** The log now starts at `startOffset`: entries below may go; an empty log continues there. */
  async startAt(startOffset: Offset): Promise<void> {
    if (startOffset > this.log.logEndOffset) await this.log.truncateFullyAndStartAt(startOffset);
    else if (startOffset > this.log.logStartOffset) await this.log.deleteRecordsBefore(startOffset);
  }

  async close(): Promise<void> {
    await this.log.close();
  }

  private encodeEntry(entry: Entry): Uint8Array {
    const headers = entry.voters === undefined ? [] : [{ key: 'voters', value: this.encoder.encode(JSON.stringify(entry.voters)) }];
    return encodeRecordBatch({
      records: [{ key: kindKeys[entry.kind], value: entry.payload, headers, timestampMs: 0 }],
      baseOffset: entry.offset,
      partitionLeaderEpoch: entry.epoch,
      isControl: entry.kind !== 'data',
    });
  }

  private async recover(): Promise<RecoveredLog> {
    const snapshot = await this.loadSnapshot();
    const entries: Entry[] = [];
    let next = this.log.logStartOffset;
    while (next < this.log.logEndOffset) {
      const read = await this.log.read(next, { maxBytes: readBytesMax });
      assert.ok(read.batchCount > 0, 'a read inside the log returns a batch');
      for (const batch of decodeRecordBatches(read.records)) entries.push(decodeEntry(batch.header.partitionLeaderEpoch, batch.records));
      next = read.nextOffset;
    }
    const startOffset = snapshot?.id.offset ?? 0;
    return {
      snapshot,
      entries: entries.filter((entry) => entry.offset >= startOffset),
      tornBytes: this.log.recovery.truncatedBytes ?? 0,
    };
  }

  private async loadSnapshot(): Promise<Snapshot | null> {
    const contents = await readChecksummedFile(this.disk, `${this.directory}.snapshot`);
    if (contents === undefined) return null;
    const value = new Unpackr({ useRecords: false, moreTypes: false }).unpack(contents) as
      { o: number; e: number; v: number[]; d: Uint8Array };
    return { id: { offset: offset(value.o), epoch: epoch(value.e) }, voters: value.v.map(nodeId), data: value.d };
  }
}

function decodeEntry(batchEpoch: number, records: readonly DecodedRecord[]): Entry {
  assert.equal(records.length, 1, 'a metadata log batch holds one entry');
  const record = records[0] as DecodedRecord;
  const kind = kindOf(record.key);
  const base = { offset: offset(record.offset), epoch: epoch(batchEpoch), kind, payload: record.value ?? new Uint8Array(0) };
  if (kind !== 'voters') return base;
  const header = record.headers.find((candidate) => candidate.key === 'voters');
  assert.ok(header?.value !== undefined && header.value !== null, 'a voters entry names its voters');
  return { ...base, voters: (JSON.parse(new TextDecoder().decode(header.value)) as number[]).map(nodeId) };
}

function concatenate(chunks: readonly Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0] as Uint8Array;
  const total = chunks.reduce((sum, chunk) => sum + chunk.length, 0);
  const bytes = new Uint8Array(total);
  let position = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, position);
    position += chunk.length;
  }
  return bytes;
}
