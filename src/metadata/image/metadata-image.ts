// The metadata image: an immutable value holding everything the committed metadata log says
// (topics, partitions, brokers, configs, features), as Kafka's MetadataImage does (KIP-631,
// metadata/src/main/java/org/apache/kafka/image/). It is built only by replaying records
// (apply-records.ts) or loading a snapshot (image-snapshot.ts); nothing else changes it.
//
// Images are persistent values: applying records copies only the maps and topics that change, so
// an unchanged TopicImage keeps its identity from one image to the next (metadata-delta.ts relies
// on that to find what changed cheaply).
import assert from 'node:assert/strict';

import type { NodeId, TopicName, Uuid } from '../../protocol/mod.js';
import { CLUSTER_ID_CONFIG } from '../metadata-records.js';

export { applyRecords } from './apply-records.js';
export {
  imageToRecords, imageFromRecords, encodeImageSnapshot, decodeImageSnapshot,
} from './image-snapshot.js';

/** The leader value of a partition that has none. */
export const NO_LEADER = -1 as NodeId;

/** The name of the `metadata.version` feature (KIP-778). */
export const METADATA_VERSION_FEATURE = 'metadata.version';

export { CLUSTER_ID_CONFIG, ConfigResourceType } from '../metadata-records.js';

/** One partition of a topic, as the controller last recorded it. */
export interface PartitionImage {
  readonly topicName: TopicName;
  readonly topicId: Uuid;
  /** The partition index. Invariant: equals its index in the topic's `partitions`. */
  readonly partition: number;
  /** The assigned replicas, preferred leader first. Invariant: non-empty, no duplicates. */
  readonly replicas: readonly NodeId[];
  /** The in-sync replicas. Invariant: a subset of `replicas`. */
  readonly isr: readonly NodeId[];
  /** The leader, or NO_LEADER (-1). Invariant: -1 or a member of `isr`. */
  readonly leader: NodeId;
  /** Bumped on every leader change (fences stale leaders' fetches and produces). */
  readonly leaderEpoch: number;
  /** Bumped on every change of the partition's registration. */
  readonly partitionEpoch: number;
  /**
   * Replicas a reassignment (KIP-455) is adding: they host the log and catch up, but the
   * reassignment completes only once all of them are in the ISR. Empty when none is under way.
   * Invariant: a subset of `replicas`, disjoint from `removingReplicas`.
   */
  readonly addingReplicas: readonly NodeId[];
  /**
   * Replicas a reassignment is removing: they stay in `replicas` (and may lead) until it
   * completes. Invariant: a subset of `replicas`; not every replica is being removed.
   */
  readonly removingReplicas: readonly NodeId[];
  /**
   * RECOVERED (0), or RECOVERING (1) after an unclean election until the new leader reports
   * itself recovered (KIP-704's LeaderRecoveryState). Invariant: 0 or 1.
   */
  readonly leaderRecoveryState: number;
  /**
   * Eligible leader replicas (KIP-966): replicas that left the ISR while it was below
   * min.insync.replicas, so still hold every record acknowledged with acks=all; one may lead
   * cleanly when the ISR is empty. Invariant: a subset of `replicas`, disjoint from `isr`.
   */
  readonly elr: readonly NodeId[];
  /**
   * KIP-966's balanced recovery: the leader the partition had when its ISR emptied, kept while it
   * has no leader (led again, uncleanly, when neither ISR nor ELR can). Invariant: at most one
   * replica, and empty while the partition has a leader.
   */
  readonly lastKnownElr: readonly NodeId[];
}

/** LeaderRecoveryState values (KIP-704): elected cleanly or recovered, or recovering from an unclean election. */
export const LeaderRecoveryState = { RECOVERED: 0, RECOVERING: 1 } as const;

/** True while a reassignment of `partition` is under way (it has replicas being added or removed). */
export function isReassigning(partition: PartitionImage): boolean {
  return partition.addingReplicas.length > 0 || partition.removingReplicas.length > 0;
}

/** One topic. */
export interface TopicImage {
  readonly name: TopicName;
  readonly topicId: Uuid;
  /** Partitions by index. Invariant: `partitions[i].partition === i`. */
  readonly partitions: readonly PartitionImage[];
  /** Topic-level config overrides only (no defaults). */
  readonly configs: ReadonlyMap<string, string>;
}

/** A broker listener endpoint as registered. */
export interface BrokerEndpoint {
  /** Listener name, e.g. PLAINTEXT. */
  readonly name: string;
  readonly host: string;
  readonly port: number;
  /** Kafka's SecurityProtocol id (0 = PLAINTEXT). */
  readonly securityProtocol: number;
}

/** A registered broker. */
export interface BrokerImage {
  readonly id: NodeId;
  /** The broker epoch of its current registration; grows with every registration. */
  readonly epoch: number;
  /** Random per process start: tells a restarted broker from a duplicate one. */
  readonly incarnationId: Uuid;
  readonly listeners: readonly BrokerEndpoint[];
  readonly rack: string | null;
  /**
   * A fenced broker is not shown to clients and takes no new replicas.
   * Invariant: a fenced broker leads no partition (checkImageInvariants).
   */
  readonly fenced: boolean;
  /** The broker asked to shut down (KIP-631 controlled shutdown): it gets no new leadership. */
  readonly inControlledShutdown: boolean;
}

/** The whole metadata image. */
export interface MetadataImage {
  /** Offset of the last metadata log entry reflected here; -1 for the empty image. */
  readonly offset: number;
  /** The cluster id, or null before the first controller wrote the bootstrap records. */
  readonly clusterId: string | null;
  /** Finalized feature levels by feature name (e.g. metadata.version). */
  readonly features: ReadonlyMap<string, number>;
  /** Invariant: holds exactly the topics of `topicsById`, each under its own name. */
  readonly topicsByName: ReadonlyMap<TopicName, TopicImage>;
  readonly topicsById: ReadonlyMap<Uuid, TopicImage>;
  readonly brokers: ReadonlyMap<NodeId, BrokerImage>;
  /** The first producer id not yet handed out in a block (ProducerIdsRecord). */
  readonly nextProducerId: bigint;
  /**
   * Dynamic broker configs (KIP-226) by resource name: "" holds the cluster-wide defaults, a
   * broker id in decimal that broker's own overrides. Invariant: no map is empty, and the
   * cluster id (kept as `clusterId`) is never among them.
   */
  readonly brokerConfigs: ReadonlyMap<string, ReadonlyMap<string, string>>;
}

/** The image before any record: offset -1, no cluster id, nothing registered. */
export function emptyImage(): MetadataImage {
  return {
    offset: -1,
    clusterId: null,
    features: new Map(),
    topicsByName: new Map(),
    topicsById: new Map(),
    brokers: new Map(),
    nextProducerId: 0n,
    brokerConfigs: new Map(),
  };
}

/** The same image, marked as reflecting the log up to `offset`. Precondition: offset never goes back. */
export function imageAtOffset(image: MetadataImage, offset: number): MetadataImage {
  assert.ok(Number.isSafeInteger(offset), 'an offset is a safe integer');
  assert.ok(offset >= image.offset, 'the image never moves back in the log');
  return offset === image.offset ? image : { ...image, offset };
}

/** The brokers clients may use: registered and not fenced, by id. */
export function unfencedBrokers(image: MetadataImage): BrokerImage[] {
  return [...image.brokers.values()].filter((broker) => !broker.fenced).sort((a, b) => a.id - b.id);
}

/**
 * True when broker `id` may lead partitions and take new replicas: registered, unfenced and not
 * in controlled shutdown (Kafka's ClusterControlManager.isActive).
 */
export function isActiveBroker(image: MetadataImage, id: NodeId): boolean {
  const broker = image.brokers.get(id);
  return broker !== undefined && !broker.fenced && !broker.inControlledShutdown;
}

/** Asserts every invariant the field docs state (tests and the simulator call it after each step). */
export function checkImageInvariants(image: MetadataImage): void {
  assert.ok(Number.isSafeInteger(image.offset) && image.offset >= -1, 'offset is -1 or a log offset');
  assert.equal(image.topicsByName.size, image.topicsById.size, 'both topic maps hold the same topics');
  for (const [topicId, topic] of image.topicsById) {
    assert.equal(topic.topicId, topicId, 'a topic is filed under its own id');
    assert.equal(image.topicsByName.get(topic.name), topic, 'a topic is filed under its own name');
    topic.partitions.forEach((partition, index) => checkPartitionInvariants(topic, partition, index));
    for (const partition of topic.partitions) {
      // KIP-631: the controller moves leadership away in the same entry that fences a broker.
      const leader = image.brokers.get(partition.leader);
      assert.ok(leader === undefined || !leader.fenced, 'a fenced broker leads no partition');
    }
  }
  for (const [id, broker] of image.brokers) assert.equal(broker.id, id, 'a broker is filed under its own id');
  for (const [resourceName, configs] of image.brokerConfigs) {
    assert.ok(resourceName === '' || /^\d+$/.test(resourceName), 'broker configs name the default or a broker id');
    assert.ok(configs.size > 0, 'a broker config resource without configs is removed');
    assert.ok(!configs.has(CLUSTER_ID_CONFIG), 'the cluster id is not a dynamic broker config');
  }
}

function checkPartitionInvariants(topic: TopicImage, partition: PartitionImage, index: number): void {
  assert.equal(partition.partition, index, 'a partition sits at its own index');
  assert.equal(partition.topicId, topic.topicId, 'a partition names its topic id');
  assert.equal(partition.topicName, topic.name, 'a partition names its topic');
  assert.ok(partition.replicas.length > 0, 'a partition has at least one replica');
  assert.equal(new Set(partition.replicas).size, partition.replicas.length, 'replicas are distinct');
  assert.equal(new Set(partition.isr).size, partition.isr.length, 'in-sync replicas are distinct');
  for (const member of partition.isr) {
    assert.ok(partition.replicas.includes(member), 'the ISR is a subset of the replicas');
  }
  const leader = partition.leader;
  assert.ok(leader === NO_LEADER || partition.isr.includes(leader), 'the leader is in the ISR');
  assert.ok(partition.elr.every((id) => partition.replicas.includes(id) && !partition.isr.includes(id)),
    'eligible leader replicas are replicas outside the ISR');
  assert.ok(partition.lastKnownElr.length <= 1 && partition.lastKnownElr.every((id) => partition.replicas.includes(id)),
    'the last known leader is one replica');
  assert.ok(partition.lastKnownElr.length === 0 || partition.leader === NO_LEADER, 'a last known leader only while leaderless');
  const { addingReplicas, removingReplicas } = partition;
  assert.ok(addingReplicas.every((id) => partition.replicas.includes(id)), 'adding replicas are replicas');
  assert.ok(removingReplicas.every((id) => partition.replicas.includes(id)), 'removing replicas are replicas');
  assert.ok(addingReplicas.every((id) => !removingReplicas.includes(id)), 'no replica is both added and removed');
  assert.ok(removingReplicas.length < partition.replicas.length, 'a reassignment keeps at least one replica');
  assert.ok(addingReplicas.length < partition.replicas.length, 'a reassignment started from some replica');
  assert.ok(partition.leaderRecoveryState === LeaderRecoveryState.RECOVERED ||
    partition.leaderRecoveryState === LeaderRecoveryState.RECOVERING, 'the leader recovery state is 0 or 1');
}
