// The `uniform` server assignor (KIP-848's default): spreads partitions evenly over the members
// and moves as few of them as it can from one target assignment to the next. Kafka's
// UniformAssignor does the same job; this is Weir's own three-step version:
//
//   1. keep:    every member keeps the partitions of its previous target that still exist and
//               that it still subscribes to (stickiness);
//   2. place:   every partition nobody kept goes to the subscribed member holding the fewest
//               partitions (ties: lowest member id);
//   3. balance: while a member holds a partition that a member with at least two fewer
//               partitions could take, move it there (newly placed partitions first, so kept
//               ones move only when balance needs it).
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

/** One pass of step 3; returns whether it moved anything. */
function balanceOnce(order: readonly string[], eligibleFor: ReadonlyMap<Uuid, string[]>,
  placement: Placement): boolean {
  let moved = false;
  const byLoad = [...order].sort((left, right) => placement.count(right) - placement.count(left));
  for (const memberId of byLoad) {
    const held = placement.held.get(memberId)!;
    // Newly placed partitions first, then kept ones from the most recent: both scanned from the end.
    const candidates = [...held.keys()].sort((left, right) =>
      Number(held[left]!.kept) - Number(held[right]!.kept) || right - left);
    const moves: number[] = [];
    for (const index of candidates) {
      const { topicId, partition } = held[index]!;
      const target = leastLoaded(eligibleFor.get(topicId) ?? [], placement);
      if (target === undefined || placement.count(target) > placement.count(memberId) - moves.length - 2) continue;
      moves.push(index);
      placement.give(target, topicId, partition, false);
    }
    for (const index of moves.sort((left, right) => right - left)) placement.take(memberId, index);
    moved ||= moves.length > 0;
  }
  return moved;
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
    while (balanceOnce(order, eligibleFor, placement)) { /* until balanced within one */ }
    const result = placement.result();
    checkAssignment(spec, result);
    return result;
  },
};
