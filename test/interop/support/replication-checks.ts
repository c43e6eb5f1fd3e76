// The replication tests' verdicts on what the clients saw, against the partition logs read back
// at the end (pure; each returns the problems found, empty when all is well, so a failure lists
// every offending record rather than the first):
// - lostOrMoved: an acknowledged record (acks=all) is missing, at another offset than its
//   acknowledgement said, or present again where the client cannot explain it - Jepsen's "lost"
//   and "duplicated". The producer sends with retries=0, yet librdkafka resends a batch answered
//   NOT_LEADER_OR_FOLLOWER without counting it as a retry (it takes that error to mean "not
//   written"); a leader whose acks=all wait ends because leadership moved answers exactly that,
//   as Kafka's does, although the batch may already be on the new leader. Such a copy lies at a
//   lower offset than the acknowledged one and is acknowledged to nobody: it is counted apart
//   (retriedCopies), as issue 11 asks, and is not a problem;
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

/** The verdict on the acknowledged records: the problems, and the earlier copies a client resend explains. */
export interface AcknowledgedVerdict {
  readonly problems: string[];
  readonly retriedCopies: string[];
}

/** Acknowledged records that are not in `log` at their acknowledged offset, or present again unexplained. */
export function lostOrMoved(log: FinalLog, acknowledged: readonly Acknowledged[]): AcknowledgedVerdict {
  const places = new Map<string, Array<{ partition: number; offset: number }>>();
  for (const [partition, offsets] of log) {
    for (const [offset, value] of offsets) {
      if (value !== null) places.set(value, [...(places.get(value) ?? []), { partition, offset }]);
    }
  }
  const claimed = new Map<string, string>();
  for (const ack of acknowledged) claimed.set(`${ack.partition}@${ack.offset}`, ack.value);
  const problems: string[] = [];
  const retriedCopies: string[] = [];
  for (const ack of acknowledged) {
    const place = `${ack.partition}@${ack.offset}`;
    if (claimed.get(place) !== ack.value) problems.push(`${ack.value} and ${String(claimed.get(place))} were both acknowledged at ${place}`);
    const found = places.get(ack.value) ?? [];
    if (!found.some((copy) => copy.partition === ack.partition && copy.offset === ack.offset)) {
      problems.push(found.length === 0 ? `${ack.value} acknowledged at ${place} is lost`
        : `${ack.value} acknowledged at ${place} is at ${found.map((copy) => `${copy.partition}@${copy.offset}`).join(', ')}`);
      continue;
    }
    for (const copy of found) {
      if (copy.partition === ack.partition && copy.offset === ack.offset) continue;
      const where = `${copy.partition}@${copy.offset}`;
      const explained = copy.partition === ack.partition && copy.offset < ack.offset && !claimed.has(where);
      (explained ? retriedCopies : problems).push(`${ack.value} acknowledged at ${place} is also at ${where}`);
    }
  }
  return { problems, retriedCopies };
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
