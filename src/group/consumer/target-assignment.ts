// Computing a new target assignment for a group (Kafka's TargetAssignmentBuilder): when the
// group epoch has moved past the assignment epoch, the group's assignor is run over every
// member's subscription and the group's subscription metadata, and the records say what
// changed: one ConsumerGroupTargetAssignmentMember per member whose target changed, then the
// ConsumerGroupTargetAssignmentMetadata carrying the new assignment epoch.
import type { MetadataImage } from '../../metadata/image/metadata-image.js';
import type { Uuid } from '../../protocol/entity-types.js';
import type { AssignmentSpec, AssignorMember, ServerAssignor } from './assignors/assignor.js';
import type { ConsumerGroup } from './consumer-group.js';
import { targetEpochRecord, targetMemberRecord, type ConsumerGroupRecord } from './consumer-group-records.js';
import { samePartitions } from './topic-partitions.js';
import { memberTopicNames } from './topic-subscription.js';

/**
 * The assignor the group uses: the one most of its members ask for (ties: the first by name),
 * else the broker's default (the first of group.consumer.assignors).
 */
export function preferredAssignor(group: ConsumerGroup, assignors: readonly ServerAssignor[]): ServerAssignor {
  const votes = new Map<string, number>();
  for (const member of group.members.values()) {
    if (member.serverAssignor !== null) votes.set(member.serverAssignor, (votes.get(member.serverAssignor) ?? 0) + 1);
  }
  const ranked = [...votes].sort(([leftName, left], [rightName, right]) =>
    right - left || (leftName < rightName ? -1 : 1));
  return assignors.find((assignor) => assignor.name === ranked[0]?.[0]) ?? assignors[0]!;
}

/** The assignor's input for the group as it stands. */
export function assignmentSpec(group: ConsumerGroup, image: MetadataImage): AssignmentSpec {
  const partitionCounts = new Map<Uuid, number>();
  for (const topic of group.subscriptionMetadata.values()) partitionCounts.set(topic.topicId, topic.partitionCount);
  const members = new Map<string, AssignorMember>();
  for (const member of group.members.values()) {
    const subscribedTopicIds = new Set<Uuid>();
    for (const name of memberTopicNames(member, image)) {
      const topic = group.subscriptionMetadata.get(name);
      if (topic !== undefined) subscribedTopicIds.add(topic.topicId);
    }
    members.set(member.memberId, { subscribedTopicIds, previousTarget: group.targetOf(member.memberId) });
  }
  return { members, partitionCounts };
}

/** The records that move the group's target assignment to `epoch`. */
export function targetAssignmentRecords(group: ConsumerGroup, options: {
  readonly assignor: ServerAssignor;
  readonly image: MetadataImage;
  readonly epoch: number;
}): ConsumerGroupRecord[] {
  const assignment = options.assignor.assign(assignmentSpec(group, options.image));
  const records: ConsumerGroupRecord[] = [];
  for (const memberId of [...assignment.keys()].sort()) {
    const partitions = assignment.get(memberId)!;
    const unchanged = group.targetAssignment.has(memberId) && samePartitions(group.targetOf(memberId), partitions);
    if (!unchanged) records.push(targetMemberRecord(group.groupId, memberId, partitions));
  }
  records.push(targetEpochRecord(group.groupId, options.epoch));
  return records;
}
