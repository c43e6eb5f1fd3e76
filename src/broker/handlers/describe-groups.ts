// DescribeGroups (API key 15), versions 0-5: the state, protocol and members of classic groups
// (src/group/classic/describe-group.ts), each group asked of its own coordinator shard; a group
// this broker does not coordinate is answered with that error (NOT_COORDINATOR, ...), one this
// shard does not have (the empty id too, as Kafka) as Dead. v3+ reports the authorized operations when asked (Weir has no
// authorizer: every group operation); v4+ carries the members' group.instance.id.
import type { GroupId } from '../../protocol/mod.js';
import {
  createDescribeGroupsResponseDescribedGroup, type DescribeGroupsRequest, type DescribeGroupsResponse,
  type DescribeGroupsResponseDescribedGroup,
} from '../../protocol/generated/messages/describe-groups.js';
import { authorizedOperations } from '../authorized-operations.js';
import type { BrokerServices, RequestContext } from '../broker-services.js';

/** Versions of DescribeGroups this broker handles. */
export const describeGroupsVersions = { lowestVersion: 0, highestVersion: 5 } as const;

/** Answers a DescribeGroups request. */
export async function handleDescribeGroups(services: BrokerServices, request: DescribeGroupsRequest,
  context: RequestContext): Promise<DescribeGroupsResponse> {
  const operations = authorizedOperations('group', context.apiVersion >= 3 && request.includeAuthorizedOperations);
  const groups = await Promise.all(request.groups.map((groupId) => describeOne(services, groupId, operations)));
  return { throttleTimeMs: 0,
    groups: groups.map((group) => context.apiVersion >= 4 ? group
      : { ...group, members: group.members.map((member) => ({ ...member, groupInstanceId: null })) }) };
}

async function describeOne(services: BrokerServices, groupId: string,
  operations: number): Promise<DescribeGroupsResponseDescribedGroup> {
  const found = services.groups.shardFor(groupId);
  if ('errorCode' in found) {
    return createDescribeGroupsResponseDescribedGroup({ groupId: groupId as GroupId, errorCode: found.errorCode });
  }
  return found.shard.classic.describeGroup(groupId, operations);
}
