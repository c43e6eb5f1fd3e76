// AlterConfigs (API key 33): forwarded to the controller (../controller-router.ts), which validates
// it against the metadata image and answers once its records are committed; a BROKER resource
// naming another broker is refused here first (broker-resource-check.ts).
import type { AlterConfigsRequest, AlterConfigsResponse } from '../../protocol/generated/messages/alter-configs.js';
import type { BrokerServices, RequestContext } from '../broker-services.js';
import { forwardBrokerResourcesOfThisNode } from './broker-resource-check.js';

/** Versions of AlterConfigs this broker handles. */
export const alterConfigsVersions = { lowestVersion: 0, highestVersion: 2 } as const;

/** Answers a AlterConfigs request through the controller (NOT_CONTROLLER when it is not active). */
export function handleAlterConfigs(services: BrokerServices, request: AlterConfigsRequest,
  context: RequestContext): Promise<AlterConfigsResponse> {
  return forwardBrokerResourcesOfThisNode(request, services.nodeId,
    (forwarded) => services.controller.alterConfigs(forwarded, context));
}
