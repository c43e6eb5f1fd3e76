// ListOffsets with timestamp -3 (MAX_TIMESTAMP, KIP-734): the offset and timestamp of the first
// record holding the largest timestamp below the high watermark. The log keeps no running
// maximum, so this scans batch headers (each batch stores its max timestamp) and decodes only
// the winning batch to find the record. Linear in the log; the request is rare (admin tools).
import { batchBytesOf, decodeRecordBatch, readBatchHeader } from '../../../storage/mod.js';
import type { Partition } from './partition.js';

const scanChunkBytes = 1024 * 1024;

/** The record with the largest timestamp (the first such), or undefined for an empty log. */
export async function findMaxTimestamp(partition: Partition):
  Promise<{ offset: number; timestampMs: number } | undefined> {
  let best: { batch: Uint8Array; maxTimestampMs: number } | undefined;
  for await (const chunk of partition.scanBatches(scanChunkBytes)) {
    let position = 0;
    while (position < chunk.length) {
      const header = readBatchHeader(chunk, position);
      const batchBytes = batchBytesOf(header);
      if (!header.isControl && (best === undefined || header.maxTimestampMs > best.maxTimestampMs)) {
        best = { batch: chunk.slice(position, position + batchBytes), maxTimestampMs: header.maxTimestampMs };
      }
      position += batchBytes;
    }
  }
  if (best === undefined) return undefined;
  const decoded = decodeRecordBatch(best.batch, 0, { verifyCrc: false });
  const winner = decoded.records.find((record) => record.timestampMs === best.maxTimestampMs) ?? decoded.records[0];
  if (winner === undefined) return undefined;
  return { offset: winner.offset, timestampMs: winner.timestampMs };
}
