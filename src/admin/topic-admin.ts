// Topic operations over the Kafka protocol (src/admin/): list, create, delete, grow, alter the
// configs of, and describe a topic, each returning plain data. The `weir topic` verbs print it;
// the HTTP admin API returns it as JSON.
import { ApiKey, ZERO_UUID, nodeId, topicName } from '../protocol/mod.js';
import {
  createCreatePartitionsRequest, createCreatePartitionsRequestCreatePartitionsTopic, type CreatePartitionsResponse,
} from '../protocol/generated/messages/create-partitions.js';
import {
  createCreateTopicsRequest, createCreateTopicsRequestCreatableReplicaAssignment, createCreateTopicsRequestCreatableTopic,
  createCreateTopicsRequestCreatableTopicConfig, type CreateTopicsResponse,
} from '../protocol/generated/messages/create-topics.js';
import {
  createDeleteTopicsRequest, createDeleteTopicsRequestDeleteTopicState, type DeleteTopicsResponse,
} from '../protocol/generated/messages/delete-topics.js';
import {
  createDescribeConfigsRequest, createDescribeConfigsRequestDescribeConfigsResource, type DescribeConfigsResponse,
} from '../protocol/generated/messages/describe-configs.js';
import {
  createIncrementalAlterConfigsRequest, createIncrementalAlterConfigsRequestAlterConfigsResource,
  createIncrementalAlterConfigsRequestAlterableConfig, type IncrementalAlterConfigsResponse,
} from '../protocol/generated/messages/incremental-alter-configs.js';
import { expectNoError, type AdminSession } from './admin-session.js';
import { readMetadata, readTopic } from './metadata-reads.js';
import { EARLIEST_TIMESTAMP, LATEST_TIMESTAMP, readOffsets } from './offset-reads.js';

/** DescribeConfigs' resource type of a topic. */
const TOPIC_RESOURCE_TYPE = 2;
/** DescribeConfigs' config source of a value set on the topic itself. */
const TOPIC_CONFIG_SOURCE = 1;
/** How long the controller may take to carry out a topic change. */
const TIMEOUT_MS = 30_000;

/** A topic in a listing. */
export interface TopicSummary {
  readonly name: string;
  readonly partitions: number;
  readonly internal: boolean;
}

/** One partition of a described topic. */
export interface PartitionDescription {
  readonly partition: number;
  readonly leader: number;
  readonly leaderEpoch: number;
  readonly replicas: readonly number[];
  readonly isr: readonly number[];
  readonly logStartOffset: number | null;
  readonly highWatermark: number | null;
}

/** A described topic: its partitions and the configs set on it. */
export interface TopicDescription {
  readonly name: string;
  readonly topicId: string;
  readonly partitions: readonly PartitionDescription[];
  readonly configs: Readonly<Record<string, string | null>>;
}

/** Every topic with its partition count, sorted by name. */
export async function listTopics(session: AdminSession): Promise<TopicSummary[]> {
  const metadata = await readMetadata(session, null);
  return metadata.topics
    .map((topic) => ({ name: topic.name ?? '', partitions: topic.partitions.length, internal: topic.isInternal }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * Creates a topic; -1 partitions or replicas means the broker's default. With `assignments` (the
 * replicas of each partition, preferred leader first) the partitions and replicas must be -1,
 * as Kafka's CreateTopics asks.
 */
export async function createTopic(session: AdminSession, topic: {
  name: string; partitions: number; replicationFactor: number; configs: ReadonlyArray<readonly [string, string]>;
  assignments?: ReadonlyArray<readonly number[]>;
}): Promise<void> {
  const assignments = (topic.assignments ?? []).map((brokerIds, partitionIndex) =>
    createCreateTopicsRequestCreatableReplicaAssignment({ partitionIndex, brokerIds: brokerIds.map((id) => nodeId(id)) }));
  const response = await session.request<CreateTopicsResponse>({
    apiKey: ApiKey.CreateTopics,
    body: createCreateTopicsRequest({ timeoutMs: TIMEOUT_MS, topics: [createCreateTopicsRequestCreatableTopic({
      name: topicName(topic.name), numPartitions: topic.partitions, replicationFactor: topic.replicationFactor,
      assignments,
      configs: topic.configs.map(([name, value]) => createCreateTopicsRequestCreatableTopicConfig({ name, value })),
    })] }),
  });
  const result = response.topics[0];
  expectNoError(result?.errorCode ?? 0, result?.errorMessage, `create topic "${topic.name}"`);
}

/** Deletes a topic by name. */
export async function deleteTopic(session: AdminSession, name: string): Promise<void> {
  const response = await session.request<DeleteTopicsResponse>({
    apiKey: ApiKey.DeleteTopics,
    // v6 names topics in `topics` (by name or id); older versions in `topicNames`.
    versions: { lowestVersion: 6, highestVersion: 6 },
    body: createDeleteTopicsRequest({ timeoutMs: TIMEOUT_MS,
      topics: [createDeleteTopicsRequestDeleteTopicState({ name: topicName(name), topicId: ZERO_UUID })] }),
  });
  const result = response.responses[0];
  expectNoError(result?.errorCode ?? 0, result?.errorMessage, `delete topic "${name}"`);
}

/** Grows a topic to `count` partitions in all. */
export async function addPartitions(session: AdminSession, name: string, count: number): Promise<void> {
  const response = await session.request<CreatePartitionsResponse>({
    apiKey: ApiKey.CreatePartitions,
    body: createCreatePartitionsRequest({ timeoutMs: TIMEOUT_MS,
      topics: [createCreatePartitionsRequestCreatePartitionsTopic({ name: topicName(name), count, assignments: null })] }),
  });
  const result = response.results[0];
  expectNoError(result?.errorCode ?? 0, result?.errorMessage, `add partitions to "${name}"`);
}

/** Sets and resets (back to the broker's default) configs of a topic, in one request. */
export async function alterTopicConfigs(session: AdminSession, name: string, change: {
  set: ReadonlyArray<readonly [string, string]>; reset: readonly string[];
}): Promise<void> {
  const configs = [
    ...change.set.map(([key, value]) => createIncrementalAlterConfigsRequestAlterableConfig({ name: key, configOperation: 0, value })),
    ...change.reset.map((key) => createIncrementalAlterConfigsRequestAlterableConfig({ name: key, configOperation: 1, value: null })),
  ];
  const response = await session.request<IncrementalAlterConfigsResponse>({
    apiKey: ApiKey.IncrementalAlterConfigs,
    body: createIncrementalAlterConfigsRequest({ resources: [createIncrementalAlterConfigsRequestAlterConfigsResource({
      resourceType: TOPIC_RESOURCE_TYPE, resourceName: name, configs })] }),
  });
  const result = response.responses[0];
  expectNoError(result?.errorCode ?? 0, result?.errorMessage, `alter the configs of "${name}"`);
}

/**
 * A topic's partitions, each with its leader, replicas, in-sync replicas, log start offset and
 * high watermark (ListOffsets at the earliest and latest timestamps), and the configs set on the
 * topic itself (DescribeConfigs entries whose source is the topic), as kafka-topics --describe.
 */
export async function describeTopic(session: AdminSession, name: string): Promise<TopicDescription> {
  const topic = await readTopic(session, name);
  const indexes = topic.partitions.map((partition) => partition.partitionIndex).sort((a, b) => a - b);
  const [logStarts, highWatermarks, configs] = await Promise.all([
    readOffsets(session, name, indexes, EARLIEST_TIMESTAMP),
    readOffsets(session, name, indexes, LATEST_TIMESTAMP),
    readTopicConfigs(session, name),
  ]);
  const partitions = [...topic.partitions].sort((a, b) => a.partitionIndex - b.partitionIndex).map((partition) => ({
    partition: partition.partitionIndex,
    leader: partition.leaderId,
    leaderEpoch: partition.leaderEpoch,
    replicas: partition.replicaNodes,
    isr: partition.isrNodes,
    logStartOffset: logStarts.get(partition.partitionIndex) ?? null,
    highWatermark: highWatermarks.get(partition.partitionIndex) ?? null,
  }));
  return { name, topicId: topic.topicId, partitions, configs };
}

/** The configs set on the topic itself, by name in name order. */
export async function readTopicConfigs(session: AdminSession, name: string): Promise<Record<string, string | null>> {
  const response = await session.request<DescribeConfigsResponse>({
    apiKey: ApiKey.DescribeConfigs,
    // v1+ reports each value's source.
    versions: { lowestVersion: 1, highestVersion: 4 },
    body: createDescribeConfigsRequest({ resources: [createDescribeConfigsRequestDescribeConfigsResource({
      resourceType: TOPIC_RESOURCE_TYPE, resourceName: name, configurationKeys: null })] }),
  });
  const result = response.results[0];
  expectNoError(result?.errorCode ?? 0, result?.errorMessage, `describe the configs of "${name}"`);
  const own = (result?.configs ?? []).filter((config) => config.configSource === TOPIC_CONFIG_SOURCE);
  return Object.fromEntries(own.map((config) => [config.name, config.value]).sort(([a], [b]) => String(a).localeCompare(String(b))));
}
