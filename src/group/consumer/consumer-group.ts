// One KIP-848 consumer group's state (Kafka's ConsumerGroup), changed only by applying its
// ConsumerGroup* records: the live path (operations in heartbeat.ts emit records and apply
// them at once) and the load path (replay of the offsets partition) run the same code, so a new
// coordinator rebuilds exactly the state the old one served.
//
// Three epochs, each only growing:
//   group epoch        bumped when the group's subscriptions or the subscribed topics change
//   assignment epoch   the group epoch the target assignment was computed for (≤ group epoch)
//   member epoch       per member: the target epoch it has reconciled to (≤ assignment epoch)
//
// State (what ListGroups shows):  Empty        no members
//                                 Assigning    group epoch > assignment epoch
//                                 Reconciling  some member is not reconciled to the target
//                                 Stable       every member holds its target
//
// Invariant (checkInvariants, asserted on every change of ownership): a partition is owned
// (assigned or pending revocation) by at most one member.
import assert from 'node:assert/strict';
import type { Uuid } from '../../protocol/entity-types.js';
import type { ConsumerGroupRecord } from './consumer-group-records.js';
import {
  isReconciledTo, newMember, NO_SUBSCRIPTION, type ConsumerGroupMember, type MemberStateValue, type MemberSubscription,
} from './consumer-group-member.js';
import type { SubscribedTopic, SubscriptionMetadata } from './topic-subscription.js';
import {
  eachPartition, NO_PARTITIONS, overlaps, partitionsFromWire, type TopicPartitions,
} from './topic-partitions.js';
import { MemberEpoch } from './epoch-rules.js';

export type ConsumerGroupState = 'Empty' | 'Assigning' | 'Reconciling' | 'Stable';

function partitionKey(topicId: Uuid, partition: number): string {
  return `${topicId}:${partition}`;
}

export class ConsumerGroup {
  groupEpoch = 0;
  assignmentEpoch = 0;
  readonly members = new Map<string, ConsumerGroupMember>();
  /** Static members: instance id -> member id. */
  readonly staticMembers = new Map<string, string>();
  subscriptionMetadata: SubscriptionMetadata = new Map();
  /** Each member's part of the target assignment (members without one have none). */
  readonly targetAssignment = new Map<string, TopicPartitions>();
  /** Who owns each partition (assigned or pending revocation), and at which member epoch. */
  private readonly owners = new Map<string, { readonly memberId: string; readonly epoch: number }>();

  constructor(readonly groupId: string) {}

  state(): ConsumerGroupState {
    if (this.members.size === 0) return 'Empty';
    if (this.groupEpoch > this.assignmentEpoch) return 'Assigning';
    for (const member of this.members.values()) {
      if (!isReconciledTo(member, this.assignmentEpoch)) return 'Reconciling';
    }
    return 'Stable';
  }

  /** Whether a member other than `memberId` owns the partition. */
  ownedByOther(memberId: string): (topicId: Uuid, partition: number) => boolean {
    return (topicId, partition) => {
      const owner = this.owners.get(partitionKey(topicId, partition));
      return owner !== undefined && owner.memberId !== memberId;
    };
  }

  /** The owner and its epoch, for checkers and tests. */
  ownerOf(topicId: Uuid, partition: number): { readonly memberId: string; readonly epoch: number } | undefined {
    return this.owners.get(partitionKey(topicId, partition));
  }

  targetOf(memberId: string): TopicPartitions {
    return this.targetAssignment.get(memberId) ?? NO_PARTITIONS;
  }

  /** Applies one record of this group (live or replayed). */
  apply(record: ConsumerGroupRecord): void {
    assert.equal(record.key.groupId, this.groupId, 'a record is applied to its own group');
    switch (record.type) {
      case 'consumer-group-metadata':
        // The tombstone (group deleted) is the caller's: it drops the whole group.
        if (record.value !== null) this.groupEpoch = record.value.epoch;
        return;
      case 'consumer-group-partition-metadata':
        this.subscriptionMetadata = new Map<string, SubscribedTopic>((record.value?.topics ?? []).map((topic) =>
          [topic.topicName, { topicId: topic.topicId, partitionCount: topic.numPartitions }]));
        return;
      case 'consumer-group-member-metadata':
        return this.applyMemberMetadata(record.key.memberId, record.value);
      case 'consumer-group-target-assignment-member':
        if (record.value === null) this.targetAssignment.delete(record.key.memberId);
        else this.targetAssignment.set(record.key.memberId, partitionsFromWire(record.value.topicPartitions));
        return;
      case 'consumer-group-target-assignment-metadata':
        this.assignmentEpoch = record.value?.assignmentEpoch ?? -1;
        return;
      case 'consumer-group-current-member-assignment':
        return this.applyCurrentAssignment(record.key.memberId, record.value);
      default: {
        const unexpected: never = record;
        assert.fail(`unknown consumer group record ${JSON.stringify(unexpected)}`);
      }
    }
  }

  private applyMemberMetadata(memberId: string,
    value: Extract<ConsumerGroupRecord, { type: 'consumer-group-member-metadata' }>['value']): void {
    const existing = this.members.get(memberId);
    if (existing?.instanceId != null && this.staticMembers.get(existing.instanceId) === memberId) {
      this.staticMembers.delete(existing.instanceId);
    }
    if (value === null) {
      if (existing !== undefined) this.setOwnership(existing, NO_PARTITIONS, NO_PARTITIONS, MemberEpoch.LEAVE);
      this.members.delete(memberId);
      return;
    }
    const subscription: MemberSubscription = {
      instanceId: value.instanceId,
      rackId: value.rackId,
      clientId: value.clientId,
      clientHost: value.clientHost,
      subscribedTopicNames: [...new Set(value.subscribedTopicNames)].sort(),
      subscribedTopicRegex: value.subscribedTopicRegex === '' ? null : value.subscribedTopicRegex,
      rebalanceTimeoutMs: value.rebalanceTimeoutMs,
      serverAssignor: value.serverAssignor,
    };
    this.members.set(memberId, existing === undefined ? newMember(memberId, subscription) : { ...existing, ...subscription });
    if (subscription.instanceId !== null) this.staticMembers.set(subscription.instanceId, memberId);
  }

  private applyCurrentAssignment(memberId: string,
    value: Extract<ConsumerGroupRecord, { type: 'consumer-group-current-member-assignment' }>['value']): void {
    const member = this.members.get(memberId) ?? newMember(memberId, NO_SUBSCRIPTION);
    const assigned = value === null ? NO_PARTITIONS : partitionsFromWire(value.assignedPartitions);
    const revoking = value === null ? NO_PARTITIONS : partitionsFromWire(value.partitionsPendingRevocation);
    const epoch = value?.memberEpoch ?? MemberEpoch.LEAVE;
    this.setOwnership(member, assigned, revoking, epoch);
    this.members.set(memberId, {
      ...member,
      memberEpoch: epoch,
      previousMemberEpoch: value?.previousMemberEpoch ?? MemberEpoch.LEAVE,
      state: (value?.state ?? member.state) as MemberStateValue,
      assignedPartitions: assigned,
      partitionsPendingRevocation: revoking,
    });
  }

  /** Moves the member's ownership from its old partitions to `assigned` ∪ `revoking`. */
  private setOwnership(member: ConsumerGroupMember, assigned: TopicPartitions, revoking: TopicPartitions,
    epoch: number): void {
    assert.ok(!overlaps(assigned, revoking), 'assigned and pending revocation are disjoint');
    for (const set of [member.assignedPartitions, member.partitionsPendingRevocation]) {
      for (const [topicId, partition] of eachPartition(set)) {
        const key = partitionKey(topicId, partition);
        if (this.owners.get(key)?.memberId === member.memberId) this.owners.delete(key);
      }
    }
    for (const set of [assigned, revoking]) {
      for (const [topicId, partition] of eachPartition(set)) {
        const key = partitionKey(topicId, partition);
        const owner = this.owners.get(key);
        assert.ok(owner === undefined, `partition ${key} of group "${this.groupId}" is owned by one member at a time`
          + ` (${owner?.memberId} holds it, ${member.memberId} was given it)`);
        this.owners.set(key, { memberId: member.memberId, epoch });
      }
    }
  }

  checkInvariants(): void {
    assert.ok(this.assignmentEpoch <= this.groupEpoch, 'the target is never ahead of the group epoch');
    let owned = 0;
    for (const member of this.members.values()) {
      assert.ok(member.memberEpoch <= this.assignmentEpoch, 'no member is ahead of the target assignment');
      for (const set of [member.assignedPartitions, member.partitionsPendingRevocation]) {
        for (const [topicId, partition] of eachPartition(set)) {
          assert.equal(this.owners.get(partitionKey(topicId, partition))?.memberId, member.memberId,
            'the owner index agrees with the members');
          owned += 1;
        }
      }
      if (member.instanceId !== null) {
        assert.equal(this.staticMembers.get(member.instanceId), member.memberId, 'static members are indexed');
      }
    }
    assert.equal(owned, this.owners.size, 'every owned partition belongs to a member');
  }
}
