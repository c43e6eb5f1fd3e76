// The topic-level configuration keys Weir knows, with their types, validation and defaults (the
// topic half of Kafka's LogConfig). The controller validates CreateTopics and (Incremental)
// AlterConfigs against this table; the broker uses `topicSettings` to run a partition and
// `describeTopicConfigs` to answer DescribeConfigs, so both read the same definitions.
//
// A topic's image holds only its overrides; every other key takes its default from the node's
// configuration (the broker-level synonym, e.g. log.retention.ms for retention.ms) or, where Weir
// has no such key, Kafka's default.
import { ErrorCode, type TopicName } from '../protocol/mod.js';
import type {
  DescribeConfigsResponseDescribeConfigsResourceResult, DescribeConfigsResponseDescribeConfigsResult,
} from '../protocol/generated/messages/describe-configs.js';
import { ConfigResourceType } from '../metadata/metadata-records.js';
import type { MetadataImage } from '../metadata/image/metadata-image.js';
import {
  topicConfigDefinitions, type BrokerConfigLevel, type TopicConfigDefinition, type TopicDefaultsConfig,
} from './topic-config-table.js';

export {
  topicConfigDefinitions, ConfigType, type BrokerConfigLevel, type TopicConfigDefinition, type TopicDefaultsConfig,
} from './topic-config-table.js';


/** Kafka's DescribeConfigs ConfigSource codes. */
export const ConfigSource = {
  UNKNOWN: 0,
  TOPIC_CONFIG: 1,
  DYNAMIC_BROKER_CONFIG: 2,
  DYNAMIC_DEFAULT_BROKER_CONFIG: 3,
  STATIC_BROKER_CONFIG: 4,
  DEFAULT_CONFIG: 5,
} as const;

const definitionsByName = new Map<string, TopicConfigDefinition>(
  topicConfigDefinitions.map((definition) => [definition.name, definition]),
);

/** The definition of a topic config key, or undefined for a key Weir does not know. */
export function topicConfigDefinition(name: string): TopicConfigDefinition | undefined {
  return definitionsByName.get(name);
}

/** Why `value` is not acceptable for topic config `name` (a message for INVALID_CONFIG), or null. */
export function topicConfigProblem(name: string, value: string | null): string | null {
  const definition = definitionsByName.get(name);
  if (definition === undefined) return `Unknown topic config name: ${name}`;
  if (value === null) return `Null value not supported for topic config ${name}`;
  const problem = definition.validate(value.trim());
  return problem === null ? null : `Invalid value ${value} for configuration ${name}: ${problem}`;
}

/**
 * The value a key takes on a topic with no override, and where that value comes from: the
 * dynamic broker config of its broker synonym (per broker, else the cluster-wide default), else
 * the node's static config, else Kafka's default (KIP-226's order of precedence).
 */
export function topicConfigDefault(
  name: string,
  defaults: TopicDefaultsConfig,
): { readonly value: string; readonly source: number } {
  const definition = definitionsByName.get(name);
  if (definition === undefined) throw new RangeError(`Unknown topic config name "${name}"`);
  const dynamic = dynamicLevels(definition, defaults)[0];
  if (dynamic !== undefined) return dynamic;
  const value = definition.defaultValue(defaults);
  const fromNode = definition.brokerSynonym !== null && value !== definition.kafkaDefault;
  return { value, source: fromNode ? ConfigSource.STATIC_BROKER_CONFIG : ConfigSource.DEFAULT_CONFIG };
}

/** The dynamic broker configs that set `definition`'s broker synonym, most specific first. */
function dynamicLevels(definition: TopicConfigDefinition, defaults: TopicDefaultsConfig): readonly BrokerConfigLevel[] {
  const { brokerSynonym } = definition;
  if (brokerSynonym === null) return [];
  return defaults.dynamicBrokerConfigs?.get(brokerSynonym) ?? [];
}

/**
 * Whether unclean.leader.election.enable is in force for a topic with `overrides`: its own
 * override, else the dynamic broker configs, else the node's static config, else false.
 */
export function uncleanElectionEnabled(overrides: ReadonlyMap<string, string>, defaults: TopicDefaultsConfig): boolean {
  const name = 'unclean.leader.election.enable';
  const value = overrides.get(name) ?? topicConfigDefault(name, defaults).value;
  return value.trim().toLowerCase() === 'true';
}

/** The effective settings of one topic, typed, for the broker's partitions. */
export interface TopicSettings {
  readonly cleanupPolicy: readonly ('delete' | 'compact')[];
  /** -1 keeps records forever. */
  readonly retentionMs: number;
  /** -1 means no size limit. */
  readonly retentionBytes: number;
  readonly segmentBytes: number;
  readonly segmentMs: number;
  readonly messageTimestampType: 'CreateTime' | 'LogAppendTime';
  readonly maxMessageBytes: number;
  readonly minInsyncReplicas: number;
  /** Records between fsyncs; Number.MAX_SAFE_INTEGER means "never by count". */
  readonly flushMessages: number;
  /** Longest wait before an fsync; Number.MAX_SAFE_INTEGER means "never by time". */
  readonly flushMs: number;
  readonly compressionType: string;
  readonly messageTimestampBeforeMaxMs: number;
  readonly messageTimestampAfterMaxMs: number;
  readonly deleteRetentionMs: number;
  readonly minCleanableDirtyRatio: number;
  readonly minCompactionLagMs: number;
  readonly maxCompactionLagMs: number;
}

/** Parses a validated long, capping at the largest safe integer (Kafka's Long.MAX_VALUE means "never"). */
function longValue(text: string): number {
  const exact = BigInt(text.trim());
  return exact > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(exact);
}

/** The effective settings of a topic with `overrides` on a node with `defaults`. */
export function topicSettings(overrides: ReadonlyMap<string, string>, defaults: TopicDefaultsConfig): TopicSettings {
  const read = (name: string): string => (overrides.get(name) ?? topicConfigDefault(name, defaults).value).trim();
  const cleanupPolicy = read('cleanup.policy').split(',').map((item) => item.trim()).filter((item) => item !== '');
  return {
    cleanupPolicy: cleanupPolicy as ('delete' | 'compact')[],
    retentionMs: longValue(read('retention.ms')),
    retentionBytes: longValue(read('retention.bytes')),
    segmentBytes: longValue(read('segment.bytes')),
    segmentMs: longValue(read('segment.ms')),
    messageTimestampType: read('message.timestamp.type') as 'CreateTime' | 'LogAppendTime',
    maxMessageBytes: longValue(read('max.message.bytes')),
    minInsyncReplicas: longValue(read('min.insync.replicas')),
    flushMessages: longValue(read('flush.messages')),
    flushMs: longValue(read('flush.ms')),
    compressionType: read('compression.type'),
    messageTimestampBeforeMaxMs: longValue(read('message.timestamp.before.max.ms')),
    messageTimestampAfterMaxMs: longValue(read('message.timestamp.after.max.ms')),
    deleteRetentionMs: longValue(read('delete.retention.ms')),
    minCleanableDirtyRatio: Number(read('min.cleanable.dirty.ratio')),
    minCompactionLagMs: longValue(read('min.compaction.lag.ms')),
    maxCompactionLagMs: longValue(read('max.compaction.lag.ms')),
  };
}

/** What a DescribeConfigs request asks of one topic resource. */
export interface DescribeTopicConfigsOptions {
  /** Keys to describe; null or undefined means all. */
  readonly configurationKeys?: readonly string[] | null;
  readonly includeSynonyms?: boolean;
  readonly includeDocumentation?: boolean;
  /** The DescribeConfigs version the answer is for (fields differ by version). Default 4. */
  readonly apiVersion?: number;
}

/**
 * The DescribeConfigs answer for one topic: every known key (or those asked for), its value,
 * source and, on request, synonyms and documentation. UNKNOWN_TOPIC_OR_PARTITION when the topic
 * does not exist. Unknown keys asked for are left out, as Kafka does.
 */
export function describeTopicConfigs(
  image: MetadataImage,
  topic: TopicName,
  nodeConfig: TopicDefaultsConfig,
  options: DescribeTopicConfigsOptions = {},
): DescribeConfigsResponseDescribeConfigsResult {
  const base = { resourceType: ConfigResourceType.TOPIC, resourceName: topic };
  const topicImage = image.topicsByName.get(topic);
  if (topicImage === undefined) {
    const errorMessage = `Topic ${topic} does not exist`;
    return { ...base, errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, errorMessage, configs: [] };
  }
  const wanted = options.configurationKeys ?? null;
  const definitions = wanted === null
    ? topicConfigDefinitions
    : topicConfigDefinitions.filter((definition) => wanted.includes(definition.name));
  const configs = definitions.map((definition) => describeOne(definition, topicImage.configs, nodeConfig, options));
  return { ...base, errorCode: ErrorCode.NONE, errorMessage: null, configs };
}

function describeOne(
  definition: TopicConfigDefinition,
  overrides: ReadonlyMap<string, string>,
  nodeConfig: TopicDefaultsConfig,
  options: DescribeTopicConfigsOptions,
): DescribeConfigsResponseDescribeConfigsResourceResult {
  const apiVersion = options.apiVersion ?? 4;
  const override = overrides.get(definition.name);
  const fallback = topicConfigDefault(definition.name, nodeConfig);
  const value = override ?? fallback.value;
  const source = override === undefined ? fallback.source : ConfigSource.TOPIC_CONFIG;
  const synonyms: DescribeConfigsResponseDescribeConfigsResourceResult['synonyms'] = [];
  // Synonyms list every level a value could come from, most specific first (KIP-226).
  const { brokerSynonym } = definition;
  if (options.includeSynonyms === true && apiVersion >= 1) {
    if (override !== undefined) {
      synonyms.push({ name: definition.name, value: override, source: ConfigSource.TOPIC_CONFIG });
    }
    if (brokerSynonym !== null) {
      for (const level of dynamicLevels(definition, nodeConfig)) {
        synonyms.push({ name: brokerSynonym, value: level.value, source: level.source });
      }
      const staticValue = definition.defaultValue(nodeConfig);
      if (staticValue !== definition.kafkaDefault) {
        synonyms.push({ name: brokerSynonym, value: staticValue, source: ConfigSource.STATIC_BROKER_CONFIG });
      }
      synonyms.push({ name: brokerSynonym, value: definition.kafkaDefault, source: ConfigSource.DEFAULT_CONFIG });
    }
  }
  return {
    name: definition.name,
    value,
    readOnly: false,
    // Version 0 has isDefault instead of a source; later versions must leave it false.
    isDefault: apiVersion === 0 ? override === undefined : false,
    configSource: apiVersion === 0 ? -1 : source,
    isSensitive: false,
    synonyms,
    configType: apiVersion >= 3 ? definition.type : 0,
    documentation: apiVersion >= 3 && options.includeDocumentation === true ? definition.documentation : null,
  };
}
