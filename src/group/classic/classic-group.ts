// One classic group's state (Kafka's ClassicGroup): its state and generation, the protocol type
// and the protocol chosen for the generation, the leader, the members, the static members'
// instance ids, the KIP-394 pending members (given an id, not yet rejoined with it), and the
// members whose SyncGroup the generation still waits for. It only keeps that state consistent;
// the rules that drive it (when to rebalance, when a join completes, timers, records) are in
// rebalance.ts and the operation files, the pure rules in the small files beside it.
//
// Invariants (checkInvariants):
// - Empty and Dead groups have no members; a group with members has a leader among them.
// - Every member with an instance id is the one `staticMembers` names for it, and back.
// - Pending members are not members; pending-sync members are members.
// - A parked JoinGroup only in PreparingRebalance; a parked SyncGroup only in CompletingRebalance.
// - In CompletingRebalance and Stable the chosen protocol is one every member offers.
import assert from 'node:assert/strict';
import type { JoinGroupResponse, JoinGroupResponseMember } from '../../protocol/generated/messages/join-group.js';
import type { SyncGroupResponse } from '../../protocol/generated/messages/sync-group.js';
import { assertValidTransition, canRebalance, type ClassicGroupState } from './classic-group-state.js';
import type { ClassicMember, JoinWaiter, MemberProtocol } from './classic-member.js';
import { selectProtocol, supportsProtocols } from './protocol-selection.js';
import { ErrorCode } from '../../protocol/mod.js';

export class ClassicGroup {
  readonly groupId: string;
  state: ClassicGroupState;
  previousState: ClassicGroupState = 'Dead';
  /** Wall-clock ms of the last state change (GroupMetadataValue.currentStateTimestamp); -1 unknown. */
  currentStateTimestampMs: number;
  /** Invariant: never decreases. */
  generationId: number;
  /** Set by the first member ever, kept while the group lives (Kafka keeps it across Empty). */
  protocolType: string | undefined;
  /** The protocol of the current generation; undefined while Empty. */
  protocolName: string | undefined;
  leaderId: string | undefined;
  /** In join order: the oldest member first (a departed leader's successor is the oldest). */
  readonly members = new Map<string, ClassicMember>();
  /** Static members: group.instance.id → its current member id. */
  readonly staticMembers = new Map<string, string>();
  /** KIP-394: member ids handed out with MEMBER_ID_REQUIRED whose rejoin has not come yet. */
  readonly pendingJoinMembers = new Set<string>();
  /** Members whose SyncGroup this generation has not seen. */
  readonly pendingSyncMembers = new Set<string>();
  /** During an initial rebalance: a member joined since the delay was last scheduled. */
  newMemberAdded = false;

  constructor(init: {
    readonly groupId: string;
    readonly state: ClassicGroupState;
    readonly nowMs: number;
    readonly generationId?: number;
    readonly protocolType?: string | undefined;
    readonly protocolName?: string | undefined;
    readonly leaderId?: string | undefined;
  }) {
    this.groupId = init.groupId;
    this.state = init.state;
    this.currentStateTimestampMs = init.nowMs;
    this.generationId = init.generationId ?? 0;
    this.protocolType = init.protocolType;
    this.protocolName = init.protocolName;
    this.leaderId = init.leaderId;
  }

  isInState(state: ClassicGroupState): boolean { return this.state === state; }
  canRebalance(): boolean { return canRebalance(this.state); }
  hasMember(memberId: string): boolean { return this.members.has(memberId); }
  isPendingMember(memberId: string): boolean { return this.pendingJoinMembers.has(memberId); }
  isLeader(memberId: string): boolean { return this.leaderId === memberId; }
  usesConsumerProtocol(): boolean { return this.protocolType === 'consumer'; }

  member(memberId: string): ClassicMember {
    const member = this.members.get(memberId);
    assert.ok(member !== undefined, `member ${memberId} is in group ${this.groupId}`);
    return member;
  }

  /** The members parked in JoinGroup. */
  awaitingJoinCount(): number {
    let count = 0;
    for (const member of this.members.values()) if (member.isAwaitingJoin) count += 1;
    return count;
  }

  /** Whether the join phase can end: every member parked its JoinGroup, no KIP-394 rejoin is due. */
  hasAllMembersJoined(): boolean {
    return this.awaitingJoinCount() === this.members.size && this.pendingJoinMembers.size === 0;
  }

  /** The longest rebalance timeout of the members: how long a join or sync phase may take. */
  rebalanceTimeoutMs(): number {
    let longest = 0;
    for (const member of this.members.values()) longest = Math.max(longest, member.rebalanceTimeoutMs);
    return longest;
  }

  /** The admission rule (protocol-selection.ts) for a member offering `protocols`. */
  supportsProtocols(protocolType: string, protocols: readonly MemberProtocol[]): boolean {
    return supportsProtocols({
      groupIsEmpty: this.isInState('Empty'),
      groupProtocolType: this.protocolType,
      members: [...this.members.values()].map((member) => member.protocolNames()),
      memberProtocolType: protocolType,
      memberProtocols: protocols.map((protocol) => protocol.name),
    });
  }

  /** The protocol the members would choose now. Precondition: the group has members. */
  selectProtocol(): string {
    return selectProtocol([...this.members.values()].map((member) => member.protocolNames()));
  }

  /** Adds a member (parked in JoinGroup when `joinWaiter` is given). */
  add(member: ClassicMember, joinWaiter?: JoinWaiter): void {
    assert.ok(!this.members.has(member.memberId), `member ${member.memberId} is not yet in the group`);
    if (member.groupInstanceId !== null) {
      assert.ok(!this.staticMembers.has(member.groupInstanceId), 'one member per group.instance.id');
      this.staticMembers.set(member.groupInstanceId, member.memberId);
    }
    if (this.members.size === 0) this.protocolType = member.protocolType;
    assert.equal(member.protocolType, this.protocolType, 'a member has the group protocol type');
    this.leaderId ??= member.memberId;
    this.members.set(member.memberId, member);
    member.joinWaiter = joinWaiter;
    this.pendingJoinMembers.delete(member.memberId);
  }

  /** Removes a member (its parked requests must have been answered); elects a new leader if needed. */
  remove(memberId: string): void {
    const member = this.members.get(memberId);
    if (member !== undefined) {
      assert.ok(!member.isAwaitingJoin && !member.isAwaitingSync, 'a removed member has no parked request');
      this.members.delete(memberId);
      if (member.groupInstanceId !== null) this.staticMembers.delete(member.groupInstanceId);
    }
    if (this.isLeader(memberId)) this.leaderId = this.members.keys().next().value;
    this.pendingJoinMembers.delete(memberId);
    this.pendingSyncMembers.delete(memberId);
  }

  /** KIP-394: remembers a member id handed out with MEMBER_ID_REQUIRED. */
  addPendingMember(memberId: string): void {
    assert.ok(!this.members.has(memberId), 'a pending member is not yet a member');
    this.pendingJoinMembers.add(memberId);
  }

  /** Replaces a member's protocols and timeouts from a rejoin; parks its JoinGroup if given. */
  updateMember(member: ClassicMember, update: {
    readonly protocols: readonly MemberProtocol[];
    readonly rebalanceTimeoutMs: number;
    readonly sessionTimeoutMs: number;
    readonly joinWaiter: JoinWaiter | undefined;
  }): void {
    assert.ok(this.members.get(member.memberId) === member, 'the updated member is in the group');
    member.protocols = update.protocols;
    member.rebalanceTimeoutMs = update.rebalanceTimeoutMs;
    member.sessionTimeoutMs = update.sessionTimeoutMs;
    member.joinWaiter = update.joinWaiter;
  }

  /**
   * KIP-345: a static member rejoined without its member id; `newMember` (with the new id) takes
   * the old one's place, its assignment and, if it led, the leadership. Returns the old member,
   * whose parked requests the caller answers FENCED_INSTANCE_ID.
   */
  replaceStaticMember(oldMemberId: string, newMember: ClassicMember): ClassicMember {
    const old = this.member(oldMemberId);
    assert.ok(old.groupInstanceId !== null && old.groupInstanceId === newMember.groupInstanceId,
      'a static member is replaced by one of the same instance id');
    assert.ok(!old.isAwaitingJoin && !old.isAwaitingSync, 'the replaced member has no parked request');
    const wasLeader = this.isLeader(oldMemberId);
    this.members.delete(oldMemberId);
    this.pendingSyncMembers.delete(oldMemberId);
    newMember.assignment = old.assignment;
    this.members.set(newMember.memberId, newMember);
    this.staticMembers.set(old.groupInstanceId, newMember.memberId);
    if (wasLeader) this.leaderId = newMember.memberId;
    return old;
  }

  /** Answers a member's parked JoinGroup; false when it had none. */
  completeJoin(member: ClassicMember, response: JoinGroupResponse): boolean {
    const waiter = member.joinWaiter;
    if (waiter === undefined) return false;
    member.joinWaiter = undefined;
    waiter(response);
    return true;
  }

  /** Answers a member's parked SyncGroup; false when it had none. */
  completeSync(member: ClassicMember, response: SyncGroupResponse): boolean {
    const waiter = member.syncWaiter;
    if (waiter === undefined) return false;
    member.syncWaiter = undefined;
    waiter(response);
    return true;
  }

  /**
   * The rebalance timeout passed with the leader still not rejoined: a member that did rejoin
   * leads instead. False when no member rejoined (the join phase cannot complete yet).
   */
  maybeElectNewJoinedLeader(): boolean {
    if (this.leaderId === undefined) return false;
    if (this.member(this.leaderId).isAwaitingJoin) return true;
    for (const member of this.members.values()) {
      if (member.isAwaitingJoin) {
        this.leaderId = member.memberId;
        return true;
      }
    }
    return false;
  }

  transitionTo(state: ClassicGroupState, nowMs: number): void {
    assertValidTransition(this.state, state);
    this.previousState = this.state;
    this.state = state;
    this.currentStateTimestampMs = nowMs;
  }

  /** Ends the join phase: the next generation, with the protocol the members choose. */
  initNextGeneration(nowMs: number): void {
    assert.ok(this.isInState('PreparingRebalance'), 'a generation starts at the end of a join phase');
    this.generationId += 1;
    if (this.members.size > 0) {
      this.protocolName = this.selectProtocol();
      this.transitionTo('CompletingRebalance', nowMs);
    } else {
      this.protocolName = undefined;
      this.transitionTo('Empty', nowMs);
    }
    this.pendingSyncMembers.clear();
  }

  /** The members as the leader's JoinGroup answer lists them: ids and metadata for the protocol. */
  membersForLeader(): JoinGroupResponseMember[] {
    assert.ok(this.isInState('CompletingRebalance') || this.isInState('Stable'), 'a generation is chosen');
    const protocolName = this.protocolName as string;
    return [...this.members.values()].map((member) => ({
      memberId: member.memberId, groupInstanceId: member.groupInstanceId, metadata: member.metadata(protocolName),
    }));
  }

  /**
   * Who a request names (ClassicGroup.validateMember): UNKNOWN_MEMBER_ID for a member the group
   * does not have, FENCED_INSTANCE_ID when the instance id now belongs to another member id
   * (a newer instance replaced this one, KIP-345); NONE otherwise.
   */
  validateMember(memberId: string, groupInstanceId: string | null): number {
    if (groupInstanceId !== null) {
      const current = this.staticMembers.get(groupInstanceId);
      if (current === undefined) return ErrorCode.UNKNOWN_MEMBER_ID;
      if (current !== memberId) return ErrorCode.FENCED_INSTANCE_ID;
    }
    return this.members.has(memberId) ? ErrorCode.NONE : ErrorCode.UNKNOWN_MEMBER_ID;
  }

  checkInvariants(): void {
    const noMembers = this.members.size === 0;
    if (this.isInState('Empty') || this.isInState('Dead')) assert.ok(noMembers, `${this.state} group has no members`);
    assert.equal(this.leaderId === undefined, noMembers, 'a group with members has a leader');
    if (this.leaderId !== undefined) assert.ok(this.members.has(this.leaderId), 'the leader is a member');
    for (const [instanceId, memberId] of this.staticMembers) {
      assert.equal(this.members.get(memberId)?.groupInstanceId, instanceId, 'a static member is mapped to itself');
    }
    for (const member of this.members.values()) {
      if (member.groupInstanceId !== null) {
        assert.equal(this.staticMembers.get(member.groupInstanceId), member.memberId, 'each static member is mapped');
      }
      if (member.isAwaitingJoin) assert.ok(this.isInState('PreparingRebalance'), 'JoinGroup parks in a join phase');
      if (member.isAwaitingSync) assert.ok(this.isInState('CompletingRebalance'), 'SyncGroup parks in a sync phase');
      if (this.isInState('CompletingRebalance') || this.isInState('Stable')) {
        assert.ok(member.protocolNames().includes(this.protocolName as string), 'members offer the chosen protocol');
      }
    }
    for (const memberId of this.pendingJoinMembers) assert.ok(!this.members.has(memberId), 'pending is not member');
    for (const memberId of this.pendingSyncMembers) assert.ok(this.members.has(memberId), 'pending sync is member');
  }
}
