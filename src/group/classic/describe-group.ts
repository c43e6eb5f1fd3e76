// DescribeGroups (API key 15) for a classic group: state, protocol type, and per member its ids,
// client, and assignment bytes; the chosen protocol and each member's metadata for it only when
// the group is Stable (during a rebalance the metadata of the coming generation is not settled).
// A group this shard does not have is described as Dead with no error, as Kafka answers up to
// v5. (GroupMetadataManager.describeGroups.) Pure: it reads the group only.
import { ErrorCode } from '../../protocol/mod.js';
import {
  createDescribeGroupsResponseDescribedGroup, type DescribeGroupsResponseDescribedGroup,
} from '../../protocol/generated/messages/describe-groups.js';
import type { GroupId } from '../../protocol/entity-types.js';
import type { ClassicGroup } from './classic-group.js';

/** The description of `group` (undefined: a group this shard does not have). */
export function describeGroup(groupId: string, group: ClassicGroup | undefined,
  authorizedOperations: number): DescribeGroupsResponseDescribedGroup {
  if (group === undefined || group.isInState('Dead')) {
    return createDescribeGroupsResponseDescribedGroup({
      errorCode: ErrorCode.NONE, groupId: groupId as GroupId, groupState: 'Dead', authorizedOperations });
  }
  const stableProtocol = group.isInState('Stable') ? group.protocolName : undefined;
  return createDescribeGroupsResponseDescribedGroup({
    errorCode: ErrorCode.NONE,
    groupId: groupId as GroupId,
    groupState: group.state,
    protocolType: group.protocolType ?? '',
    protocolData: stableProtocol ?? '',
    members: [...group.members.values()].map((member) => ({
      memberId: member.memberId,
      groupInstanceId: member.groupInstanceId,
      clientId: member.clientId,
      clientHost: member.clientHost,
      memberMetadata: stableProtocol === undefined ? new Uint8Array(0) : member.metadata(stableProtocol),
      memberAssignment: member.assignment,
    })),
    authorizedOperations,
  });
}
