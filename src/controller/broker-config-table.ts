// The broker config keys that AlterConfigs and IncrementalAlterConfigs may change on a BROKER
// resource (KIP-226 dynamic broker configs), and which broker keys are read-only. The facts follow
// Kafka's DynamicBrokerConfig.AllDynamicConfigs:
//
// - DynamicLogConfig.ReconfigurableConfigs: the highest-priority broker synonym of every topic
//   config (log.retention.ms, log.segment.bytes, message.max.bytes, log.cleanup.policy,
//   min.insync.replicas, ...). They are built here from the topic table (topic-config-table.ts),
//   so type, bounds and default are written once. A value set here is the default of the topic key
//   for every topic without its own override, and the broker applies it to open logs at once.
//   Lower-priority synonyms (log.retention.hours, log.roll.hours) are not dynamic in Kafka either.
// - LogCleaner.ReconfigurableConfigs, DynamicThreadPool.ReconfigurableConfigs and a few others:
//   accepted, validated and stored, with no effect yet (Weir has no thread pools to resize; its log
//   cleaner takes log.cleaner.backoff.ms and the buffer sizes from the node's static configuration);
//   DescribeConfigs shows them.
//
// Every key of Weir's own node configuration that is not above is read-only, as are the few static
// Kafka keys below that clients commonly try.
import { nodeConfigKeys } from '../config/node-config-keys.js';
import type { MetadataImage } from '../metadata/image/metadata-image.js';
import {
  ConfigType, int, long, topicConfigDefinitions, type BrokerConfigLevel, type TopicDefaultsConfig,
} from './topic-config-table.js';

/** One dynamic broker config key. */
export interface BrokerConfigDefinition {
  readonly name: string;
  /** A ConfigType code. */
  readonly type: number;
  readonly documentation: string;
  /** Kafka's default, shown as the DEFAULT_CONFIG value. */
  readonly kafkaDefault: string;
  /** The topic key this broker key is the default of, or null. */
  readonly topicConfig: string | null;
  /** Why a (trimmed) value is unacceptable, or null. */
  validate(value: string): string | null;
}

/**
 * A dynamic INT or LONG key that Weir stores but does not act on yet, or (`staticApplies`) whose
 * value Weir takes from the node's static configuration only.
 */
function storedOnly(
  name: string,
  options: { readonly type: typeof ConfigType.INT | typeof ConfigType.LONG; readonly kafkaDefault: string;
    readonly min: number; readonly staticApplies?: boolean },
  documentation: string,
): BrokerConfigDefinition {
  const { type, kafkaDefault, min } = options;
  const validate = type === ConfigType.INT ? int(min) : long(BigInt(min));
  const note = options.staticApplies === true ? 'the node\'s static value applies; a dynamic one is only stored'
    : 'stored; Weir does not act on it yet';
  return { name, type, kafkaDefault, topicConfig: null, validate, documentation: `${documentation} (${note})` };
}

/** The broker synonyms of topic keys, each typed and bounded as its topic key is. */
const logConfigDefinitions: readonly BrokerConfigDefinition[] = topicConfigDefinitions.flatMap((topic) => {
  if (topic.brokerSynonym === null) return [];
  return [{
    name: topic.brokerSynonym,
    type: topic.type,
    documentation: `Default of topic config ${topic.name}: ${topic.documentation}`,
    kafkaDefault: topic.kafkaDefault,
    topicConfig: topic.name,
    validate: topic.validate,
  }];
});

// The thread counts have no pools to resize in Weir's single-threaded node; Kafka also refuses a
// count below half or above double the current one, a rule left out here while nothing uses it.
const { INT, LONG } = ConfigType;
const storedOnlyDefinitions: readonly BrokerConfigDefinition[] = [
  storedOnly('background.threads', { type: INT, kafkaDefault: '10', min: 1 }, 'Threads for background work'),
  storedOnly('log.cleaner.backoff.ms', { type: LONG, kafkaDefault: '15000', min: 0, staticApplies: true },
    'Sleep of an idle log cleaner, in milliseconds'),
  storedOnly('log.cleaner.dedupe.buffer.size', { type: LONG, kafkaDefault: '134217728', min: 0, staticApplies: true },
    'Memory of all cleaner threads for deduplication, in bytes'),
  storedOnly('log.cleaner.io.buffer.size', { type: INT, kafkaDefault: '524288', min: 0, staticApplies: true },
    'Memory of all cleaner threads for I/O, in bytes'),
  storedOnly('log.cleaner.threads', { type: INT, kafkaDefault: '1', min: 1 }, 'Threads that compact logs'),
  storedOnly('max.connections', { type: INT, kafkaDefault: '2147483647', min: 0 },
    'Most connections the broker accepts'),
  storedOnly('num.io.threads', { type: INT, kafkaDefault: '8', min: 1 }, 'Threads that process requests'),
  storedOnly('num.network.threads', { type: INT, kafkaDefault: '3', min: 1 }, 'Threads that read and write sockets'),
  storedOnly('num.recovery.threads.per.data.dir', { type: INT, kafkaDefault: '2', min: 1 },
    'Threads per log directory for recovery'),
  storedOnly('num.replica.fetchers', { type: INT, kafkaDefault: '1', min: 1 }, 'Fetcher threads per source broker'),
  storedOnly('producer.id.expiration.ms', { type: INT, kafkaDefault: '86400000', min: 1 },
    'Time after which an idle producer id expires, in milliseconds'),
];

/** Every dynamic broker config key, sorted by name. */
export const brokerConfigDefinitions: readonly BrokerConfigDefinition[] =
  [...logConfigDefinitions, ...storedOnlyDefinitions].sort((a, b) => (a.name < b.name ? -1 : 1));

const definitionsByName = new Map(brokerConfigDefinitions.map((definition) => [definition.name, definition]));

/** The definition of a dynamic broker key, or undefined for a read-only or unknown key. */
export function brokerConfigDefinition(name: string): BrokerConfigDefinition | undefined {
  return definitionsByName.get(name);
}

/**
 * Static Kafka broker keys that Weir's node config does not have, yet a client may try to change:
 * refused as read-only rather than as unknown, with Kafka's own message.
 */
const kafkaStaticKeys = [
  'broker.id', 'broker.rack', 'delete.topic.enable', 'log.dir',
  'log.flush.scheduler.interval.ms', 'log.retention.check.interval.ms', 'log.retention.hours',
  'log.retention.minutes', 'log.roll.hours', 'log.roll.jitter.hours', 'offsets.topic.replication.factor',
];

const readOnlyKeys = new Set([
  ...Object.values(nodeConfigKeys).map((definition) => definition.key).filter((key) => !definitionsByName.has(key)),
  ...kafkaStaticKeys,
]);

/** Whether `name` is a broker key that cannot change at runtime (Kafka's nonDynamicProps). */
export function isReadOnlyBrokerConfig(name: string): boolean {
  return readOnlyKeys.has(name);
}

/** Kafka's DescribeConfigs ConfigSource codes for the two dynamic levels. */
const DYNAMIC_BROKER_CONFIG = 2;
const DYNAMIC_DEFAULT_BROKER_CONFIG = 3;

/**
 * The dynamic broker configs in force on broker `brokerId` (null: the cluster-wide defaults
 * only), by key, most specific level first: its own override, then the cluster-wide default.
 */
export function dynamicBrokerConfigsOf(
  brokerConfigs: ReadonlyMap<string, ReadonlyMap<string, string>>,
  brokerId: number | null,
): ReadonlyMap<string, readonly BrokerConfigLevel[]> {
  const levels = new Map<string, BrokerConfigLevel[]>();
  const add = (resourceName: string, source: number): void => {
    for (const [name, value] of brokerConfigs.get(resourceName) ?? []) {
      const known = levels.get(name);
      if (known === undefined) levels.set(name, [{ value, source }]);
      else known.push({ value, source });
    }
  };
  if (brokerId !== null) add(String(brokerId), DYNAMIC_BROKER_CONFIG);
  add('', DYNAMIC_DEFAULT_BROKER_CONFIG);
  return levels;
}

/**
 * `config` with the dynamic broker configs `image` holds for broker `brokerId` (null: the
 * cluster-wide defaults only), so that topic defaults, and so the settings of running logs, see
 * them: a topic's own override, then this broker's, then the cluster-wide default, then `config`.
 */
export function withDynamicBrokerConfigs<Config extends TopicDefaultsConfig>(
  config: Config,
  image: MetadataImage,
  brokerId: number | null,
): Config {
  return { ...config, dynamicBrokerConfigs: dynamicBrokerConfigsOf(image.brokerConfigs, brokerId) };
}
