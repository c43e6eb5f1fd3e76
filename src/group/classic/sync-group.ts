// SyncGroup (API key 14) on a classic group: after the join phase every member asks for its
// assignment; the leader's SyncGroup carries everyone's (its assignor ran client-side, e.g.
// cooperative-sticky: the broker never reads the bytes). Kafka's rule: the assignment is stored
// (the GroupMetadata record) before anyone sees it, so the leader's SyncGroup — and the
// followers' parked ones — are answered only once that record is committed. A follower that
// syncs after that gets its assignment at once. Errors: UNKNOWN_MEMBER_ID, FENCED_INSTANCE_ID,
// ILLEGAL_GENERATION, INCONSISTENT_GROUP_PROTOCOL (v5 names a different protocol type or name),
// REBALANCE_IN_PROGRESS (a new join phase began: rejoin), COORDINATOR_NOT_AVAILABLE.
import assert from 'node:assert/strict';
import { ErrorCode } from '../../protocol/mod.js';
import {
  createSyncGroupResponse, type SyncGroupRequest, type SyncGroupResponse,
} from '../../protocol/generated/messages/sync-group.js';
import type { ClassicGroup } from './classic-group.js';
import type { ClassicShard } from './classic-shard.js';
import { writeErrorCode } from './classic-shard.js';
import { groupMetadataRecord } from './group-metadata-record.js';
import {
  maybePrepareRebalanceOrCompleteJoin, removePendingSyncMember, resetAndPropagateAssignmentWithError,
  setAndPropagateAssignment,
} from './rebalance.js';

function syncError(errorCode: number): SyncGroupResponse {
  return createSyncGroupResponse({ errorCode });
}

/** A request's protocol type or name disagrees with the group's (both known, and different). */
function isProtocolInconsistent(requested: string | null, groups: string | undefined): boolean {
  return requested !== null && groups !== undefined && requested !== groups;
}

function validateSync(group: ClassicGroup, request: SyncGroupRequest): number {
  if (group.isInState('Dead')) return ErrorCode.COORDINATOR_NOT_AVAILABLE;
  const memberError = group.validateMember(request.memberId, request.groupInstanceId);
  if (memberError !== ErrorCode.NONE) return memberError;
  if (request.generationId !== group.generationId) return ErrorCode.ILLEGAL_GENERATION;
  if (isProtocolInconsistent(request.protocolType, group.protocolType)
    || isProtocolInconsistent(request.protocolName, group.protocolName)) return ErrorCode.INCONSISTENT_GROUP_PROTOCOL;
  return ErrorCode.NONE;
}

/** One SyncGroup: its answer, now or once the generation's assignment is committed. */
export function syncGroup(shard: ClassicShard, request: SyncGroupRequest): SyncGroupResponse | Promise<SyncGroupResponse> {
  const group = shard.groups.get(request.groupId);
  if (group === undefined || group.isInState('Empty')) return syncError(ErrorCode.UNKNOWN_MEMBER_ID);
  const errorCode = validateSync(group, request);
  if (errorCode !== ErrorCode.NONE) return syncError(errorCode);
  switch (group.state) {
    case 'PreparingRebalance':
      return syncError(ErrorCode.REBALANCE_IN_PROGRESS);
    case 'CompletingRebalance':
      return syncInCompletingRebalance(shard, group, request);
    case 'Stable': {
      removePendingSyncMember(shard, group, request.memberId);
      return createSyncGroupResponse({
        protocolType: group.protocolType ?? null,
        protocolName: group.protocolName ?? null,
        assignment: group.member(request.memberId).assignment,
      });
    }
    case 'Empty':
    case 'Dead':
      return syncError(ErrorCode.UNKNOWN_MEMBER_ID);
    default: {
      const unexpected: never = group.state;
      return assert.fail(`unexpected group state ${String(unexpected)}`);
    }
  }
}

function syncInCompletingRebalance(shard: ClassicShard, group: ClassicGroup,
  request: SyncGroupRequest): Promise<SyncGroupResponse> {
  const member = group.member(request.memberId);
  // A retried SyncGroup supersedes the parked one.
  group.completeSync(member, syncError(ErrorCode.REBALANCE_IN_PROGRESS));
  const response = new Promise<SyncGroupResponse>((resolve) => { member.syncWaiter = resolve; });
  removePendingSyncMember(shard, group, request.memberId);
  if (group.isLeader(request.memberId)) storeLeaderAssignment(shard, group, request);
  return response;
}

/**
 * The leader's assignment: every member gets its part (an empty one if the leader named none),
 * written as the group's record; once committed — and only if the group is still in this
 * generation's sync phase — it goes out and the group is Stable. A failed write answers the
 * parked SyncGroups with the write's error and starts over.
 */
function storeLeaderAssignment(shard: ClassicShard, group: ClassicGroup, request: SyncGroupRequest): void {
  const assignment = new Map<string, Uint8Array>();
  for (const { memberId, assignment: bytes } of request.assignments) {
    if (group.hasMember(memberId)) assignment.set(memberId, bytes);
  }
  for (const memberId of group.members.keys()) if (!assignment.has(memberId)) assignment.set(memberId, new Uint8Array(0));
  const generationId = group.generationId;
  const record = groupMetadataRecord(group, assignment);
  const stillSyncing = (): boolean => shard.groups.get(group.groupId) === group
    && group.isInState('CompletingRebalance') && group.generationId === generationId;
  shard.context.write([record]).then(() => {
    if (!stillSyncing()) return;
    setAndPropagateAssignment(shard, group, assignment);
    group.transitionTo('Stable', shard.nowMs());
    shard.context.logger.info('group is stable', { group: group.groupId, generation: generationId });
  }, (error: unknown) => {
    if (!stillSyncing()) return;
    const errorCode = writeErrorCode(error);
    resetAndPropagateAssignmentWithError(shard, group, errorCode);
    shard.writeInBackground(maybePrepareRebalanceOrCompleteJoin(shard, group,
      `storing the assignment failed with error ${errorCode}`), 'rebalance after a failed store');
  });
}
