// Sets of partitions keyed by topic id: the unit KIP-848 speaks in. A member's assignment, its
// partitions pending revocation, a target assignment and the partitions a member says it owns
// are all "topic id -> partition numbers". Pure values: every helper returns a new set and never
// changes its inputs; empty topics are never stored, so two equal sets have equal keys.
import assert from 'node:assert/strict';
import type { Uuid } from '../../protocol/entity-types.js';

/** Partitions by topic id. Invariant: no topic maps to an empty set. */
export type TopicPartitions = ReadonlyMap<Uuid, ReadonlySet<number>>;

/** The wire shape every KIP-848 message and record uses for a set of partitions. */
export interface WireTopicPartitions {
  readonly topicId: Uuid;
  readonly partitions: readonly number[];
}

export const NO_PARTITIONS: TopicPartitions = new Map();

/** Builds a set from the wire shape (a topic listed twice is merged). */
export function partitionsFromWire(topics: readonly WireTopicPartitions[]): TopicPartitions {
  const result = new Map<Uuid, Set<number>>();
  for (const { topicId, partitions } of topics) {
    for (const partition of partitions) addPartition(result, topicId, partition);
  }
  return result;
}

/** The wire shape, topics and partitions in ascending order (stable records and answers). */
export function partitionsToWire(set: TopicPartitions): { topicId: Uuid; partitions: number[] }[] {
  return [...set.keys()].sort().map((topicId) => ({
    topicId,
    partitions: [...(set.get(topicId) ?? [])].sort((left, right) => left - right),
  }));
}

/** Adds one partition to a mutable set under construction. */
export function addPartition(set: Map<Uuid, Set<number>>, topicId: Uuid, partition: number): void {
  assert.ok(Number.isInteger(partition) && partition >= 0, 'a partition number is a non-negative integer');
  let partitions = set.get(topicId);
  if (partitions === undefined) {
    partitions = new Set();
    set.set(topicId, partitions);
  }
  partitions.add(partition);
}

export function hasPartition(set: TopicPartitions, topicId: Uuid, partition: number): boolean {
  return set.get(topicId)?.has(partition) ?? false;
}

/** Every (topic id, partition) of the set, topics and partitions ascending. */
export function* eachPartition(set: TopicPartitions): Generator<readonly [Uuid, number]> {
  for (const { topicId, partitions } of partitionsToWire(set)) {
    for (const partition of partitions) yield [topicId, partition];
  }
}

export function partitionCount(set: TopicPartitions): number {
  let count = 0;
  for (const partitions of set.values()) count += partitions.size;
  return count;
}

/** The partitions of `left` that `keep(topicId, partition)` accepts. */
export function filterPartitions(left: TopicPartitions,
  keep: (topicId: Uuid, partition: number) => boolean): TopicPartitions {
  const result = new Map<Uuid, Set<number>>();
  for (const [topicId, partition] of eachPartition(left)) {
    if (keep(topicId, partition)) addPartition(result, topicId, partition);
  }
  return result;
}

export function intersectPartitions(left: TopicPartitions, right: TopicPartitions): TopicPartitions {
  return filterPartitions(left, (topicId, partition) => hasPartition(right, topicId, partition));
}

export function subtractPartitions(left: TopicPartitions, right: TopicPartitions): TopicPartitions {
  return filterPartitions(left, (topicId, partition) => !hasPartition(right, topicId, partition));
}

export function unitePartitions(left: TopicPartitions, right: TopicPartitions): TopicPartitions {
  const result = new Map<Uuid, Set<number>>();
  for (const set of [left, right]) {
    for (const [topicId, partition] of eachPartition(set)) addPartition(result, topicId, partition);
  }
  return result;
}

export function samePartitions(left: TopicPartitions, right: TopicPartitions): boolean {
  if (partitionCount(left) !== partitionCount(right)) return false;
  for (const [topicId, partition] of eachPartition(left)) {
    if (!hasPartition(right, topicId, partition)) return false;
  }
  return true;
}

/** Whether some partition is in both sets. */
export function overlaps(left: TopicPartitions, right: TopicPartitions): boolean {
  for (const [topicId, partition] of eachPartition(left)) {
    if (hasPartition(right, topicId, partition)) return true;
  }
  return false;
}

/** Renders a set for logs and test messages: "topicA:0,1 topicB:3". */
export function renderPartitions(set: TopicPartitions): string {
  const text = partitionsToWire(set).map(({ topicId, partitions }) => `${topicId}:${partitions.join(',')}`);
  return text.length === 0 ? '(none)' : text.join(' ');
}
