// The reconciliation step (reconciliation.ts) rule by rule, on plain values: revoke before
// assign, waiting for partitions another member still owns, the epoch after an acknowledged
// revocation, and a member that did not say what it owns.
import { describe, expect, it } from 'vitest';
import { MemberState, type MemberAssignmentState } from '../../../src/group/consumer/consumer-group-member.js';
import { reconcile } from '../../../src/group/consumer/reconciliation.js';
import { NO_PARTITIONS, partitionsFromWire, renderPartitions } from '../../../src/group/consumer/topic-partitions.js';
import { topicIdOf } from './support/memory-shard-context.js';

const topic = topicIdOf(1);
const set = (...partitions: number[]) => partitionsFromWire([{ topicId: topic, partitions }]);
const stable = (epoch: number, ...partitions: number[]): MemberAssignmentState => ({
  memberEpoch: epoch, previousMemberEpoch: epoch - 1, state: MemberState.STABLE,
  assignedPartitions: set(...partitions), partitionsPendingRevocation: NO_PARTITIONS,
});
const nobodyElse = () => false;

describe('reconciliation step', () => {
  it('asks to revoke first and stays at its epoch while the member still owns them', () => {
    const next = reconcile({ member: stable(3, 0, 1, 2), targetEpoch: 5, target: set(0, 3), ownedByOther: nobodyElse,
      ownedByMember: set(0, 1, 2) });
    expect(next).toMatchObject({ memberEpoch: 3, state: MemberState.UNREVOKED_PARTITIONS });
    expect(renderPartitions(next.assignedPartitions)).toBe(renderPartitions(set(0)));
    expect(renderPartitions(next.partitionsPendingRevocation)).toBe(renderPartitions(set(1, 2)));
    const waiting = reconcile({ member: next, targetEpoch: 5, target: set(0, 3), ownedByOther: nobodyElse,
      ownedByMember: set(0, 2) });
    expect(waiting).toBe(next);
  });

  it('after the revocation is acknowledged it reaches the target epoch with the new partitions', () => {
    const revoking = reconcile({ member: stable(3, 0, 1), targetEpoch: 5, target: set(0, 3), ownedByOther: nobodyElse,
      ownedByMember: set(0, 1) });
    const done = reconcile({ member: revoking, targetEpoch: 5, target: set(0, 3), ownedByOther: nobodyElse,
      ownedByMember: set(0) });
    expect(done).toMatchObject({ memberEpoch: 5, previousMemberEpoch: 3, state: MemberState.STABLE });
    expect(renderPartitions(done.assignedPartitions)).toBe(renderPartitions(set(0, 3)));
  });

  it('a revocation acknowledged while the target moved on again is asked for at epoch e+1', () => {
    const revoking = reconcile({ member: stable(3, 0, 1), targetEpoch: 4, target: set(0), ownedByOther: nobodyElse,
      ownedByMember: set(0, 1) });
    const again = reconcile({ member: revoking, targetEpoch: 6, target: set(3), ownedByOther: nobodyElse,
      ownedByMember: set(0) });
    expect(again).toMatchObject({ memberEpoch: 4, state: MemberState.UNREVOKED_PARTITIONS });
  });

  it('a partition another member still owns is withheld: UNRELEASED_PARTITIONS at the target epoch', () => {
    const next = reconcile({ member: stable(2), targetEpoch: 3, target: set(4, 5),
      ownedByOther: (_topicId, partition) => partition === 5, ownedByMember: NO_PARTITIONS });
    expect(next).toMatchObject({ memberEpoch: 3, state: MemberState.UNRELEASED_PARTITIONS });
    expect(renderPartitions(next.assignedPartitions)).toBe(renderPartitions(set(4)));
  });

  it('a heartbeat that does not list its partitions never counts as a revocation', () => {
    const next = reconcile({ member: stable(1, 0, 1), targetEpoch: 2, target: set(0), ownedByOther: nobodyElse,
      ownedByMember: null });
    expect(next.state).toBe(MemberState.UNREVOKED_PARTITIONS);
  });
});
