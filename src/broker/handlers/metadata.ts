// Metadata (API key 3): brokers, cluster id, controller and topic partitions from the metadata
// image, for the listener the request arrived on. Topics asked for that do not exist are created
// through the controller when auto.create.topics.enable is on and the request allows it (v4+
// says so explicitly; v0-3 always allow it), as Kafka's KafkaApis.getTopicMetadata does; the
// controller answers after the records are committed, so the new topic is answered at once.
// Topic selection: v0 empty list = all topics; v1+ null = all, empty = none; v12+ may name
// topics by id (UNKNOWN_TOPIC_ID when unknown). ControllerId is this node: every broker forwards
// admin requests, and here the controller is local.
//
// The selection is checked before anything acts on it, as KafkaApis.handleTopicMetadataRequest
// does: a null name or a non-zero id before v12, or a topic with neither name nor id, is
// INVALID_REQUEST for every topic asked for (MetadataRequest.getErrorResponse), because no
// response of that version could describe such a topic.
// Authorized operations (v8+, KIP-430) are every operation the resource supports: Weir has no
// authorizer (authorized-operations.ts).
import assert from 'node:assert/strict';
import type { NodeId, TopicName, Uuid } from '../../protocol/mod.js';
import { ErrorCode, ZERO_UUID } from '../../protocol/mod.js';
import type {
  MetadataRequest, MetadataResponse, MetadataResponseBroker, MetadataResponsePartition, MetadataResponseTopic,
} from '../../protocol/generated/messages/metadata.js';
import {
  createMetadataResponse, createMetadataResponsePartition, createMetadataResponseTopic,
} from '../../protocol/generated/messages/metadata.js';
import type { MetadataImage, TopicImage } from '../../metadata/image/metadata-image.js';
import type { BrokerServices, RequestContext } from '../broker-services.js';
import { isInternalTopic } from '../../controller/topic-names.js';
import { createTopicsThroughController } from './auto-create.js';
import { authorizedOperations } from '../authorized-operations.js';

/** Versions of Metadata this broker handles. */
export const metadataVersions = { lowestVersion: 0, highestVersion: 12 } as const;

/** Answers a Metadata request. */
export async function handleMetadata(services: BrokerServices, request: MetadataRequest,
  context: RequestContext): Promise<MetadataResponse> {
  const version = context.apiVersion;
  const invalid = invalidTopicSelection(request, version);
  if (invalid !== undefined) {
    services.logger.debug('metadata request refused', { reason: invalid, version });
    return refuseWholeRequest(request);
  }
  const allTopics = request.topics === null || (version === 0 && request.topics.length === 0);
  let image = services.image();
  let topics: MetadataResponseTopic[];
  if (allTopics) {
    topics = [...image.topicsByName.values()].sort((left, right) => left.name.localeCompare(right.name))
      .map((topic) => describeTopic(topic));
  } else {
    const wanted = request.topics ?? [];
    const missing = wanted.filter((topic) => topic.topicId === ZERO_UUID && topic.name !== null &&
      !image.topicsByName.has(topic.name))
      .map((topic) => topic.name as TopicName);
    const allowCreate = services.config.autoCreateTopicsEnable && (version < 4 || request.allowAutoTopicCreation);
    const creationErrors = new Map<string, number>();
    if (missing.length > 0 && allowCreate) {
      for (const [name, errorCode] of await createTopicsThroughController(services, [...new Set(missing)], context)) {
        creationErrors.set(name, errorCode);
      }
      image = services.image();
    }
    topics = wanted.map((topic) => answerTopic(image, topic, creationErrors));
  }
  const topicOperationsWanted = version >= 8 && request.includeTopicAuthorizedOperations;
  return createMetadataResponse({
    throttleTimeMs: 0,
    brokers: brokersOf(services, image, context.listenerName),
    clusterId: image.clusterId,
    controllerId: services.nodeId,
    topics: topics.map((topic) => withTopicOperations(topic, topicOperationsWanted)),
    clusterAuthorizedOperations: authorizedOperations('cluster',
      version >= 8 && version <= 10 && request.includeClusterAuthorizedOperations),
  });
}

/**
 * Why no response of this version could answer the topics as asked, or undefined when it can.
 * Before v12 a topic is named, never identified (the response has no null name to answer an id
 * with); from v12 it is named or identified.
 */
function invalidTopicSelection(request: MetadataRequest, version: number): string | undefined {
  for (const topic of request.topics ?? []) {
    if (version < 12 && topic.name === null) return `Topic name can not be null for version ${version}`;
    if (version < 12 && topic.topicId !== ZERO_UUID) {
      return `Topic IDs are not supported in requests for version ${version}`;
    }
    if (topic.name === null && topic.topicId === ZERO_UUID) return 'A topic needs a name or a non-zero id';
  }
  return undefined;
}

/** Kafka's MetadataRequest.getErrorResponse for INVALID_REQUEST: each topic asked, no brokers. */
function refuseWholeRequest(request: MetadataRequest): MetadataResponse {
  return createMetadataResponse({
    topics: (request.topics ?? []).map((topic) => createMetadataResponseTopic({
      errorCode: ErrorCode.INVALID_REQUEST, name: topic.name ?? ('' as TopicName), topicId: topic.topicId,
    })),
  });
}

/** A topic answered by name carries its operations; one unknown by id keeps the default (Kafka). */
function withTopicOperations(topic: MetadataResponseTopic, wanted: boolean): MetadataResponseTopic {
  if (topic.name === null) return topic;
  return { ...topic, topicAuthorizedOperations: authorizedOperations('topic', wanted) };
}

function answerTopic(image: MetadataImage, topic: { topicId: Uuid; name: TopicName | null },
  creationErrors: ReadonlyMap<string, number>): MetadataResponseTopic {
  if (topic.topicId !== ZERO_UUID) {
    // An id, when given, names the topic (KafkaApis uses ids whenever a request carries one).
    const byId = image.topicsById.get(topic.topicId);
    if (byId !== undefined) return describeTopic(byId);
    return createMetadataResponseTopic({ errorCode: ErrorCode.UNKNOWN_TOPIC_ID, name: null, topicId: topic.topicId });
  }
  assert.ok(topic.name !== null, 'a topic without an id has a name (invalidTopicSelection)');
  const byName = image.topicsByName.get(topic.name);
  if (byName !== undefined) return describeTopic(byName);
  const creationError = creationErrors.get(topic.name);
  const errorCode = creationError === undefined ? ErrorCode.UNKNOWN_TOPIC_OR_PARTITION
    : creationError === ErrorCode.INVALID_TOPIC_EXCEPTION ? ErrorCode.INVALID_TOPIC_EXCEPTION
      : ErrorCode.LEADER_NOT_AVAILABLE;
  return createMetadataResponseTopic({ errorCode, name: topic.name, topicId: ZERO_UUID });
}

function describeTopic(topic: TopicImage): MetadataResponseTopic {
  const partitions: MetadataResponsePartition[] = topic.partitions.map((partition) =>
    createMetadataResponsePartition({
      errorCode: partition.leader === -1 ? ErrorCode.LEADER_NOT_AVAILABLE : ErrorCode.NONE,
      partitionIndex: partition.partition,
      leaderId: partition.leader,
      leaderEpoch: partition.leaderEpoch,
      replicaNodes: [...partition.replicas],
      isrNodes: [...partition.isr],
      offlineReplicas: [],
    }));
  return createMetadataResponseTopic({
    errorCode: ErrorCode.NONE,
    name: topic.name,
    topicId: topic.topicId,
    isInternal: isInternalTopic(topic.name),
    partitions,
  });
}

/** Unfenced brokers with an endpoint on `listenerName`; this node from its own listeners. */
export function brokersOf(services: BrokerServices, image: MetadataImage, listenerName: string):
  MetadataResponseBroker[] {
  const brokers: MetadataResponseBroker[] = [];
  const own = services.advertisedEndpoints().find((endpoint) => endpoint.listenerName === listenerName) ??
    services.advertisedEndpoints()[0];
  // The own rack is the config's (the image has it too once registered, but not before).
  const rack = services.config.brokerRack === '' ? null : services.config.brokerRack;
  if (own !== undefined) brokers.push({ nodeId: services.nodeId, host: own.host, port: own.port, rack });
  for (const broker of image.brokers.values()) {
    if (broker.fenced || broker.id === services.nodeId) continue;
    const endpoint = broker.listeners.find((listener) => listener.name === listenerName);
    if (endpoint === undefined) continue;
    brokers.push({ nodeId: broker.id as NodeId, host: endpoint.host, port: endpoint.port, rack: broker.rack });
  }
  return brokers.sort((left, right) => left.nodeId - right.nodeId);
}
