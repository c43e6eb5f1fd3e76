// What one replica's partition log holds, read straight from its machine's simulated disk between
// two events: the record batches of its segment files, each as (base offset, last offset, leader
// epoch, CRC). Part of sim/checkers/; the replication invariants (replication-invariants.ts)
// compare replicas batch by batch with it. It reads what running code would read (written bytes,
// synced or not), stops a segment at the first batch that is incomplete or fails its CRC (a
// write still in flight, or a torn tail recovery has not cut yet), and never changes the disk.
import {
  batchCrcMatches, batchLogOverheadBytes, parseSegmentFileName, readBatchHeader, batchHeaderBytes,
} from '../../storage/mod.js';

/** One record batch of a replica's log, as the replication checkers compare it. */
export interface ReplicaBatch {
  readonly baseOffset: number;
  readonly lastOffset: number;
  readonly leaderEpoch: number;
  /** The batch's stored CRC-32C (checked against its bytes before it is listed). */
  readonly crc: number;
}

/** The synchronous view of a disk the checkers need (SimDisk has it). */
export interface ReadableDisk {
  namesIn(directory: string): string[];
  contents(path: string): Uint8Array | undefined;
}

/**
 * The whole batches of the log in `directory` (`/data/kafka/<topic>-<partition>`), in offset
 * order. Each segment is read up to its first incomplete or corrupt batch.
 */
export function replicaBatches(disk: ReadableDisk, directory: string): ReplicaBatch[] {
  const segments = disk.namesIn(directory)
    .map((name) => ({ name, parsed: parseSegmentFileName(name) }))
    .filter(({ parsed }) => parsed?.kind === 'log')
    .sort((a, b) => (a.parsed?.baseOffset ?? 0) - (b.parsed?.baseOffset ?? 0));
  const batches: ReplicaBatch[] = [];
  for (const { name } of segments) {
    const bytes = disk.contents(`${directory}/${name}`);
    if (bytes !== undefined) batches.push(...segmentBatches(bytes));
  }
  return batches;
}

function segmentBatches(bytes: Uint8Array): ReplicaBatch[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const batches: ReplicaBatch[] = [];
  let position = 0;
  while (position + batchHeaderBytes <= bytes.length) {
    const batchBytes = batchLogOverheadBytes + view.getInt32(position + 8);
    if (batchBytes < batchHeaderBytes || position + batchBytes > bytes.length) break;
    if (!batchCrcMatches(bytes, position, batchBytes, view)) break;
    const header = readBatchHeader(bytes, position, view);
    batches.push({ baseOffset: header.baseOffset, lastOffset: header.baseOffset + header.lastOffsetDelta,
      leaderEpoch: header.partitionLeaderEpoch, crc: header.crc });
    position += batchBytes;
  }
  return batches;
}
