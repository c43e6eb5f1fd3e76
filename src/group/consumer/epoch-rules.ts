// The member-epoch rules of KIP-848, pure. The member epoch is the fencing token of the consumer
// protocol: the coordinator hands it out, the member sends it back with every heartbeat and
// offset commit, and a value the coordinator does not expect means the member acts on an
// assignment it no longer has.
//
//   heartbeat  epoch = current                       accepted
//              epoch = previous and what it owns ⊆
//                      its assignment                accepted: the answer that bumped it was lost
//              anything else                         FENCED_MEMBER_EPOCH: drop all, rejoin with 0
//   commit     epoch = current                       accepted
//              epoch < 0, group without members      accepted (admin tools, manual assignment)
//              otherwise                             STALE_MEMBER_EPOCH (retriable for the client
//                                                    once its heartbeat catches up)
import { ErrorCode } from '../../protocol/errors.js';
import type { MemberAssignmentState } from './consumer-group-member.js';
import { filterPartitions, hasPartition, partitionCount, type TopicPartitions } from './topic-partitions.js';

/** Member epochs with a meaning of their own in ConsumerGroupHeartbeat. */
export const MemberEpoch = {
  JOIN: 0,
  LEAVE: -1,
  /** A static member leaves for a while and keeps its assignment until its session ends. */
  LEAVE_STATIC: -2,
} as const;

/** The error for a heartbeat of an existing member carrying `receivedEpoch` (0: accepted). */
export function heartbeatEpochError(member: MemberAssignmentState, receivedEpoch: number,
  ownedByMember: TopicPartitions | null): number {
  if (receivedEpoch === member.memberEpoch) return 0;
  if (receivedEpoch > member.memberEpoch) return ErrorCode.FENCED_MEMBER_EPOCH;
  const lostBump = receivedEpoch === member.previousMemberEpoch && ownedByMember !== null
    && partitionCount(filterPartitions(ownedByMember,
      (topicId, partition) => !hasPartition(member.assignedPartitions, topicId, partition))) === 0;
  return lostBump ? 0 : ErrorCode.FENCED_MEMBER_EPOCH;
}

/** The error for an OffsetCommit or OffsetFetch naming a member of `memberEpoch` (0: accepted). */
export function offsetEpochError(memberEpoch: number, receivedEpoch: number): number {
  return receivedEpoch === memberEpoch ? 0 : ErrorCode.STALE_MEMBER_EPOCH;
}
