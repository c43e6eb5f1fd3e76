// `__consumer_offsets` itself: its name, how it is created on first use, and which partition a
// group lives in. Kafka creates it when the first FindCoordinator for a group arrives
// (KafkaApis.getOrCreateInternalTopic → AutoTopicCreationManager) with
// offsets.topic.num.partitions partitions, offsets.topic.replication.factor replicas, and the
// configs GroupCoordinator.groupMetadataTopicConfigs gives it: compacted (only the latest record
// of a key matters), producer compression (batches are kept as the coordinator wrote them), and
// segments of offsets.topic.segment.bytes, small so that compaction reaches old records soon and
// a new coordinator loads little. Kafka refuses to create it until the cluster has
// offsets.topic.replication.factor brokers; Weir caps that factor at the brokers registered, so
// that a cluster smaller than the default of three still gets its offsets topic, and waits
// (COORDINATOR_NOT_AVAILABLE: the clients ask again) until that many are alive, so that a
// cluster still starting up does not get an offsets topic with fewer replicas than it will have
// brokers, for good. Pure.
import { topicName, type TopicName } from '../../protocol/mod.js';
import type { MetadataImage, TopicImage } from '../../metadata/image/metadata-image.js';
import {
  createCreateTopicsRequest, type CreateTopicsRequest,
} from '../../protocol/generated/messages/create-topics.js';
import { groupPartition } from '../group-partition.js';
import type { CoordinatorRuntimeSettings } from './coordinator-settings.js';

export const OFFSETS_TOPIC: TopicName = topicName('__consumer_offsets');

/** The offsets topic in `image`, if it exists. */
export function offsetsTopicOf(image: MetadataImage): TopicImage | undefined {
  return image.topicsByName.get(OFFSETS_TOPIC);
}

/**
 * The offsets partition of `groupId`: among the topic's partitions when it exists (as Kafka
 * counts them at start-up), else among offsets.topic.num.partitions.
 */
export function offsetsPartitionOf(groupId: string, image: MetadataImage, settings: CoordinatorRuntimeSettings): number {
  const topic = offsetsTopicOf(image);
  return groupPartition(groupId, topic === undefined || topic.partitions.length === 0
    ? settings.offsetsTopicPartitions : topic.partitions.length);
}

/** The brokers that could host a replica now: registered, not fenced, not shutting down. */
export function liveBrokerCount(image: MetadataImage): number {
  let count = 0;
  for (const broker of image.brokers.values()) if (!broker.fenced && !broker.inControlledShutdown) count += 1;
  return count;
}

/** The CreateTopics request that creates `__consumer_offsets`, or why not yet. */
export function offsetsTopicCreation(settings: CoordinatorRuntimeSettings, image: MetadataImage):
  { readonly request: CreateTopicsRequest } | { readonly waiting: string } {
  const replicationFactor = Math.max(1, Math.min(settings.offsetsTopicReplicationFactor, image.brokers.size));
  const live = liveBrokerCount(image);
  if (live < replicationFactor) {
    return { waiting: `${live} of the ${replicationFactor} brokers its replication factor needs are alive` };
  }
  return { request: createCreateTopicsRequest({
    topics: [{ name: OFFSETS_TOPIC, numPartitions: settings.offsetsTopicPartitions, replicationFactor, assignments: [],
      configs: [
        { name: 'cleanup.policy', value: 'compact' },
        { name: 'compression.type', value: 'producer' },
        { name: 'segment.bytes', value: String(settings.offsetsTopicSegmentBytes) },
      ] }],
    timeoutMs: 30_000,
    validateOnly: false,
  }) };
}
