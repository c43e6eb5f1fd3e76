// ConsumerGroupDescribe (API 69) answers built from a group's state (Kafka's
// ConsumerGroup.asDescribedGroup): the epochs, the assignor, and per member its subscription,
// what it holds now and what the target gives it. Topic names come from the metadata image (the
// records carry ids only); a topic deleted since is left out.
import type { MetadataImage } from '../../metadata/image/metadata-image.js';
import type { GroupId, TopicName } from '../../protocol/entity-types.js';
import type {
  ConsumerGroupDescribeResponseAssignment, ConsumerGroupDescribeResponseDescribedGroup,
} from '../../protocol/generated/messages/consumer-group-describe.js';
import type { ServerAssignor } from './assignors/assignor.js';
import type { ConsumerGroup } from './consumer-group.js';
import { preferredAssignor } from './target-assignment.js';
import { partitionsToWire, type TopicPartitions } from './topic-partitions.js';

function describedAssignment(partitions: TopicPartitions, image: MetadataImage): ConsumerGroupDescribeResponseAssignment {
  const topicPartitions = partitionsToWire(partitions).flatMap(({ topicId, partitions: numbers }) => {
    const topic = image.topicsById.get(topicId);
    return topic === undefined ? [] : [{ topicId, topicName: topic.name, partitions: numbers }];
  });
  return { topicPartitions };
}

export function describeGroup(group: ConsumerGroup, options: {
  readonly image: MetadataImage;
  readonly assignors: readonly ServerAssignor[];
  /** The field's value, as the handler computes it (src/broker/authorized-operations.ts). */
  readonly authorizedOperations: number;
}): ConsumerGroupDescribeResponseDescribedGroup {
  const { image } = options;
  const members = [...group.members.values()].sort((left, right) => (left.memberId < right.memberId ? -1 : 1))
    .map((member) => ({
      memberId: member.memberId,
      instanceId: member.instanceId,
      rackId: member.rackId,
      memberEpoch: member.memberEpoch,
      clientId: member.clientId,
      clientHost: member.clientHost,
      subscribedTopicNames: member.subscribedTopicNames as TopicName[],
      subscribedTopicRegex: member.subscribedTopicRegex,
      assignment: describedAssignment(member.assignedPartitions, image),
      targetAssignment: describedAssignment(group.targetOf(member.memberId), image),
    }));
  return {
    errorCode: 0,
    errorMessage: null,
    groupId: group.groupId as GroupId,
    groupState: group.state(),
    groupEpoch: group.groupEpoch,
    assignmentEpoch: group.assignmentEpoch,
    assignorName: preferredAssignor(group, options.assignors).name,
    members,
    authorizedOperations: options.authorizedOperations,
  };
}

/** The answer for a group id this shard does not know as a consumer group. */
export function describeMissingGroup(groupId: string, errorCode: number, message: string | null,
  authorizedOperations: number): ConsumerGroupDescribeResponseDescribedGroup {
  return {
    errorCode, errorMessage: message, groupId: groupId as GroupId, groupState: 'Dead', groupEpoch: -1,
    assignmentEpoch: -1, assignorName: '', members: [], authorizedOperations,
  };
}
