// CreateTopics (API key 19) as the controller plans it: the rules of Kafka's ControllerApis and
// ReplicationControlManager.createTopics, in their order. A name appearing twice in one request,
// or the metadata topic's name, fails with INVALID_REQUEST; then per topic: an illegal name
// (INVALID_TOPIC_EXCEPTION), an existing topic (TOPIC_ALREADY_EXISTS), a name colliding with
// another through '.' and '_' (INVALID_TOPIC_EXCEPTION), a bad config (INVALID_CONFIG), a manual
// assignment together with a partition count or replication factor (INVALID_REQUEST), a bad
// assignment (INVALID_REPLICA_ASSIGNMENT), a bad replication factor (INVALID_REPLICATION_FACTOR)
// or partition count (INVALID_PARTITIONS). Each topic that passes becomes a TopicRecord, its
// ConfigRecords and its PartitionRecords; all topics of a request commit together in one entry.
import assert from 'node:assert/strict';

import { ErrorCode, ZERO_UUID, type NodeId, type TopicName, type Uuid } from '../protocol/mod.js';
import type {
  CreateTopicsRequest, CreateTopicsRequestCreatableTopic, CreateTopicsResponse,
  CreateTopicsResponseCreatableTopicResult,
} from '../protocol/generated/messages/create-topics.js';
import { createConfigRecord } from '../protocol/generated/metadata/config-record.js';
import { createTopicRecord } from '../protocol/generated/metadata/topic-record.js';
import { ConfigResourceType, type MetadataRecord } from '../metadata/metadata-records.js';
import { newTopicId, refuse, type Plan, type PlanContext, type Refusal, type Rejection } from './controller-plan.js';
import { manualAssignmentProblem, newPartitionRecord, placeReplicas } from './replica-placement.js';
import {
  ConfigSource, topicConfigDefault, topicConfigProblem, topicConfigDefinitions,
} from './topic-configs.js';
import { collisionKey, hasCollisionCharacters, topicNameProblem } from './topic-names.js';

/** The most partitions one request may create (Kafka bounds records per operation likewise). */
export const CREATE_PARTITIONS_PER_REQUEST_MAX = 10_000;
/** The metadata log's topic name: never a data topic. */
export const CLUSTER_METADATA_TOPIC = '__cluster_metadata';
const tooManyPartitions = `Cannot create more than ${CREATE_PARTITIONS_PER_REQUEST_MAX} partitions in one request`;
/** Kafka's limit on a replication factor (an int16 field). */
const REPLICATION_FACTOR_MAX = 32_767;

type TopicResult = CreateTopicsResponseCreatableTopicResult;

function errorResult(name: TopicName, errorCode: number, errorMessage: string | null): TopicResult {
  return {
    name, topicId: ZERO_UUID, errorCode, errorMessage, topicConfigErrorCode: ErrorCode.NONE,
    numPartitions: -1, replicationFactor: -1, configs: [],
  };
}

/** Plans a CreateTopics request against `context.image`. */
export function planCreateTopics(request: CreateTopicsRequest, context: PlanContext): Plan<CreateTopicsResponse> {
  const counts = new Map<TopicName, number>();
  for (const topic of request.topics) counts.set(topic.name, (counts.get(topic.name) ?? 0) + 1);
  const results: TopicResult[] = [];
  const records: MetadataRecord[] = [];
  const state = { takenIds: new Set<Uuid>(), collisionKeys: new Set<string>(), partitionCount: 0 };
  const answered = new Set<TopicName>();
  for (const topic of request.topics) {
    if (answered.has(topic.name)) continue;
    answered.add(topic.name);
    if ((counts.get(topic.name) ?? 0) > 1) {
      results.push(errorResult(topic.name, ErrorCode.INVALID_REQUEST, 'Duplicate topic name.'));
      continue;
    }
    if (topic.name === CLUSTER_METADATA_TOPIC) {
      const message = `Creation of internal topic ${CLUSTER_METADATA_TOPIC} is prohibited.`;
      results.push(errorResult(topic.name, ErrorCode.INVALID_REQUEST, message));
      continue;
    }
    const planned = planTopic(topic, context, state);
    results.push(planned.result);
    records.push(...planned.records);
  }
  const response: CreateTopicsResponse = { throttleTimeMs: 0, topics: results };
  return {
    records,
    response,
    fail: (errorCode, message) => ({
      throttleTimeMs: 0,
      topics: results.map((result) =>
        (result.errorCode === ErrorCode.NONE ? errorResult(result.name, errorCode, message) : result)),
    }),
  };
}

interface RequestState {
  readonly takenIds: Set<Uuid>;
  readonly collisionKeys: Set<string>;
  partitionCount: number;
}

function planTopic(
  topic: CreateTopicsRequestCreatableTopic,
  context: PlanContext,
  state: RequestState,
): { result: TopicResult; records: MetadataRecord[] } {
  const fail = (errorCode: number, message: string): { result: TopicResult; records: MetadataRecord[] } =>
    ({ result: errorResult(topic.name, errorCode, message), records: [] });
  const { image } = context;
  const nameProblem = topicNameProblem(topic.name);
  if (nameProblem !== null) return fail(ErrorCode.INVALID_TOPIC_EXCEPTION, nameProblem);
  if (image.topicsByName.has(topic.name)) {
    return fail(ErrorCode.TOPIC_ALREADY_EXISTS, `Topic '${topic.name}' already exists.`);
  }
  const collision = collidingTopic(topic.name, context, state);
  if (collision !== null) {
    return fail(ErrorCode.INVALID_TOPIC_EXCEPTION, `Topic '${topic.name}' collides with existing topic: ${collision}`);
  }
  const configs = new Map<string, string>();
  for (const config of topic.configs) {
    const problem = topicConfigProblem(config.name, config.value);
    if (problem !== null) return fail(ErrorCode.INVALID_CONFIG, problem);
    configs.set(config.name, (config.value as string).trim());
  }
  const assignment = planAssignment(topic, context);
  if (!assignment.ok) return fail(assignment.errorCode, assignment.message);
  if (state.partitionCount + assignment.replicas.length > CREATE_PARTITIONS_PER_REQUEST_MAX) {
    return fail(ErrorCode.POLICY_VIOLATION, tooManyPartitions);
  }
  state.partitionCount += assignment.replicas.length;
  if (hasCollisionCharacters(topic.name)) state.collisionKeys.add(collisionKey(topic.name));
  const topicId = newTopicId(context.random, image, state.takenIds);
  state.takenIds.add(topicId);
  return {
    result: successResult(topic.name, topicId, { replicas: assignment.replicas, configs }, context),
    records: topicRecords(topic.name, topicId, { replicas: assignment.replicas, configs }, context),
  };
}

/** The existing topic (or earlier topic of this request) that `name` collides with, or null. */
function collidingTopic(name: TopicName, context: PlanContext, state: RequestState): string | null {
  if (!hasCollisionCharacters(name)) return null;
  const key = collisionKey(name);
  for (const existing of context.image.topicsByName.keys()) {
    if (existing === name || !hasCollisionCharacters(existing)) continue;
    if (collisionKey(existing) === key) return existing;
  }
  return state.collisionKeys.has(key) ? `${key} (in this request)` : null;
}

type AssignmentPlan = { readonly ok: true; readonly replicas: readonly (readonly NodeId[])[] } | Refusal;

/** The replicas of every partition: the request's manual assignment, or a placement. */
function planAssignment(topic: CreateTopicsRequestCreatableTopic, context: PlanContext): AssignmentPlan {
  if (topic.assignments.length > 0) return manualAssignment(topic, context);
  const { defaults } = context;
  const numPartitions = topic.numPartitions === -1 ? defaults.numPartitions : topic.numPartitions;
  const replicationFactor = topic.replicationFactor === -1
    ? defaults.defaultReplicationFactor
    : topic.replicationFactor;
  if (replicationFactor <= 0 || replicationFactor > REPLICATION_FACTOR_MAX) {
    return refuse(ErrorCode.INVALID_REPLICATION_FACTOR, 'Replication factor was set to an invalid non-positive value.');
  }
  if (numPartitions <= 0) {
    return refuse(ErrorCode.INVALID_PARTITIONS, 'Number of partitions was set to an invalid non-positive value.');
  }
  if (numPartitions > CREATE_PARTITIONS_PER_REQUEST_MAX) return refuse(ErrorCode.INVALID_PARTITIONS, tooManyPartitions);
  const { image, random } = context;
  const placement = placeReplicas(image, { partitionCount: numPartitions, replicationFactor, random });
  if (!placement.ok) return refuse(ErrorCode.INVALID_REPLICATION_FACTOR, placement.message);
  return { ok: true, replicas: placement.assignments };
}

function manualAssignment(topic: CreateTopicsRequestCreatableTopic, context: PlanContext): AssignmentPlan {
  const invalid = (message: string): Refusal => refuse(ErrorCode.INVALID_REPLICA_ASSIGNMENT, message);
  if (topic.numPartitions !== -1 || topic.replicationFactor !== -1) {
    return refuse(ErrorCode.INVALID_REQUEST,
      'A manual partition assignment was given, so numPartitions and replicationFactor must both be -1.');
  }
  const byIndex = new Map<number, readonly NodeId[]>();
  for (const assignment of topic.assignments) {
    const index = assignment.partitionIndex;
    if (byIndex.has(index)) return invalid(`Partition ${index} is assigned twice.`);
    byIndex.set(index, assignment.brokerIds);
  }
  const replicas: (readonly NodeId[])[] = [];
  for (let index = 0; index < byIndex.size; index += 1) {
    const brokers = byIndex.get(index);
    if (brokers === undefined) {
      return invalid(`Partitions must be numbered 0 to ${byIndex.size - 1}; ${index} is missing.`);
    }
    const problem = manualAssignmentProblem(context.image, brokers, index);
    if (problem !== null) return invalid(problem);
    if (brokers.length !== (replicas[0]?.length ?? brokers.length)) {
      return invalid('All partitions must have the same number of replicas.');
    }
    replicas.push(brokers);
  }
  return { ok: true, replicas };
}

interface TopicLayout {
  readonly replicas: readonly (readonly NodeId[])[];
  readonly configs: ReadonlyMap<string, string>;
}

function topicRecords(name: TopicName, topicId: Uuid, layout: TopicLayout, context: PlanContext): MetadataRecord[] {
  const records: MetadataRecord[] = [{ type: 'TopicRecord', record: createTopicRecord({ name, topicId }) }];
  for (const [configName, value] of layout.configs) {
    const resource = { resourceType: ConfigResourceType.TOPIC, resourceName: name };
    records.push({ type: 'ConfigRecord', record: createConfigRecord({ ...resource, name: configName, value }) });
  }
  layout.replicas.forEach((replicas, partitionId) => {
    records.push(newPartitionRecord(context.image, { topicId, partitionId, replicas }));
  });
  return records;
}

function successResult(name: TopicName, topicId: Uuid, layout: TopicLayout, context: PlanContext): TopicResult {
  const first = layout.replicas[0];
  assert.ok(first !== undefined, 'a created topic has at least one partition');
  return {
    name,
    topicId,
    errorCode: ErrorCode.NONE,
    errorMessage: null,
    topicConfigErrorCode: ErrorCode.NONE,
    numPartitions: layout.replicas.length,
    replicationFactor: first.length,
    configs: topicConfigDefinitions.map((definition) => {
      const override = layout.configs.get(definition.name);
      const fallback = topicConfigDefault(definition.name, context.defaults);
      return {
        name: definition.name,
        value: override ?? fallback.value,
        readOnly: false,
        configSource: override === undefined ? fallback.source : ConfigSource.TOPIC_CONFIG,
        isSensitive: false,
      };
    }),
  };
}

/** The answer refusing every topic of `request` with `errorCode` (e.g. NOT_CONTROLLER). */
export function rejectCreateTopics(request: CreateTopicsRequest, rejection: Rejection): CreateTopicsResponse {
  const { errorCode, message } = rejection;
  const names = [...new Set(request.topics.map((topic) => topic.name))];
  return { throttleTimeMs: 0, topics: names.map((name) => errorResult(name, errorCode, message)) };
}
