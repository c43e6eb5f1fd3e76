// Where new partitions' replicas go, and the first registration of a partition. Placement is
// striped over racks as Kafka's StripedReplicaPlacer does: the active brokers (unfenced, not in
// controlled shutdown) are grouped by `broker.rack` (brokers without one form a rack of their
// own), racks and the brokers in each are sorted and given random starting points, and each
// partition takes its first replica from the next rack in turn and the others from the racks after
// it, one broker per rack per round. So a partition's replicas sit on as many different racks as
// there are (up to its replication factor), and leaders (first replicas) rotate over racks and
// over the brokers within each. Weir places only on active brokers, where Kafka also places on
// fenced ones; a new partition's ISR is its active replicas with the first of them as leader (as
// Kafka's ReplicationControlManager does).
import assert from 'node:assert/strict';

import type { Random } from '../runtime/seam.js';
import { ZERO_UUID, type NodeId, type Uuid } from '../protocol/mod.js';
import { createPartitionRecord } from '../protocol/generated/metadata/partition-record.js';
import type { MetadataRecord } from '../metadata/metadata-records.js';
import type { MetadataImage } from '../metadata/image/metadata-image.js';
import { isActiveBroker, unfencedBrokers } from '../metadata/image/metadata-image.js';

/** A placement, or why none is possible (a message for INVALID_REPLICATION_FACTOR). */
export type PlacementResult =
  | { readonly ok: true; readonly assignments: readonly (readonly NodeId[])[] }
  | { readonly ok: false; readonly message: string };

/**
 * The brokers of one rack, handed out in rotation: each round (one partition) starts one broker
 * further on and gives each broker at most once (Kafka's BrokerList).
 */
class RackBrokers {
  private round = -1;
  private taken = 0;
  private start: number;

  constructor(private readonly brokers: readonly NodeId[], random: Random) {
    assert.ok(brokers.length > 0, 'a rack has a broker');
    // One step back, so that the first round starts at the drawn broker.
    this.start = (random.nextInt(brokers.length) + brokers.length - 1) % brokers.length;
  }

  /** The next broker of `round`, or null when every broker of the rack was given in it. */
  next(round: number): NodeId | null {
    if (round !== this.round) {
      this.round = round;
      this.taken = 0;
      this.start = (this.start + 1) % this.brokers.length;
    }
    if (this.taken >= this.brokers.length) return null;
    const broker = this.brokers[(this.start + this.taken) % this.brokers.length] as NodeId;
    this.taken += 1;
    return broker;
  }
}

/** One partition's replicas, striped over `racks` from rack `first` (Kafka's RackList.place). */
function placePartition(racks: readonly RackBrokers[], options: { first: number; round: number; count: number }): NodeId[] {
  const { round, count } = options;
  let firstRack = options.first;
  const replicas: NodeId[] = [];
  // The first replica (the preferred leader) comes from the first rack in turn that has one left.
  for (let tried = 0; replicas.length === 0; tried += 1) {
    assert.ok(tried < racks.length, 'some rack has a broker left for the first replica');
    const broker = (racks[firstRack] as RackBrokers).next(round);
    if (broker !== null) replicas.push(broker);
    else firstRack = (firstRack + 1) % racks.length;
  }
  // The others go round the racks from the starting rack, skipping the first replica's rack once
  // (it already gave a broker in this pass).
  let rack = options.first;
  let skipRack: number | null = firstRack;
  let idleRacks = 0;
  while (replicas.length < count) {
    assert.ok(idleRacks <= racks.length + 1, 'the brokers suffice for the replication factor');
    let broker: NodeId | null = null;
    if (rack === skipRack) skipRack = null;
    else broker = (racks[rack] as RackBrokers).next(round);
    rack = (rack + 1) % racks.length;
    if (broker === null) {
      idleRacks += 1;
      continue;
    }
    idleRacks = 0;
    replicas.push(broker);
  }
  return replicas;
}

/**
 * Replicas for `partitionCount` new partitions of `replicationFactor` replicas each, over the
 * active brokers of `image`, striped over their racks. Precondition: both counts are positive.
 */
export function placeReplicas(
  image: MetadataImage,
  options: { readonly partitionCount: number; readonly replicationFactor: number; readonly random: Random },
): PlacementResult {
  const { partitionCount, replicationFactor, random } = options;
  assert.ok(Number.isSafeInteger(partitionCount) && partitionCount > 0, 'at least one partition is placed');
  assert.ok(Number.isSafeInteger(replicationFactor) && replicationFactor > 0, 'a partition has a replica');
  const brokers = unfencedBrokers(image).filter((broker) => !broker.inControlledShutdown);
  if (replicationFactor > brokers.length) {
    return {
      ok: false,
      message: `Unable to replicate the partition ${replicationFactor} time(s): ` +
        `only ${brokers.length} unfenced broker(s) are registered`,
    };
  }
  const byRack = new Map<string, NodeId[]>();
  // Brokers come sorted by id; a broker without a rack sorts first, as Kafka's empty Optional does.
  for (const broker of brokers) {
    const key = broker.rack === null ? '' : `r:${broker.rack}`;
    byRack.set(key, [...(byRack.get(key) ?? []), broker.id]);
  }
  const racks = [...byRack.keys()].sort().map((key) => new RackBrokers(byRack.get(key) as NodeId[], random));
  // Without racks (one rack) no draw is spent on the rack order, so a rack-less cluster places
  // exactly as plain round-robin from a random start does.
  let first = racks.length === 1 ? 0 : random.nextInt(racks.length);
  const assignments: NodeId[][] = [];
  for (let partition = 0; partition < partitionCount; partition += 1) {
    const replicas = placePartition(racks, { first, round: partition, count: replicationFactor });
    assert.equal(new Set(replicas).size, replicationFactor, 'a partition\'s replicas are distinct brokers');
    assignments.push(replicas);
    first = (first + 1) % racks.length;
  }
  assert.equal(assignments.length, partitionCount, 'one assignment per partition');
  return { ok: true, assignments };
}

/**
 * The record that registers a new partition on `replicas`: the ISR is the unfenced replicas, the
 * leader the first of them. Precondition: at least one replica is an unfenced broker.
 */
export function newPartitionRecord(
  image: MetadataImage,
  partition: { readonly topicId: Uuid; readonly partitionId: number; readonly replicas: readonly NodeId[] },
): MetadataRecord {
  const isr = partition.replicas.filter((id) => isActiveBroker(image, id));
  const leader = isr[0];
  assert.ok(leader !== undefined, 'a new partition has an unfenced replica to lead it');
  return {
    type: 'PartitionRecord',
    record: createPartitionRecord({
      partitionId: partition.partitionId,
      topicId: partition.topicId,
      replicas: [...partition.replicas],
      isr: [...isr],
      leader,
      leaderEpoch: 0,
      partitionEpoch: 0,
      // Kafka's DirectoryId.UNASSIGNED for each replica: Weir has one log directory per broker.
      directories: partition.replicas.map(() => ZERO_UUID),
    }),
  };
}

/** True when some replica of `replicas` is an active broker (unfenced, not shutting down). */
export function hasUnfencedReplica(image: MetadataImage, replicas: readonly NodeId[]): boolean {
  return replicas.some((id) => isActiveBroker(image, id));
}

/**
 * Why a manually given replica list cannot be used for partition `partitionId`, or null. The
 * rules are Kafka's: non-empty, no broker twice, every broker registered, one of them unfenced.
 */
export function manualAssignmentProblem(
  image: MetadataImage,
  replicas: readonly NodeId[],
  partitionId: number,
): string | null {
  const what = `The manual partition assignment for partition ${partitionId}`;
  if (replicas.length === 0) return `${what} is an empty replica list`;
  const seen = new Set<NodeId>();
  for (const id of replicas) {
    if (seen.has(id)) return `${what} names broker ${id} more than once`;
    seen.add(id);
    if (!image.brokers.has(id)) return `${what} names broker ${id}, which is not registered`;
  }
  if (!hasUnfencedReplica(image, replicas)) return `${what} names only fenced brokers`;
  return null;
}
