// The coordinator's settings from the node's configuration (src/config/node-config-keys.ts, Kafka's
// GroupCoordinatorConfig names): what every shard sees (GroupCoordinatorSettings) and what only
// the runtime and the offsets part use (topic creation, loading, metadata size). Pure.
import type { NodeConfig } from '../../config/node-config.js';
import type { GroupCoordinatorSettings } from '../group-shard-context.js';

/** The runtime's own settings besides the ones it hands to every shard. */
export interface CoordinatorRuntimeSettings extends GroupCoordinatorSettings {
  /** offsets.topic.segment.bytes (100 MiB): segment.bytes of __consumer_offsets at creation. */
  readonly offsetsTopicSegmentBytes: number;
  /** offsets.load.buffer.size (5 MiB): bytes read at a time while loading a partition. */
  readonly offsetsLoadBufferBytes: number;
  /** offset.metadata.max.bytes (4096): the longest metadata an offset commit may carry. */
  readonly offsetMetadataMaxBytes: number;
}

const msPerMinute = 60_000;

/** The coordinator settings of a node configured with `config`. */
export function coordinatorSettings(config: NodeConfig): CoordinatorRuntimeSettings {
  return {
    offsetsTopicPartitions: config.offsetsTopicNumPartitions,
    offsetsTopicReplicationFactor: config.offsetsTopicReplicationFactor,
    offsetsRetentionMs: config.offsetsRetentionMinutes * msPerMinute,
    offsetsRetentionCheckIntervalMs: config.offsetsRetentionCheckIntervalMs,
    offsetsCommitTimeoutMs: config.offsetsCommitTimeoutMs,
    groupMinSessionTimeoutMs: config.groupMinSessionTimeoutMs,
    groupMaxSessionTimeoutMs: config.groupMaxSessionTimeoutMs,
    groupInitialRebalanceDelayMs: config.groupInitialRebalanceDelayMs,
    groupMaxSize: config.groupMaxSize,
    consumerGroupSessionTimeoutMs: config.groupConsumerSessionTimeoutMs,
    consumerGroupHeartbeatIntervalMs: config.groupConsumerHeartbeatIntervalMs,
    consumerGroupMaxSize: config.groupConsumerMaxSize,
    consumerGroupAssignors: config.groupConsumerAssignors,
    offsetsTopicSegmentBytes: config.offsetsTopicSegmentBytes,
    offsetsLoadBufferBytes: config.offsetsLoadBufferSize,
    offsetMetadataMaxBytes: config.offsetMetadataMaxBytes,
  };
}
