// The ConsumerGroup* records of `__consumer_offsets` (key versions 3-8) that a KIP-848 group is
// made of, built from the group's values. Every change of a consumer group is a list of these,
// applied to the in-memory state by the same replay that loads a shard (consumer-group.ts), so
// what a coordinator serves is always what a new coordinator would rebuild from the log.
//
//   ConsumerGroupMetadata              group epoch                 (tombstone: group deleted)
//   ConsumerGroupPartitionMetadata     subscribed topics' ids and partition counts
//   ConsumerGroupMemberMetadata        one member's subscription   (tombstone: member gone)
//   ConsumerGroupTargetAssignmentMember    one member's target partitions
//   ConsumerGroupTargetAssignmentMetadata  the target assignment's epoch
//   ConsumerGroupCurrentMemberAssignment   one member's epoch, state, assigned and revoking
import type { GroupRecord } from '../group-records.js';
import type { ConsumerGroupMember, MemberAssignmentState } from './consumer-group-member.js';
import type { SubscriptionMetadata } from './topic-subscription.js';
import { partitionsToWire, type TopicPartitions } from './topic-partitions.js';

export type ConsumerGroupRecord = Extract<GroupRecord, { type: `consumer-group-${string}` }>;

export function groupEpochRecord(groupId: string, epoch: number): ConsumerGroupRecord {
  return { type: 'consumer-group-metadata', key: { groupId }, value: { epoch } };
}

export function subscriptionMetadataRecord(groupId: string, metadata: SubscriptionMetadata): ConsumerGroupRecord {
  const topics = [...metadata].map(([topicName, { topicId, partitionCount }]) =>
    ({ topicId, topicName, numPartitions: partitionCount, partitionMetadata: [] }));
  return { type: 'consumer-group-partition-metadata', key: { groupId }, value: { topics } };
}

export function memberMetadataRecord(groupId: string, member: ConsumerGroupMember): ConsumerGroupRecord {
  return {
    type: 'consumer-group-member-metadata',
    key: { groupId, memberId: member.memberId },
    value: {
      instanceId: member.instanceId,
      rackId: member.rackId,
      clientId: member.clientId,
      clientHost: member.clientHost,
      subscribedTopicNames: [...member.subscribedTopicNames],
      subscribedTopicRegex: member.subscribedTopicRegex,
      rebalanceTimeoutMs: member.rebalanceTimeoutMs,
      serverAssignor: member.serverAssignor,
      classicMemberMetadata: null,
    },
  };
}

export function targetMemberRecord(groupId: string, memberId: string, partitions: TopicPartitions): ConsumerGroupRecord {
  return {
    type: 'consumer-group-target-assignment-member',
    key: { groupId, memberId },
    value: { topicPartitions: partitionsToWire(partitions) },
  };
}

export function targetEpochRecord(groupId: string, assignmentEpoch: number): ConsumerGroupRecord {
  return { type: 'consumer-group-target-assignment-metadata', key: { groupId }, value: { assignmentEpoch } };
}

export function currentAssignmentRecord(groupId: string, memberId: string,
  assignment: MemberAssignmentState): ConsumerGroupRecord {
  return {
    type: 'consumer-group-current-member-assignment',
    key: { groupId, memberId },
    value: {
      memberEpoch: assignment.memberEpoch,
      previousMemberEpoch: assignment.previousMemberEpoch,
      state: assignment.state,
      assignedPartitions: partitionsToWire(assignment.assignedPartitions),
      partitionsPendingRevocation: partitionsToWire(assignment.partitionsPendingRevocation),
    },
  };
}

/** The tombstones that remove one member, in Kafka's order (assignment, target, subscription). */
export function memberTombstones(groupId: string, memberId: string): ConsumerGroupRecord[] {
  return [
    { type: 'consumer-group-current-member-assignment', key: { groupId, memberId }, value: null },
    { type: 'consumer-group-target-assignment-member', key: { groupId, memberId }, value: null },
    { type: 'consumer-group-member-metadata', key: { groupId, memberId }, value: null },
  ];
}

/** The tombstones of an empty group's own records; the epoch's comes last (it deletes the group). */
export function groupTombstones(groupId: string): ConsumerGroupRecord[] {
  return [
    { type: 'consumer-group-target-assignment-metadata', key: { groupId }, value: null },
    { type: 'consumer-group-partition-metadata', key: { groupId }, value: null },
    { type: 'consumer-group-metadata', key: { groupId }, value: null },
  ];
}
