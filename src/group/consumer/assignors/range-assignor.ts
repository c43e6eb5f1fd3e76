// The `range` server assignor: topic by topic, the members subscribed to the topic (ordered by
// member id) each take one consecutive range of its partitions, the first `count % members`
// ranges one partition longer. Two topics with the same partition count and the same
// subscribers are split identically (co-partitioning: partition i of both goes to one member),
// which is why applications that join two topics by key pick it. It is not sticky: a member
// joining shifts the ranges after it. Kafka's server-side RangeAssignor keeps the same ranges.
import type { Uuid } from '../../../protocol/entity-types.js';
import type { TopicPartitions } from '../topic-partitions.js';
import {
  checkAssignment, membersInOrder, subscribedTopics, type AssignmentSpec, type ServerAssignor,
} from './assignor.js';

export const rangeAssignor: ServerAssignor = {
  name: 'range',
  assign(spec: AssignmentSpec): Map<string, TopicPartitions> {
    const order = membersInOrder(spec);
    const building = new Map<string, Map<Uuid, Set<number>>>(order.map((memberId) => [memberId, new Map()]));
    for (const topicId of subscribedTopics(spec)) {
      const subscribers = order.filter((memberId) => spec.members.get(memberId)!.subscribedTopicIds.has(topicId));
      const count = spec.partitionCounts.get(topicId) ?? 0;
      const quota = Math.floor(count / subscribers.length);
      const longer = count % subscribers.length;
      let next = 0;
      subscribers.forEach((memberId, index) => {
        const length = quota + (index < longer ? 1 : 0);
        if (length === 0) return;
        const range = new Set<number>();
        for (let partition = next; partition < next + length; partition++) range.add(partition);
        building.get(memberId)!.set(topicId, range);
        next += length;
      });
    }
    const result = new Map<string, TopicPartitions>(building);
    checkAssignment(spec, result);
    return result;
  },
};
