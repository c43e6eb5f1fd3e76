// AlterPartitionReassignments (API key 45, KIP-455): forwarded to the active controller
// (../controller-router.ts), which starts or cancels each partition's reassignment
// (src/controller/reassignment.ts) and answers once the records are committed. The new replicas
// then catch up and join the ISR, and the controller completes the reassignment on its own.
import type {
  AlterPartitionReassignmentsRequest, AlterPartitionReassignmentsResponse,
} from '../../protocol/generated/messages/alter-partition-reassignments.js';
import type { BrokerServices, RequestContext } from '../broker-services.js';

/** Versions of AlterPartitionReassignments this broker handles. */
export const alterPartitionReassignmentsVersions = { lowestVersion: 0, highestVersion: 0 } as const;

/** Answers an AlterPartitionReassignments request through the controller. */
export function handleAlterPartitionReassignments(services: BrokerServices, request: AlterPartitionReassignmentsRequest,
  context: RequestContext): Promise<AlterPartitionReassignmentsResponse> {
  return services.controller.alterPartitionReassignments(request, context);
}
