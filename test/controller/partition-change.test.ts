// Goal: the partition-change planner (partition-change.ts) follows Kafka's PartitionChangeBuilder
// at metadata.version 3.6-IV2: preferred, online and unclean elections pick the replicas Kafka
// picks; an unclean election resets the ISR to the new leader and marks it RECOVERING; the leader
// epoch is bumped on every leader change and when replicas leave, never for an ISR change alone;
// a reassignment completes only once the ISR without the removed replicas holds every remaining
// replica, moving leadership off a removed leader in the same record; an empty ISR is never
// written. Method: concrete cases, then fast-check over random partitions and targets, applying
// the planned record to a real image and checking its invariants and the epochs.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { nodeId, type NodeId } from '../../src/protocol/mod.js';
import {
  applyRecords, checkImageInvariants, isActiveBroker, LeaderRecoveryState, type MetadataImage, type PartitionImage,
} from '../../src/metadata/image/metadata-image.js';
import { planPartitionChange, type Election, type PartitionChangeTarget } from '../../src/controller/partition-change.js';
import {
  brokerStatesArbitrary, ids, imageOf, partitionArbitrary, partitionsOf, type BrokerShape, type PartitionShape,
} from './partition-images.js';

function only(image: MetadataImage): PartitionImage {
  const partition = partitionsOf(image)[0];
  expect(partition).toBeDefined();
  return partition as PartitionImage;
}

const active = (image: MetadataImage) => (id: NodeId): boolean => isActiveBroker(image, id);

/** Plans `target` on the first partition and returns the partition after the record. */
function changed(image: MetadataImage, target: Partial<PartitionChangeTarget>): PartitionImage {
  const change = planPartitionChange(only(image), { canLead: active(image), ...target });
  const after = change.record === null ? image : applyRecords(image, [{ type: 'PartitionChangeRecord', record: change.record }]);
  checkImageInvariants(after);
  return only(after);
}

const three: BrokerShape[] = [{ id: 1 }, { id: 2 }, { id: 3 }];

describe('elections (Kafka PartitionChangeBuilder.electLeader)', () => {
  test('PREFERRED moves leadership to the first replica when it is in the ISR and active', () => {
    const image = imageOf(three, [{ replicas: [1, 2, 3], isr: [1, 2, 3], leader: 2 }]);
    expect(changed(image, { election: 'preferred' })).toMatchObject({ leader: 1, leaderEpoch: 1, partitionEpoch: 1 });
  });

  test('PREFERRED keeps a valid leader when the first replica is out of the ISR, and writes nothing', () => {
    const image = imageOf(three, [{ replicas: [1, 2, 3], isr: [2, 3], leader: 3 }]);
    expect(planPartitionChange(only(image), { election: 'preferred', canLead: active(image) }).record).toBeNull();
  });

  test('ONLINE keeps a valid leader rather than moving to the preferred replica', () => {
    const image = imageOf(three, [{ replicas: [1, 2, 3], isr: [1, 2, 3], leader: 3 }]);
    expect(planPartitionChange(only(image), { canLead: active(image) }).record).toBeNull();
  });

  test('ONLINE with no live ISR member leaves the partition offline with its ISR', () => {
    const image = imageOf([{ id: 1, state: 'fenced' }, { id: 2 }], [{ replicas: [1, 2], isr: [1], leader: -1 }]);
    expect(planPartitionChange(only(image), { canLead: active(image) }).record).toBeNull();
    expect(changed(image, { isr: [] })).toMatchObject({ leader: -1, isr: [1] });
  });

  test('UNCLEAN elects a live replica outside the ISR, resets the ISR to it and marks it RECOVERING', () => {
    const image = imageOf([{ id: 1, state: 'fenced' }, { id: 2 }, { id: 3 }], [{ replicas: [1, 2, 3], isr: [1], leader: -1 }]);
    const change = planPartitionChange(only(image), { election: 'unclean', canLead: active(image) });
    expect(change.unclean).toBe(true);
    expect(changed(image, { election: 'unclean' })).toMatchObject({
      leader: 2, isr: [2], leaderEpoch: 1, leaderRecoveryState: LeaderRecoveryState.RECOVERING,
    });
  });

  test('UNCLEAN still prefers a live ISR member: that election is clean', () => {
    const image = imageOf([{ id: 1, state: 'fenced' }, { id: 2 }, { id: 3 }], [{ replicas: [1, 2, 3], isr: [1, 3], leader: -1 }]);
    const change = planPartitionChange(only(image), { election: 'unclean', canLead: active(image) });
    expect(change).toMatchObject({ leader: 3, unclean: false });
    expect(changed(image, { election: 'unclean' })).toMatchObject({ leader: 3, isr: [1, 3], leaderRecoveryState: 0 });
  });
});

describe('epochs', () => {
  test('an ISR shrink alone bumps the partition epoch, not the leader epoch (KAFKA-15021, 3.6+)', () => {
    const image = imageOf(three, [{ replicas: [1, 2, 3], isr: [1, 2, 3], leader: 1 }]);
    expect(changed(image, { isr: ids(1, 2) })).toMatchObject({ leader: 1, isr: [1, 2], leaderEpoch: 0, partitionEpoch: 1 });
  });

  test('removing a replica keeps the leader but bumps its epoch, fencing the removed one', () => {
    const image = imageOf(three, [{ replicas: [1, 2, 3], isr: [1, 2, 3], leader: 1 }]);
    expect(changed(image, { replicas: ids(1, 2), isr: ids(1, 2) }))
      .toMatchObject({ leader: 1, replicas: [1, 2], leaderEpoch: 1 });
  });

  test('reordering replicas changes no epoch of the leader', () => {
    const image = imageOf(three, [{ replicas: [1, 2, 3], isr: [1, 2, 3], leader: 1 }]);
    expect(changed(image, { replicas: ids(3, 2, 1) })).toMatchObject({ leader: 1, replicas: [3, 2, 1], leaderEpoch: 0 });
  });
});

describe('reassignment completion (KIP-455, PartitionReassignmentReplicas.maybeCompleteReassignment)', () => {
  const moving: PartitionShape = { replicas: [3, 1], isr: [1], leader: 1, adding: [3], removing: [1] };

  test('nothing completes while an adding replica is out of the ISR', () => {
    const image = imageOf(three, [moving]);
    expect(planPartitionChange(only(image), { canLead: active(image) }).record).toBeNull();
  });

  test('once the adding replica is in sync, the removed leader goes and the new replica leads, in one record', () => {
    const image = imageOf(three, [moving]);
    const change = planPartitionChange(only(image), { isr: ids(1, 3), canLead: active(image) });
    expect(change.completesReassignment).toBe(true);
    expect(changed(image, { isr: ids(1, 3) })).toMatchObject({
      replicas: [3], isr: [3], leader: 3, addingReplicas: [], removingReplicas: [], leaderEpoch: 1,
    });
  });

  test('no completion when no remaining ISR member can lead (the partition would go offline)', () => {
    const image = imageOf([{ id: 1 }, { id: 2 }, { id: 3, state: 'fenced' }], [moving]);
    expect(planPartitionChange(only(image), { isr: ids(1, 3), canLead: active(image) }).completesReassignment).toBe(false);
  });
});

describe('properties', () => {
  test('any partition and target: the result is a sound image, with Kafka epochs and clean leaders from the ISR', () => {
    fc.assert(fc.property(brokerStatesArbitrary.chain((states) => fc.record({
      states: fc.constant(states),
      partition: partitionArbitrary(states),
      election: fc.constantFrom<Election>('preferred', 'online', 'unclean'),
      isrPick: fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
    })), ({ states, partition, election, isrPick }) => {
      const image = imageOf(states.map((state, index) => ({ id: index + 1, state })), [partition]);
      const before = only(image);
      const isr = before.isr.filter((_, index) => isrPick[index] === true);
      const change = planPartitionChange(before, { isr, election, canLead: active(image) });
      const after = change.record === null
        ? image : applyRecords(image, [{ type: 'PartitionChangeRecord', record: change.record }]);
      checkImageInvariants(after);
      const next = only(after);
      expect(next.leader).toBe(change.leader);
      if (next.leader !== -1) expect(isActiveBroker(image, next.leader)).toBe(true);
      if (next.leader !== -1 && !change.unclean && next.leader !== before.leader) {
        expect(isr.includes(next.leader) || change.completesReassignment).toBe(true);
      }
      if (change.unclean) expect([election, next.isr]).toEqual(['unclean', [next.leader]]);
      const replicasLeft = before.replicas.some((id) => !next.replicas.includes(id));
      const leaderEpochBumped = next.leader !== before.leader || replicasLeft || change.unclean;
      expect(next.leaderEpoch).toBe(before.leaderEpoch + (leaderEpochBumped ? 1 : 0));
      expect(next.partitionEpoch).toBe(before.partitionEpoch + (change.record === null ? 0 : 1));
      if (change.completesReassignment) expect([next.addingReplicas, next.removingReplicas]).toEqual([[], []]);
    }), { numRuns: 300 });
  });

  test('a clean election never picks an active replica outside the ISR, even the preferred one', () => {
    const image = imageOf(three, [{ replicas: [1, 2, 3], isr: [2], leader: -1 }]);
    const change = planPartitionChange(only(image), { election: 'online', canLead: active(image) });
    // The first replica (1) is active but out of the ISR: a clean election must not pick it.
    expect(change.leader).toBe(nodeId(2));
  });
});
