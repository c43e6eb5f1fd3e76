// CreatePartitions (API key 37) as the controller plans it (Kafka's
// ReplicationControlManager.createPartitions): a topic's partition count only grows. A topic
// named twice fails with INVALID_REQUEST; an unknown topic with UNKNOWN_TOPIC_OR_PARTITION; a
// count that is not an increase with INVALID_PARTITIONS; manual assignments that do not match the
// number of new partitions or the topic's replication factor, or name unusable brokers, with
// INVALID_REPLICA_ASSIGNMENT. New partitions become PartitionRecords, all in one entry.
import { ErrorCode, type NodeId, type TopicName } from '../protocol/mod.js';
import type {
  CreatePartitionsRequest, CreatePartitionsRequestCreatePartitionsTopic, CreatePartitionsResponse,
  CreatePartitionsResponseCreatePartitionsTopicResult,
} from '../protocol/generated/messages/create-partitions.js';
import type { MetadataRecord } from '../metadata/metadata-records.js';
import type { TopicImage } from '../metadata/image/metadata-image.js';
import { refuse, type Plan, type PlanContext, type Refusal, type Rejection } from './controller-plan.js';
import { CREATE_PARTITIONS_PER_REQUEST_MAX } from './create-topics.js';
import { manualAssignmentProblem, newPartitionRecord, placeReplicas } from './replica-placement.js';

type TopicResult = CreatePartitionsResponseCreatePartitionsTopicResult;

function result(name: TopicName, errorCode: number, errorMessage: string | null): TopicResult {
  return { name, errorCode, errorMessage };
}

/** Plans a CreatePartitions request against `context.image`. */
export function planCreatePartitions(
  request: CreatePartitionsRequest,
  context: PlanContext,
): Plan<CreatePartitionsResponse> {
  const counts = new Map<TopicName, number>();
  for (const topic of request.topics) counts.set(topic.name, (counts.get(topic.name) ?? 0) + 1);
  const results: TopicResult[] = [];
  const records: MetadataRecord[] = [];
  const answered = new Set<TopicName>();
  let partitionCount = 0;
  for (const topic of request.topics) {
    if (answered.has(topic.name)) continue;
    answered.add(topic.name);
    if ((counts.get(topic.name) ?? 0) > 1) {
      results.push(result(topic.name, ErrorCode.INVALID_REQUEST, 'Duplicate topic name.'));
      continue;
    }
    const planned = planTopic(topic, context, partitionCount);
    results.push(planned.result);
    records.push(...planned.records);
    partitionCount += planned.records.length;
  }
  return {
    records,
    response: { throttleTimeMs: 0, results },
    fail: (errorCode, message) => ({
      throttleTimeMs: 0,
      results: results.map((entry) =>
        (entry.errorCode === ErrorCode.NONE ? result(entry.name, errorCode, message) : entry)),
    }),
  };
}

function planTopic(
  topic: CreatePartitionsRequestCreatePartitionsTopic,
  context: PlanContext,
  partitionsSoFar: number,
): { result: TopicResult; records: MetadataRecord[] } {
  const fail = (errorCode: number, message: string): { result: TopicResult; records: MetadataRecord[] } =>
    ({ result: result(topic.name, errorCode, message), records: [] });
  const existing = context.image.topicsByName.get(topic.name);
  if (existing === undefined) {
    return fail(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, `Topic ${topic.name} does not exist.`);
  }
  const current = existing.partitions.length;
  if (topic.count === current) {
    return fail(ErrorCode.INVALID_PARTITIONS, `Topic already has ${current} partition(s).`);
  }
  if (topic.count < current) {
    return fail(ErrorCode.INVALID_PARTITIONS,
      `The topic ${topic.name} currently has ${current} partition(s); ${topic.count} would not be an increase.`);
  }
  const added = topic.count - current;
  if (partitionsSoFar + added > CREATE_PARTITIONS_PER_REQUEST_MAX) {
    return fail(ErrorCode.INVALID_PARTITIONS,
      `Cannot create more than ${CREATE_PARTITIONS_PER_REQUEST_MAX} partitions in one request`);
  }
  const replicas = newReplicas(topic, existing, { context, added });
  if (!replicas.ok) return fail(replicas.errorCode, replicas.message);
  const records = replicas.assignments.map((assignment, index) => newPartitionRecord(context.image, {
    topicId: existing.topicId, partitionId: current + index, replicas: assignment,
  }));
  return { result: result(topic.name, ErrorCode.NONE, null), records };
}

type ReplicasPlan = { readonly ok: true; readonly assignments: readonly (readonly NodeId[])[] } | Refusal;

function newReplicas(
  topic: CreatePartitionsRequestCreatePartitionsTopic,
  existing: TopicImage,
  options: { readonly context: PlanContext; readonly added: number },
): ReplicasPlan {
  const { context, added } = options;
  const replicationFactor = existing.partitions[0]?.replicas.length ?? context.defaults.defaultReplicationFactor;
  const invalid = (message: string): Refusal => refuse(ErrorCode.INVALID_REPLICA_ASSIGNMENT, message);
  if (topic.assignments === null) {
    const { image, random } = context;
    const placement = placeReplicas(image, { partitionCount: added, replicationFactor, random });
    return placement.ok
      ? { ok: true, assignments: placement.assignments }
      : refuse(ErrorCode.INVALID_REPLICATION_FACTOR, placement.message);
  }
  if (topic.assignments.length !== added) {
    const given = topic.assignments.length;
    return invalid(`Attempted to add ${added} additional partition(s), but ${given} assignment(s) were given.`);
  }
  const assignments: NodeId[][] = [];
  for (const [index, assignment] of topic.assignments.entries()) {
    const partitionId = existing.partitions.length + index;
    const problem = manualAssignmentProblem(context.image, assignment.brokerIds, partitionId);
    if (problem !== null) return invalid(problem);
    const count = assignment.brokerIds.length;
    if (count !== replicationFactor) {
      return invalid(`Partition ${partitionId} was given ${count} replica(s), ` +
        `but the topic's partitions have ${replicationFactor}.`);
    }
    assignments.push([...assignment.brokerIds]);
  }
  return { ok: true, assignments };
}

/** The answer refusing every topic of `request` with `rejection.errorCode` (e.g. NOT_CONTROLLER). */
export function rejectCreatePartitions(
  request: CreatePartitionsRequest,
  rejection: Rejection,
): CreatePartitionsResponse {
  const names = [...new Set(request.topics.map((topic) => topic.name))];
  const results = names.map((name) => result(name, rejection.errorCode, rejection.message));
  return { throttleTimeMs: 0, results };
}
