// Goal: the server assignors keep their promises for any group. Method: fast-check draws topics
// (partition counts), members (each subscribing to a subset, or all to the same topics) and a
// previous target assignment that may be stale or invalid (partitions of topics no longer
// subscribed, the same partition given twice); each property is checked by a naive reference
// written here, independent of the assignors' own checkAssignment.
//   every subscribed partition goes to exactly one member, and only to a subscriber (both)
//   uniform: homogeneous counts differ by at most one; heterogeneous: no partition could move
//            to an eligible member holding two fewer; re-running on its own answer changes
//            nothing; a member keeps min(what it had, the new floor share) of its partitions
//   range:   per topic the subscribers' counts differ by at most one; equal topics co-partition
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AssignmentSpec } from '../../../src/group/consumer/assignors/assignor.js';
import { rangeAssignor } from '../../../src/group/consumer/assignors/range-assignor.js';
import { uniformAssignor } from '../../../src/group/consumer/assignors/uniform-assignor.js';
import {
  eachPartition, hasPartition, intersectPartitions, partitionCount, partitionsFromWire, samePartitions,
  type TopicPartitions,
} from '../../../src/group/consumer/topic-partitions.js';
import type { Uuid } from '../../../src/protocol/entity-types.js';
import { topicIdOf } from './support/memory-shard-context.js';

interface Drawn {
  readonly counts: number[];
  readonly members: { subscribed: number[]; previous: [number, number][] }[];
}

function drawn(homogeneous: boolean): fc.Arbitrary<Drawn> {
  return fc.array(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 4 }).chain((counts) => {
    const topicIndex = fc.integer({ min: 0, max: counts.length - 1 });
    const everyTopic = counts.map((_, index) => index);
    const subscribed = homogeneous ? fc.constant(everyTopic)
      : fc.uniqueArray(topicIndex, { minLength: 1, maxLength: counts.length });
    const previous = fc.array(fc.tuple(topicIndex, fc.integer({ min: 0, max: 12 })), { maxLength: 10 });
    const member = fc.record({ subscribed, previous });
    return fc.record({ counts: fc.constant(counts), members: fc.array(member, { minLength: 1, maxLength: 7 }) });
  });
}

function specOf(value: Drawn): AssignmentSpec {
  return {
    partitionCounts: new Map(value.counts.map((count, index) => [topicIdOf(index + 1), count])),
    members: new Map(value.members.map((member, index) => [`member-${index}`, {
      subscribedTopicIds: new Set(member.subscribed.map((topic) => topicIdOf(topic + 1))),
      previousTarget: partitionsFromWire(member.previous.map(([topic, partition]) =>
        ({ topicId: topicIdOf(topic + 1), partitions: [partition] }))),
    }])),
  };
}

/** The reference check of the promises both assignors make. */
function expectExactlyOnce(spec: AssignmentSpec, assignment: ReadonlyMap<string, TopicPartitions>): void {
  expect([...assignment.keys()].sort()).toEqual([...spec.members.keys()].sort());
  const owners = new Map<string, string[]>();
  for (const [memberId, partitions] of assignment) {
    for (const [topicId, partition] of eachPartition(partitions)) {
      expect(spec.members.get(memberId)!.subscribedTopicIds.has(topicId)).toBe(true);
      owners.set(`${topicId}:${partition}`, [...(owners.get(`${topicId}:${partition}`) ?? []), memberId]);
    }
  }
  for (const [topicId, count] of spec.partitionCounts) {
    const subscribed = [...spec.members.values()].some((member) => member.subscribedTopicIds.has(topicId));
    for (let partition = 0; partition < count; partition++) {
      expect(owners.get(`${topicId}:${partition}`)?.length ?? 0).toBe(subscribed ? 1 : 0);
    }
  }
}

function counts(assignment: ReadonlyMap<string, TopicPartitions>): number[] {
  return [...assignment.values()].map(partitionCount);
}

describe('uniform assignor', () => {
  it('assigns every subscribed partition exactly once, to a subscriber', () => {
    fc.assert(fc.property(drawn(false), (value) => {
      const spec = specOf(value);
      expectExactlyOnce(spec, uniformAssignor.assign(spec));
    }));
  });

  it('homogeneous subscriptions: counts differ by at most one', () => {
    fc.assert(fc.property(drawn(true), (value) => {
      const sizes = counts(uniformAssignor.assign(specOf(value)));
      expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    }));
  });

  it('heterogeneous subscriptions: no partition could go to an eligible member with two fewer', () => {
    fc.assert(fc.property(drawn(false), (value) => {
      const spec = specOf(value);
      const assignment = uniformAssignor.assign(spec);
      for (const [memberId, partitions] of assignment) {
        for (const [topicId] of eachPartition(partitions)) {
          for (const [otherId, other] of spec.members) {
            if (otherId === memberId || !other.subscribedTopicIds.has(topicId)) continue;
            expect(partitionCount(assignment.get(otherId)!)).toBeGreaterThanOrEqual(partitionCount(partitions) - 1);
          }
        }
      }
    }));
  });

  it('sticky: run again on its own answer, it answers the same', () => {
    fc.assert(fc.property(drawn(false), (value) => {
      const spec = specOf(value);
      const first = uniformAssignor.assign(spec);
      const again = uniformAssignor.assign({ ...spec, members: new Map([...spec.members].map(([memberId, member]) =>
        [memberId, { ...member, previousTarget: first.get(memberId)! }])) });
      for (const [memberId, partitions] of first) expect(samePartitions(again.get(memberId)!, partitions)).toBe(true);
    }));
  });

  it('sticky: after a member joins or leaves, each keeps min(what it had, the floor share)', () => {
    fc.assert(fc.property(drawn(true), fc.boolean(), (value, join) => {
      const spec = specOf(value);
      const before = uniformAssignor.assign(spec);
      const members = new Map([...spec.members].map(([memberId, member]) =>
        [memberId, { ...member, previousTarget: before.get(memberId)! }]));
      if (join) members.set('newcomer', { subscribedTopicIds: spec.members.get('member-0')!.subscribedTopicIds,
        previousTarget: new Map() });
      else if (members.size > 1) members.delete('member-0');
      const after = uniformAssignor.assign({ ...spec, members });
      const total = value.counts.reduce((sum, count) => sum + count, 0);
      const floor = Math.floor(total / members.size);
      for (const [memberId, member] of members) {
        const kept = partitionCount(intersectPartitions(after.get(memberId)!, member.previousTarget));
        expect(kept).toBeGreaterThanOrEqual(Math.min(partitionCount(member.previousTarget), floor));
      }
    }));
  });
});

describe('range assignor', () => {
  it('assigns every subscribed partition exactly once, to a subscriber', () => {
    fc.assert(fc.property(drawn(false), (value) => {
      const spec = specOf(value);
      expectExactlyOnce(spec, rangeAssignor.assign(spec));
    }));
  });

  it('per topic the subscribers hold counts within one; topics of equal size co-partition', () => {
    fc.assert(fc.property(drawn(true), (value) => {
      const spec = specOf(value);
      const assignment = rangeAssignor.assign(spec);
      const topicIds = [...spec.partitionCounts.keys()];
      for (const topicId of topicIds) {
        const sizes = [...assignment.values()].map((partitions) => partitions.get(topicId)?.size ?? 0);
        expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
      }
      for (const left of topicIds) {
        for (const right of topicIds) {
          if (spec.partitionCounts.get(left) !== spec.partitionCounts.get(right)) continue;
          for (const partitions of assignment.values()) {
            for (let partition = 0; partition < spec.partitionCounts.get(left)!; partition++) {
              expect(hasPartition(partitions, left, partition)).toBe(hasPartition(partitions, right as Uuid, partition));
            }
          }
        }
      }
    }));
  });
});
