// The three requests the simulated Kafka clients send, built with the generated wire types, and
// the reading of their answers into history facts. Part of sim/kafka/. Versions are ones real
// clients send (research/kafka-protocol.md): CreateTopics v5; Produce v3 (the oldest the node
// takes), v9 (the first flexible one) and v11; Fetch v4 (kafka-python's era) and v12 (the last
// by topic name). Each client uses one of them, so old and flexible codecs are both on the path:
// every request is pinned to its version (the client's ApiVersions handshake must offer it).
// Requests go through the one Kafka client of src/net/kafka-client/ (`KafkaSend`).
import {
  batchLogOverheadBytes, decodeRecordBatch, encodeRecordBatch, RecordBatchError,
} from '../../storage/mod.js';
import { ApiKey, ErrorCode, type TopicName } from '../../src/protocol/mod.js';
import {
  createCreateTopicsRequest, createCreateTopicsRequestCreatableTopic, createCreateTopicsRequestCreatableTopicConfig,
  type CreateTopicsResponse,
} from '../../src/protocol/generated/messages/create-topics.js';
import {
  createFetchRequest, createFetchRequestFetchPartition, createFetchRequestFetchTopic, type FetchResponse,
} from '../../src/protocol/generated/messages/fetch.js';
import {
  createProduceRequest, createProduceRequestPartitionProduceData, createProduceRequestTopicProduceData,
  type ProduceResponse,
} from '../../src/protocol/generated/messages/produce.js';
import type { ClientOutcome, ClientRequest } from '../../src/net/kafka-client/kafka-client.js';
import type { ReadRecord } from '../checkers/kafka-queue.js';

/** Sends one request to the node the workload talks to (a KafkaClient bound to its address). */
export type KafkaSend = <Body extends object>(request: ClientRequest) => Promise<ClientOutcome<Body>>;

/** A request of `apiKey` in exactly `version`, with its body and timeout. */
export function pinned(apiKey: number, version: number, body: object, timeoutMs: number): ClientRequest {
  return { apiKey, body, timeoutMs, versions: { lowestVersion: version, highestVersion: version } };
}

export const createTopicsVersion = 5;
/** Produce versions the producers use, by producer number (1-based, wrapping). */
export const produceVersions: readonly number[] = [9, 3, 11];
/** Fetch versions the consumers use, by consumer number (1-based, wrapping). */
export const fetchVersions: readonly number[] = [12, 4];

/** A topic of the workload. */
export interface WorkloadTopic {
  readonly name: string;
  readonly partitions: number;
}

/** One partition, as the history names it: "topic/partition". */
export interface TopicPartition {
  readonly topic: string;
  readonly partition: number;
  readonly key: string;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Creates `topics`; true when every one exists now (created, or TOPIC_ALREADY_EXISTS). */
export async function createTopics(send: KafkaSend, topics: readonly WorkloadTopic[],
  options: { flushEveryMessage: boolean; timeoutMs: number; replicationFactor?: number;
    configs?: ReadonlyArray<readonly [string, string]> }): Promise<boolean> {
  const pairs: Array<readonly [string, string]> = [...(options.flushEveryMessage ? [['flush.messages', '1'] as const] : []),
    ...(options.configs ?? [])];
  const configs = pairs.map(([name, value]) => createCreateTopicsRequestCreatableTopicConfig({ name, value }));
  const body = createCreateTopicsRequest({
    timeoutMs: options.timeoutMs,
    topics: topics.map((topic) => createCreateTopicsRequestCreatableTopic({
      name: topic.name as TopicName, numPartitions: topic.partitions, replicationFactor: options.replicationFactor ?? 1, configs })),
  });
  const outcome = await send<CreateTopicsResponse>(pinned(ApiKey.CreateTopics, createTopicsVersion, body, options.timeoutMs));
  if (outcome.kind !== 'response') return false;
  return outcome.body.topics.every((topic) =>
    topic.errorCode === ErrorCode.NONE || topic.errorCode === ErrorCode.TOPIC_ALREADY_EXISTS);
}

/** How a produce ended, in history terms. */
export type ProduceResult =
  | { readonly kind: 'acknowledged'; readonly baseOffset: number }
  | { readonly kind: 'failed'; readonly errorCode: number }
  | { readonly kind: 'indeterminate'; readonly why: string; readonly errorCode?: number };

/**
 * Errors after which the batch was certainly not appended: the request was refused before the
 * log saw it. Any other error (a timeout waiting for the high watermark, a storage error) leaves
 * the append open, so it is indeterminate.
 */
const definiteRefusals: ReadonlySet<number> = new Set([
  ErrorCode.CORRUPT_MESSAGE, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, ErrorCode.LEADER_NOT_AVAILABLE,
  ErrorCode.NOT_LEADER_OR_FOLLOWER, ErrorCode.MESSAGE_TOO_LARGE, ErrorCode.NOT_ENOUGH_REPLICAS,
  ErrorCode.INVALID_REQUIRED_ACKS, ErrorCode.INVALID_TIMESTAMP, ErrorCode.INVALID_RECORD,
]);

/**
 * Sends `values` as one record batch to one partition and classifies the answer. With acks=0 the
 * broker never answers: the outcome is indeterminate once the request is written. With
 * `notLeaderIsOpen` (a replicated partition) NOT_LEADER_OR_FOLLOWER leaves the append open: a
 * leader that loses its leadership while the batch waits for the ISR answers it after appending.
 */
export async function produce(send: KafkaSend, target: TopicPartition, values: readonly string[],
  options: { acks: 0 | 1 | -1; timestampMs: number; timeoutMs: number; version: number; notLeaderIsOpen?: boolean }):
  Promise<ProduceResult> {
  const records = encodeRecordBatch({
    records: values.map((value) => ({ value: encoder.encode(value), timestampMs: options.timestampMs })),
  });
  const body = createProduceRequest({
    acks: options.acks,
    timeoutMs: options.timeoutMs,
    topicData: [createProduceRequestTopicProduceData({ name: target.topic as TopicName,
      partitionData: [createProduceRequestPartitionProduceData({ index: target.partition, records })] })],
  });
  const outcome = await send<ProduceResponse>({ ...pinned(ApiKey.Produce, options.version, body, options.timeoutMs),
    expectResponse: options.acks !== 0 });
  if (outcome.kind !== 'response') return { kind: 'indeterminate', why: outcome.kind };
  const answer = outcome.body.responses[0]?.partitionResponses[0];
  if (answer === undefined) return { kind: 'indeterminate', why: 'no partition in the answer' };
  if (answer.errorCode === ErrorCode.NONE) return { kind: 'acknowledged', baseOffset: Number(answer.baseOffset) };
  const open = options.notLeaderIsOpen === true && answer.errorCode === ErrorCode.NOT_LEADER_OR_FOLLOWER;
  if (definiteRefusals.has(answer.errorCode) && !open) return { kind: 'failed', errorCode: answer.errorCode };
  return { kind: 'indeterminate', why: `error ${answer.errorCode}`, errorCode: answer.errorCode };
}

/** What one Fetch of one partition returned. */
export type FetchResult =
  | { readonly kind: 'records'; readonly records: ReadRecord[]; readonly highWatermark: number }
  /** `logStartOffset` is the partition's log start when the answer gave one (Fetch v5+), else -1. */
  | { readonly kind: 'error'; readonly errorCode: number; readonly logStartOffset: number }
  /** The node served a batch whose CRC does not match: corruption that reached a client. */
  | { readonly kind: 'corrupt'; readonly message: string }
  | { readonly kind: 'no-answer' };

/** Fetches one partition from `fetchOffset`, long-polling up to `maxWaitMs`. */
export async function fetch(send: KafkaSend, target: TopicPartition, fetchOffset: number,
  options: { maxWaitMs: number; partitionMaxBytes: number; timeoutMs: number; version: number }): Promise<FetchResult> {
  const body = createFetchRequest({
    maxWaitMs: options.maxWaitMs,
    minBytes: 1,
    maxBytes: options.partitionMaxBytes,
    topics: [createFetchRequestFetchTopic({ topic: target.topic as TopicName, partitions: [
      createFetchRequestFetchPartition({ partition: target.partition, fetchOffset: BigInt(fetchOffset),
        partitionMaxBytes: options.partitionMaxBytes })] })],
  });
  const outcome = await send<FetchResponse>(pinned(ApiKey.Fetch, options.version, body, options.timeoutMs));
  if (outcome.kind !== 'response') return { kind: 'no-answer' };
  if (outcome.body.errorCode !== ErrorCode.NONE) return { kind: 'error', errorCode: outcome.body.errorCode, logStartOffset: -1 };
  const answer = outcome.body.responses[0]?.partitions[0];
  if (answer === undefined) return { kind: 'no-answer' };
  if (answer.errorCode !== ErrorCode.NONE) {
    return { kind: 'error', errorCode: answer.errorCode, logStartOffset: Number(answer.logStartOffset) };
  }
  let records: ReadRecord[];
  try {
    records = recordsFrom(answer.records ?? new Uint8Array(0), fetchOffset);
  } catch (error) {
    if (!(error instanceof RecordBatchError)) throw error;
    return { kind: 'corrupt', message: error.message };
  }
  return { kind: 'records', records, highWatermark: Number(answer.highWatermark) };
}

/**
 * The records of concatenated batches at or after `fetchOffset`, as a consumer reads them: a
 * batch that starts before the fetch offset is served whole, and a last batch cut short by the
 * byte limit is ignored (both are allowed by the protocol). CRCs are checked.
 */
export function recordsFrom(bytes: Uint8Array, fetchOffset: number): ReadRecord[] {
  const records: ReadRecord[] = [];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let position = 0;
  while (position + batchLogOverheadBytes <= bytes.length) {
    const batchBytes = batchLogOverheadBytes + view.getInt32(position + 8);
    if (position + batchBytes > bytes.length) break;
    const batch = decodeRecordBatch(bytes, position);
    for (const record of batch.records) {
      if (record.offset < fetchOffset || batch.header.isControl) continue;
      records.push({ offset: record.offset, value: record.value === null ? '<null>' : decoder.decode(record.value) });
    }
    position += batchBytes;
  }
  return records;
}
