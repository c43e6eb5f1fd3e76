// LeaveGroup (API key 13), versions 0-5: members leave a classic group at once instead of
// waiting for their sessions to end (src/group/classic/leave-group.ts). Up to v2 one member id;
// from v3 (KIP-345) a list of members, by member id or, for an operator removing static members,
// by group.instance.id alone, each answered with its own error. Up to v2 the answer has only a
// top-level error: the member's own when the request was taken (Kafka's LeaveGroupResponse).
import { ErrorCode } from '../../protocol/mod.js';
import type { LeaveGroupRequest, LeaveGroupResponse } from '../../protocol/generated/messages/leave-group.js';
import type { LeaveAnswer, LeavingMember } from '../../group/classic/classic-groups.js';
import type { BrokerServices, RequestContext } from '../broker-services.js';

/** Versions of LeaveGroup this broker handles. */
export const leaveGroupVersions = { lowestVersion: 0, highestVersion: 5 } as const;

/** Answers a LeaveGroup request. */
export async function handleLeaveGroup(services: BrokerServices, request: LeaveGroupRequest,
  context: RequestContext): Promise<LeaveGroupResponse> {
  const version = context.apiVersion;
  const leaving: LeavingMember[] = version >= 3
    ? request.members.map((member) => ({ memberId: member.memberId, groupInstanceId: member.groupInstanceId }))
    : [{ memberId: request.memberId, groupInstanceId: null }];
  const found = services.groups.shardFor(request.groupId);
  const answer: LeaveAnswer = 'errorCode' in found
    ? { errorCode: found.errorCode, members: [] }
    : await found.shard.classic.leaveGroup(request.groupId, leaving);
  if (version >= 3) {
    return { throttleTimeMs: 0, errorCode: answer.errorCode,
      members: answer.members.map((member) => ({ memberId: member.memberId, groupInstanceId: member.groupInstanceId,
        errorCode: member.errorCode })) };
  }
  const memberError = answer.members.find((member) => member.errorCode !== ErrorCode.NONE)?.errorCode;
  const errorCode = answer.errorCode !== ErrorCode.NONE ? answer.errorCode : memberError ?? ErrorCode.NONE;
  return { throttleTimeMs: 0, errorCode, members: [] };
}
