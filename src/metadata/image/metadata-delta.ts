// What changed from one metadata image to the next, handed to image listeners with the new image
// (Kafka's MetadataDelta as BrokerMetadataPublisher receives it). Computed by comparing the two
// images: images share unchanged TopicImage and BrokerImage objects (apply-records.ts), so an
// identity check finds what changed, and the same code serves record replay and snapshot loads.
import type { NodeId } from '../../protocol/mod.js';
import type { MetadataRecord } from '../metadata-records.js';
import type { BrokerImage, MetadataImage, PartitionImage, TopicImage } from './metadata-image.js';

/** The difference between `previous` and the image published with it. */
export interface MetadataDelta {
  readonly previous: MetadataImage;
  /** The records applied, in order; empty when the image came from a snapshot. */
  readonly records: readonly MetadataRecord[];
  /** True when the new image replaced the old one wholesale (a snapshot was loaded). */
  readonly fromSnapshot: boolean;
  /** Topics (by id) in the new image but not in `previous`. */
  readonly createdTopics: readonly TopicImage[];
  /** Topics (by id) in `previous` but not in the new image, as they were. */
  readonly deletedTopics: readonly TopicImage[];
  /** Topics in both whose partitions or configs changed, as they are now. */
  readonly changedTopics: readonly TopicImage[];
  /** Brokers registered, changed or unregistered. */
  readonly changedBrokers: ReadonlySet<NodeId>;
}

/** Compares two images. `records` and `fromSnapshot` describe how `next` was reached. */
export function diffImages(
  previous: MetadataImage,
  next: MetadataImage,
  how: { readonly records: readonly MetadataRecord[]; readonly fromSnapshot: boolean },
): MetadataDelta {
  const createdTopics: TopicImage[] = [];
  const changedTopics: TopicImage[] = [];
  const deletedTopics: TopicImage[] = [];
  if (previous.topicsById !== next.topicsById) {
    for (const [topicId, topic] of next.topicsById) {
      const before = previous.topicsById.get(topicId);
      if (before === undefined) createdTopics.push(topic);
      else if (before !== topic && topicChanged(before, topic)) changedTopics.push(topic);
    }
    for (const [topicId, topic] of previous.topicsById) {
      if (!next.topicsById.has(topicId)) deletedTopics.push(topic);
    }
  }
  return {
    previous,
    records: how.records,
    fromSnapshot: how.fromSnapshot,
    createdTopics,
    deletedTopics,
    changedTopics,
    changedBrokers: changedBrokerIds(previous.brokers, next.brokers),
  };
}

/** Deep comparison for topics that are different objects (always so after a snapshot load). */
function topicChanged(before: TopicImage, after: TopicImage): boolean {
  if (before.partitions.length !== after.partitions.length) return true;
  if (before.configs.size !== after.configs.size) return true;
  for (const [name, value] of after.configs) if (before.configs.get(name) !== value) return true;
  return after.partitions.some((partition, index) => {
    const old = before.partitions[index] as PartitionImage;
    return old !== partition && (old.leader !== partition.leader || old.leaderEpoch !== partition.leaderEpoch ||
      old.partitionEpoch !== partition.partitionEpoch || !sameIds(old.replicas, partition.replicas) ||
      !sameIds(old.isr, partition.isr));
  });
}

function sameIds(left: readonly NodeId[], right: readonly NodeId[]): boolean {
  return left.length === right.length && left.every((id, index) => right[index] === id);
}

function changedBrokerIds(
  before: ReadonlyMap<NodeId, BrokerImage>,
  after: ReadonlyMap<NodeId, BrokerImage>,
): Set<NodeId> {
  const changed = new Set<NodeId>();
  if (before === after) return changed;
  for (const [id, broker] of after) {
    const old = before.get(id);
    // Registrations are small; comparing their JSON is exact (no bigints, no maps) and simple.
    if (old === undefined || (old !== broker && JSON.stringify(old) !== JSON.stringify(broker))) changed.add(id);
  }
  for (const id of before.keys()) if (!after.has(id)) changed.add(id);
  return changed;
}

