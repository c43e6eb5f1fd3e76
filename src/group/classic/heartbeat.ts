// Heartbeat (API key 12) and the offset-commit checks of a classic group: the two requests by
// which a member shows it is alive between rebalances. A heartbeat restarts the member's session
// timer and tells it whether to rejoin: REBALANCE_IN_PROGRESS during a join phase (the member
// then sends JoinGroup), ILLEGAL_GENERATION for a member of an older generation,
// UNKNOWN_MEMBER_ID / FENCED_INSTANCE_ID for a member the group no longer has.
// (GroupMetadataManager.classicGroupHeartbeat, ClassicGroup.validateOffsetCommit.)
import assert from 'node:assert/strict';
import { ErrorCode } from '../../protocol/mod.js';
import type { HeartbeatRequest } from '../../protocol/generated/messages/heartbeat.js';
import type { OffsetRequester } from '../group-kind.js';
import type { ClassicGroup } from './classic-group.js';
import type { ClassicShard } from './classic-shard.js';
import { rescheduleHeartbeat } from './rebalance.js';

/** The error code a heartbeat is answered with (NONE: keep going). */
export function heartbeat(shard: ClassicShard, request: HeartbeatRequest): number {
  const group = shard.groups.get(request.groupId);
  if (group === undefined) return ErrorCode.UNKNOWN_MEMBER_ID;
  if (group.isInState('Dead')) return ErrorCode.COORDINATOR_NOT_AVAILABLE;
  const memberError = group.validateMember(request.memberId, request.groupInstanceId);
  if (memberError !== ErrorCode.NONE) return memberError;
  if (request.generationId !== group.generationId) return ErrorCode.ILLEGAL_GENERATION;
  switch (group.state) {
    case 'PreparingRebalance':
      rescheduleHeartbeat(shard, group, group.member(request.memberId));
      return ErrorCode.REBALANCE_IN_PROGRESS;
    case 'CompletingRebalance':
    case 'Stable':
      // A member may heartbeat between its JoinGroup answer and its SyncGroup: that is fine.
      rescheduleHeartbeat(shard, group, group.member(request.memberId));
      return ErrorCode.NONE;
    case 'Empty':
    case 'Dead':
      return ErrorCode.UNKNOWN_MEMBER_ID;
    default: {
      const unexpected: never = group.state;
      return assert.fail(`unexpected group state ${String(unexpected)}`);
    }
  }
}

/**
 * Whether a member may commit offsets to the group (ClassicGroup.validateOffsetCommit). A
 * commit with generation -1 to an Empty group comes from the admin client or a consumer that
 * assigns itself partitions, and is allowed. Otherwise the member must be known and of the
 * current generation; while the generation's assignment is still being synced the commit is
 * answered REBALANCE_IN_PROGRESS (the member knows its generation, not yet its partitions).
 */
export function validateOffsetCommit(group: ClassicGroup, requester: OffsetRequester): number {
  if (group.isInState('Dead')) return ErrorCode.COORDINATOR_NOT_AVAILABLE;
  const generationId = requester.generationIdOrMemberEpoch;
  if (generationId < 0 && group.isInState('Empty')) return ErrorCode.NONE;
  if (generationId >= 0 || requester.memberId !== '' || requester.groupInstanceId !== null) {
    const memberError = group.validateMember(requester.memberId, requester.groupInstanceId);
    if (memberError !== ErrorCode.NONE) return memberError;
    if (generationId !== group.generationId) return ErrorCode.ILLEGAL_GENERATION;
  } else if (!group.isInState('Empty')) {
    // Version 0 names no member: only an empty group takes such commits.
    return ErrorCode.UNKNOWN_MEMBER_ID;
  }
  if (group.isInState('CompletingRebalance')) return ErrorCode.REBALANCE_IN_PROGRESS;
  return ErrorCode.NONE;
}

/** An accepted commit keeps the member's session alive, as a heartbeat would (Kafka does too). */
export function offsetCommitAccepted(shard: ClassicShard, group: ClassicGroup, memberId: string): void {
  const member = group.members.get(memberId);
  if (member === undefined) return;
  if (group.isInState('Stable') || group.isInState('PreparingRebalance')) rescheduleHeartbeat(shard, group, member);
}
