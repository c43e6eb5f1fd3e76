// The answer to a controller request when no controller could take it: every item of the request
// refused with NOT_CONTROLLER, which Kafka's clients treat as retriable (they refresh metadata
// and send again). One builder per API the broker hands to the controller, keyed by API key, so
// that the router (controller-router.ts) can refuse any of them the same way.
import { ApiKey, ErrorCode, ZERO_UUID } from '../protocol/mod.js';
import { createAddRaftVoterResponse } from '../protocol/generated/messages/add-raft-voter.js';
import { createDescribeQuorumResponse } from '../protocol/generated/messages/describe-quorum.js';
import { createRemoveRaftVoterResponse } from '../protocol/generated/messages/remove-raft-voter.js';
import type { AlterConfigsRequest } from '../protocol/generated/messages/alter-configs.js';
import { createAlterConfigsResponse } from '../protocol/generated/messages/alter-configs.js';
import type { CreatePartitionsRequest } from '../protocol/generated/messages/create-partitions.js';
import { createCreatePartitionsResponse } from '../protocol/generated/messages/create-partitions.js';
import type { CreateTopicsRequest } from '../protocol/generated/messages/create-topics.js';
import {
  createCreateTopicsResponse, createCreateTopicsResponseCreatableTopicResult,
} from '../protocol/generated/messages/create-topics.js';
import type { DeleteTopicsRequest } from '../protocol/generated/messages/delete-topics.js';
import { createDeleteTopicsResponse } from '../protocol/generated/messages/delete-topics.js';
import type { IncrementalAlterConfigsRequest } from '../protocol/generated/messages/incremental-alter-configs.js';
import { createIncrementalAlterConfigsResponse } from '../protocol/generated/messages/incremental-alter-configs.js';

import type { ElectLeadersRequest } from '../protocol/generated/messages/elect-leaders.js';
import type { AlterPartitionReassignmentsRequest } from '../protocol/generated/messages/alter-partition-reassignments.js';
import type { ListPartitionReassignmentsRequest } from '../protocol/generated/messages/list-partition-reassignments.js';
import { rejectElectLeaders } from '../controller/elect-leaders.js';
import {
  rejectAlterPartitionReassignments, rejectListPartitionReassignments,
} from '../controller/reassignment.js';

type Refusal = (request: object, apiVersion: number, errorCode: number, message: string) => object;

const refusals: ReadonlyMap<number, Refusal> = new Map<number, Refusal>([
  [ApiKey.CreateTopics, (request, apiVersion, errorCode, message) => createCreateTopicsResponse({
    topics: (request as CreateTopicsRequest).topics.map((topic) => createCreateTopicsResponseCreatableTopicResult({
      name: topic.name, errorCode, errorMessage: apiVersion >= 1 ? message : null,
    })),
  })],
  [ApiKey.DeleteTopics, (request, apiVersion, errorCode, message) => {
    const deleting = request as DeleteTopicsRequest;
    const named = apiVersion >= 6
      ? deleting.topics.map((topic) => ({ name: topic.name, topicId: topic.topicId }))
      : deleting.topicNames.map((name) => ({ name, topicId: ZERO_UUID }));
    return createDeleteTopicsResponse({
      responses: named.map((topic) => ({ ...topic, errorCode, errorMessage: apiVersion >= 5 ? message : null })),
    });
  }],
  [ApiKey.CreatePartitions, (request, _apiVersion, errorCode, message) => createCreatePartitionsResponse({
    results: (request as CreatePartitionsRequest).topics.map((topic) => ({ name: topic.name, errorCode, errorMessage: message })),
  })],
  [ApiKey.AlterConfigs, (request, _apiVersion, errorCode, message) => createAlterConfigsResponse({
    responses: (request as AlterConfigsRequest).resources.map((resource) => ({ errorCode, errorMessage: message,
      resourceType: resource.resourceType, resourceName: resource.resourceName })),
  })],
  [ApiKey.AddRaftVoter, (_request, _apiVersion, errorCode, message) => createAddRaftVoterResponse({ errorCode, errorMessage: message })],
  [ApiKey.DescribeQuorum, (_request, apiVersion, errorCode, message) =>
    createDescribeQuorumResponse({ errorCode, errorMessage: apiVersion >= 2 ? message : null })],
  [ApiKey.RemoveRaftVoter, (_request, _apiVersion, errorCode, message) =>
    createRemoveRaftVoterResponse({ errorCode, errorMessage: message })],
  [ApiKey.IncrementalAlterConfigs, (request, _apiVersion, errorCode, message) => createIncrementalAlterConfigsResponse({
    responses: (request as IncrementalAlterConfigsRequest).resources.map((resource) => ({ errorCode, errorMessage: message,
      resourceType: resource.resourceType, resourceName: resource.resourceName })),
  })],
  // The controller's own refusals serve here too: one shape per API, whoever refuses.
  [ApiKey.ElectLeaders, (request, apiVersion, errorCode, message) =>
    rejectElectLeaders(request as ElectLeadersRequest, { apiVersion, errorCode, message })],
  [ApiKey.AlterPartitionReassignments, (request, apiVersion, errorCode, message) =>
    rejectAlterPartitionReassignments(request as AlterPartitionReassignmentsRequest, { apiVersion, errorCode, message })],
  [ApiKey.ListPartitionReassignments, (request, apiVersion, errorCode, message) =>
    rejectListPartitionReassignments(request as ListPartitionReassignmentsRequest, { apiVersion, errorCode, message })],
]);

/** The APIs a broker hands to the controller (and so may refuse this way). */
export const controllerApiKeys: ReadonlySet<number> = new Set(refusals.keys());

/** `request` of API `apiKey` answered with `errorCode` on every item. */
export function refuseEveryItem(apiKey: number, request: object, apiVersion: number, errorCode: number,
  message: string): object {
  const refuse = refusals.get(apiKey);
  if (refuse === undefined) throw new Error(`API key ${apiKey} is not a controller request`);
  return refuse(request, apiVersion, errorCode, message);
}

/**
 * Whether a controller's answer says, anywhere, that it is not the active controller: its
 * top-level error code or that of an item one level down (every controller API keeps its items'
 * codes there: topics, results, responses). Kafka turns such an answer to a forwarded request
 * into an Envelope refused with NOT_CONTROLLER, so the forwarding broker tries the next
 * controller; the router and the controller listener do the same with it.
 */
export function namesNotController(answer: object): boolean {
  const isNotController = (value: unknown): boolean => typeof value === 'object' && value !== null &&
    (value as { errorCode?: unknown }).errorCode === ErrorCode.NOT_CONTROLLER;
  if (isNotController(answer)) return true;
  return Object.values(answer).some((field) => Array.isArray(field) && field.some(isNotController));
}
