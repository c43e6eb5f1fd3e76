// The replication tests' verdicts on what the clients saw, against the partition logs read back
// at the end (pure; each returns the problems found, empty when all is well, so a failure lists
// every offending record rather than the first):
// - lostOrMoved: an acknowledged record (acks=all) is missing, at another offset than its
//   acknowledgement said, or present twice (the producer sends without retries, so a second copy
//   would be the broker's doing) - Jepsen's "lost" and "duplicated";
// - phantomReads: a record a consumer read is not in the final log at the offset it was read at:
//   the consumer saw a record that later disappeared (read above the high watermark, then
//   truncated) - the anomaly simulation.md calls a read of a later-truncated record.
import type { Acknowledged, ReadRecord } from './steady-clients.js';

/** A partition's final log: the value at each offset, from the log start to the high watermark. */
export type FinalLog = ReadonlyMap<number, ReadonlyMap<number, string | null>>;

/** Builds a FinalLog from records read back (partition, offset, value). */
export function finalLogOf(records: ReadonlyArray<{ partition: number; offset: number; value: string | null }>): FinalLog {
  const log = new Map<number, Map<number, string | null>>();
  for (const record of records) {
    const partition = log.get(record.partition) ?? new Map<number, string | null>();
    if (partition.has(record.offset)) throw new Error(`offset ${record.offset} of partition ${record.partition} read back twice`);
    partition.set(record.offset, record.value);
    log.set(record.partition, partition);
  }
  return log;
}

/** Acknowledged records that are not in `log` exactly once at their acknowledged offset. */
export function lostOrMoved(log: FinalLog, acknowledged: readonly Acknowledged[]): string[] {
  const places = new Map<string, string[]>();
  for (const [partition, offsets] of log) {
    for (const [offset, value] of offsets) {
      if (value === null) continue;
      places.set(value, [...(places.get(value) ?? []), `${partition}@${offset}`]);
    }
  }
  const problems: string[] = [];
  const claimed = new Map<string, string>();
  for (const ack of acknowledged) {
    const place = `${ack.partition}@${ack.offset}`;
    const other = claimed.get(place);
    if (other !== undefined) problems.push(`${ack.value} and ${other} were both acknowledged at ${place}`);
    claimed.set(place, ack.value);
    const found = places.get(ack.value) ?? [];
    if (found.length === 0) problems.push(`${ack.value} acknowledged at ${place} is lost`);
    else if (found.length > 1) problems.push(`${ack.value} acknowledged at ${place} is present ${found.length} times: ${found.join(', ')}`);
    else if (found[0] !== place) problems.push(`${ack.value} acknowledged at ${place} is at ${found[0] as string}`);
  }
  return problems;
}

/** Records a consumer read that the final log does not hold at the offset they were read at. */
export function phantomReads(log: FinalLog, reads: readonly ReadRecord[]): string[] {
  const problems: string[] = [];
  for (const read of reads) {
    const value = log.get(read.partition)?.get(read.offset);
    if (value !== read.value) {
      problems.push(`read ${read.value} at ${read.partition}@${read.offset}; the final log has ${String(value)} there`);
    }
  }
  return problems;
}
