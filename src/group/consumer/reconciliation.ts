// One reconciliation step of one member (KIP-848 "incremental reconciliation"; Kafka's
// CurrentAssignmentBuilder): given where the member stands, the group's target assignment for
// it, the partitions it says it still owns, and which partitions other members still own, say
// where it stands next. Called on each of the member's heartbeats until it is reconciled.
//
//   STABLE at epoch e < target epoch T     compute the next step (below)
//   UNREVOKED_PARTITIONS at epoch e        wait until its heartbeat no longer lists any partition
//                                          pending revocation, then compute the next step from e+1
//   UNRELEASED_PARTITIONS                  compute the next step (freed partitions arrive)
//
//   next step: keep   = assigned ∩ target
//              revoke = assigned − keep
//              gain   = target − keep − partitions another member still owns ("unreleased")
//     revoke non-empty and still owned → UNREVOKED_PARTITIONS at the current epoch: the member
//                                        gets nothing new until it has let go
//     otherwise                        → epoch T, assigned = keep ∪ gain, and STABLE, or
//                                        UNRELEASED_PARTITIONS while some target partition is
//                                        still another member's
//
// Safety (property-tested): a partition is handed to a member only when no other member owns it
// (owns = assigned or pending revocation), so no partition is ever owned by two members. The
// member epoch only grows, and it reaches T only once the member holds nothing outside T.
import assert from 'node:assert/strict';
import type { Uuid } from '../../protocol/entity-types.js';
import {
  filterPartitions, hasPartition, intersectPartitions, NO_PARTITIONS, overlaps, partitionCount,
  subtractPartitions, unitePartitions, type TopicPartitions,
} from './topic-partitions.js';
import { MemberState, type MemberAssignmentState } from './consumer-group-member.js';

export interface ReconciliationInput {
  readonly member: MemberAssignmentState;
  readonly targetEpoch: number;
  /** The member's part of the target assignment. */
  readonly target: TopicPartitions;
  /** Whether another member owns (assigned or pending revocation) the partition. */
  readonly ownedByOther: (topicId: Uuid, partition: number) => boolean;
  /** The partitions the member's heartbeat lists; null when it did not send them. */
  readonly ownedByMember: TopicPartitions | null;
  /** Test only (TestOnlyBreakConsumerGroups.revokeWithoutWaiting): revocations count as done. */
  readonly testOnlyRevokeWithoutWaiting?: boolean;
}

/** Whether the member still reports owning any of `revoking` (unknown counts as yes). */
function stillOwnsAny(ownedByMember: TopicPartitions | null, revoking: TopicPartitions): boolean {
  return ownedByMember === null || overlaps(ownedByMember, revoking);
}

function moveToEpoch(member: MemberAssignmentState, epoch: number): Pick<MemberAssignmentState,
  'memberEpoch' | 'previousMemberEpoch'> {
  if (epoch === member.memberEpoch) return { memberEpoch: member.memberEpoch, previousMemberEpoch: member.previousMemberEpoch };
  return { memberEpoch: epoch, previousMemberEpoch: member.memberEpoch };
}

function nextStep(input: ReconciliationInput, epoch: number): MemberAssignmentState {
  const { member, target, targetEpoch, ownedByOther } = input;
  const keep = intersectPartitions(member.assignedPartitions, target);
  const revoke = subtractPartitions(member.assignedPartitions, keep);
  const wanted = subtractPartitions(target, keep);
  const gain = filterPartitions(wanted, (topicId, partition) => !ownedByOther(topicId, partition));
  const unreleased = partitionCount(gain) < partitionCount(wanted);
  const mustWait = partitionCount(revoke) > 0 && stillOwnsAny(input.ownedByMember, revoke);
  if (mustWait && input.testOnlyRevokeWithoutWaiting !== true) {
    return {
      ...moveToEpoch(member, epoch),
      state: MemberState.UNREVOKED_PARTITIONS,
      assignedPartitions: keep,
      partitionsPendingRevocation: revoke,
    };
  }
  return {
    ...moveToEpoch(member, targetEpoch),
    state: unreleased ? MemberState.UNRELEASED_PARTITIONS : MemberState.STABLE,
    assignedPartitions: unitePartitions(keep, gain),
    partitionsPendingRevocation: NO_PARTITIONS,
  };
}

/** The member's next reconciliation state (the same value when it cannot move yet). */
export function reconcile(input: ReconciliationInput): MemberAssignmentState {
  const { member, targetEpoch } = input;
  assert.ok(member.memberEpoch <= targetEpoch || member.memberEpoch < 0,
    'a member epoch is never ahead of the target assignment epoch');
  assert.ok(!overlaps(member.assignedPartitions, member.partitionsPendingRevocation),
    'assigned and pending revocation are disjoint');
  const next = reconcileState(input);
  assert.ok(next.memberEpoch >= member.memberEpoch, 'the member epoch never goes back');
  for (const [topicId, partitions] of next.assignedPartitions) {
    for (const partition of partitions) {
      assert.ok(hasPartition(member.assignedPartitions, topicId, partition) || !input.ownedByOther(topicId, partition),
        'a partition is only given once no other member owns it');
    }
  }
  return next;
}

function reconcileState(input: ReconciliationInput): MemberAssignmentState {
  const { member, targetEpoch } = input;
  switch (member.state) {
    case MemberState.STABLE:
      return member.memberEpoch === targetEpoch ? member : nextStep(input, member.memberEpoch);
    case MemberState.UNREVOKED_PARTITIONS:
      if (stillOwnsAny(input.ownedByMember, member.partitionsPendingRevocation)) return member;
      // Revocation acknowledged: the member moves one epoch on (so a further revocation, if the
      // target changed meanwhile, gets a rebalance timeout of its own), towards the target.
      return nextStep(input, member.memberEpoch + 1);
    case MemberState.UNRELEASED_PARTITIONS:
      return nextStep(input, member.memberEpoch);
    case MemberState.UNKNOWN:
      // A state this Weir does not know (a newer coordinator wrote it): start over from the target.
      return nextStep(input, targetEpoch);
    default: {
      const unexpected: never = member.state;
      return assert.fail(`unknown member state ${String(unexpected)}`);
    }
  }
}
