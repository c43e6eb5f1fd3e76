// CreatePartitions (API key 37): forwarded to the controller (../controller-router.ts), which validates
// it against the metadata image and answers once its records are committed.
import type { CreatePartitionsRequest, CreatePartitionsResponse } from '../../protocol/generated/messages/create-partitions.js';
import type { BrokerServices, RequestContext } from '../broker-services.js';

/** Versions of CreatePartitions this broker handles. */
export const createPartitionsVersions = { lowestVersion: 0, highestVersion: 3 } as const;

/** Answers a CreatePartitions request through the controller (NOT_CONTROLLER when it is not active). */
export function handleCreatePartitions(services: BrokerServices, request: CreatePartitionsRequest,
  context: RequestContext): Promise<CreatePartitionsResponse> {
  return services.controller.createPartitions(request, context);
}
