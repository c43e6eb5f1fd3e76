// The settings of one hosted partition, resolved from its topic's config overrides (the
// metadata image's TopicImage.configs) over the broker-wide defaults (dynamic broker configs in
// the image, then the node's static config) by the controller's
// topic config table (src/controller/topic-configs.ts), so the broker runs a partition with the
// very values DescribeConfigs reports. Storage gets the log part (segment, retention, flush);
// the produce path gets the rest (timestamp type and window, batch size limit,
// min.insync.replicas, whether records need keys). Pure.
import type { CleanupPolicy, LogConfig, TimestampType } from '../../../storage/mod.js';
import { topicSettings, type TopicDefaultsConfig } from '../../controller/topic-configs.js';

/** What a partition needs to know about its topic's configuration. */
export interface PartitionSettings {
  /**
   * segment.bytes, segment.ms, retention.ms, retention.bytes, flush.messages, flush.ms,
   * cleanup.policy and the compaction settings (delete.retention.ms, min.cleanable.dirty.ratio,
   * min.compaction.lag.ms, max.compaction.lag.ms).
   */
  readonly log: Partial<LogConfig>;
  /** message.timestamp.type: CreateTime keeps the producer's timestamps. */
  readonly timestampType: TimestampType;
  /** max.message.bytes: the largest record batch a producer may append. */
  readonly maxMessageBytes: number;
  /** min.insync.replicas: in-sync replicas an acks=-1 produce needs. */
  readonly minInsyncReplicas: number;
  /** message.timestamp.before.max.ms: how far in the past a CreateTime timestamp may be. */
  readonly timestampBeforeMaxMs: number;
  /** message.timestamp.after.max.ms: how far in the future a CreateTime timestamp may be. */
  readonly timestampAfterMaxMs: number;
  /** cleanup.policy includes compact: every record needs a key. */
  readonly compacted: boolean;
}

/** The smallest segment storage accepts: one batch header. */
const segmentBytesMin = 61;

/**
 * The settings of a partition of a topic with config `overrides` on a node with `config` (with
 * the dynamic broker configs in force on it, withDynamicBrokerConfigs, for the live values).
 */
export function settingsOfTopic(overrides: ReadonlyMap<string, string>, config: TopicDefaultsConfig): PartitionSettings {
  const topic = topicSettings(overrides, config);
  return {
    log: {
      segmentBytes: Math.min(Math.max(topic.segmentBytes, segmentBytesMin), 0x7fff_ffff),
      segmentMs: Math.max(topic.segmentMs, 1),
      retentionMs: topic.retentionMs < 0 ? -1 : topic.retentionMs,
      retentionBytes: topic.retentionBytes < 0 ? -1 : topic.retentionBytes,
      flushMessages: Math.max(topic.flushMessages, 1),
      flushMs: topic.flushMs < 0 ? Number.MAX_SAFE_INTEGER : topic.flushMs,
      cleanupPolicy: cleanupPolicyOf(topic.cleanupPolicy),
      deleteRetentionMs: Math.max(topic.deleteRetentionMs, 0),
      minCleanableDirtyRatio: Math.min(Math.max(topic.minCleanableDirtyRatio, 0), 1),
      minCompactionLagMs: Math.max(topic.minCompactionLagMs, 0),
      maxCompactionLagMs: Math.max(topic.maxCompactionLagMs, 1),
    },
    timestampType: topic.messageTimestampType,
    maxMessageBytes: topic.maxMessageBytes,
    minInsyncReplicas: topic.minInsyncReplicas,
    timestampBeforeMaxMs: topic.messageTimestampBeforeMaxMs,
    timestampAfterMaxMs: topic.messageTimestampAfterMaxMs,
    compacted: topic.cleanupPolicy.includes('compact'),
  };
}

/** The storage form of a validated cleanup.policy list (any order, duplicates allowed). */
function cleanupPolicyOf(items: readonly ('delete' | 'compact')[]): CleanupPolicy {
  const compact = items.includes('compact');
  const deletes = items.includes('delete') || items.length === 0;
  return compact && deletes ? 'compact,delete' : compact ? 'compact' : 'delete';
}

/** Whether a change from `before` to `after` needs the log reopened with a new LogConfig. */
export function logConfigChanged(before: PartitionSettings, after: PartitionSettings): boolean {
  const keys = new Set([...Object.keys(before.log), ...Object.keys(after.log)]) as Set<keyof LogConfig>;
  for (const key of keys) if (before.log[key] !== after.log[key]) return true;
  return false;
}
