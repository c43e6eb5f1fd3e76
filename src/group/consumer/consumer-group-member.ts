// One member of a KIP-848 consumer group, as the coordinator knows it (Kafka's
// ConsumerGroupMember): what it subscribes to (persisted as ConsumerGroupMemberMetadata) and
// where its reconciliation stands (persisted as ConsumerGroupCurrentMemberAssignment). Values
// are immutable; a change makes a new member.
import type { TopicPartitions } from './topic-partitions.js';
import { NO_PARTITIONS } from './topic-partitions.js';

/**
 * Where a member's reconciliation stands (Kafka's MemberState; the numbers are the ones the
 * ConsumerGroupCurrentMemberAssignment record stores).
 *
 *   STABLE                 its assignment is its target's part (or all it can have of it so far)
 *   UNREVOKED_PARTITIONS   it must first give up `partitionsPendingRevocation`
 *   UNRELEASED_PARTITIONS  it waits for partitions another member still owns
 */
export const MemberState = {
  STABLE: 0,
  UNREVOKED_PARTITIONS: 1,
  UNRELEASED_PARTITIONS: 2,
  UNKNOWN: 127,
} as const;

export type MemberStateValue = (typeof MemberState)[keyof typeof MemberState];

export function memberStateName(state: MemberStateValue): string {
  switch (state) {
    case MemberState.STABLE: return 'stable';
    case MemberState.UNREVOKED_PARTITIONS: return 'unrevoked_partitions';
    case MemberState.UNRELEASED_PARTITIONS: return 'unreleased_partitions';
    case MemberState.UNKNOWN: return 'unknown';
    default: {
      const unexpected: never = state;
      throw new Error(`Unknown member state ${String(unexpected)}`);
    }
  }
}

/** A member's subscription: the fields ConsumerGroupMemberMetadata persists. */
export interface MemberSubscription {
  readonly instanceId: string | null;
  readonly rackId: string | null;
  readonly clientId: string;
  readonly clientHost: string;
  /** Ascending, no duplicates. */
  readonly subscribedTopicNames: readonly string[];
  /** A regular expression over topic names (whole-name match), or null. */
  readonly subscribedTopicRegex: string | null;
  readonly rebalanceTimeoutMs: number;
  readonly serverAssignor: string | null;
}

/** A member's reconciliation: the fields ConsumerGroupCurrentMemberAssignment persists. */
export interface MemberAssignmentState {
  /**
   * The epoch the member must send next. 0 before its first reconciliation; -2 while a static
   * member is away (it left with -2 and may come back within its session).
   */
  readonly memberEpoch: number;
  /** The epoch before the last bump: a member whose answer was lost may still send it. */
  readonly previousMemberEpoch: number;
  readonly state: MemberStateValue;
  /** What it may consume now. Invariant: disjoint from partitionsPendingRevocation. */
  readonly assignedPartitions: TopicPartitions;
  /** What it must stop consuming before it gets more. */
  readonly partitionsPendingRevocation: TopicPartitions;
}

export interface ConsumerGroupMember extends MemberSubscription, MemberAssignmentState {
  readonly memberId: string;
}

/** The subscription of a member known only by an assignment record (or not yet subscribed). */
export const NO_SUBSCRIPTION: MemberSubscription = {
  instanceId: null, rackId: null, clientId: '', clientHost: '', subscribedTopicNames: [],
  subscribedTopicRegex: null, rebalanceTimeoutMs: -1, serverAssignor: null,
};

/** A member just created by a metadata record: epoch 0, nothing assigned. */
export function newMember(memberId: string, subscription: MemberSubscription): ConsumerGroupMember {
  return {
    memberId,
    ...subscription,
    memberEpoch: 0,
    previousMemberEpoch: 0,
    state: MemberState.STABLE,
    assignedPartitions: NO_PARTITIONS,
    partitionsPendingRevocation: NO_PARTITIONS,
  };
}

export function sameSubscription(left: MemberSubscription, right: MemberSubscription): boolean {
  return left.instanceId === right.instanceId && left.rackId === right.rackId
    && left.clientId === right.clientId && left.clientHost === right.clientHost
    && left.subscribedTopicNames.join('\n') === right.subscribedTopicNames.join('\n')
    && left.subscribedTopicRegex === right.subscribedTopicRegex
    && left.rebalanceTimeoutMs === right.rebalanceTimeoutMs && left.serverAssignor === right.serverAssignor;
}

/** Whether the member subscribes to other topics than before (what bumps the group epoch). */
export function subscribesDifferently(left: MemberSubscription, right: MemberSubscription): boolean {
  return left.subscribedTopicNames.join('\n') !== right.subscribedTopicNames.join('\n')
    || left.subscribedTopicRegex !== right.subscribedTopicRegex;
}

/** Kafka's isReconciledTo: at the target epoch with nothing left to do. */
export function isReconciledTo(member: MemberAssignmentState, targetEpoch: number): boolean {
  return member.memberEpoch === targetEpoch && member.state === MemberState.STABLE;
}
