// LeaveGroup (API key 13) on a classic group: members leave without waiting for their session
// to end, so the rest rebalance at once. From v3 one request names several members (KIP-345:
// an operator removes static members by instance id, member id left empty), each answered with
// its own error; before v3 it names one member id. A member's parked JoinGroup or SyncGroup is
// answered UNKNOWN_MEMBER_ID. (GroupMetadataManager.classicGroupLeave.)
import { ErrorCode } from '../../protocol/mod.js';
import type { GroupRecord } from '../group-records.js';
import type { ClassicGroup } from './classic-group.js';
import type { ClassicShard } from './classic-shard.js';
import { heartbeatTimerKey } from './classic-timers.js';
import { UNKNOWN_MEMBER_ID } from './member-id.js';
import { answerParkedRequests, maybeCompleteJoinPhase, maybePrepareRebalanceOrCompleteJoin } from './rebalance.js';

/** One member a LeaveGroup names. */
export interface LeavingMember {
  readonly memberId: string;
  readonly groupInstanceId: string | null;
}

/** The answer: a top-level error, or one error per named member; and the records to write. */
export interface LeaveOutcome {
  readonly errorCode: number;
  readonly members: ReadonlyArray<LeavingMember & { readonly errorCode: number }>;
  readonly records: GroupRecord[];
}

export function leaveGroup(shard: ClassicShard, groupId: string, leaving: readonly LeavingMember[]): LeaveOutcome {
  const group = shard.groups.get(groupId);
  if (group === undefined) {
    return { errorCode: ErrorCode.NONE, records: [],
      members: leaving.map((member) => ({ ...member, errorCode: ErrorCode.UNKNOWN_MEMBER_ID })) };
  }
  if (group.isInState('Dead')) return { errorCode: ErrorCode.COORDINATOR_NOT_AVAILABLE, members: [], records: [] };
  const members = leaving.map((member) => ({ ...member, errorCode: leaveOne(shard, group, member) }));
  const left = members.filter((member) => member.errorCode === ErrorCode.NONE);
  let records: GroupRecord[] = [];
  if (left.length > 0) {
    const reason = `members ${left.map((member) => member.memberId || member.groupInstanceId).join(',')} left`;
    if (group.isInState('Stable') || group.isInState('CompletingRebalance')) {
      records = maybePrepareRebalanceOrCompleteJoin(shard, group, reason);
    } else if (group.isInState('PreparingRebalance')) {
      records = maybeCompleteJoinPhase(shard, group);
    }
  }
  return { errorCode: ErrorCode.NONE, members, records };
}

function leaveOne(shard: ClassicShard, group: ClassicGroup, leaving: LeavingMember): number {
  if (leaving.memberId === UNKNOWN_MEMBER_ID) {
    // By instance id alone: an operator removing a static member.
    const memberId = leaving.groupInstanceId === null ? undefined : group.staticMembers.get(leaving.groupInstanceId);
    if (memberId === undefined) return ErrorCode.UNKNOWN_MEMBER_ID;
    removeMember(shard, group, memberId);
    return ErrorCode.NONE;
  }
  if (group.isPendingMember(leaving.memberId)) {
    group.remove(leaving.memberId);
    shard.timers.cancel(heartbeatTimerKey(group.groupId, leaving.memberId));
    return ErrorCode.NONE;
  }
  const errorCode = group.validateMember(leaving.memberId, leaving.groupInstanceId);
  if (errorCode !== ErrorCode.NONE) return errorCode;
  removeMember(shard, group, leaving.memberId);
  return ErrorCode.NONE;
}

function removeMember(shard: ClassicShard, group: ClassicGroup, memberId: string): void {
  shard.timers.cancel(heartbeatTimerKey(group.groupId, memberId));
  shard.context.logger.info('member left the group', { group: group.groupId, member: memberId });
  answerParkedRequests(group, group.member(memberId), ErrorCode.UNKNOWN_MEMBER_ID, UNKNOWN_MEMBER_ID);
  group.remove(memberId);
}
