// The high watermark kept on disk beside a replica's log (Kafka's replication-offset-checkpoint,
// one file per partition here): written by the broker's maintenance tick when it moved, read at
// open. Without it a restarted replicated partition would start its high watermark at the log
// start, and a leader that restarted inside its own epoch would show consumers an empty
// partition until every follower had fetched again. Safe because every value written was a
// high watermark, below which every in-sync replica held the log; at open it is still bounded
// by the recovered log end. A missing or damaged file just means "start at the log start".
import { CorruptionError, readChecksummedFile, writeChecksummedFile } from '../../../storage/mod.js';
import type { Disk } from '../../runtime/seam.js';

const fileName = 'high-watermark-checkpoint';

/** The checkpointed high watermark in `directory`, or undefined when there is none to trust. */
export async function readHighWatermarkCheckpoint(disk: Disk, directory: string): Promise<number | undefined> {
  try {
    const bytes = await readChecksummedFile(disk, `${directory}/${fileName}`);
    if (bytes === undefined) return undefined;
    const value = Number(new TextDecoder().decode(bytes));
    return Number.isSafeInteger(value) && value >= 0 ? value : undefined;
  } catch (error) {
    if (error instanceof CorruptionError) return undefined;
    throw error;
  }
}

/** Replaces the checkpoint in `directory` with `highWatermark` (durable on return). */
export function writeHighWatermarkCheckpoint(disk: Disk, directory: string, highWatermark: number): Promise<void> {
  return writeChecksummedFile(disk, `${directory}/${fileName}`, new TextEncoder().encode(String(highWatermark)));
}
