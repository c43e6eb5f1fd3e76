// ElectLeaders (API key 43, KIP-460): forwarded to the active controller (../controller-router.ts),
// which runs the preferred or unclean elections (src/controller/elect-leaders.ts) and answers per
// partition once their records are committed: ELECTION_NOT_NEEDED, PREFERRED_LEADER_NOT_AVAILABLE,
// ELIGIBLE_LEADERS_NOT_AVAILABLE, UNKNOWN_TOPIC_OR_PARTITION, or NOT_CONTROLLER when no
// controller can take it. Topics null means every partition of the cluster.
import type { ElectLeadersRequest, ElectLeadersResponse } from '../../protocol/generated/messages/elect-leaders.js';
import type { BrokerServices, RequestContext } from '../broker-services.js';

/** Versions of ElectLeaders this broker handles (v0 preferred only, v1 election types, v2 flexible). */
export const electLeadersVersions = { lowestVersion: 0, highestVersion: 2 } as const;

/** Answers an ElectLeaders request through the controller. */
export function handleElectLeaders(services: BrokerServices, request: ElectLeadersRequest,
  context: RequestContext): Promise<ElectLeadersResponse> {
  return services.controller.electLeaders(request, context);
}
