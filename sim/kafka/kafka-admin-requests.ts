// The admin requests of the Kafka workload, built with the generated wire types, and the reading
// of their answers into history facts. Part of sim/kafka/. The admin client sends them while the
// producers and consumers run: DeleteTopics v6, CreatePartitions v3 and IncrementalAlterConfigs
// v1 on scratch topics of their own (so the queue checker's topics keep their guarantees),
// DeleteRecords v2 on a queue topic (moving its log start), and Metadata v12 for every topic.
// Each answer is one of three outcomes, as for produce: done, refused (definitely not done), or
// indeterminate (no answer, or an error that leaves the change open).
import { ApiKey, ErrorCode, type TopicName } from '../../src/protocol/mod.js';
import {
  createCreatePartitionsRequest, createCreatePartitionsRequestCreatePartitionsTopic, type CreatePartitionsResponse,
} from '../../src/protocol/generated/messages/create-partitions.js';
import {
  createDeleteRecordsRequest, createDeleteRecordsRequestDeleteRecordsPartition, createDeleteRecordsRequestDeleteRecordsTopic,
  type DeleteRecordsResponse,
} from '../../src/protocol/generated/messages/delete-records.js';
import {
  createDeleteTopicsRequest, createDeleteTopicsRequestDeleteTopicState, type DeleteTopicsResponse,
} from '../../src/protocol/generated/messages/delete-topics.js';
import {
  createIncrementalAlterConfigsRequest, createIncrementalAlterConfigsRequestAlterableConfig,
  createIncrementalAlterConfigsRequestAlterConfigsResource, type IncrementalAlterConfigsResponse,
} from '../../src/protocol/generated/messages/incremental-alter-configs.js';
import { createMetadataRequest, type MetadataResponse } from '../../src/protocol/generated/messages/metadata.js';
import { pinned, type KafkaSend } from './kafka-requests.js';

export const deleteTopicsVersion = 6;
export const createPartitionsVersion = 3;
export const incrementalAlterConfigsVersion = 1;
export const deleteRecordsVersion = 2;
export const metadataVersion = 12;

/** How an admin request ended. */
export type AdminOutcome<Value = null> =
  | { readonly kind: 'done'; readonly value: Value }
  | { readonly kind: 'refused'; readonly errorCode: number }
  | { readonly kind: 'indeterminate'; readonly why: string };

/** Errors that mean the request was checked and refused before anything changed. */
const definiteRefusals: ReadonlySet<number> = new Set([
  ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, ErrorCode.INVALID_PARTITIONS, ErrorCode.INVALID_CONFIG,
  ErrorCode.INVALID_REQUEST, ErrorCode.OFFSET_OUT_OF_RANGE, ErrorCode.TOPIC_ALREADY_EXISTS,
  ErrorCode.INVALID_TOPIC_EXCEPTION, ErrorCode.UNKNOWN_TOPIC_ID,
]);

function outcomeOf<Value>(errorCode: number | undefined, value: Value): AdminOutcome<Value> {
  if (errorCode === undefined) return { kind: 'indeterminate', why: 'no result in the answer' };
  if (errorCode === ErrorCode.NONE) return { kind: 'done', value };
  if (definiteRefusals.has(errorCode)) return { kind: 'refused', errorCode };
  return { kind: 'indeterminate', why: `error ${errorCode}` };
}

/** Deletes topic `name`. */
export async function deleteTopic(send: KafkaSend, name: string, timeoutMs: number): Promise<AdminOutcome> {
  const body = createDeleteTopicsRequest({ timeoutMs,
    topics: [createDeleteTopicsRequestDeleteTopicState({ name: name as TopicName })] });
  const outcome = await send<DeleteTopicsResponse>(pinned(ApiKey.DeleteTopics, deleteTopicsVersion, body, timeoutMs));
  if (outcome.kind !== 'response') return { kind: 'indeterminate', why: outcome.kind };
  return outcomeOf(outcome.body.responses[0]?.errorCode, null);
}

/** Grows topic `name` to `count` partitions. */
export async function createPartitions(send: KafkaSend, name: string, count: number, timeoutMs: number):
  Promise<AdminOutcome> {
  const body = createCreatePartitionsRequest({ timeoutMs,
    topics: [createCreatePartitionsRequestCreatePartitionsTopic({ name: name as TopicName, count, assignments: null })] });
  const outcome = await send<CreatePartitionsResponse>(pinned(ApiKey.CreatePartitions, createPartitionsVersion, body, timeoutMs));
  if (outcome.kind !== 'response') return { kind: 'indeterminate', why: outcome.kind };
  return outcomeOf(outcome.body.results[0]?.errorCode, null);
}

/** Kafka's ConfigResource type of a topic, and IncrementalAlterConfigs' SET operation. */
const topicResourceType = 2;
const setOperation = 0;

/** Sets topic configs of `name` (a log config such as segment.bytes reopens its logs). */
export async function alterTopicConfigs(send: KafkaSend, name: string, configs: ReadonlyArray<[string, string]>,
  timeoutMs: number): Promise<AdminOutcome> {
  const body = createIncrementalAlterConfigsRequest({ resources: [createIncrementalAlterConfigsRequestAlterConfigsResource({
    resourceType: topicResourceType, resourceName: name,
    configs: configs.map(([key, value]) => createIncrementalAlterConfigsRequestAlterableConfig({
      name: key, configOperation: setOperation, value })) })] });
  const outcome = await send<IncrementalAlterConfigsResponse>(pinned(ApiKey.IncrementalAlterConfigs,
    incrementalAlterConfigsVersion, body, timeoutMs));
  if (outcome.kind !== 'response') return { kind: 'indeterminate', why: outcome.kind };
  return outcomeOf(outcome.body.responses[0]?.errorCode, null);
}

/** Deletes the records of one partition below `offset`; done gives the new log start offset. */
export async function deleteRecords(send: KafkaSend, target: { topic: string; partition: number }, offset: number,
  timeoutMs: number): Promise<AdminOutcome<number>> {
  const body = createDeleteRecordsRequest({ timeoutMs, topics: [createDeleteRecordsRequestDeleteRecordsTopic({
    name: target.topic as TopicName,
    partitions: [createDeleteRecordsRequestDeleteRecordsPartition({ partitionIndex: target.partition, offset: BigInt(offset) })],
  })] });
  const outcome = await send<DeleteRecordsResponse>(pinned(ApiKey.DeleteRecords, deleteRecordsVersion, body, timeoutMs));
  if (outcome.kind !== 'response') return { kind: 'indeterminate', why: outcome.kind };
  const answer = outcome.body.topics[0]?.partitions[0];
  return outcomeOf(answer?.errorCode, Number(answer?.lowWatermark ?? -1n));
}

/** One topic as a Metadata answer lists it. */
export interface MetadataTopic {
  readonly name: string;
  readonly topicId: string;
  readonly partitionCount: number;
}

/** Asks for the metadata of every topic; null when there was no answer. */
export async function describeTopics(send: KafkaSend, timeoutMs: number): Promise<MetadataTopic[] | null> {
  const body = createMetadataRequest({ topics: null, allowAutoTopicCreation: false });
  const outcome = await send<MetadataResponse>(pinned(ApiKey.Metadata, metadataVersion, body, timeoutMs));
  if (outcome.kind !== 'response') return null;
  return outcome.body.topics.filter((topic) => topic.errorCode === ErrorCode.NONE && topic.name !== null)
    .map((topic) => ({ name: topic.name as string, topicId: topic.topicId, partitionCount: topic.partitions.length }));
}
