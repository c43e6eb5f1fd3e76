// CreateTopics (API key 19): forwarded to the controller (../controller-router.ts), which validates
// it against the metadata image and answers once its records are committed.
import type { CreateTopicsRequest, CreateTopicsResponse } from '../../protocol/generated/messages/create-topics.js';
import type { BrokerServices, RequestContext } from '../broker-services.js';

/** Versions of CreateTopics this broker handles. */
export const createTopicsVersions = { lowestVersion: 0, highestVersion: 7 } as const;

/** Answers a CreateTopics request through the controller (NOT_CONTROLLER when it is not active). */
export function handleCreateTopics(services: BrokerServices, request: CreateTopicsRequest,
  context: RequestContext): Promise<CreateTopicsResponse> {
  return services.controller.createTopics(request, context);
}
