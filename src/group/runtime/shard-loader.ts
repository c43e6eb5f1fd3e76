// Loading a shard (Kafka's CoordinatorLoaderImpl): a broker that becomes leader of an offsets
// partition reads it from its log start to its log end and replays every record into the new
// shard, before the shard serves anything (COORDINATOR_LOAD_IN_PROGRESS meanwhile). The log end,
// not the high watermark: a new leader's log is the truth from now on, and its tail above the
// high watermark will be committed by this leader (or truncated with a later leadership change,
// which unloads the shard); reads wait for it through committed().
//
// Bad input never stops a load: a record without a key, of a kind this Weir does not know, or
// whose bytes the codecs refuse is logged and skipped, as Kafka's loader skips what it cannot
// read; a batch whose records cannot be decoded is skipped whole. Control batches (transaction
// markers) carry no group state and are passed over.
import assert from 'node:assert/strict';
import {
  OffsetOutOfRangeError, checkBatchFrame, decodeRecordBatch, readBatchHeader, type DecodedRecord,
} from '../../../storage/mod.js';
import type { Partition } from '../../broker/partition/partition.js';
import type { Logger } from '../../log/logger.js';
import { decodeGroupRecord, type GroupRecord } from '../group-records.js';

/** What a load needs besides the partition. */
export interface ShardLoadOptions {
  /** offsets.load.buffer.size: bytes read at a time. */
  readonly chunkBytes: number;
  readonly logger: Logger;
  /** Called for every decoded record, in offset order. */
  replay(record: GroupRecord): void;
  /** True once the load is no longer wanted (leadership moved meanwhile): it stops at once. */
  isCancelled(): boolean;
}

/** How a load ended. */
export type ShardLoadOutcome =
  | { readonly kind: 'loaded'; readonly endOffset: number; readonly replayed: number; readonly skipped: number }
  | { readonly kind: 'cancelled' };

/** Replays `partition` from its log start to the log end it has when the load starts. */
export async function loadShard(partition: Partition, options: ShardLoadOptions): Promise<ShardLoadOutcome> {
  const endOffset = partition.offsets.logEndOffset;
  let offset = partition.offsets.logStartOffset;
  const counts = { replayed: 0, skipped: 0 };
  while (offset < endOffset) {
    if (options.isCancelled()) return { kind: 'cancelled' };
    const read = await partition.read(offset, { maxBytes: options.chunkBytes, minOneBatch: true, upTo: 'log-end' });
    if (read instanceof OffsetOutOfRangeError) {
      // Retention moved the log start past `offset` meanwhile: what is gone is gone from the state too.
      assert.ok(read.logStartOffset > offset, 'a read out of range below the log end is below the log start');
      offset = read.logStartOffset;
      continue;
    }
    if (read.records.length === 0) break;
    const next = replayChunk(read.records, options, counts);
    assert.ok(next > offset, 'a load makes progress');
    offset = next;
  }
  if (options.isCancelled()) return { kind: 'cancelled' };
  return { kind: 'loaded', endOffset, ...counts };
}

/** Replays the batches of one read; returns the offset after the last of them. */
function replayChunk(bytes: Uint8Array, options: ShardLoadOptions, counts: { replayed: number; skipped: number }): number {
  let position = 0;
  let nextOffset = -1;
  while (position < bytes.length) {
    const batchBytes = checkBatchFrame(bytes, position);
    const header = readBatchHeader(bytes, position);
    nextOffset = header.baseOffset + header.lastOffsetDelta + 1;
    if (!header.isControl) replayBatch(bytes, position, options, counts);
    position += batchBytes;
  }
  return nextOffset;
}

function replayBatch(bytes: Uint8Array, position: number, options: ShardLoadOptions,
  counts: { replayed: number; skipped: number }): void {
  let records: readonly DecodedRecord[];
  try {
    records = decodeRecordBatch(bytes, position).records;
  } catch (error) {
    if (error instanceof assert.AssertionError) throw error;
    counts.skipped += 1;
    options.logger.warn('skipped an offsets batch that cannot be decoded', { position, error: String(error) });
    return;
  }
  for (const record of records) {
    const decoded = decodeStored(record, options.logger);
    if (decoded === undefined) {
      counts.skipped += 1;
      continue;
    }
    options.replay(decoded);
    counts.replayed += 1;
  }
}

/** The group record stored at `record`, or undefined (logged) when it cannot be read. */
function decodeStored(record: DecodedRecord, logger: Logger): GroupRecord | undefined {
  if (record.key === null) {
    logger.warn('skipped an offsets record without a key', { offset: record.offset });
    return undefined;
  }
  try {
    const decoded = decodeGroupRecord({ key: record.key, value: record.value });
    if (decoded === undefined) logger.info('skipped an offsets record of an unknown kind', { offset: record.offset });
    return decoded;
  } catch (error) {
    if (error instanceof assert.AssertionError) throw error;
    logger.warn('skipped an offsets record that cannot be decoded', { offset: record.offset, error: String(error) });
    return undefined;
  }
}
