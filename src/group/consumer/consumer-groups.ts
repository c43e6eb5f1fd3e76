// The KIP-848 consumer groups of one shard (one `__consumer_offsets` partition led here): the
// GroupKind the offsets part and the runtime ask, ConsumerGroupHeartbeat and
// ConsumerGroupDescribe, and the member timers. Decisions are pure (heartbeat.ts,
// reconciliation.ts, assignors/); this class holds the groups, runs the decisions, writes their
// records through the shard context and answers once they are committed.
//
// Timers (on the runtime clock, all cancelled on unload):
//   session    group.consumer.session.timeout.ms after a member's last heartbeat → fenced
//   rebalance  the member's rebalance timeout after it was asked to revoke partitions at an
//              epoch → fenced if it is still at that epoch (it did not let go in time)
// A fenced member is removed as if it had left; its partitions go to the others.
import assert from 'node:assert/strict';
import type { CancelTimer } from '../../runtime/seam.js';
import { ErrorCode } from '../../protocol/errors.js';
import type {
  ConsumerGroupHeartbeatRequest, ConsumerGroupHeartbeatResponse,
} from '../../protocol/generated/messages/consumer-group-heartbeat.js';
import type { ConsumerGroupDescribeResponseDescribedGroup } from '../../protocol/generated/messages/consumer-group-describe.js';
import { GroupWriteError, type GroupShardContext } from '../group-shard-context.js';
import type { GroupRecord } from '../group-records.js';
import type { GroupKind, GroupListing, GroupTypeLookup, OffsetRequester } from '../group-kind.js';
import type { ServerAssignor } from './assignors/assignor.js';
import { serverAssignors } from './assignors/server-assignors.js';
import { ConsumerGroup } from './consumer-group.js';
import { MemberState } from './consumer-group-member.js';
import { groupTombstones, type ConsumerGroupRecord } from './consumer-group-records.js';
import { describeGroup, describeMissingGroup } from './describe.js';
import { MemberEpoch, offsetEpochError } from './epoch-rules.js';
import { GroupChange } from './group-change.js';
import { decideHeartbeat, decideLeave, type HeartbeatDecision } from './heartbeat.js';
import { heartbeatRequestRejection } from './heartbeat-request-rules.js';
import type { TestOnlyBreakConsumerGroups } from './test-only-break-consumer-groups.js';
import { partitionsToWire } from './topic-partitions.js';
import { memberTopicNames } from './topic-subscription.js';

/** What a heartbeat's handler knows besides the body. */
export interface HeartbeatRequestInfo {
  readonly apiVersion: number;
  readonly clientId: string;
  readonly clientHost: string;
}

function isConsumerGroupRecord(record: GroupRecord): record is ConsumerGroupRecord {
  return record.type.startsWith('consumer-group-');
}

function timerKey(groupId: string, memberId: string): string {
  return `${groupId}\u0000${memberId}`;
}

function errorResponse(errorCode: number, message: string): ConsumerGroupHeartbeatResponse {
  return {
    throttleTimeMs: 0, errorCode, errorMessage: message, memberId: null, memberEpoch: 0,
    heartbeatIntervalMs: 0, assignment: null,
  };
}

export class ConsumerGroups implements GroupKind {
  readonly type = 'consumer' as const;
  private readonly groups = new Map<string, ConsumerGroup>();
  /** Wall-clock ms since which each empty group has had no members. */
  private readonly emptySinceMs = new Map<string, number>();
  private readonly sessionTimers = new Map<string, CancelTimer>();
  private readonly rebalanceTimers = new Map<string, { readonly epoch: number; readonly cancel: CancelTimer }>();
  private readonly assignors: readonly ServerAssignor[];
  private unloaded = false;

  constructor(readonly context: GroupShardContext, readonly typeOf: GroupTypeLookup,
    private readonly testOnlyBreak?: TestOnlyBreakConsumerGroups) {
    this.assignors = serverAssignors(context.settings.consumerGroupAssignors);
  }

  /** The group, for tests and checkers (undefined when this shard has no such consumer group). */
  group(groupId: string): ConsumerGroup | undefined {
    return this.groups.get(groupId);
  }

  // ---- ConsumerGroupHeartbeat ----

  async heartbeat(request: ConsumerGroupHeartbeatRequest, info: HeartbeatRequestInfo):
    Promise<ConsumerGroupHeartbeatResponse> {
    assert.ok(!this.unloaded, 'an unloaded shard serves no requests');
    const rejection = heartbeatRequestRejection(request, info.apiVersion, this.assignors.map(({ name }) => name));
    if (rejection !== undefined) return errorResponse(rejection.errorCode, rejection.message);
    const epochBefore = this.groups.get(request.groupId)?.groupEpoch;
    const decision = this.decide(request, info);
    if (!decision.ok) return errorResponse(decision.errorCode, decision.message);
    this.afterChange(decision.change.group, decision.memberId, { heartbeat: true });
    this.logChange(decision.change.group, decision.memberId, epochBefore);
    try {
      await this.context.write(decision.change.records);
    } catch (error) {
      if (error instanceof GroupWriteError) return errorResponse(error.errorCode, error.message);
      throw error;
    }
    return {
      throttleTimeMs: 0, errorCode: 0, errorMessage: null,
      memberId: decision.memberId,
      memberEpoch: decision.memberEpoch,
      heartbeatIntervalMs: this.context.settings.consumerGroupHeartbeatIntervalMs,
      assignment: decision.assignment === null ? null : { topicPartitions: partitionsToWire(decision.assignment) },
    };
  }

  private decide(request: ConsumerGroupHeartbeatRequest, info: HeartbeatRequestInfo): HeartbeatDecision {
    const groupId = request.groupId;
    if (this.typeOf(groupId) === 'classic') {
      return { ok: false, errorCode: ErrorCode.GROUP_ID_NOT_FOUND, message: `Group "${groupId}" is not a consumer group` };
    }
    const existing = this.groups.get(groupId);
    const leaving = request.memberEpoch === MemberEpoch.LEAVE || request.memberEpoch === MemberEpoch.LEAVE_STATIC;
    if (existing === undefined && request.memberEpoch !== MemberEpoch.JOIN) {
      return { ok: false, errorCode: ErrorCode.UNKNOWN_MEMBER_ID, message: `Consumer group "${groupId}" not found` };
    }
    if (leaving) return decideLeave(existing!, request, this.context.image());
    const group = existing ?? new ConsumerGroup(groupId);
    const decision = decideHeartbeat(group, request, {
      image: this.context.image(),
      assignors: this.assignors,
      groupMaxSize: this.context.settings.consumerGroupMaxSize,
      clientId: info.clientId,
      clientHost: info.clientHost,
      randomMemberId: () => this.context.randomUuid(),
      testOnlyBreak: this.testOnlyBreak,
    });
    if (decision.ok && existing === undefined) this.groups.set(groupId, group);
    return decision;
  }

  /** Timers and the empty-since clock after a change to `memberId` of `group`. */
  private afterChange(group: ConsumerGroup, memberId: string, options: { readonly heartbeat: boolean }): void {
    const key = timerKey(group.groupId, memberId);
    const member = group.members.get(memberId);
    if (member === undefined) {
      this.cancelTimers(key);
    } else {
      if (options.heartbeat && member.memberEpoch !== MemberEpoch.LEAVE_STATIC) this.scheduleSession(group.groupId, memberId);
      this.syncRebalanceTimer(group.groupId, memberId);
    }
    if (group.members.size > 0) this.emptySinceMs.delete(group.groupId);
    else if (!this.emptySinceMs.has(group.groupId)) this.emptySinceMs.set(group.groupId, this.context.now());
    group.checkInvariants();
  }

  /** One line per group epoch: who joined or left, and the target it led to. */
  private logChange(group: ConsumerGroup, memberId: string, epochBefore: number | undefined): void {
    if (group.groupEpoch === epochBefore) return;
    const member = group.members.get(memberId);
    this.context.logger.info(`group ${group.groupId} epoch ${group.groupEpoch}: member ${memberId} `
      + (member === undefined ? 'left' : epochBefore === undefined ? 'created the group' : 'joined or resubscribed'), {
      members: group.members.size, assignmentEpoch: group.assignmentEpoch, state: group.state(),
    });
  }

  private scheduleSession(groupId: string, memberId: string): void {
    const key = timerKey(groupId, memberId);
    this.sessionTimers.get(key)?.();
    this.sessionTimers.set(key, this.context.setTimer(this.context.settings.consumerGroupSessionTimeoutMs,
      () => this.onSessionTimeout(groupId, memberId)));
  }

  private syncRebalanceTimer(groupId: string, memberId: string): void {
    const key = timerKey(groupId, memberId);
    const member = this.groups.get(groupId)?.members.get(memberId);
    const timer = this.rebalanceTimers.get(key);
    if (member === undefined || member.state !== MemberState.UNREVOKED_PARTITIONS) {
      timer?.cancel();
      this.rebalanceTimers.delete(key);
      return;
    }
    if (timer?.epoch === member.memberEpoch) return;
    timer?.cancel();
    const epoch = member.memberEpoch;
    const timeoutMs = Math.max(member.rebalanceTimeoutMs, 0);
    this.rebalanceTimers.set(key, {
      epoch, cancel: this.context.setTimer(timeoutMs, () => this.onRebalanceTimeout(groupId, memberId, epoch)),
    });
  }

  private cancelTimers(key: string): void {
    this.sessionTimers.get(key)?.();
    this.sessionTimers.delete(key);
    this.rebalanceTimers.get(key)?.cancel();
    this.rebalanceTimers.delete(key);
  }

  private onSessionTimeout(groupId: string, memberId: string): void {
    this.sessionTimers.delete(timerKey(groupId, memberId));
    this.fence(groupId, memberId, 'its session expired');
  }

  private onRebalanceTimeout(groupId: string, memberId: string, epoch: number): void {
    this.rebalanceTimers.delete(timerKey(groupId, memberId));
    if (this.groups.get(groupId)?.members.get(memberId)?.memberEpoch !== epoch) return;
    this.fence(groupId, memberId, `it did not revoke its partitions of epoch ${epoch} within its rebalance timeout`);
  }

  /** Removes a member the coordinator gave up on (Kafka's consumerGroupFenceMemberOperation). */
  private fence(groupId: string, memberId: string, reason: string): void {
    const group = this.groups.get(groupId);
    if (this.unloaded || group?.members.has(memberId) !== true) return;
    const change = new GroupChange(group);
    change.removeMember(memberId, this.context.image());
    this.afterChange(group, memberId, { heartbeat: false });
    this.context.logger.info(`group ${groupId} epoch ${group.groupEpoch}: member ${memberId} fenced: ${reason}`,
      { members: group.members.size });
    this.context.write(change.records).catch((error: unknown) => {
      this.context.logger.warn('fencing a member was not committed', { group: groupId, member: memberId,
        error: error instanceof Error ? error.message : String(error) });
    });
  }

  // ---- ConsumerGroupDescribe ----

  /** One described group per id, in order; reads only committed state. */
  async describe(groupIds: readonly string[], authorizedOperations: number):
    Promise<ConsumerGroupDescribeResponseDescribedGroup[]> {
    await this.context.committed();
    return groupIds.map((groupId) => {
      const group = this.groups.get(groupId);
      if (group !== undefined) {
        return describeGroup(group, { image: this.context.image(), assignors: this.assignors, authorizedOperations });
      }
      const message = this.typeOf(groupId) === 'classic' ? `Group "${groupId}" is not a consumer group`
        : `Group "${groupId}" not found`;
      return describeMissingGroup(groupId, ErrorCode.GROUP_ID_NOT_FOUND, message, authorizedOperations);
    });
  }

  // ---- GroupShardPart ----

  replay(record: GroupRecord): boolean {
    if (!isConsumerGroupRecord(record)) return false;
    const groupId = record.key.groupId;
    const group = this.groups.get(groupId);
    // A tombstone of a group this shard no longer has (its other records already compacted away).
    if (record.value === null && group === undefined) return true;
    if (record.type === 'consumer-group-metadata' && record.value === null) {
      assert.equal(group?.members.size ?? 0, 0, 'a consumer group is deleted only when it is empty');
      this.groups.delete(groupId);
      this.emptySinceMs.delete(groupId);
      return true;
    }
    const target = group ?? new ConsumerGroup(groupId);
    this.groups.set(groupId, target);
    target.apply(record);
    return true;
  }

  /** Starts every member's session clock afresh (and rebalance clocks of members revoking). */
  loaded(): void {
    const now = this.context.now();
    for (const group of this.groups.values()) {
      group.checkInvariants();
      if (group.members.size === 0) this.emptySinceMs.set(group.groupId, now);
      for (const memberId of group.members.keys()) {
        this.scheduleSession(group.groupId, memberId);
        this.syncRebalanceTimer(group.groupId, memberId);
      }
    }
  }

  unload(): void {
    this.unloaded = true;
    for (const cancel of this.sessionTimers.values()) cancel();
    for (const { cancel } of this.rebalanceTimers.values()) cancel();
    this.sessionTimers.clear();
    this.rebalanceTimers.clear();
    this.groups.clear();
  }

  // ---- GroupKind ----

  has(groupId: string): boolean {
    return this.groups.has(groupId);
  }

  list(): GroupListing[] {
    return [...this.groups.values()].map((group) =>
      ({ groupId: group.groupId, protocolType: 'consumer', state: group.state(), type: 'consumer' as const }));
  }

  /**
   * Kafka's ConsumerGroup.validateOffsetCommit: a negative epoch commits only to a group without
   * members (admin tools, consumers that assign partitions themselves); otherwise the member must
   * exist, use OffsetCommit v9+ (the version that carries member epochs) and send its current epoch.
   */
  validateOffsetCommit(groupId: string, requester: OffsetRequester): number {
    const group = this.groups.get(groupId);
    if (group === undefined) return 0;
    if (requester.generationIdOrMemberEpoch < 0 && group.members.size === 0) return 0;
    const member = group.members.get(requester.memberId);
    if (member === undefined) return ErrorCode.UNKNOWN_MEMBER_ID;
    if (requester.apiVersion < 9) return ErrorCode.UNSUPPORTED_VERSION;
    return offsetEpochError(member.memberEpoch, requester.generationIdOrMemberEpoch);
  }

  /** OffsetFetch without a member (before v9, or admin tools) is allowed; with one, as a commit. */
  validateOffsetFetch(groupId: string, requester: OffsetRequester): number {
    const group = this.groups.get(groupId);
    if (group === undefined) return 0;
    if (requester.memberId === '' && requester.generationIdOrMemberEpoch < 0) return 0;
    const member = group.members.get(requester.memberId);
    if (member === undefined) return ErrorCode.UNKNOWN_MEMBER_ID;
    return offsetEpochError(member.memberEpoch, requester.generationIdOrMemberEpoch);
  }

  isSubscribedTo(groupId: string, topic: string): boolean {
    const group = this.groups.get(groupId);
    if (group === undefined) return false;
    const image = this.context.image();
    for (const member of group.members.values()) {
      if (memberTopicNames(member, image).has(topic)) return true;
    }
    return false;
  }

  /** Since when the group is empty; a group loaded empty counts from its load (never earlier). */
  emptySince(groupId: string): number | undefined {
    return this.emptySinceMs.get(groupId);
  }

  planDelete(groupId: string): { readonly errorCode: number; readonly records: readonly GroupRecord[] } {
    const group = this.groups.get(groupId);
    if (group === undefined) return { errorCode: ErrorCode.GROUP_ID_NOT_FOUND, records: [] };
    if (group.members.size > 0) return { errorCode: ErrorCode.NON_EMPTY_GROUP, records: [] };
    return { errorCode: 0, records: groupTombstones(groupId) };
  }

  deleted(groupId: string): void {
    for (const record of groupTombstones(groupId)) this.replay(record);
    assert.ok(!this.groups.has(groupId), 'a deleted group is gone');
  }
}
