// The `uniform` server assignor (KIP-848's default): spreads partitions evenly over the members
// and moves as few of them as it can from one target assignment to the next. Kafka's
// UniformAssignor does the same job; this is Weir's own three-step version:
//
//   1. keep:    every member keeps the partitions of its previous target that still exist and
//               that it still subscribes to (stickiness);
//   2. place:   every partition nobody kept goes to the subscribed member holding the fewest
//               partitions (ties: lowest member id);
//   3. balance: while a member holds a partition that a member with at least two fewer
//               partitions could take, move one there, always from the most loaded member that
//               can give one (newly placed partitions first, so kept ones move only when
//               balance needs it).
//
// Step 3 ends: each move lowers the sum of squared counts by at least 2. When it has ended, no
// partition can move to an eligible member with two or more fewer partitions ("balanced within
// one"); when every member subscribes to the same topics, counts differ by at most one.
import type { Uuid } from '../../../protocol/entity-types.js';
import { eachPartition, type TopicPartitions } from '../topic-partitions.js';
import {
  checkAssignment, membersInOrder, subscribedTopics, type AssignmentSpec, type ServerAssignor,
} from './assignor.js';

/** A partition as one string key, for the owner map. */
function partitionKey(topicId: Uuid, partition: number): string {
  return `${topicId}:${partition}`;
}

/** The assignment being built: owners and, per member, its partitions in the order they came. */
class Placement {
  readonly owners = new Map<string, string>();
  readonly held = new Map<string, { topicId: Uuid; partition: number; kept: boolean }[]>();

  constructor(memberIds: readonly string[]) {
    for (const memberId of memberIds) this.held.set(memberId, []);
  }

  count(memberId: string): number {
    return this.held.get(memberId)?.length ?? 0;
  }

  give(memberId: string, topicId: Uuid, partition: number, kept: boolean): void {
    this.owners.set(partitionKey(topicId, partition), memberId);
    this.held.get(memberId)?.push({ topicId, partition, kept });
  }

  take(memberId: string, index: number): void {
    this.held.get(memberId)?.splice(index, 1);
  }

  result(): Map<string, TopicPartitions> {
    const result = new Map<string, TopicPartitions>();
    for (const [memberId, held] of this.held) {
      const partitions = new Map<Uuid, Set<number>>();
      for (const { topicId, partition } of held) {
        const set = partitions.get(topicId) ?? new Set<number>();
        set.add(partition);
        partitions.set(topicId, set);
      }
      result.set(memberId, partitions);
    }
    return result;
  }
}

function keepPrevious(spec: AssignmentSpec, order: readonly string[], placement: Placement): void {
  for (const memberId of order) {
    const member = spec.members.get(memberId)!;
    for (const [topicId, partition] of eachPartition(member.previousTarget)) {
      const exists = partition < (spec.partitionCounts.get(topicId) ?? 0);
      const free = !placement.owners.has(partitionKey(topicId, partition));
      if (exists && free && member.subscribedTopicIds.has(topicId)) {
        placement.give(memberId, topicId, partition, true);
      }
    }
  }
}

/** The eligible member with the fewest partitions (lowest id on ties), if any. */
function leastLoaded(eligible: readonly string[], placement: Placement): string | undefined {
  let best: string | undefined;
  for (const memberId of eligible) {
    if (best === undefined || placement.count(memberId) < placement.count(best)) best = memberId;
  }
  return best;
}

function placeFree(spec: AssignmentSpec, topics: readonly Uuid[], eligibleFor: ReadonlyMap<Uuid, string[]>,
  placement: Placement): void {
  for (const topicId of topics) {
    const count = spec.partitionCounts.get(topicId) ?? 0;
    for (let partition = 0; partition < count; partition++) {
      if (placement.owners.has(partitionKey(topicId, partition))) continue;
      const memberId = leastLoaded(eligibleFor.get(topicId) ?? [], placement);
      if (memberId !== undefined) placement.give(memberId, topicId, partition, false);
    }
  }
}

/**
 * Moves one partition from `donor` to an eligible member holding at least two fewer, if it can
 * (newly placed partitions first, then the most recently kept). Returns whether it moved one.
 */
function moveOne(donor: string, eligibleFor: ReadonlyMap<Uuid, string[]>, placement: Placement): boolean {
  const held = placement.held.get(donor)!;
  const candidates = [...held.keys()].sort((left, right) =>
    Number(held[left]!.kept) - Number(held[right]!.kept) || right - left);
  for (const index of candidates) {
    const { topicId, partition } = held[index]!;
    const target = leastLoaded(eligibleFor.get(topicId) ?? [], placement);
    if (target === undefined || placement.count(target) > placement.count(donor) - 2) continue;
    placement.take(donor, index);
    placement.give(target, topicId, partition, false);
    return true;
  }
  return false;
}

/**
 * Step 3, one partition at a time from the most loaded member that can give one ("water
 * filling"): taking from the most loaded first is what keeps each member at least its floor
 * share of what it held before.
 */
function balance(order: readonly string[], eligibleFor: ReadonlyMap<Uuid, string[]>, placement: Placement): void {
  for (;;) {
    const donors = [...order].sort((left, right) => placement.count(right) - placement.count(left));
    if (!donors.some((donor) => moveOne(donor, eligibleFor, placement))) return;
  }
}

export const uniformAssignor: ServerAssignor = {
  name: 'uniform',
  assign(spec: AssignmentSpec): Map<string, TopicPartitions> {
    const order = membersInOrder(spec);
    const topics = subscribedTopics(spec);
    const eligibleFor = new Map<Uuid, string[]>(topics.map((topicId) =>
      [topicId, order.filter((memberId) => spec.members.get(memberId)!.subscribedTopicIds.has(topicId))]));
    const placement = new Placement(order);
    keepPrevious(spec, order, placement);
    placeFree(spec, topics, eligibleFor, placement);
    balance(order, eligibleFor, placement);
    const result = placement.result();
    checkAssignment(spec, result);
    return result;
  },
};
