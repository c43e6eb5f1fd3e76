// ConsumerGroupHeartbeat as a decision (Kafka's GroupMetadataManager.consumerGroupHeartbeat):
// from a group and a well-formed request (heartbeat-request-rules.ts) to the records to write
// and the answer to give once they are committed. Everything happens in four steps, each
// applying its records before the next reads the group:
//
//   1. the member:       found (epoch checked) or created (epoch 0); a static member coming
//                        back under a new member id takes over the old one's assignment
//   2. the group epoch:  bumped when the member's subscription or the subscribed topics changed
//                        (the metadata image is read on every heartbeat, so a topic created,
//                        deleted or grown moves the group on at the next heartbeat)
//   3. the target:       recomputed by the group's assignor when group epoch > assignment epoch
//   4. reconciliation:   the member's next step towards its target (reconciliation.ts)
//
// Leaving (epoch -1) removes the member and bumps the group epoch; a static member leaving with
// -2 keeps its assignment until its session ends, so a restart within the session gets it back.
import type { MetadataImage } from '../../metadata/image/metadata-image.js';
import type { ConsumerGroupHeartbeatRequest } from '../../protocol/generated/messages/consumer-group-heartbeat.js';
import { ErrorCode } from '../../protocol/errors.js';
import type { ServerAssignor } from './assignors/assignor.js';
import type { ConsumerGroup } from './consumer-group.js';
import {
  MemberState, newMember, NO_SUBSCRIPTION, sameSubscription, subscribesDifferently, type ConsumerGroupMember,
  type MemberAssignmentState, type MemberSubscription,
} from './consumer-group-member.js';
import { currentAssignmentRecord, memberMetadataRecord, targetMemberRecord } from './consumer-group-records.js';
import { heartbeatEpochError, MemberEpoch } from './epoch-rules.js';
import { GroupChange } from './group-change.js';
import { reconcile } from './reconciliation.js';
import type { TestOnlyBreakConsumerGroups } from './test-only-break-consumer-groups.js';
import { preferredAssignor, targetAssignmentRecords } from './target-assignment.js';
import { NO_PARTITIONS, partitionsFromWire, samePartitions, type TopicPartitions } from './topic-partitions.js';

export interface HeartbeatEnvironment {
  readonly image: MetadataImage;
  readonly assignors: readonly ServerAssignor[];
  readonly groupMaxSize: number;
  readonly clientId: string;
  readonly clientHost: string;
  /** A new member id for a version 0 member joining without one. */
  randomMemberId(): string;
  readonly testOnlyBreak?: TestOnlyBreakConsumerGroups | undefined;
}

export type HeartbeatDecision =
  | { readonly ok: true; readonly change: GroupChange; readonly memberId: string; readonly memberEpoch: number;
      /** The member's assignment to send, or null when the member's view is up to date. */
      readonly assignment: TopicPartitions | null }
  | { readonly ok: false; readonly errorCode: number; readonly message: string };

function refuse(errorCode: number, message: string): HeartbeatDecision {
  return { ok: false, errorCode, message };
}

/** The subscription the request makes of `member`'s (fields left null keep their value). */
function updatedSubscription(member: MemberSubscription, request: ConsumerGroupHeartbeatRequest,
  environment: HeartbeatEnvironment): MemberSubscription {
  const regex = request.subscribedTopicRegex;
  return {
    instanceId: request.instanceId ?? member.instanceId,
    rackId: request.rackId ?? member.rackId,
    clientId: environment.clientId,
    clientHost: environment.clientHost,
    subscribedTopicNames: request.subscribedTopicNames === null ? member.subscribedTopicNames
      : [...new Set<string>(request.subscribedTopicNames)].sort(),
    subscribedTopicRegex: regex === null ? member.subscribedTopicRegex : regex === '' ? null : regex,
    rebalanceTimeoutMs: request.rebalanceTimeoutMs === -1 ? member.rebalanceTimeoutMs : request.rebalanceTimeoutMs,
    serverAssignor: request.serverAssignor ?? member.serverAssignor,
  };
}

/** Where a member (re)joining starts: epoch 0, nothing reconciled yet. */
const FRESH: Omit<MemberAssignmentState, 'assignedPartitions' | 'partitionsPendingRevocation'> = {
  memberEpoch: MemberEpoch.JOIN, previousMemberEpoch: MemberEpoch.JOIN, state: MemberState.STABLE,
};

/**
 * Step 1 for a static member: the one holding the instance id, or a new one replacing it. An
 * instance id still in use by a member that did not leave with -2 is UNRELEASED_INSTANCE_ID.
 */
function staticMember(change: GroupChange, request: ConsumerGroupHeartbeatRequest, memberId: string,
  owned: TopicPartitions | null): ConsumerGroupMember | HeartbeatDecision {
  const group = change.group;
  const instanceId = request.instanceId!;
  const holderId = group.staticMembers.get(instanceId);
  const holder = holderId === undefined ? undefined : group.members.get(holderId);
  if (request.memberEpoch !== MemberEpoch.JOIN) {
    if (holder === undefined) return refuse(ErrorCode.UNKNOWN_MEMBER_ID, `Instance id "${instanceId}" is unknown`);
    if (holder.memberId !== memberId) {
      return refuse(ErrorCode.FENCED_INSTANCE_ID, `Instance id "${instanceId}" belongs to member "${holder.memberId}"`);
    }
    return epochChecked(holder, request.memberEpoch, owned);
  }
  if (holder === undefined || holder.memberId === memberId) return rejoining(change, holder, memberId);
  if (holder.memberEpoch !== MemberEpoch.LEAVE_STATIC) {
    return refuse(ErrorCode.UNRELEASED_INSTANCE_ID,
      `Instance id "${instanceId}" is still owned by member "${holder.memberId}"`);
  }
  // The static member is back under a new member id: it takes over the old member's target and
  // assignment (Kafka's replaceMember), so no partition moves.
  const target = group.targetOf(holder.memberId);
  const replacement: ConsumerGroupMember = { ...holder, memberId, ...FRESH, state: holder.state };
  change.removeMemberRecords(holder.memberId);
  change.emit(memberMetadataRecord(group.groupId, replacement));
  change.emit(targetMemberRecord(group.groupId, memberId, target));
  change.emit(currentAssignmentRecord(group.groupId, memberId, replacement));
  return group.members.get(memberId)!;
}

function epochChecked(member: ConsumerGroupMember, receivedEpoch: number,
  owned: TopicPartitions | null): ConsumerGroupMember | HeartbeatDecision {
  const errorCode = heartbeatEpochError(member, receivedEpoch, owned);
  if (errorCode === 0) return member;
  return refuse(errorCode, `Member "${member.memberId}" sent epoch ${receivedEpoch}; its epoch is ${member.memberEpoch}`
    + ': it must abandon its partitions and rejoin');
}

/**
 * A member joining with epoch 0: new, or known (it rejoins after being fenced, or its first
 * answer was lost). A known member rejoining holds nothing (epoch 0 requests list no
 * partitions), so its assignment is released and it reconciles from scratch.
 */
function rejoining(change: GroupChange, existing: ConsumerGroupMember | undefined,
  memberId: string): ConsumerGroupMember {
  if (existing === undefined) return newMember(memberId, NO_SUBSCRIPTION);
  const released: MemberAssignmentState = {
    ...FRESH, assignedPartitions: NO_PARTITIONS, partitionsPendingRevocation: NO_PARTITIONS,
  };
  const unchanged = existing.memberEpoch === 0 && existing.assignedPartitions.size === 0
    && existing.partitionsPendingRevocation.size === 0;
  if (!unchanged) change.emit(currentAssignmentRecord(change.group.groupId, memberId, released));
  return change.group.members.get(memberId)!;
}

function findMember(change: GroupChange, request: ConsumerGroupHeartbeatRequest, memberId: string,
  owned: TopicPartitions | null): ConsumerGroupMember | HeartbeatDecision {
  if (request.instanceId !== null) return staticMember(change, request, memberId, owned);
  const existing = change.group.members.get(memberId);
  if (request.memberEpoch === MemberEpoch.JOIN) return rejoining(change, existing, memberId);
  if (existing === undefined) {
    return refuse(ErrorCode.UNKNOWN_MEMBER_ID, `Member "${memberId}" is not a member of group "${change.group.groupId}"`);
  }
  return epochChecked(existing, request.memberEpoch, owned);
}

/** Steps 2 and 3: the group epoch and the target assignment. */
function advanceGroup(change: GroupChange, subscriptionChanged: boolean, environment: HeartbeatEnvironment): void {
  const topicsChanged = change.refreshSubscriptionMetadata(environment.image);
  if (subscriptionChanged || topicsChanged) change.bumpGroupEpoch();
  const group = change.group;
  if (group.groupEpoch > group.assignmentEpoch) {
    const assignor = preferredAssignor(group, environment.assignors);
    for (const record of targetAssignmentRecords(group, { assignor, image: environment.image, epoch: group.groupEpoch })) {
      change.emit(record);
    }
  }
}

/** A heartbeat of a joining or joined member (epoch ≥ 0). Precondition: the request is well formed. */
export function decideHeartbeat(group: ConsumerGroup, request: ConsumerGroupHeartbeatRequest,
  environment: HeartbeatEnvironment): HeartbeatDecision {
  const requestedId = request.memberId;
  if (group.members.size >= environment.groupMaxSize && (requestedId === '' || !group.members.has(requestedId))) {
    return refuse(ErrorCode.GROUP_MAX_SIZE_REACHED,
      `Group "${group.groupId}" has reached its maximum of ${environment.groupMaxSize} members`);
  }
  const memberId = requestedId === '' ? environment.randomMemberId() : requestedId;
  const owned = request.topicPartitions === null ? null : partitionsFromWire(request.topicPartitions);
  const change = new GroupChange(group);
  const found = findMember(change, request, memberId, owned);
  if ('ok' in found) return found;
  const before = found;
  const subscription = updatedSubscription(before, request, environment);
  const isNew = !group.members.has(memberId);
  if (isNew || !sameSubscription(before, subscription)) {
    change.emit(memberMetadataRecord(group.groupId, { ...before, ...subscription }));
  }
  advanceGroup(change, isNew || subscribesDifferently(before, subscription), environment);
  const member = group.members.get(memberId)!;
  const next = reconcile({
    member,
    targetEpoch: group.assignmentEpoch,
    target: group.targetOf(memberId),
    ownedByOther: group.ownedByOther(memberId),
    ownedByMember: owned,
    testOnlyRevokeWithoutWaiting: environment.testOnlyBreak?.revokeWithoutWaiting === true,
  });
  if (next !== member) change.emit(currentAssignmentRecord(group.groupId, memberId, next));
  const after = group.members.get(memberId)!;
  const fullRequest = request.memberEpoch === MemberEpoch.JOIN
    || (request.rebalanceTimeoutMs !== -1 && request.subscribedTopicNames !== null && owned !== null);
  const assignmentChanged = !samePartitions(before.assignedPartitions, after.assignedPartitions);
  return {
    ok: true, change, memberId, memberEpoch: after.memberEpoch,
    assignment: fullRequest || assignmentChanged ? after.assignedPartitions : null,
  };
}

/** A member leaving: -1 removes it; a static member's -2 keeps its place until its session ends. */
export function decideLeave(group: ConsumerGroup, request: ConsumerGroupHeartbeatRequest,
  image: MetadataImage): HeartbeatDecision {
  const change = new GroupChange(group);
  const memberId = request.memberId;
  let member = group.members.get(memberId);
  if (request.instanceId !== null) {
    const holderId = group.staticMembers.get(request.instanceId);
    if (holderId === undefined) return refuse(ErrorCode.UNKNOWN_MEMBER_ID, `Instance id "${request.instanceId}" is unknown`);
    if (holderId !== memberId) {
      return refuse(ErrorCode.FENCED_INSTANCE_ID, `Instance id "${request.instanceId}" belongs to member "${holderId}"`);
    }
    member = group.members.get(holderId);
  }
  if (member === undefined) {
    return refuse(ErrorCode.UNKNOWN_MEMBER_ID, `Member "${memberId}" is not a member of group "${group.groupId}"`);
  }
  if (request.memberEpoch === MemberEpoch.LEAVE_STATIC && request.instanceId !== null) {
    change.emit(currentAssignmentRecord(group.groupId, memberId,
      { ...member, memberEpoch: MemberEpoch.LEAVE_STATIC, partitionsPendingRevocation: NO_PARTITIONS }));
    return { ok: true, change, memberId, memberEpoch: MemberEpoch.LEAVE_STATIC, assignment: null };
  }
  change.removeMember(memberId, image);
  return { ok: true, change, memberId, memberEpoch: MemberEpoch.LEAVE, assignment: null };
}
