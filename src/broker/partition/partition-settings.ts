// The settings of one hosted partition, resolved from its topic's config overrides (the
// metadata image's TopicImage.configs, Kafka's topic-level keys) over the broker-wide defaults
// of the node config (Kafka's `log.*` keys). Storage gets the log part (segment, retention,
// flush); the produce path gets the rest (timestamp type and window, batch size limit,
// min.insync.replicas). Pure. Values were validated by the controller before they were
// committed, so a value that does not parse here is a bug, not bad input.
import assert from 'node:assert/strict';
import type { LogConfig, TimestampType } from '../../../storage/mod.js';
import type { NodeConfig } from '../../config/node-config.js';

/** What a partition needs to know about its topic's configuration. */
export interface PartitionSettings {
  /** segment.bytes, segment.ms, retention.ms, retention.bytes, flush.messages, flush.ms. */
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

/**
 * Kafka 4's default for message.timestamp.after.max.ms (KIP-1030: one hour); the "before"
 * window is unbounded by default.
 */
export const defaultTimestampAfterMaxMs = 60 * 60 * 1000;

/** Broker-wide defaults, before any topic override. */
export function brokerDefaultSettings(config: NodeConfig): PartitionSettings {
  const flushMs = config.logFlushIntervalMs < 0 ? Number.MAX_SAFE_INTEGER : config.logFlushIntervalMs;
  return {
    log: {
      segmentBytes: Math.max(config.logSegmentBytes, 61),
      segmentMs: config.logRollMs,
      retentionMs: config.logRetentionMs,
      retentionBytes: config.logRetentionBytes,
      flushMessages: config.logFlushIntervalMessages,
      flushMs,
    },
    timestampType: 'CreateTime',
    maxMessageBytes: config.messageMaxBytes,
    minInsyncReplicas: config.minInsyncReplicas,
    timestampBeforeMaxMs: Number.MAX_SAFE_INTEGER,
    timestampAfterMaxMs: defaultTimestampAfterMaxMs,
    compacted: false,
  };
}

/** The settings of a topic: `overrides` (topic config key to value) over `defaults`. */
export function resolvePartitionSettings(defaults: PartitionSettings,
  overrides: ReadonlyMap<string, string>): PartitionSettings {
  const log: Partial<LogConfig> = { ...defaults.log };
  const number = (key: string): number | undefined => {
    const raw = overrides.get(key);
    if (raw === undefined) return undefined;
    const value = Number(raw);
    assert.ok(Number.isFinite(value), `topic config ${key}=${raw} was validated by the controller`);
    return Math.min(value, Number.MAX_SAFE_INTEGER);
  };
  const mutableLog = log as { -readonly [Key in keyof LogConfig]?: LogConfig[Key] };
  const segmentBytes = number('segment.bytes');
  if (segmentBytes !== undefined) mutableLog.segmentBytes = Math.max(segmentBytes, 61);
  const segmentMs = number('segment.ms');
  if (segmentMs !== undefined) mutableLog.segmentMs = Math.max(segmentMs, 1);
  const retentionMs = number('retention.ms');
  if (retentionMs !== undefined) mutableLog.retentionMs = retentionMs < 0 ? -1 : retentionMs;
  const retentionBytes = number('retention.bytes');
  if (retentionBytes !== undefined) mutableLog.retentionBytes = retentionBytes < 0 ? -1 : retentionBytes;
  const flushMessages = number('flush.messages');
  if (flushMessages !== undefined) mutableLog.flushMessages = Math.max(flushMessages, 1);
  const flushMs = number('flush.ms');
  if (flushMs !== undefined) mutableLog.flushMs = flushMs < 0 ? Number.MAX_SAFE_INTEGER : flushMs;
  const timestampType = overrides.get('message.timestamp.type');
  assert.ok(timestampType === undefined || timestampType === 'CreateTime' || timestampType === 'LogAppendTime',
    'message.timestamp.type was validated by the controller');
  return {
    log,
    timestampType: timestampType ?? defaults.timestampType,
    maxMessageBytes: number('max.message.bytes') ?? defaults.maxMessageBytes,
    minInsyncReplicas: number('min.insync.replicas') ?? defaults.minInsyncReplicas,
    timestampBeforeMaxMs: number('message.timestamp.before.max.ms') ?? defaults.timestampBeforeMaxMs,
    timestampAfterMaxMs: number('message.timestamp.after.max.ms') ?? defaults.timestampAfterMaxMs,
    compacted: (overrides.get('cleanup.policy') ?? (defaults.compacted ? 'compact' : 'delete'))
      .split(',').some((policy) => policy.trim() === 'compact'),
  };
}

/** The settings of a partition of a topic with config `overrides` on this node. */
export function settingsOfTopic(defaults: PartitionSettings, overrides: ReadonlyMap<string, string>,
  _config: NodeConfig): PartitionSettings {
  return resolvePartitionSettings(defaults, overrides);
}

/** Whether a change from `before` to `after` needs the log reopened with a new LogConfig. */
export function logConfigChanged(before: PartitionSettings, after: PartitionSettings): boolean {
  const keys = new Set([...Object.keys(before.log), ...Object.keys(after.log)]) as Set<keyof LogConfig>;
  for (const key of keys) if (before.log[key] !== after.log[key]) return true;
  return false;
}
