// Reads one replica's log of a partition straight from a node's data directory, as Kafka's
// DumpLogSegments tool does: every `<base offset>.log` segment file of `<log dir>/<topic>-<p>`, in
// base-offset order, walked batch by batch through the record batch v2 header (base offset at
// byte 0, batch length at 8, partition leader epoch at 12, CRC-32C at 17 over the bytes from 21,
// last offset delta at 23). The replication tests compare the replicas of a partition by the
// SHA-256 of their batch bytes below the high watermark: a follower appends the leader's batches
// unchanged (offsets, leader epochs, CRCs), so those bytes must be identical on every replica,
// whatever the segment boundaries. Nothing here goes through the node: the files are the truth.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32c } from '../../../storage/mod.js';

/** The first 21 bytes of a v2 batch, up to and including the CRC; the CRC covers what follows. */
const crcCoverageStart = 21;
const batchOverheadBytes = 12;
const smallestBatchBytes = 61;

/** What one replica holds below a high watermark. */
export interface ReplicaPrefix {
  /** SHA-256 (hex) of the batch bytes, segment after segment, of the batches below the high watermark. */
  readonly sha256: string;
  readonly batchCount: number;
  /** The offset after the last whole batch below the high watermark (equals it when covered). */
  readonly endOffset: number;
  /** The leader epochs the batches carry, in log order, each once (where leadership changed). */
  readonly epochs: readonly number[];
}

/** One batch's place in a segment file. */
interface BatchFrame {
  readonly baseOffset: number;
  readonly lastOffset: number;
  readonly leaderEpoch: number;
  readonly bytes: Buffer;
}

function* batchesOf(file: string): Generator<BatchFrame> {
  const data = readFileSync(file);
  let position = 0;
  while (position + batchOverheadBytes <= data.length) {
    const batchBytes = batchOverheadBytes + data.readInt32BE(position + 8);
    // A batch still being written at the tail (the node runs) ends the walk; it is above any
    // high watermark, since the leader counts a batch only once it is whole on every ISR member.
    if (batchBytes < smallestBatchBytes || position + batchBytes > data.length) return;
    const bytes = data.subarray(position, position + batchBytes);
    assert.equal(bytes.readUInt32BE(17), crc32c(bytes.subarray(crcCoverageStart)),
      `CRC of the batch at byte ${position} of "${file}"`);
    const baseOffset = Number(bytes.readBigInt64BE(0));
    yield { baseOffset, lastOffset: baseOffset + bytes.readInt32BE(23), leaderEpoch: bytes.readInt32BE(12), bytes };
    position += batchBytes;
  }
}

/** The segment files of `<dataDirectory>/<topic>-<partition>`, by base offset. */
function segmentFiles(dataDirectory: string, topic: string, partition: number): string[] {
  const directory = join(dataDirectory, `${topic}-${partition}`);
  return readdirSync(directory).filter((name) => /^\d{20}\.log$/.test(name)).sort().map((name) => join(directory, name));
}

/**
 * The batches of one replica below `highWatermark`, read from its segment files. Asserts that
 * the batches run without gaps or overlaps (each starts where the previous one ended).
 */
export function replicaPrefix(dataDirectory: string, options: { topic: string; partition: number; highWatermark: number }):
  ReplicaPrefix {
  const hash = createHash('sha256');
  const epochs: number[] = [];
  let endOffset: number | undefined;
  let batchCount = 0;
  for (const file of segmentFiles(dataDirectory, options.topic, options.partition)) {
    for (const batch of batchesOf(file)) {
      if (batch.lastOffset >= options.highWatermark) break;
      assert.ok(endOffset === undefined || batch.baseOffset === endOffset,
        `batch at offset ${batch.baseOffset} of "${file}" follows offset ${String(endOffset)}`);
      hash.update(batch.bytes);
      if (epochs.at(-1) !== batch.leaderEpoch) epochs.push(batch.leaderEpoch);
      endOffset = batch.lastOffset + 1;
      batchCount += 1;
    }
  }
  return { sha256: hash.digest('hex'), batchCount, endOffset: endOffset ?? 0, epochs };
}
