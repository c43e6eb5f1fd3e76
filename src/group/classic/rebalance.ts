// The rebalance engine of the classic protocol (Kafka's GroupMetadataManager, classic part):
// how a group enters a join phase, when the phase completes, how the leader's assignment
// reaches the members, and what a session or sync timeout removes.
//
//   prepareRebalance   any state that may rebalance → PreparingRebalance; parked SyncGroups are
//                      answered REBALANCE_IN_PROGRESS. From Empty the phase waits at least
//                      group.initial.rebalance.delay.ms (extended while new members keep coming,
//                      up to the rebalance timeout), so a starting group forms in one generation.
//   completeJoin       every member rejoined (or the rebalance timeout fired): dynamic members that
//                      did not rejoin are removed, the next generation starts with the protocol
//                      the members choose, every parked JoinGroup is answered (the leader's with
//                      every member's metadata) and the sync phase starts; with no member left
//                      the group is Empty and its record is written.
//   propagate          the leader's assignment is committed: every parked SyncGroup gets its part.
//   expiries           a member whose session ends is removed and the group rebalances; members
//                      that never sent SyncGroup within the rebalance timeout are removed too.
//
// Each function returns the records its change needs written (possibly none).
import { ErrorCode } from '../../protocol/mod.js';
import {
  createJoinGroupResponse, type JoinGroupResponse,
} from '../../protocol/generated/messages/join-group.js';
import { createSyncGroupResponse } from '../../protocol/generated/messages/sync-group.js';
import type { GroupRecord } from '../group-records.js';
import type { ClassicGroup } from './classic-group.js';
import type { ClassicMember } from './classic-member.js';
import type { ClassicShard } from './classic-shard.js';
import { heartbeatTimerKey, joinTimerKey, syncTimerKey } from './classic-timers.js';
import { groupMetadataRecord } from './group-metadata-record.js';
import { UNKNOWN_MEMBER_ID } from './member-id.js';
import assert from 'node:assert/strict';

type Records = GroupRecord[];

/** A JoinGroup answer that carries only an error. */
export function joinError(memberId: string, errorCode: number): JoinGroupResponse {
  return createJoinGroupResponse({ memberId, errorCode, protocolName: null, protocolType: null });
}

/** The JoinGroup answer of the current generation for `memberId` (the leader sees the members). */
export function currentGenerationAnswer(group: ClassicGroup, memberId: string,
  options: { readonly withMembers: boolean; readonly skipAssignment?: boolean }): JoinGroupResponse {
  return createJoinGroupResponse({
    memberId,
    generationId: group.generationId,
    protocolName: group.protocolName ?? null,
    protocolType: group.protocolType ?? null,
    leader: group.leaderId ?? '',
    members: options.withMembers ? group.membersForLeader() : [],
    skipAssignment: options.skipAssignment ?? false,
  });
}

/** Rebalances if the state allows, else tries to end the join phase already under way. */
export function maybePrepareRebalanceOrCompleteJoin(shard: ClassicShard, group: ClassicGroup, reason: string): Records {
  return group.canRebalance() ? prepareRebalance(shard, group, reason) : maybeCompleteJoinPhase(shard, group);
}

export function prepareRebalance(shard: ClassicShard, group: ClassicGroup, reason: string): Records {
  assert.ok(group.canRebalance(), `group ${group.groupId} may rebalance from ${group.state}`);
  if (group.isInState('CompletingRebalance')) resetAndPropagateAssignmentWithError(shard, group, ErrorCode.REBALANCE_IN_PROGRESS);
  group.pendingSyncMembers.clear();
  shard.timers.cancel(syncTimerKey(group.groupId));
  const isInitialRebalance = group.isInState('Empty');
  if (isInitialRebalance) {
    const delayMs = shard.settings.groupInitialRebalanceDelayMs;
    const remainingMs = Math.max(group.rebalanceTimeoutMs() - delayMs, 0);
    scheduleInitialRebalance(shard, group.groupId, delayMs, remainingMs);
  }
  group.transitionTo('PreparingRebalance', shard.nowMs());
  shard.context.logger.info('preparing to rebalance group', {
    group: group.groupId, generation: group.generationId, reason });
  return isInitialRebalance ? [] : maybeCompleteJoinElseSchedule(shard, group);
}

function maybeCompleteJoinElseSchedule(shard: ClassicShard, group: ClassicGroup): Records {
  if (group.hasAllMembersJoined()) return completeJoin(shard, group);
  scheduleJoinDeadline(shard, group);
  return [];
}

function scheduleJoinDeadline(shard: ClassicShard, group: ClassicGroup): void {
  const groupId = group.groupId;
  shard.timers.schedule(joinTimerKey(groupId), group.rebalanceTimeoutMs(), () => {
    const current = shard.live(groupId);
    if (current === undefined || !current.isInState('PreparingRebalance')) return;
    shard.writeInBackground(completeJoin(shard, current), 'join phase deadline');
  });
}

/**
 * The initial-rebalance delay: after `delayMs`, if members kept arriving and rebalance time is
 * left, wait again (at most the delay, at most what is left); else end the join phase.
 */
function scheduleInitialRebalance(shard: ClassicShard, groupId: string, delayMs: number, remainingMs: number): void {
  shard.timers.schedule(joinTimerKey(groupId), delayMs, () => {
    const group = shard.live(groupId);
    if (group === undefined || !group.isInState('PreparingRebalance')) return;
    if (group.newMemberAdded && remainingMs !== 0) {
      group.newMemberAdded = false;
      const nextDelayMs = Math.min(shard.settings.groupInitialRebalanceDelayMs, remainingMs);
      scheduleInitialRebalance(shard, groupId, nextDelayMs, Math.max(remainingMs - delayMs, 0));
    } else {
      shard.writeInBackground(completeJoin(shard, group), 'initial rebalance');
    }
  });
}

/** Ends the join phase now if it may: not the initial one (its delay runs), everyone rejoined. */
export function maybeCompleteJoinPhase(shard: ClassicShard, group: ClassicGroup): Records {
  if (!group.isInState('PreparingRebalance')) return [];
  if (group.previousState === 'Empty') return [];
  if (!group.hasAllMembersJoined()) return [];
  return completeJoin(shard, group);
}

export function completeJoin(shard: ClassicShard, group: ClassicGroup): Records {
  assert.ok(group.isInState('PreparingRebalance'), 'a join phase completes from PreparingRebalance');
  shard.timers.cancel(joinTimerKey(group.groupId));
  const missing = [...group.members.values()].filter((member) => !member.isAwaitingJoin && !member.isStatic);
  for (const member of missing) {
    group.remove(member.memberId);
    shard.timers.cancel(heartbeatTimerKey(group.groupId, member.memberId));
  }
  if (missing.length > 0) {
    shard.context.logger.info('removed members that did not rejoin', {
      group: group.groupId, members: missing.map((member) => member.memberId).join(',') });
  }
  if (!group.maybeElectNewJoinedLeader() && group.members.size > 0) {
    // Only static members that did not rejoin are left: wait another rebalance timeout, until
    // their sessions end or they come back.
    scheduleJoinDeadline(shard, group);
    return [];
  }
  group.initNextGeneration(shard.nowMs());
  if (group.isInState('Empty')) {
    shard.context.logger.info('group is empty', { group: group.groupId, generation: group.generationId });
    return [groupMetadataRecord(group)];
  }
  shard.context.logger.info('group generation formed', {
    group: group.groupId, generation: group.generationId, protocol: group.protocolName, members: group.members.size });
  for (const member of group.members.values()) {
    group.completeJoin(member, currentGenerationAnswer(group, member.memberId,
      { withMembers: group.isLeader(member.memberId) }));
    rescheduleHeartbeat(shard, group, member);
    member.isNew = false;
    group.pendingSyncMembers.add(member.memberId);
  }
  schedulePendingSync(shard, group);
  return [];
}

/** The sync phase's deadline: members that sent no SyncGroup by then are removed. */
function schedulePendingSync(shard: ClassicShard, group: ClassicGroup): void {
  const { groupId, generationId } = group;
  shard.timers.schedule(syncTimerKey(groupId), group.rebalanceTimeoutMs(), () => {
    const current = shard.live(groupId);
    if (current !== undefined) shard.writeInBackground(expirePendingSync(shard, current, generationId), 'sync deadline');
  });
}

function expirePendingSync(shard: ClassicShard, group: ClassicGroup, generationId: number): Records {
  if (generationId !== group.generationId) return [];
  if (!group.isInState('CompletingRebalance') && !group.isInState('Stable')) return [];
  if (group.pendingSyncMembers.size === 0) return [];
  const late = [...group.pendingSyncMembers];
  for (const memberId of late) {
    group.remove(memberId);
    shard.timers.cancel(heartbeatTimerKey(group.groupId, memberId));
  }
  return prepareRebalance(shard, group, `members ${late.join(',')} sent no SyncGroup in time`);
}

/** A member's SyncGroup arrived: it is no longer awaited; the deadline goes once none is. */
export function removePendingSyncMember(shard: ClassicShard, group: ClassicGroup, memberId: string): void {
  group.pendingSyncMembers.delete(memberId);
  if (group.pendingSyncMembers.size === 0) shard.timers.cancel(syncTimerKey(group.groupId));
}

/** Every member's assignment is cleared and its parked SyncGroup answered with `errorCode`. */
export function resetAndPropagateAssignmentWithError(shard: ClassicShard, group: ClassicGroup, errorCode: number): void {
  assert.ok(group.isInState('CompletingRebalance'), 'assignments are reset in a sync phase');
  assert.notEqual(errorCode, ErrorCode.NONE, 'a reset carries an error');
  for (const member of group.members.values()) member.assignment = new Uint8Array(0);
  propagateAssignment(shard, group, errorCode);
}

/** The leader's committed assignment goes to every member (an empty one to a member it left out). */
export function setAndPropagateAssignment(shard: ClassicShard, group: ClassicGroup,
  assignment: ReadonlyMap<string, Uint8Array>): void {
  assert.ok(group.isInState('CompletingRebalance'), 'an assignment is set in a sync phase');
  for (const member of group.members.values()) member.assignment = assignment.get(member.memberId) ?? new Uint8Array(0);
  propagateAssignment(shard, group, ErrorCode.NONE);
}

function propagateAssignment(shard: ClassicShard, group: ClassicGroup, errorCode: number): void {
  const ok = errorCode === ErrorCode.NONE;
  for (const member of group.members.values()) {
    const answered = group.completeSync(member, createSyncGroupResponse({
      errorCode,
      protocolType: ok ? group.protocolType ?? null : null,
      protocolName: ok ? group.protocolName ?? null : null,
      assignment: member.assignment,
    }));
    // A member parked in SyncGroup was exempt from session expiry: its session starts again now.
    if (answered) rescheduleHeartbeat(shard, group, member);
  }
}

/** Starts (or restarts) a member's session: without a heartbeat in `timeoutMs` it expires. */
export function rescheduleHeartbeat(shard: ClassicShard, group: ClassicGroup, member: ClassicMember,
  timeoutMs = member.sessionTimeoutMs): void {
  const { groupId } = group;
  const { memberId } = member;
  shard.timers.schedule(heartbeatTimerKey(groupId, memberId), timeoutMs, () => {
    shard.writeInBackground(expireHeartbeat(shard, groupId, memberId), 'session expiry');
  });
}

/** A KIP-394 pending member gets `sessionTimeoutMs` to rejoin with its new member id. */
export function schedulePendingMemberExpiry(shard: ClassicShard, group: ClassicGroup, memberId: string,
  sessionTimeoutMs: number): void {
  const { groupId } = group;
  shard.timers.schedule(heartbeatTimerKey(groupId, memberId), sessionTimeoutMs, () => {
    shard.writeInBackground(expireHeartbeat(shard, groupId, memberId), 'pending member expiry');
  });
}

function expireHeartbeat(shard: ClassicShard, groupId: string, memberId: string): Records {
  const group = shard.live(groupId);
  if (group === undefined) return [];
  if (group.isPendingMember(memberId)) {
    shard.context.logger.info('pending member expired', { group: groupId, member: memberId });
    group.remove(memberId);
    return group.isInState('PreparingRebalance') && group.hasAllMembersJoined() ? completeJoin(shard, group) : [];
  }
  const member = group.members.get(memberId);
  if (member === undefined || member.hasSatisfiedHeartbeat()) return [];
  shard.context.logger.info('member session expired', { group: groupId, member: memberId });
  return removeMemberAndUpdateGroup(shard, group, member, `member ${memberId} session expired`);
}

/**
 * Removes a member (expired or left) and moves the group on: a new rebalance from Stable or
 * CompletingRebalance, or the end of a join phase that only waited for it. Its parked requests
 * are answered UNKNOWN_MEMBER_ID first, so that a client still there rejoins.
 */
export function removeMemberAndUpdateGroup(shard: ClassicShard, group: ClassicGroup, member: ClassicMember,
  reason: string): Records {
  answerParkedRequests(group, member, ErrorCode.UNKNOWN_MEMBER_ID, UNKNOWN_MEMBER_ID);
  group.remove(member.memberId);
  if (group.isInState('Stable') || group.isInState('CompletingRebalance')) {
    return maybePrepareRebalanceOrCompleteJoin(shard, group, reason);
  }
  if (group.isInState('PreparingRebalance') && group.hasAllMembersJoined()) return completeJoin(shard, group);
  return [];
}

/** Answers a member's parked JoinGroup and SyncGroup with `errorCode`. */
export function answerParkedRequests(group: ClassicGroup, member: ClassicMember, errorCode: number,
  memberIdInAnswer: string): void {
  group.completeJoin(member, joinError(memberIdInAnswer, errorCode));
  group.completeSync(member, createSyncGroupResponse({ errorCode }));
}
