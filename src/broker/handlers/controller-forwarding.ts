// The admin requests a broker hands to the controller unchanged (Kafka brokers forward them to
// the active controller, KIP-590): CreateTopics, DeleteTopics, CreatePartitions, AlterConfigs and
// IncrementalAlterConfigs. The controller validates, commits the resulting metadata records and
// answers in the wire types; when this node's controller is not active every item is answered
// NOT_CONTROLLER (clients refresh metadata and retry). Each API keeps its exported version range
// in its own file beside this one.
import { ErrorCode } from '../../protocol/mod.js';
import type { AlterConfigsRequest, AlterConfigsResponse } from '../../protocol/generated/messages/alter-configs.js';
import { createAlterConfigsResponse } from '../../protocol/generated/messages/alter-configs.js';
import type {
  CreatePartitionsRequest, CreatePartitionsResponse,
} from '../../protocol/generated/messages/create-partitions.js';
import { createCreatePartitionsResponse } from '../../protocol/generated/messages/create-partitions.js';
import type { CreateTopicsRequest, CreateTopicsResponse } from '../../protocol/generated/messages/create-topics.js';
import {
  createCreateTopicsResponse, createCreateTopicsResponseCreatableTopicResult,
} from '../../protocol/generated/messages/create-topics.js';
import type { DeleteTopicsRequest, DeleteTopicsResponse } from '../../protocol/generated/messages/delete-topics.js';
import { createDeleteTopicsResponse } from '../../protocol/generated/messages/delete-topics.js';
import type {
  IncrementalAlterConfigsRequest, IncrementalAlterConfigsResponse,
} from '../../protocol/generated/messages/incremental-alter-configs.js';
import { createIncrementalAlterConfigsResponse } from '../../protocol/generated/messages/incremental-alter-configs.js';
import { ZERO_UUID } from '../../protocol/mod.js';
import type { BrokerServices, RequestContext } from '../broker-services.js';

const notController = 'This node is not the active controller';

/** CreateTopics (API key 19): validate-only, configs and replica assignments go to the controller. */
export function forwardCreateTopics(services: BrokerServices, request: CreateTopicsRequest,
  context: RequestContext): Promise<CreateTopicsResponse> {
  if (services.controller.isActive()) return services.controller.createTopics(request, context.apiVersion);
  return Promise.resolve(createCreateTopicsResponse({
    topics: request.topics.map((topic) => createCreateTopicsResponseCreatableTopicResult({
      name: topic.name, errorCode: ErrorCode.NOT_CONTROLLER, errorMessage: context.apiVersion >= 1 ? notController : null,
    })),
  }));
}

/** DeleteTopics (API key 20): by name, or by topic id from v6. */
export function forwardDeleteTopics(services: BrokerServices, request: DeleteTopicsRequest,
  context: RequestContext): Promise<DeleteTopicsResponse> {
  if (services.controller.isActive()) return services.controller.deleteTopics(request, context.apiVersion);
  const named = context.apiVersion >= 6
    ? request.topics.map((topic) => ({ name: topic.name, topicId: topic.topicId }))
    : request.topicNames.map((name) => ({ name, topicId: ZERO_UUID }));
  return Promise.resolve(createDeleteTopicsResponse({
    responses: named.map((topic) => ({ ...topic, errorCode: ErrorCode.NOT_CONTROLLER,
      errorMessage: context.apiVersion >= 5 ? notController : null })),
  }));
}

/** CreatePartitions (API key 37). */
export function forwardCreatePartitions(services: BrokerServices, request: CreatePartitionsRequest,
  context: RequestContext): Promise<CreatePartitionsResponse> {
  if (services.controller.isActive()) return services.controller.createPartitions(request, context.apiVersion);
  return Promise.resolve(createCreatePartitionsResponse({
    results: request.topics.map((topic) => ({ name: topic.name, errorCode: ErrorCode.NOT_CONTROLLER,
      errorMessage: notController })),
  }));
}

/** AlterConfigs (API key 33): replaces a resource's whole set of overrides. */
export function forwardAlterConfigs(services: BrokerServices, request: AlterConfigsRequest,
  context: RequestContext): Promise<AlterConfigsResponse> {
  if (services.controller.isActive()) return services.controller.alterConfigs(request, context.apiVersion);
  return Promise.resolve(createAlterConfigsResponse({
    responses: request.resources.map((resource) => ({ errorCode: ErrorCode.NOT_CONTROLLER, errorMessage: notController,
      resourceType: resource.resourceType, resourceName: resource.resourceName })),
  }));
}

/** IncrementalAlterConfigs (API key 44): SET, DELETE, APPEND and SUBTRACT per key. */
export function forwardIncrementalAlterConfigs(services: BrokerServices, request: IncrementalAlterConfigsRequest,
  context: RequestContext): Promise<IncrementalAlterConfigsResponse> {
  if (services.controller.isActive()) return services.controller.incrementalAlterConfigs(request, context.apiVersion);
  return Promise.resolve(createIncrementalAlterConfigsResponse({
    responses: request.resources.map((resource) => ({ errorCode: ErrorCode.NOT_CONTROLLER, errorMessage: notController,
      resourceType: resource.resourceType, resourceName: resource.resourceName })),
  }));
}
