// The server-side assignor contract (KIP-848 "ConsumerGroupPartitionAssignor"): given the members
// of a group, what each subscribes to, the partitions of those topics and the previous target
// assignment, answer a new target assignment. Pure: no clock, no randomness, no state kept
// between calls, so the same spec always yields the same assignment (the coordinator may run it
// again after a failover and must agree with itself).
//
// What every assignor promises (checked by checkAssignment, and property-tested):
//   1. every partition of a topic some member subscribes to goes to exactly one member;
//   2. a member only receives partitions of topics it subscribes to;
//   3. every member of the spec has an entry (possibly empty), and no one else does.
import assert from 'node:assert/strict';
import type { Uuid } from '../../../protocol/entity-types.js';
import { addPartition, eachPartition, hasPartition, type TopicPartitions } from '../topic-partitions.js';

/** One member as the assignor sees it. */
export interface AssignorMember {
  /** The topic ids it subscribes to that exist (names resolved through the metadata image). */
  readonly subscribedTopicIds: ReadonlySet<Uuid>;
  /** Its partitions in the previous target assignment (empty for a new member). */
  readonly previousTarget: TopicPartitions;
}

export interface AssignmentSpec {
  /** The members by member id. */
  readonly members: ReadonlyMap<string, AssignorMember>;
  /** The partition count of every subscribed topic, by topic id. */
  readonly partitionCounts: ReadonlyMap<Uuid, number>;
}

export interface ServerAssignor {
  /** The name clients ask for in ConsumerGroupHeartbeat.ServerAssignor ("uniform", "range"). */
  readonly name: string;
  assign(spec: AssignmentSpec): Map<string, TopicPartitions>;
}

/** The members ordered by id: the one order assignors break ties in. */
export function membersInOrder(spec: AssignmentSpec): string[] {
  return [...spec.members.keys()].sort();
}

/** The topic ids some member subscribes to, ascending. */
export function subscribedTopics(spec: AssignmentSpec): Uuid[] {
  const topics = new Set<Uuid>();
  for (const member of spec.members.values()) {
    for (const topicId of member.subscribedTopicIds) {
      if (spec.partitionCounts.has(topicId)) topics.add(topicId);
    }
  }
  return [...topics].sort();
}

/** Asserts the three promises above; assignors call it on their own answer. */
export function checkAssignment(spec: AssignmentSpec, assignment: ReadonlyMap<string, TopicPartitions>): void {
  assert.equal(assignment.size, spec.members.size, 'every member has an entry in the assignment');
  const owners = new Map<Uuid, Set<number>>();
  for (const [memberId, partitions] of assignment) {
    const member = spec.members.get(memberId);
    assert.ok(member !== undefined, 'the assignment names only members of the spec');
    for (const [topicId, partition] of eachPartition(partitions)) {
      assert.ok(member.subscribedTopicIds.has(topicId), 'a member receives only topics it subscribes to');
      assert.ok(partition < (spec.partitionCounts.get(topicId) ?? 0), 'an assigned partition exists');
      assert.ok(!hasPartition(owners, topicId, partition), 'no partition is assigned twice');
      addPartition(owners, topicId, partition);
    }
  }
  for (const topicId of subscribedTopics(spec)) {
    assert.equal(owners.get(topicId)?.size ?? 0, spec.partitionCounts.get(topicId),
      'every partition of a subscribed topic is assigned');
  }
}
