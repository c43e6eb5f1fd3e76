// DeleteTopics (API key 20): forwarded to the controller (../controller-router.ts), which validates
// it against the metadata image and answers once its records are committed.
import type { DeleteTopicsRequest, DeleteTopicsResponse } from '../../protocol/generated/messages/delete-topics.js';
import type { BrokerServices, RequestContext } from '../broker-services.js';

/** Versions of DeleteTopics this broker handles. */
export const deleteTopicsVersions = { lowestVersion: 0, highestVersion: 6 } as const;

/** Answers a DeleteTopics request through the controller (NOT_CONTROLLER when it is not active). */
export function handleDeleteTopics(services: BrokerServices, request: DeleteTopicsRequest,
  context: RequestContext): Promise<DeleteTopicsResponse> {
  return services.controller.deleteTopics(request, context);
}
