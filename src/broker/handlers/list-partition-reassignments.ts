// ListPartitionReassignments (API key 46, KIP-455): forwarded to the active controller, whose
// image is the one that surely shows every reassignment committed so far (a broker's may lag).
import type {
  ListPartitionReassignmentsRequest, ListPartitionReassignmentsResponse,
} from '../../protocol/generated/messages/list-partition-reassignments.js';
import type { BrokerServices, RequestContext } from '../broker-services.js';

/** Versions of ListPartitionReassignments this broker handles. */
export const listPartitionReassignmentsVersions = { lowestVersion: 0, highestVersion: 0 } as const;

/** Answers a ListPartitionReassignments request through the controller. */
export function handleListPartitionReassignments(services: BrokerServices, request: ListPartitionReassignmentsRequest,
  context: RequestContext): Promise<ListPartitionReassignmentsResponse> {
  return services.controller.listPartitionReassignments(request, context);
}
