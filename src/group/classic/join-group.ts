// JoinGroup (API key 11) on a classic group: a member enters the next generation. Kafka's
// GroupMetadataManager.classicGroupJoin, in the same cases:
//
//   no member id, dynamic, v4+   KIP-394: a new id is handed out with MEMBER_ID_REQUIRED and
//                                remembered as pending (for a session timeout); the client
//                                rejoins with it. Before v4 the member is added at once.
//   no member id, static         KIP-345: a known group.instance.id replaces its old member id
//                                (the old one is fenced: FENCED_INSTANCE_ID); in a Stable group
//                                whose protocol stays the same that needs no rebalance, only a
//                                stored record. An unknown instance id joins like a new member.
//   a known member id            in PreparingRebalance the JoinGroup parks until the phase ends;
//                                in CompletingRebalance and Stable an unchanged follower is told
//                                the current generation at once, while the leader or a member
//                                with changed metadata starts a rebalance.
// Errors: INCONSISTENT_GROUP_PROTOCOL (protocol type or no common protocol), UNKNOWN_MEMBER_ID,
// FENCED_INSTANCE_ID, GROUP_MAX_SIZE_REACHED (group.max.size), COORDINATOR_NOT_AVAILABLE (Dead).
// INVALID_GROUP_ID and INVALID_SESSION_TIMEOUT are checked before (classic-groups.ts).
import assert from 'node:assert/strict';
import { ErrorCode } from '../../protocol/mod.js';
import type { JoinGroupRequest, JoinGroupResponse } from '../../protocol/generated/messages/join-group.js';
import type { GroupRecord } from '../group-records.js';
import { ClassicGroup } from './classic-group.js';
import { ClassicMember, type MemberProtocol } from './classic-member.js';
import type { ClassicShard } from './classic-shard.js';
import { NEW_MEMBER_JOIN_TIMEOUT_MS, writeErrorCode } from './classic-shard.js';
import { heartbeatTimerKey } from './classic-timers.js';
import { groupMetadataRecord } from './group-metadata-record.js';
import { acceptsJoiningMember } from './join-rules.js';
import {
  newMemberId, requiresKnownMemberId, supportsSkippingAssignment, UNKNOWN_MEMBER_ID,
} from './member-id.js';
import {
  answerParkedRequests, currentGenerationAnswer, joinError, maybeCompleteJoinPhase,
  maybePrepareRebalanceOrCompleteJoin, prepareRebalance, rescheduleHeartbeat, schedulePendingMemberExpiry,
} from './rebalance.js';

/** Who sent the JoinGroup, besides what its body says. */
export interface JoinClient {
  readonly apiVersion: number;
  readonly clientId: string;
  readonly clientHost: string;
}

/** The answer (now or once the join phase ends) and the records the join needs written. */
export interface JoinOutcome {
  readonly response: JoinGroupResponse | Promise<JoinGroupResponse>;
  readonly records: GroupRecord[];
}

function answer(response: JoinGroupResponse): JoinOutcome {
  return { response, records: [] };
}

/** One JoinGroup. Precondition: the group id is valid and the session timeout within bounds. */
export function joinGroup(shard: ClassicShard, request: JoinGroupRequest, client: JoinClient): JoinOutcome {
  const isUnknownMember = request.memberId === UNKNOWN_MEMBER_ID;
  let group = shard.groups.get(request.groupId);
  if (group === undefined) {
    if (!isUnknownMember) return answer(joinError(request.memberId, ErrorCode.UNKNOWN_MEMBER_ID));
    group = new ClassicGroup({ groupId: request.groupId, state: 'Empty', nowMs: shard.nowMs() });
    shard.groups.set(group.groupId, group);
  }
  const outcome = joinKnownGroup(shard, group, request, client);
  // A group this join created but left with nobody in it (a refused join) is not kept.
  if (group.isInState('Empty') && group.members.size === 0 && group.pendingJoinMembers.size === 0
    && group.generationId === 0) shard.groups.delete(group.groupId);
  return outcome;
}

function joinKnownGroup(shard: ClassicShard, group: ClassicGroup, request: JoinGroupRequest,
  client: JoinClient): JoinOutcome {
  if (!acceptsJoiningMember(group, request.memberId, shard.settings.groupMaxSize)) {
    if (group.hasMember(request.memberId)) {
      answerParkedRequests(group, group.member(request.memberId), ErrorCode.GROUP_MAX_SIZE_REACHED, UNKNOWN_MEMBER_ID);
    }
    group.remove(request.memberId);
    shard.timers.cancel(heartbeatTimerKey(group.groupId, request.memberId));
    return answer(joinError(UNKNOWN_MEMBER_ID, ErrorCode.GROUP_MAX_SIZE_REACHED));
  }
  if (group.isInState('Dead')) return answer(joinError(request.memberId, ErrorCode.COORDINATOR_NOT_AVAILABLE));
  const protocols = memberProtocols(request);
  if (!group.supportsProtocols(request.protocolType, protocols)) {
    return answer(joinError(request.memberId, ErrorCode.INCONSISTENT_GROUP_PROTOCOL));
  }
  if (request.memberId === UNKNOWN_MEMBER_ID) return joinNewMember(shard, group, request, client);
  return joinExistingMember(shard, group, request, client);
}

function memberProtocols(request: JoinGroupRequest): MemberProtocol[] {
  return request.protocols.map((protocol) => ({ name: protocol.name, metadata: protocol.metadata }));
}

function joinNewMember(shard: ClassicShard, group: ClassicGroup, request: JoinGroupRequest,
  client: JoinClient): JoinOutcome {
  const memberId = newMemberId({
    clientId: client.clientId, groupInstanceId: request.groupInstanceId, uuid: shard.context.randomUuid() });
  if (request.groupInstanceId !== null) {
    const existingMemberId = group.staticMembers.get(request.groupInstanceId);
    if (existingMemberId !== undefined) {
      return replaceStaticMember(shard, group, { request, client, oldMemberId: existingMemberId, newMemberId: memberId });
    }
    return addMemberThenRebalance(shard, group, { request, client, memberId });
  }
  if (requiresKnownMemberId(client.apiVersion)) {
    group.addPendingMember(memberId);
    schedulePendingMemberExpiry(shard, group, memberId, request.sessionTimeoutMs);
    return answer(joinError(memberId, ErrorCode.MEMBER_ID_REQUIRED));
  }
  return addMemberThenRebalance(shard, group, { request, client, memberId });
}

function joinExistingMember(shard: ClassicShard, group: ClassicGroup, request: JoinGroupRequest,
  client: JoinClient): JoinOutcome {
  const { memberId } = request;
  if (group.isPendingMember(memberId)) {
    // A pending member is dynamic by construction; an instance id here is a confused client.
    if (request.groupInstanceId !== null) return answer(joinError(memberId, ErrorCode.INVALID_REQUEST));
    return addMemberThenRebalance(shard, group, { request, client, memberId });
  }
  const errorCode = group.validateMember(memberId, request.groupInstanceId);
  if (errorCode !== ErrorCode.NONE) return answer(joinError(memberId, errorCode));
  const member = group.member(memberId);
  const protocols = memberProtocols(request);
  switch (group.state) {
    case 'PreparingRebalance':
      return updateMemberThenRebalance(shard, group, member, request, 'member rejoins during the join phase');
    case 'CompletingRebalance':
      if (member.matches(protocols)) {
        // The member missed its JoinGroup answer: the generation it belongs to is repeated.
        return answer(currentGenerationAnswer(group, memberId, { withMembers: group.isLeader(memberId) }));
      }
      return updateMemberThenRebalance(shard, group, member, request, 'member metadata changed');
    case 'Stable':
      // The leader's rejoin starts a rebalance even without a change: that is how a consumer
      // leader reacts to topic metadata changes no member metadata shows.
      if (!group.isLeader(memberId) && member.matches(protocols)) {
        return answer(currentGenerationAnswer(group, memberId, { withMembers: false }));
      }
      return updateMemberThenRebalance(shard, group, member, request,
        group.isLeader(memberId) ? 'leader rejoins' : 'member metadata changed');
    case 'Empty':
    case 'Dead':
      // validateMember passed, so the member exists; neither state has members.
      return answer(joinError(memberId, ErrorCode.UNKNOWN_MEMBER_ID));
    default: {
      const unexpected: never = group.state;
      return assert.fail(`unexpected group state ${String(unexpected)}`);
    }
  }
}

function addMemberThenRebalance(shard: ClassicShard, group: ClassicGroup, join: {
  readonly request: JoinGroupRequest; readonly client: JoinClient; readonly memberId: string;
}): JoinOutcome {
  const { request, client, memberId } = join;
  const member = new ClassicMember({
    memberId,
    groupInstanceId: request.groupInstanceId,
    clientId: client.clientId,
    clientHost: client.clientHost,
    protocolType: request.protocolType,
    rebalanceTimeoutMs: request.rebalanceTimeoutMs,
    sessionTimeoutMs: request.sessionTimeoutMs,
    protocols: memberProtocols(request),
  });
  member.isNew = true;
  // A member arriving during the initial delay extends it (up to the rebalance timeout).
  if (group.isInState('PreparingRebalance') && group.previousState === 'Empty') group.newMemberAdded = true;
  const response = new Promise<JoinGroupResponse>((resolve) => group.add(member, resolve));
  rescheduleHeartbeat(shard, group, member, NEW_MEMBER_JOIN_TIMEOUT_MS);
  const records = maybePrepareRebalanceOrCompleteJoin(shard, group, `member ${memberId} joins`);
  return { response, records };
}

function updateMemberThenRebalance(shard: ClassicShard, group: ClassicGroup, member: ClassicMember,
  request: JoinGroupRequest, reason: string): JoinOutcome {
  // A second JoinGroup from the same member (its client retried) supersedes the parked one.
  group.completeJoin(member, joinError(member.memberId, ErrorCode.REBALANCE_IN_PROGRESS));
  const response = new Promise<JoinGroupResponse>((resolve) => group.updateMember(member, {
    protocols: memberProtocols(request),
    rebalanceTimeoutMs: request.rebalanceTimeoutMs,
    sessionTimeoutMs: request.sessionTimeoutMs,
    joinWaiter: resolve,
  }));
  const records = maybePrepareRebalanceOrCompleteJoin(shard, group, `${reason}: ${member.memberId}`);
  return { response, records };
}

/**
 * KIP-345: a static member came back without its member id. The new id takes the old one's
 * place; the old one's parked requests are answered FENCED_INSTANCE_ID (a zombie instance with
 * the old id is fenced from then on).
 */
function replaceStaticMember(shard: ClassicShard, group: ClassicGroup, join: {
  readonly request: JoinGroupRequest; readonly client: JoinClient;
  readonly oldMemberId: string; readonly newMemberId: string;
}): JoinOutcome {
  const { request, client, oldMemberId, newMemberId: memberId } = join;
  const old = group.member(oldMemberId);
  answerParkedRequests(group, old, ErrorCode.FENCED_INSTANCE_ID, oldMemberId);
  const member = new ClassicMember({
    memberId, groupInstanceId: request.groupInstanceId, clientId: client.clientId, clientHost: client.clientHost,
    protocolType: request.protocolType, rebalanceTimeoutMs: request.rebalanceTimeoutMs,
    sessionTimeoutMs: request.sessionTimeoutMs, protocols: memberProtocols(request),
  });
  const previousLeaderId = group.leaderId;
  group.replaceStaticMember(oldMemberId, member);
  shard.context.logger.info('static member replaced', { group: group.groupId, instance: request.groupInstanceId,
    oldMember: oldMemberId, member: memberId, state: group.state });
  shard.timers.cancel(heartbeatTimerKey(group.groupId, oldMemberId));
  rescheduleHeartbeat(shard, group, member);
  const reason = `static member ${request.groupInstanceId ?? ''} rejoins as ${memberId}`;
  switch (group.state) {
    case 'Stable':
      if (group.selectProtocol() === group.protocolName) {
        return replaceStaticMemberWithoutRebalance(shard, group, { old, member, previousLeaderId, client });
      }
      return parkAndRebalance(member, () => maybePrepareRebalanceOrCompleteJoin(shard, group, reason));
    case 'CompletingRebalance':
      // The leader may already be assigning to the old member id: assign again.
      return parkAndRebalance(member, () => prepareRebalance(shard, group, reason));
    case 'PreparingRebalance':
      return parkAndRebalance(member, () => maybeCompleteJoinPhase(shard, group));
    case 'Empty':
    case 'Dead':
      return assert.fail(`a known static member cannot be in a ${group.state} group`);
    default: {
      const unexpected: never = group.state;
      return assert.fail(`unexpected group state ${String(unexpected)}`);
    }
  }
}

/** Parks the member's JoinGroup, then moves the group on (which may answer it at once). */
function parkAndRebalance(member: ClassicMember, moveOn: () => GroupRecord[]): JoinOutcome {
  const response = new Promise<JoinGroupResponse>((resolve) => { member.joinWaiter = resolve; });
  return { response, records: moveOn() };
}

/**
 * The stable group keeps its generation and assignment; only the record changes (it names the
 * new member id). The answer waits for that record to commit; if it does not, the old member id
 * is put back, so the stored and the served state agree.
 */
function replaceStaticMemberWithoutRebalance(shard: ClassicShard, group: ClassicGroup, replaced: {
  readonly old: ClassicMember; readonly member: ClassicMember;
  readonly previousLeaderId: string | undefined; readonly client: JoinClient;
}): JoinOutcome {
  const { old, member, previousLeaderId, client } = replaced;
  const generationId = group.generationId;
  const response = shard.context.write([groupMetadataRecord(group)]).then(() => {
    if (group.members.get(member.memberId) !== member || group.generationId !== generationId) {
      return joinError(member.memberId, ErrorCode.REBALANCE_IN_PROGRESS);
    }
    const isLeader = group.isLeader(member.memberId);
    const skipAssignment = isLeader && supportsSkippingAssignment(client.apiVersion);
    const answerForLeader = currentGenerationAnswer(group, member.memberId, { withMembers: skipAssignment, skipAssignment });
    // Before v9 a replaced leader is told the old leader id, so it acts as a follower and does
    // not reassign a stable group (Kafka's KIP-814 compatibility path).
    return skipAssignment ? answerForLeader : { ...answerForLeader, leader: previousLeaderId ?? '' };
  }, (error: unknown) => {
    if (group.members.get(member.memberId) === member && group.isInState('Stable')) {
      group.replaceStaticMember(member.memberId, old);
      shard.timers.cancel(heartbeatTimerKey(group.groupId, member.memberId));
      rescheduleHeartbeat(shard, group, old);
    }
    return joinError(UNKNOWN_MEMBER_ID, writeErrorCode(error));
  });
  return { response, records: [] };
}
