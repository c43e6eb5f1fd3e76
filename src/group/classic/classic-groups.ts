// The classic groups of one shard (JoinGroup, SyncGroup, Heartbeat, LeaveGroup, DescribeGroups),
// and what they answer the rest of the shard as a GroupKind (offset commit checks, listing,
// deletion, expiry). The protocol's rules live in the files beside this one (README.md is the
// map); this class is the gateway: it checks what a request may not carry, runs one operation on
// the group's state, writes what the operation decided, and answers when the contract says
// (group-shard-context.ts): a change only once its records are committed.
import { ErrorCode } from '../../protocol/mod.js';
import type { JoinGroupRequest, JoinGroupResponse } from '../../protocol/generated/messages/join-group.js';
import {
  createSyncGroupResponse, type SyncGroupRequest, type SyncGroupResponse,
} from '../../protocol/generated/messages/sync-group.js';
import type { HeartbeatRequest } from '../../protocol/generated/messages/heartbeat.js';
import type { DescribeGroupsResponseDescribedGroup } from '../../protocol/generated/messages/describe-groups.js';
import type { GroupRecord } from '../group-records.js';
import type { GroupKind, GroupListing, GroupTypeLookup, OffsetRequester } from '../group-kind.js';
import type { GroupShardContext } from '../group-shard-context.js';
import type { ClassicGroup } from './classic-group.js';
import { ClassicShard, writeErrorCode } from './classic-shard.js';
import { heartbeatTimerKey, joinTimerKey, syncTimerKey } from './classic-timers.js';
import { subscribedTopics } from './consumer-subscription.js';
import { describeGroup } from './describe-group.js';
import {
  groupFromRecord, groupMetadataTombstone, isLoadableGroupValue,
} from './group-metadata-record.js';
import { heartbeat, offsetCommitAccepted, validateOffsetCommit } from './heartbeat.js';
import { joinGroup, type JoinClient } from './join-group.js';
import { isSessionTimeoutAllowed } from './join-rules.js';
import { leaveGroup, type LeavingMember } from './leave-group.js';
import { UNKNOWN_MEMBER_ID } from './member-id.js';
import { answerParkedRequests, joinError, prepareRebalance, rescheduleHeartbeat } from './rebalance.js';
import { syncGroup } from './sync-group.js';

export type { JoinClient } from './join-group.js';
export type { LeavingMember } from './leave-group.js';

/** A LeaveGroup's answer: a top-level error or one per member. */
export interface LeaveAnswer {
  readonly errorCode: number;
  readonly members: ReadonlyArray<LeavingMember & { readonly errorCode: number }>;
}

export class ClassicGroups implements GroupKind {
  readonly type = 'classic' as const;
  private readonly shard: ClassicShard;

  constructor(readonly context: GroupShardContext, readonly typeOf: GroupTypeLookup) {
    this.shard = new ClassicShard(context, typeOf);
  }

  /** A consumer group (KIP-848) of this id: the classic protocol cannot reach its members. */
  private isOtherKind(groupId: string): boolean {
    return this.typeOf(groupId) === 'consumer';
  }

  async joinGroup(request: JoinGroupRequest, client: JoinClient): Promise<JoinGroupResponse> {
    if (request.groupId === '') return joinError(request.memberId, ErrorCode.INVALID_GROUP_ID);
    if (!isSessionTimeoutAllowed(request.sessionTimeoutMs, this.context.settings)) {
      return joinError(request.memberId, ErrorCode.INVALID_SESSION_TIMEOUT);
    }
    if (this.isOtherKind(request.groupId)) return joinError(UNKNOWN_MEMBER_ID, ErrorCode.INCONSISTENT_GROUP_PROTOCOL);
    const outcome = joinGroup(this.shard, request, client);
    this.checkGroup(request.groupId);
    // No request waits for a join's records (a group emptied by it): the answer is the rebalance's.
    this.shard.writeInBackground(outcome.records, 'join');
    return outcome.response;
  }

  async syncGroup(request: SyncGroupRequest): Promise<SyncGroupResponse> {
    if (request.groupId === '') return createSyncGroupResponse({ errorCode: ErrorCode.INVALID_GROUP_ID });
    if (this.isOtherKind(request.groupId)) return createSyncGroupResponse({ errorCode: ErrorCode.UNKNOWN_MEMBER_ID });
    const response = syncGroup(this.shard, request);
    this.checkGroup(request.groupId);
    return response;
  }

  /** The heartbeat's error code, once every earlier write is committed (as Kafka's is). */
  async heartbeat(request: HeartbeatRequest): Promise<number> {
    if (request.groupId === '') return ErrorCode.INVALID_GROUP_ID;
    if (this.isOtherKind(request.groupId)) return ErrorCode.UNKNOWN_MEMBER_ID;
    const errorCode = heartbeat(this.shard, request);
    this.checkGroup(request.groupId);
    return this.afterWrite([], errorCode);
  }

  async leaveGroup(groupId: string, members: readonly LeavingMember[]): Promise<LeaveAnswer> {
    if (groupId === '') return { errorCode: ErrorCode.INVALID_GROUP_ID, members: [] };
    if (this.isOtherKind(groupId)) {
      return { errorCode: ErrorCode.NONE,
        members: members.map((member) => ({ ...member, errorCode: ErrorCode.UNKNOWN_MEMBER_ID })) };
    }
    const outcome = leaveGroup(this.shard, groupId, members);
    this.checkGroup(groupId);
    const errorCode = await this.afterWrite(outcome.records, outcome.errorCode);
    return errorCode === outcome.errorCode ? outcome : { errorCode, members: [] };
  }

  /** DescribeGroups for one group of this shard, read once everything written is committed. */
  async describeGroup(groupId: string, authorizedOperations: number): Promise<DescribeGroupsResponseDescribedGroup> {
    await this.context.committed();
    return describeGroup(groupId, this.isOtherKind(groupId) ? undefined : this.shard.live(groupId), authorizedOperations);
  }

  /** Writes `records` (none: waits for earlier ones); the write's error replaces `errorCode`. */
  private async afterWrite(records: readonly GroupRecord[], errorCode: number): Promise<number> {
    try {
      await this.context.write(records);
      return errorCode;
    } catch (error) {
      return writeErrorCode(error);
    }
  }

  private checkGroup(groupId: string): void {
    this.shard.groups.get(groupId)?.checkInvariants();
  }

  /** Every group's invariants (tests and the simulator run it after each step). */
  checkInvariants(): void {
    this.shard.checkInvariants();
  }

  /** The group's state, for tests and the console (undefined: no such live group). */
  group(groupId: string): Readonly<ClassicGroup> | undefined {
    return this.shard.live(groupId);
  }

  replay(record: GroupRecord): boolean {
    if (record.type !== 'group-metadata') return false;
    const groupId = record.key.group;
    if (record.value === null) {
      this.shard.groups.delete(groupId);
    } else if (isLoadableGroupValue(record.value)) {
      this.shard.groups.set(groupId, groupFromRecord(groupId, record.value, this.context.now()));
    } else {
      this.context.logger.warn('skipped a group metadata record that names no usable protocol', { group: groupId });
    }
    return true;
  }

  /** Loaded members expire by their session timeout unless they heartbeat (or rejoin). */
  loaded(): void {
    for (const group of this.shard.groups.values()) {
      for (const member of group.members.values()) rescheduleHeartbeat(this.shard, group, member);
      if (group.members.size > this.context.settings.groupMaxSize) {
        // group.max.size was lowered: the rebalance turns the last rejoiners away.
        this.shard.writeInBackground(prepareRebalance(this.shard, group, 'loaded group is over group.max.size'),
          'over-size rebalance');
      }
    }
    this.shard.checkInvariants();
  }

  unload(): void {
    for (const group of this.shard.groups.values()) {
      for (const member of group.members.values()) {
        answerParkedRequests(group, member, ErrorCode.NOT_COORDINATOR, member.memberId);
      }
      group.transitionTo('Dead', this.context.now());
    }
    this.shard.timers.stop();
    this.shard.groups.clear();
  }

  has(groupId: string): boolean {
    return this.shard.live(groupId) !== undefined;
  }

  list(): GroupListing[] {
    return [...this.shard.groups.values()].filter((group) => !group.isInState('Dead')).map((group) => ({
      groupId: group.groupId, protocolType: group.protocolType ?? '', state: group.state, type: 'classic' as const,
    }));
  }

  validateOffsetCommit(groupId: string, requester: OffsetRequester): number {
    const group = this.shard.live(groupId);
    if (group === undefined) {
      // No such group: a commit outside any generation is a "simple" consumer's; otherwise the
      // member's group is gone (v9+ says so; older versions are told ILLEGAL_GENERATION).
      if (requester.generationIdOrMemberEpoch < 0) return ErrorCode.NONE;
      return requester.apiVersion >= 9 ? ErrorCode.GROUP_ID_NOT_FOUND : ErrorCode.ILLEGAL_GENERATION;
    }
    const errorCode = validateOffsetCommit(group, requester);
    if (errorCode === ErrorCode.NONE) offsetCommitAccepted(this.shard, group, requester.memberId);
    return errorCode;
  }

  validateOffsetFetch(groupId: string, _requester: OffsetRequester): number {
    const group = this.shard.groups.get(groupId);
    return group?.isInState('Dead') === true ? ErrorCode.GROUP_ID_NOT_FOUND : ErrorCode.NONE;
  }

  isSubscribedTo(groupId: string, topic: string): boolean {
    const group = this.shard.live(groupId);
    if (group === undefined || !group.usesConsumerProtocol()) return false;
    const protocolName = group.protocolName;
    if (protocolName === undefined) return false;
    const metadatas = [...group.members.values()]
      .filter((member) => member.protocolNames().includes(protocolName))
      .map((member) => member.metadata(protocolName));
    // Unknown subscriptions (undecodable metadata) count as subscribed: nothing is deleted by mistake.
    return subscribedTopics(metadatas)?.has(topic) ?? true;
  }

  emptySince(groupId: string): number | undefined {
    const group = this.shard.live(groupId);
    return group?.isInState('Empty') === true ? group.currentStateTimestampMs : undefined;
  }

  planDelete(groupId: string): { readonly errorCode: number; readonly records: readonly GroupRecord[] } {
    const group = this.shard.live(groupId);
    if (group === undefined) return { errorCode: ErrorCode.GROUP_ID_NOT_FOUND, records: [] };
    if (!group.isInState('Empty')) return { errorCode: ErrorCode.NON_EMPTY_GROUP, records: [] };
    return { errorCode: ErrorCode.NONE, records: [groupMetadataTombstone(groupId)] };
  }

  deleted(groupId: string): void {
    const group = this.shard.groups.get(groupId);
    if (group === undefined) return;
    group.transitionTo('Dead', this.context.now());
    this.shard.timers.cancel(joinTimerKey(groupId));
    this.shard.timers.cancel(syncTimerKey(groupId));
    for (const memberId of [...group.members.keys(), ...group.pendingJoinMembers]) {
      this.shard.timers.cancel(heartbeatTimerKey(groupId, memberId));
    }
    this.shard.groups.delete(groupId);
  }
}
