// The record routes of the HTTP admin API (src/http/): read one partition from an offset, a time
// or the beginning, and write records. Keys, values and header values travel as UTF-8 text, as
// the console and curl show them.
import { AdminError } from '../admin/admin-error.js';
import type { AdminSession } from '../admin/admin-session.js';
import { BatchingProducer, partitionCountOf } from '../admin/batching-producer.js';
import { readTopic } from '../admin/metadata-reads.js';
import { fetchRound, startPositions, type StartAt } from '../admin/record-reader.js';

/** The query of GET /v1/topics/:topic/records (validated by its schema). */
export interface RecordsQuery {
  readonly partition: number;
  readonly offset?: number;
  readonly timestamp?: number;
  readonly limit: number;
}

/** The body of POST /v1/topics/:topic/records (validated by its schema). */
export interface ProduceBody {
  readonly records: ReadonlyArray<{
    readonly key?: string | null; readonly value: string | null;
    readonly headers?: Record<string, string | null>; readonly partition?: number;
  }>;
}

const decoder = new TextDecoder();
const encoder = new TextEncoder();
const text = (bytes: Uint8Array | null): string | null => bytes === null ? null : decoder.decode(bytes);
const bytes = (value: string | null | undefined): Uint8Array | null => value === null || value === undefined ? null : encoder.encode(value);

/** Rounds of Fetch per read: enough to pass small batches, bounded so a request always ends. */
const ROUNDS_MAX = 10;

/** Reads up to `limit` records of one partition, and says where the next read would start. */
export async function readRecords(session: AdminSession, topic: string, query: RecordsQuery): Promise<object> {
  const metadata = await readTopic(session, topic);
  if (!metadata.partitions.some((partition) => partition.partitionIndex === query.partition)) {
    throw new AdminError(`Cannot read ${topic}/${query.partition}: the topic has ${metadata.partitions.length} partitions`, 'not-found');
  }
  const start: StartAt = query.offset !== undefined ? { kind: 'offset', offset: query.offset }
    : query.timestamp !== undefined ? { kind: 'timestamp', timestampMs: query.timestamp } : { kind: 'beginning' };
  const positions = await startPositions(session, topic, [query.partition], start);
  const records: object[] = [];
  let highWatermark = 0;
  for (let round = 0; round < ROUNDS_MAX && records.length < query.limit; round += 1) {
    const fetched = await fetchRound(session, topic, positions, { maxWaitMs: 0, limit: query.limit - records.length });
    highWatermark = fetched.highWatermarks.get(query.partition) ?? highWatermark;
    records.push(...fetched.records.map(({ partition, record }) => ({
      partition, offset: record.offset, timestamp: record.timestampMs, key: text(record.key), value: text(record.value),
      headers: Object.fromEntries(record.headers.map((header) => [header.key, text(header.value)])),
    })));
    if ((positions.get(query.partition) ?? 0) >= highWatermark) break;
  }
  return { topic, partition: query.partition, records, nextOffset: positions.get(query.partition) ?? null, highWatermark };
}

/** Writes `body.records` with acks=all; answers how many went to each partition. */
export async function produceRecords(session: AdminSession, topic: string, body: ProduceBody): Promise<object> {
  const producer = new BatchingProducer(session, topic, { acks: -1, compression: 'none', partitionCount: await partitionCountOf(session, topic) });
  for (const record of body.records) {
    await producer.add({
      key: bytes(record.key), value: bytes(record.value), partition: record.partition ?? null,
      headers: Object.entries(record.headers ?? {}).map(([key, value]) => ({ key, value: bytes(value) })),
    });
  }
  await producer.flushAll();
  return { topic, partitions: Object.fromEntries([...producer.produced].sort(([a], [b]) => a - b)) };
}
