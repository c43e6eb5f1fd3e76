// DeleteTopics (API key 20) as the controller plans it (Kafka's ControllerApis.deleteTopics and
// ReplicationControlManager.deleteTopics). Versions 0-5 name topics; version 6 names each by
// name or by id (exactly one of the two, else INVALID_REQUEST). A topic named twice fails with
// INVALID_REQUEST; an unknown name with UNKNOWN_TOPIC_OR_PARTITION, an unknown id with
// UNKNOWN_TOPIC_ID. Each deleted topic becomes one RemoveTopicRecord, which also drops its
// configs and partitions from the image; the broker deletes the partition logs when it sees it.
import { ErrorCode, ZERO_UUID, type TopicName, type Uuid } from '../protocol/mod.js';
import type {
  DeleteTopicsRequest, DeleteTopicsResponse, DeleteTopicsResponseDeletableTopicResult,
} from '../protocol/generated/messages/delete-topics.js';
import { createRemoveTopicRecord } from '../protocol/generated/metadata/remove-topic-record.js';
import type { MetadataRecord } from '../metadata/metadata-records.js';
import type { Plan, PlanContext, Rejection } from './controller-plan.js';

type TopicResult = DeleteTopicsResponseDeletableTopicResult;

/** One topic as the request names it. */
interface NamedTopic {
  readonly name: TopicName | null;
  readonly topicId: Uuid;
}

/** The topics a request names, in order, whatever its version. */
function namedTopics(request: DeleteTopicsRequest, apiVersion: number): NamedTopic[] {
  if (apiVersion >= 6) return request.topics.map((topic) => ({ name: topic.name, topicId: topic.topicId }));
  return request.topicNames.map((name) => ({ name, topicId: ZERO_UUID }));
}

function result(named: NamedTopic, errorCode: number, errorMessage: string | null): TopicResult {
  return { name: named.name, topicId: named.topicId, errorCode, errorMessage };
}

/** Plans a DeleteTopics request against `context.image`. */
export function planDeleteTopics(request: DeleteTopicsRequest, context: PlanContext): Plan<DeleteTopicsResponse> {
  const topics = namedTopics(request, context.apiVersion);
  const nameCounts = new Map<TopicName, number>();
  const idCounts = new Map<Uuid, number>();
  for (const topic of topics) {
    if (topic.name !== null) nameCounts.set(topic.name, (nameCounts.get(topic.name) ?? 0) + 1);
    if (topic.topicId !== ZERO_UUID) idCounts.set(topic.topicId, (idCounts.get(topic.topicId) ?? 0) + 1);
  }
  const results: TopicResult[] = [];
  const removed = new Set<Uuid>();
  const answered = new Set<string>();
  for (const topic of topics) {
    // A topic named twice is answered once (as Kafka does); an entry naming it both by name and
    // by id, or by neither, is answered each time.
    const byName = topic.name !== null;
    if (byName !== (topic.topicId !== ZERO_UUID)) {
      const key = byName ? `name:${topic.name}` : `id:${topic.topicId}`;
      if (answered.has(key)) continue;
      answered.add(key);
    }
    const planned = planOne(topic, context, { nameCounts, idCounts, removed });
    results.push(planned);
    if (planned.errorCode === ErrorCode.NONE) removed.add(planned.topicId);
  }
  const records: MetadataRecord[] = [...removed].map((topicId) =>
    ({ type: 'RemoveTopicRecord', record: createRemoveTopicRecord({ topicId }) }));
  return {
    records,
    response: { throttleTimeMs: 0, responses: results },
    fail: (errorCode, message) => ({
      throttleTimeMs: 0,
      responses: results.map((entry) =>
        (entry.errorCode === ErrorCode.NONE ? { ...entry, errorCode, errorMessage: message } : entry)),
    }),
  };
}

/** What the request names more than once, and the topics already slated for removal. */
interface Seen {
  readonly nameCounts: ReadonlyMap<TopicName, number>;
  readonly idCounts: ReadonlyMap<Uuid, number>;
  readonly removed: ReadonlySet<Uuid>;
}

function planOne(topic: NamedTopic, context: PlanContext, seen: Seen): TopicResult {
  const invalid = (message: string): TopicResult => result(topic, ErrorCode.INVALID_REQUEST, message);
  const byName = topic.name !== null;
  const byId = topic.topicId !== ZERO_UUID;
  if (byName && byId) return invalid('A topic may be named by name or by id, not both.');
  if (!byName && !byId) return invalid('A topic must be named by name or by id.');
  if (byName && (seen.nameCounts.get(topic.name as TopicName) ?? 0) > 1) return invalid('Duplicate topic name.');
  if (byId && (seen.idCounts.get(topic.topicId) ?? 0) > 1) return invalid('Duplicate topic id.');
  const { image } = context;
  const found = byName ? image.topicsByName.get(topic.name as TopicName) : image.topicsById.get(topic.topicId);
  if (found === undefined) {
    return byName
      ? result(topic, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, 'This server does not host this topic-partition.')
      : result(topic, ErrorCode.UNKNOWN_TOPIC_ID, 'This server does not host this topic ID.');
  }
  // One topic named once by name and once by id is still named twice.
  if (seen.removed.has(found.topicId)) {
    const errorMessage = 'The topic is named twice, by name and by id.';
    return { name: found.name, topicId: found.topicId, errorCode: ErrorCode.INVALID_REQUEST, errorMessage };
  }
  return { name: found.name, topicId: found.topicId, errorCode: ErrorCode.NONE, errorMessage: null };
}

/** The answer refusing every topic of `request` with `errorCode` (e.g. NOT_CONTROLLER). */
export function rejectDeleteTopics(request: DeleteTopicsRequest, rejection: Rejection): DeleteTopicsResponse {
  const { apiVersion, errorCode, message } = rejection;
  const responses = namedTopics(request, apiVersion).map((topic) => result(topic, errorCode, message));
  return { throttleTimeMs: 0, responses };
}
