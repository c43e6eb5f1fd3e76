// Goal: whatever a client sends in ElectLeaders or AlterPartitionReassignments (unknown topics
// and partitions, unregistered or repeated brokers, a partition named twice, cancels of nothing,
// any election type), the planned records keep the image sound when replayed, so no request can
// make every node fail its replay assertions; and every partition the request names gets exactly
// one answer. Method: fast-check over random images (partition-images.ts) and random requests,
// planning with the real planners and replaying with the real image code.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { nodeId, topicName } from '../../src/protocol/mod.js';
import { applyRecords, checkImageInvariants } from '../../src/metadata/image/metadata-image.js';
import { planElectLeaders } from '../../src/controller/elect-leaders.js';
import { planAlterPartitionReassignments } from '../../src/controller/reassignment.js';
import type { PlanContext } from '../../src/controller/controller-plan.js';
import { Prng } from '../../sim/prng.js';
import { testConfig } from './controller-fixture.js';
import {
  brokerStatesArbitrary, imageOf, partitionArbitrary, type BrokerState, type PartitionShape,
} from './partition-images.js';

const clusterArbitrary = brokerStatesArbitrary.chain((states) => fc.record({
  states: fc.constant(states),
  partitions: fc.array(partitionArbitrary(states), { minLength: 1, maxLength: 3 }),
  unclean: fc.boolean(),
}));

/** A partition reference: topic "t" mostly, sometimes an unknown one; indexes past the end too. */
const partitionRefArbitrary = fc.record({ topic: fc.constantFrom('t', 't', 't', 'absent'), partition: fc.nat({ max: 3 }) });

interface Cluster {
  readonly states: readonly BrokerState[];
  readonly partitions: readonly PartitionShape[];
  readonly unclean: boolean;
}

function contextOf(cluster: Cluster): PlanContext {
  const image = imageOf(cluster.states.map((state, index) => ({ id: index + 1, state })), cluster.partitions,
    { 'unclean.leader.election.enable': String(cluster.unclean) });
  return { image, defaults: testConfig(), random: Prng.fromSeed(1), apiVersion: 0 };
}

describe('replication admin requests never break the image', () => {
  test('AlterPartitionReassignments with any targets', () => {
    fc.assert(fc.property(clusterArbitrary, fc.array(fc.record({
      ref: partitionRefArbitrary,
      replicas: fc.option(fc.array(fc.integer({ min: 1, max: 7 }), { maxLength: 4 }), { nil: null }),
    }), { minLength: 1, maxLength: 5 }), (cluster, targets) => {
      const context = contextOf(cluster);
      const request = {
        timeoutMs: 1000,
        topics: targets.map((target) => ({ name: topicName(target.ref.topic), partitions: [{
          partitionIndex: target.ref.partition, replicas: target.replicas === null ? null : target.replicas.map(nodeId),
        }] })),
      };
      const plan = planAlterPartitionReassignments(request, context);
      checkImageInvariants(applyRecords(context.image, plan.records));
      expect(plan.response.responses.flatMap((topic) => topic.partitions)).toHaveLength(targets.length);
      expect(plan.records.length).toBeLessThanOrEqual(new Set(targets.map((target) => JSON.stringify(target.ref))).size);
    }), { numRuns: 300 });
  });

  test('ElectLeaders of any type over any partitions, or all of them', () => {
    fc.assert(fc.property(clusterArbitrary, fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 2 }),
      fc.option(fc.array(partitionRefArbitrary, { maxLength: 5 }), { nil: null }), (cluster, electionType, apiVersion, refs) => {
        const context = { ...contextOf(cluster), apiVersion };
        const request = {
          electionType, timeoutMs: 1000,
          topicPartitions: refs === null ? null : refs.map((ref) => ({ topic: topicName(ref.topic), partitions: [ref.partition] })),
        };
        const plan = planElectLeaders(request, context);
        checkImageInvariants(applyRecords(context.image, plan.records));
        if (refs !== null && plan.response.errorCode === 0) {
          expect(plan.response.replicaElectionResults.flatMap((topic) => topic.partitionResult)).toHaveLength(refs.length);
        }
        // One record per partition at most, however often the request names it.
        const elected = plan.records.map((record) => JSON.stringify(record.record));
        expect(new Set(elected).size).toBe(elected.length);
      }), { numRuns: 300 });
  });
});
