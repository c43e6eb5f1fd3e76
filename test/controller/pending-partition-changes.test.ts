// Goal: the changes the controller makes on its own after a commit (pending-partition-changes.ts)
// reach a fixed point and never break the image: on any cluster and partitions (reassignments
// under way or not), applying the planned records and looking again finds nothing more to do
// within two rounds (an unclean election can make a reassignment completable, as in Kafka); a completed reassignment leaves no adding or removing replicas; without
// unclean.leader.election.enable no leader is ever taken from outside the ISR, and with it every
// leaderless partition that has an active replica gets a leader. Method: fast-check over random
// images built from real records, replaying the planned records with the real image code.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  applyRecords, checkImageInvariants, isActiveBroker, type MetadataImage,
} from '../../src/metadata/image/metadata-image.js';
import { planPendingPartitionChanges } from '../../src/controller/pending-partition-changes.js';
import { brokerStatesArbitrary, imageOf, partitionArbitrary, partitionsOf } from './partition-images.js';

function policyOf(unclean: boolean): { eligibleLeaderMinIsr: () => undefined, uncleanElectionEnabled: () => boolean } {
  return { eligibleLeaderMinIsr: () => undefined, uncleanElectionEnabled: () => unclean };
}

/** One look: plans, applies, and checks the changes against the image they were planned on. */
function lookOnce(image: MetadataImage, unclean: boolean): MetadataImage {
  const changes = planPendingPartitionChanges(image, policyOf(unclean));
  const after: MetadataImage = applyRecords(image, changes.map((change) => change.record));
  checkImageInvariants(after);
  partitionsOf(after).forEach((partition, index) => {
    const before = partitionsOf(image)[index];
    expect(before).toBeDefined();
    if (before === undefined) return;
    const change = changes.find((candidate) => candidate.partition.partition === index);
    if (change?.reason === 'reassignment-complete') {
      expect([partition.addingReplicas, partition.removingReplicas]).toEqual([[], []]);
    }
    if (!unclean && partition.leader !== -1 && partition.leader !== before.leader) {
      expect(before.isr).toContain(partition.leader);
    }
    if (unclean && partition.replicas.some((id) => isActiveBroker(image, id))) {
      expect(partition.leader).not.toBe(-1);
    }
  });
  return after;
}

describe('pending partition changes', () => {
  test('any image: two rounds reach a fixed point, sound, with clean leaders unless unclean is enabled', () => {
    fc.assert(fc.property(brokerStatesArbitrary.chain((states) => fc.record({
      states: fc.constant(states),
      partitions: fc.array(partitionArbitrary(states), { minLength: 1, maxLength: 4 }),
      unclean: fc.boolean(),
    })), ({ states, partitions, unclean }) => {
      let image = imageOf(states.map((state, index) => ({ id: index + 1, state })), partitions);
      for (let round = 0; round < 2; round += 1) image = lookOnce(image, unclean);
      expect(planPendingPartitionChanges(image, policyOf(unclean))).toEqual([]);
    }), { numRuns: 300 });
  });
});
