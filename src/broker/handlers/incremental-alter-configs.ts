// IncrementalAlterConfigs (API key 44): forwarded to the controller (../controller-router.ts), which validates
// it against the metadata image and answers once its records are committed; a BROKER resource
// naming another broker is refused here first (broker-resource-check.ts).
import type { IncrementalAlterConfigsRequest, IncrementalAlterConfigsResponse } from '../../protocol/generated/messages/incremental-alter-configs.js';
import type { BrokerServices, RequestContext } from '../broker-services.js';
import { forwardBrokerResourcesOfThisNode } from './broker-resource-check.js';

/** Versions of IncrementalAlterConfigs this broker handles. */
export const incrementalAlterConfigsVersions = { lowestVersion: 0, highestVersion: 1 } as const;

/** Answers a IncrementalAlterConfigs request through the controller (NOT_CONTROLLER when it is not active). */
export function handleIncrementalAlterConfigs(services: BrokerServices, request: IncrementalAlterConfigsRequest,
  context: RequestContext): Promise<IncrementalAlterConfigsResponse> {
  return forwardBrokerResourcesOfThisNode(request, services.nodeId,
    (forwarded) => services.controller.incrementalAlterConfigs(forwarded, context));
}
