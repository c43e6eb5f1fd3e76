// The table of topic config keys: name, type, bounds or allowed values, default (from the node's
// configuration where Weir has the broker-level synonym, else Kafka's default), and a one-line
// documentation string. The facts (names, types, bounds, defaults) follow Kafka's LogConfig and
// TopicConfig; topic-configs.ts holds the functions that use the table.
import type { NodeConfig } from '../config/node-config.js';

/** Kafka's DescribeConfigs ConfigType codes. */
export const ConfigType = {
  UNKNOWN: 0,
  BOOLEAN: 1,
  STRING: 2,
  INT: 3,
  SHORT: 4,
  LONG: 5,
  DOUBLE: 6,
  LIST: 7,
  CLASS: 8,
  PASSWORD: 9,
} as const;

/** One level a broker-level value is set at (KIP-226), with its DescribeConfigs ConfigSource code. */
export interface BrokerConfigLevel {
  readonly value: string;
  /** DYNAMIC_BROKER_CONFIG (2) or DYNAMIC_DEFAULT_BROKER_CONFIG (3). */
  readonly source: number;
}

/**
 * Where topic defaults come from: the node configuration keys, and optionally the dynamic broker
 * configs in force on this broker (by broker key, most specific level first), which beat them.
 */
export type TopicDefaultsConfig = Pick<NodeConfig,
  | 'logRetentionMs' | 'logRetentionBytes' | 'logSegmentBytes' | 'logRollMs' | 'messageMaxBytes'
  | 'minInsyncReplicas' | 'logFlushIntervalMessages' | 'logFlushIntervalMs' | 'uncleanLeaderElectionEnable'
  | 'logCleanupPolicy'> & {
  readonly dynamicBrokerConfigs?: ReadonlyMap<string, readonly BrokerConfigLevel[]>;
};

/** One topic config key. */
export interface TopicConfigDefinition {
  readonly name: string;
  /** A ConfigType code. */
  readonly type: number;
  readonly documentation: string;
  /**
   * The broker-level key whose value is the default (a dynamic broker config, and a node config
   * key where Weir has it), or null for a key without one (followers' throttled replicas).
   */
  readonly brokerSynonym: string | null;
  /** Kafka's own default, shown as the DEFAULT_CONFIG synonym. */
  readonly kafkaDefault: string;
  /** The default on a node configured with `defaults`, leaving dynamic broker configs aside. */
  defaultValue(defaults: TopicDefaultsConfig): string;
  /** Why a (trimmed) value is unacceptable, or null. */
  validate(value: string): string | null;
}

const INT32_MAX = 2_147_483_647n;
const INT64_MAX = 9_223_372_036_854_775_807n;
/** Kafka's Long.MAX_VALUE as text: the "never" of time and count limits. */
const LONG_MAX = '9223372036854775807';

function integerProblem(value: string, bounds: { min: bigint; max: bigint; typeName: string }): string | null {
  const { typeName } = bounds;
  if (!/^-?\d+$/.test(value)) return `Not a number of type ${typeName}`;
  const parsed = BigInt(value);
  if (parsed < -bounds.max - 1n || parsed > bounds.max) return `Not a number of type ${typeName}`;
  if (parsed < bounds.min) return `Value must be at least ${bounds.min}`;
  return null;
}

/** A validator of INT values of at least `min` (Kafka's ConfigDef.Range.atLeast). */
export function int(min: number): (value: string) => string | null {
  return (value) => integerProblem(value, { min: BigInt(min), max: INT32_MAX, typeName: 'INT' });
}

/** A validator of LONG values of at least `min`. */
export function long(min: bigint): (value: string) => string | null {
  return (value) => integerProblem(value, { min, max: INT64_MAX, typeName: 'LONG' });
}

function oneOf(allowed: readonly string[]): (value: string) => string | null {
  return (value) => (allowed.includes(value) ? null : `String must be one of: ${allowed.join(', ')}`);
}

function listOf(allowed: readonly string[] | null): (value: string) => string | null {
  return (value) => {
    const items = value === '' ? [] : value.split(',').map((item) => item.trim());
    if (allowed === null) return null;
    if (items.length === 0) return `Empty list; expected values from: ${allowed.join(', ')}`;
    const bad = items.find((item) => !allowed.includes(item));
    return bad === undefined ? null : `Invalid value ${bad}; expected values from: ${allowed.join(', ')}`;
  };
}

function booleanValue(value: string): string | null {
  return /^(true|false)$/i.test(value) ? null : 'Expected value to be either true or false';
}

function ratio(value: string): string | null {
  const parsed = Number(value);
  if (value === '' || !Number.isFinite(parsed)) return 'Not a number of type DOUBLE';
  return parsed >= 0 && parsed <= 1 ? null : 'Value must be between 0 and 1';
}

/** Node config values at or above this mean Kafka's Long.MAX_VALUE ("never"). */
function longText(value: number): string {
  return value >= Number.MAX_SAFE_INTEGER ? LONG_MAX : String(value);
}

type Validator = (value: string) => string | null;

/**
 * The broker-level synonyms of topic keys Weir's node config does not have, as Kafka's
 * ServerTopicConfigSynonyms names them (the highest-priority one of each): they are dynamic
 * broker configs (KIP-226), and a value set there is the topic default.
 */
const kafkaBrokerSynonyms: Readonly<Record<string, string>> = {
  'compression.type': 'compression.type',
  'delete.retention.ms': 'log.cleaner.delete.retention.ms',
  'file.delete.delay.ms': 'log.segment.delete.delay.ms',
  'index.interval.bytes': 'log.index.interval.bytes',
  'max.compaction.lag.ms': 'log.cleaner.max.compaction.lag.ms',
  'message.timestamp.after.max.ms': 'log.message.timestamp.after.max.ms',
  'message.timestamp.before.max.ms': 'log.message.timestamp.before.max.ms',
  'message.timestamp.difference.max.ms': 'log.message.timestamp.difference.max.ms',
  'message.timestamp.type': 'log.message.timestamp.type',
  'min.cleanable.dirty.ratio': 'log.cleaner.min.cleanable.ratio',
  'min.compaction.lag.ms': 'log.cleaner.min.compaction.lag.ms',
  'preallocate': 'log.preallocate',
  'segment.index.bytes': 'log.index.size.max.bytes',
  'segment.jitter.ms': 'log.roll.jitter.ms',
};

/** A key whose default is Kafka's (Weir's node config has no broker-level synonym for it). */
function fixed(
  name: string,
  type: number,
  kafkaDefault: string,
  validate: Validator,
  documentation: string,
): TopicConfigDefinition {
  const brokerSynonym = kafkaBrokerSynonyms[name] ?? null;
  return { name, type, documentation, brokerSynonym, kafkaDefault, defaultValue: () => kafkaDefault, validate };
}

/** A key whose default comes from the node config's broker-level synonym. */
function fromNode(
  name: string,
  options: {
    readonly type: number;
    readonly brokerSynonym: string;
    readonly kafkaDefault: string;
    readonly value: (defaults: TopicDefaultsConfig) => string;
  },
  validate: Validator,
  documentation: string,
): TopicConfigDefinition {
  const { type, brokerSynonym, kafkaDefault, value } = options;
  return { name, type, documentation, brokerSynonym, kafkaDefault, defaultValue: value, validate };
}

const { BOOLEAN, STRING, INT, LONG, DOUBLE, LIST } = ConfigType;

/** Every topic config key Weir accepts, sorted by name (DescribeConfigs lists them in this order). */
export const topicConfigDefinitions: readonly TopicConfigDefinition[] = [
  fromNode('cleanup.policy', { type: LIST, brokerSynonym: 'log.cleanup.policy', kafkaDefault: 'delete',
    value: (defaults) => defaults.logCleanupPolicy.join(',') }, listOf(['compact', 'delete']),
  'What happens to old segments: deleted by age and size, compacted to the last record per key, or both'),
  fixed('compression.type', STRING, 'producer', oneOf(['uncompressed', 'zstd', 'lz4', 'snappy', 'gzip', 'producer']),
    'Compression of stored batches; producer keeps each batch as its producer compressed it'),
  fixed('delete.retention.ms', LONG, '86400000', long(0n),
    'How long delete markers of a compacted topic are kept, in milliseconds'),
  fixed('file.delete.delay.ms', LONG, '60000', long(0n),
    'Delay before a deleted segment file is removed from disk, in milliseconds'),
  fromNode('flush.messages', { type: LONG, brokerSynonym: 'log.flush.interval.messages', kafkaDefault: LONG_MAX,
    value: (defaults) => longText(defaults.logFlushIntervalMessages) }, long(1n),
  'Records appended between two fsyncs of the partition log'),
  fromNode('flush.ms', { type: LONG, brokerSynonym: 'log.flush.interval.ms', kafkaDefault: LONG_MAX,
    value: ({ logFlushIntervalMs }) => (logFlushIntervalMs < 0 ? LONG_MAX : longText(logFlushIntervalMs)) }, long(0n),
  'Longest time appended records wait for an fsync, in milliseconds'),
  fixed('follower.replication.throttled.replicas', LIST, '', listOf(null),
    'Replicas whose follower replication is throttled (partition:broker pairs, or *)'),
  fixed('index.interval.bytes', INT, '4096', int(0),
    'Bytes of records between two entries of the offset index'),
  fixed('leader.replication.throttled.replicas', LIST, '', listOf(null),
    'Replicas whose leader-side replication is throttled (partition:broker pairs, or *)'),
  fixed('max.compaction.lag.ms', LONG, LONG_MAX, long(1n),
    'Longest time a record may stay uncompacted, in milliseconds'),
  fromNode('max.message.bytes', { type: INT, brokerSynonym: 'message.max.bytes', kafkaDefault: '1048588',
    value: (defaults) => String(defaults.messageMaxBytes) }, int(0),
  'Largest record batch the topic accepts, in bytes'),
  fixed('message.timestamp.after.max.ms', LONG, LONG_MAX, long(0n),
    'How far ahead of the broker clock a CreateTime timestamp may be, in milliseconds'),
  fixed('message.timestamp.before.max.ms', LONG, LONG_MAX, long(0n),
    'How far behind the broker clock a CreateTime timestamp may be, in milliseconds'),
  fixed('message.timestamp.difference.max.ms', LONG, LONG_MAX, long(0n),
    'Deprecated: largest difference between a CreateTime timestamp and the broker clock, in milliseconds'),
  fixed('message.timestamp.type', STRING, 'CreateTime', oneOf(['CreateTime', 'LogAppendTime']),
    'Whether timestamps are the producer\'s (CreateTime) or the broker\'s append time (LogAppendTime)'),
  fixed('min.cleanable.dirty.ratio', DOUBLE, '0.5', ratio,
    'Share of a compacted log that must be uncompacted before the cleaner runs'),
  fixed('min.compaction.lag.ms', LONG, '0', long(0n),
    'Shortest time a record stays uncompacted, in milliseconds'),
  fromNode('min.insync.replicas', { type: INT, brokerSynonym: 'min.insync.replicas', kafkaDefault: '1',
    value: (defaults) => String(defaults.minInsyncReplicas) }, int(1),
  'In-sync replicas an acks=-1 produce needs to succeed'),
  fixed('preallocate', BOOLEAN, 'false', booleanValue,
    'Whether a new segment file is preallocated on disk'),
  fromNode('retention.bytes', { type: LONG, brokerSynonym: 'log.retention.bytes', kafkaDefault: '-1',
    value: (defaults) => longText(defaults.logRetentionBytes) }, long(-(2n ** 63n)),
  'Size a partition may reach before its oldest segments are deleted, in bytes; -1 means no limit'),
  fromNode('retention.ms', { type: LONG, brokerSynonym: 'log.retention.ms', kafkaDefault: '604800000',
    value: (defaults) => longText(defaults.logRetentionMs) }, long(-1n),
  'How long records are kept before their segment is deleted, in milliseconds; -1 keeps them forever'),
  fromNode('segment.bytes', { type: INT, brokerSynonym: 'log.segment.bytes', kafkaDefault: '1073741824',
    value: (defaults) => String(defaults.logSegmentBytes) }, int(14),
  'Size at which the active segment is rolled, in bytes'),
  fixed('segment.index.bytes', INT, '10485760', int(4),
    'Size of each segment\'s offset index file, in bytes'),
  fixed('segment.jitter.ms', LONG, '0', long(0n),
    'Largest random reduction of segment.ms, spreading segment rolls out, in milliseconds'),
  fromNode('segment.ms', { type: LONG, brokerSynonym: 'log.roll.ms', kafkaDefault: '604800000',
    value: (defaults) => longText(defaults.logRollMs) }, long(1n),
  'Age at which the active segment is rolled, in milliseconds'),
  fromNode('unclean.leader.election.enable', { type: BOOLEAN, brokerSynonym: 'unclean.leader.election.enable',
    kafkaDefault: 'false', value: (defaults) => String(defaults.uncleanLeaderElectionEnable) }, booleanValue,
  'Whether a replica outside the ISR may become leader (losing acknowledged records)'),
];
