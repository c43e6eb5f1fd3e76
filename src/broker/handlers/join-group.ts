// JoinGroup (API key 11), versions 0-9: a member of a classic group joins its next generation
// (src/group/classic/join-group.ts has the protocol). The answer may wait: a JoinGroup parks at
// the coordinator until the join phase ends (every member rejoined, the rebalance timeout, or
// group.initial.rebalance.delay.ms for a new group). Per version: v0 has no rebalance timeout
// (the session timeout serves for both, as Kafka's JoinGroupRequest does); v4+ (KIP-394) first
// answers MEMBER_ID_REQUIRED; v5+ carries group.instance.id (KIP-345); before v7 the answer's
// protocol name cannot be null, so it is "". A broker that is not the group's coordinator answers
// NOT_COORDINATOR, COORDINATOR_LOAD_IN_PROGRESS or COORDINATOR_NOT_AVAILABLE.
import {
  createJoinGroupResponse, type JoinGroupRequest, type JoinGroupResponse,
} from '../../protocol/generated/messages/join-group.js';
import type { BrokerServices, RequestContext } from '../broker-services.js';

/** Versions of JoinGroup this broker handles (librdkafka 2.0.2 needs v0 for its group feature). */
export const joinGroupVersions = { lowestVersion: 0, highestVersion: 9 } as const;

/** The client host as Kafka prints it (InetAddress.toString: "/" and the address, no port). */
export function clientHostOf(remoteAddress: string): string {
  const portAt = remoteAddress.lastIndexOf(':');
  const host = portAt > 0 ? remoteAddress.slice(0, portAt) : remoteAddress;
  return `/${host.replace(/^\[(.*)\]$/, '$1')}`;
}

/** Answers a JoinGroup request (possibly after the join phase it parks in). */
export async function handleJoinGroup(services: BrokerServices, request: JoinGroupRequest,
  context: RequestContext): Promise<JoinGroupResponse> {
  const version = context.apiVersion;
  const found = services.groups.shardFor(request.groupId);
  const response = 'errorCode' in found
    ? createJoinGroupResponse({ errorCode: found.errorCode, memberId: request.memberId, protocolName: null })
    : await found.shard.classic.joinGroup({
      ...request,
      rebalanceTimeoutMs: version === 0 ? request.sessionTimeoutMs : request.rebalanceTimeoutMs,
      groupInstanceId: version >= 5 ? request.groupInstanceId : null,
    }, { apiVersion: version, clientId: context.clientId ?? '', clientHost: clientHostOf(context.remoteAddress) });
  return forVersion(response, version);
}

/** What `version` can carry: before v7 a protocol name (never null); before v9 no skipAssignment. */
function forVersion(response: JoinGroupResponse, version: number): JoinGroupResponse {
  return {
    ...response,
    protocolName: version >= 7 ? response.protocolName : response.protocolName ?? '',
    skipAssignment: version >= 9 ? response.skipAssignment : false,
  };
}
