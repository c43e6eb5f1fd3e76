// Reading records from a topic's partitions over the Kafka protocol (src/admin/), for
// `weir consume` and the HTTP API's record browser: where to start (the log start, the end, an
// offset, the first record at or after a time), then rounds of Fetch from each partition's
// position, each partition's fetch sent to its leader (partition-router.ts). A round returns only whole, CRC-checked batches (a fetch may end in the middle of
// one), skips control batches, and moves each position past what it returned.
import {
  RecordBatchError, batchField, batchLogOverheadBytes, decodeRecordBatch, type DecodedRecord, type DecodedRecordBatch,
} from '../../storage/mod.js';
import { ApiKey, ErrorCode, topicName, type NodeId } from '../protocol/mod.js';
import {
  createFetchRequest, createFetchRequestFetchPartition, createFetchRequestFetchTopic, type FetchResponse,
} from '../protocol/generated/messages/fetch.js';
import { AdminError } from './admin-error.js';
import { expectNoError, type AdminSession } from './admin-session.js';
import { EARLIEST_TIMESTAMP, LATEST_TIMESTAMP, readOffsets } from './offset-reads.js';
import { sendPerLeader } from './partition-router.js';

/** Where reading starts in every chosen partition. */
export type StartAt =
  | { readonly kind: 'beginning' }
  | { readonly kind: 'end' }
  | { readonly kind: 'offset'; readonly offset: number }
  | { readonly kind: 'timestamp'; readonly timestampMs: number };

/** A record with where it came from. */
export interface FetchedRecord {
  readonly topic: string;
  readonly partition: number;
  readonly record: DecodedRecord;
}

/** Per partition: the offset the next round reads from. */
export type Positions = Map<number, number>;

/** What one round of Fetch returned. */
export interface FetchRound {
  /** Partition by partition, offsets ascending. */
  readonly records: readonly FetchedRecord[];
  /** Each partition's high watermark as the leader answered. */
  readonly highWatermarks: ReadonlyMap<number, number>;
}

/** The position of each of `partitions` at `start`. */
export async function startPositions(session: AdminSession, topic: string, partitions: readonly number[],
  start: StartAt): Promise<Positions> {
  switch (start.kind) {
    case 'beginning': return readOffsets(session, topic, partitions, EARLIEST_TIMESTAMP);
    case 'end': return readOffsets(session, topic, partitions, LATEST_TIMESTAMP);
    case 'offset': return new Map(partitions.map((partition) => [partition, start.offset]));
    case 'timestamp': {
      const byTime = await readOffsets(session, topic, partitions, BigInt(start.timestampMs));
      // No record at or after the time: start at the end, as Kafka's consumers do.
      const ends = await readOffsets(session, topic, partitions, LATEST_TIMESTAMP);
      return new Map(partitions.map((partition) => {
        const offset = byTime.get(partition) ?? -1;
        return [partition, offset < 0 ? ends.get(partition) ?? 0 : offset];
      }));
    }
    default: {
      const unexpected: never = start;
      throw new Error(`unexpected start ${JSON.stringify(unexpected)}`);
    }
  }
}

/** One Fetch of every partition in `positions` (long-polling up to `maxWaitMs`), at most `limit` records. */
export async function fetchRound(session: AdminSession, topic: string, positions: Positions,
  options: { maxWaitMs: number; limit: number }): Promise<FetchRound> {
  const answers = await sendPerLeader(session, {
    topic, partitions: [...positions.keys()], retryUnknownOutcome: true,
    build: (led) => ({
      apiKey: ApiKey.Fetch,
      // Up to v12 partitions are named by topic name; v13+ only by topic id.
      versions: { lowestVersion: 4, highestVersion: 12 },
      body: fetchBody(topic, new Map(led.map((partition) => [partition, positions.get(partition) ?? 0])), options.maxWaitMs),
    }),
    answers: (body: FetchResponse) => {
      expectNoError(body.errorCode, null, `fetch from "${topic}"`);
      return body.responses.flatMap((answer) => answer.partitions)
        .map((answer) => ({ partition: answer.partitionIndex, errorCode: answer.errorCode, answer }));
    },
  });
  const records: FetchedRecord[] = [];
  const highWatermarks = new Map<number, number>();
  for (const partition of [...answers.values()].sort((a, b) => a.partition - b.partition).map((entry) => entry.answer)) {
    const where = `${topic}/${partition.partitionIndex}`;
    if (partition.errorCode === ErrorCode.OFFSET_OUT_OF_RANGE) {
      throw new AdminError(`Cannot fetch ${where}: offset ${positions.get(partition.partitionIndex)} is outside the log`, 'invalid',
        'OFFSET_OUT_OF_RANGE');
    }
    expectNoError(partition.errorCode, null, `fetch ${where}`);
    highWatermarks.set(partition.partitionIndex, Number(partition.highWatermark));
    const taken = takeRecords(partition.records, { topic, partition: partition.partitionIndex, positions, left: options.limit - records.length });
    records.push(...taken);
  }
  return { records, highWatermarks };
}

function fetchBody(topic: string, positions: Positions, maxWaitMs: number): object {
  return createFetchRequest({
    replicaId: -1 as NodeId, maxWaitMs, minBytes: 1, maxBytes: 16 * 1024 * 1024, sessionEpoch: -1,
    topics: [createFetchRequestFetchTopic({
      topic: topicName(topic),
      partitions: [...positions].map(([partition, offset]) => createFetchRequestFetchPartition({
        partition, fetchOffset: BigInt(offset), partitionMaxBytes: 1024 * 1024, currentLeaderEpoch: -1,
      })),
    })],
  });
}

/** The records of the whole batches in `bytes` from the partition's position, at most `left`; moves the position. */
function takeRecords(bytes: Uint8Array | null, from: { topic: string; partition: number; positions: Positions; left: number }):
  FetchedRecord[] {
  const taken: FetchedRecord[] = [];
  if (bytes === null) return taken;
  const { topic, partition, positions } = from;
  let at = 0;
  while (at + batchLogOverheadBytes <= bytes.length && taken.length < from.left) {
    const batchBytes = batchLogOverheadBytes + new DataView(bytes.buffer, bytes.byteOffset + at).getInt32(batchField.batchLength);
    if (at + batchBytes > bytes.length) break;
    const batch = decodeChecked(bytes, at, `${topic}/${partition}`);
    const position = positions.get(partition) ?? 0;
    for (const record of batch.header.isControl ? [] : batch.records) {
      if (record.offset < position || taken.length >= from.left) continue;
      taken.push({ topic, partition, record });
      positions.set(partition, record.offset + 1);
    }
    if (taken.length < from.left) positions.set(partition, Math.max(position, batch.header.baseOffset + batch.header.lastOffsetDelta + 1));
    at += batchBytes;
  }
  return taken;
}

/** Decodes the batch at `at`, CRC checked; a damaged one is an error naming where. */
function decodeChecked(bytes: Uint8Array, at: number, where: string): DecodedRecordBatch {
  try {
    return decodeRecordBatch(bytes, at, { verifyCrc: true });
  } catch (error) {
    if (!(error instanceof RecordBatchError)) throw error;
    throw new AdminError(`Cannot read a batch of ${where}: ${error.message}`, 'refused', 'CORRUPT_MESSAGE');
  }
}
