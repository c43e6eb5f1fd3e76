// DescribeConfigs (API key 32) for a BROKER resource, as Kafka's ConfigHelper answers it:
//
// - this broker's id: every key of its configuration with the value in force and where it comes
//   from, most specific first (KIP-226): DYNAMIC_BROKER_CONFIG (set for this broker),
//   DYNAMIC_DEFAULT_BROKER_CONFIG (set cluster-wide), STATIC_BROKER_CONFIG (the node's
//   properties file and flags), DEFAULT_CONFIG (Kafka's default, for a dynamic key Weir's node
//   config lacks). A key that cannot change at runtime is read-only. Synonyms list every level set.
// - "": only the cluster-wide dynamic defaults, each DYNAMIC_DEFAULT_BROKER_CONFIG.
// - another id: INVALID_REQUEST, as a Kafka broker answers for a broker that is not itself.
import assert from 'node:assert/strict';

import { ErrorCode } from '../protocol/mod.js';
import type {
  DescribeConfigsResponseDescribeConfigsResourceResult, DescribeConfigsResponseDescribeConfigsResult,
} from '../protocol/generated/messages/describe-configs.js';
import { nodeConfigKeys } from '../config/node-config-keys.js';
import type { NodeConfig } from '../config/node-config.js';
import { ConfigResourceType } from '../metadata/metadata-records.js';
import type { MetadataImage } from '../metadata/image/metadata-image.js';
import {
  brokerConfigDefinition, brokerConfigDefinitions, dynamicBrokerConfigsOf, type BrokerConfigDefinition,
} from './broker-config-table.js';
import type { BrokerConfigLevel } from './topic-config-table.js';
import { ConfigSource } from './topic-configs.js';

/** What a DescribeConfigs request asks of one broker resource. */
export interface DescribeBrokerConfigsOptions {
  /** The broker answering: only its own configs can be described by id. */
  readonly nodeId: number;
  /** Keys to describe; null means all. */
  readonly configurationKeys: readonly string[] | null;
  readonly includeSynonyms: boolean;
  /** The DescribeConfigs version the answer is for (fields differ by version). */
  readonly apiVersion: number;
}

type ConfigEntry = DescribeConfigsResponseDescribeConfigsResourceResult;
type Synonym = ConfigEntry['synonyms'][number];

/** One key as described: its levels (most specific first), read-only flag, type and documentation. */
interface KeyFacts {
  readonly name: string;
  readonly levels: readonly Synonym[];
  readonly readOnly: boolean;
  readonly type: number;
  readonly documentation: string;
}

/** The DescribeConfigs answer for the broker resource `resourceName` on broker `options.nodeId`. */
export function describeBrokerConfigs(
  image: MetadataImage,
  config: NodeConfig,
  resourceName: string,
  options: DescribeBrokerConfigsOptions,
): DescribeConfigsResponseDescribeConfigsResult {
  const base = { resourceType: ConfigResourceType.BROKER, resourceName };
  if (resourceName !== '' && resourceName !== String(options.nodeId)) {
    const { nodeId } = options;
    const errorMessage = `Unexpected broker id, expected ${nodeId} or empty string, but received ${resourceName}`;
    return { ...base, errorCode: ErrorCode.INVALID_REQUEST, errorMessage, configs: [] };
  }
  const facts = resourceName === '' ? clusterDefaultFacts(image) : brokerFacts(image, config, options.nodeId);
  const wanted = options.configurationKeys;
  const configs = facts
    .filter((key) => wanted === null || wanted.includes(key.name))
    .map((key) => describeKey(key, options));
  return { ...base, errorCode: ErrorCode.NONE, errorMessage: null, configs };
}

function dynamicFacts(
  name: string,
  levels: readonly BrokerConfigLevel[],
  definition: BrokerConfigDefinition,
): KeyFacts {
  return { name, levels: levels.map((level) => ({ name, ...level })), readOnly: false, type: definition.type,
    documentation: definition.documentation };
}

/** The cluster-wide dynamic defaults. */
function clusterDefaultFacts(image: MetadataImage): KeyFacts[] {
  const levels = dynamicBrokerConfigsOf(image.brokerConfigs, null);
  return [...levels].flatMap(([name, keyLevels]) => {
    const definition = brokerConfigDefinition(name);
    return definition === undefined ? [] : [dynamicFacts(name, keyLevels, definition)];
  });
}

/** Every key of this broker: its node config keys, then dynamic keys the node config lacks. */
function brokerFacts(image: MetadataImage, config: NodeConfig, nodeId: number): KeyFacts[] {
  const dynamic = dynamicBrokerConfigsOf(image.brokerConfigs, nodeId);
  const facts: KeyFacts[] = [];
  const nodeKeys = new Set<string>();
  for (const [field, definition] of Object.entries(nodeConfigKeys)) {
    const value: unknown = config[field as keyof typeof nodeConfigKeys];
    // Lists of listeners and voters have no one-line value in Kafka's form; they are left out.
    if (!['string', 'number', 'boolean'].includes(typeof value)) continue;
    nodeKeys.add(definition.key);
    const name = definition.key;
    const staticLevel: Synonym = { name, value: String(value), source: ConfigSource.STATIC_BROKER_CONFIG };
    const dynamicDefinition = brokerConfigDefinition(name);
    if (dynamicDefinition === undefined) {
      facts.push({ name, levels: [staticLevel], readOnly: true, type: 0, documentation: definition.doc });
      continue;
    }
    const known = dynamicFacts(name, dynamic.get(name) ?? [], dynamicDefinition);
    facts.push({ ...known, levels: [...known.levels, staticLevel], documentation: definition.doc });
  }
  for (const definition of brokerConfigDefinitions) {
    if (nodeKeys.has(definition.name)) continue;
    const known = dynamicFacts(definition.name, dynamic.get(definition.name) ?? [], definition);
    const { name, kafkaDefault } = definition;
    const defaultLevel: Synonym = { name, value: kafkaDefault, source: ConfigSource.DEFAULT_CONFIG };
    facts.push({ ...known, levels: [...known.levels, defaultLevel] });
  }
  return facts;
}

function describeKey(key: KeyFacts, options: DescribeBrokerConfigsOptions): ConfigEntry {
  const { apiVersion } = options;
  const winner = key.levels[0];
  assert.ok(winner !== undefined, `broker config "${key.name}" has a value at some level`);
  return {
    name: key.name,
    value: winner.value,
    readOnly: key.readOnly,
    // Version 0 has isDefault instead of a source; later versions leave it false.
    isDefault: apiVersion === 0 ? winner.source === ConfigSource.DEFAULT_CONFIG : false,
    configSource: apiVersion >= 1 ? winner.source : -1,
    isSensitive: false,
    synonyms: apiVersion >= 1 && options.includeSynonyms ? [...key.levels] : [],
    configType: apiVersion >= 3 ? key.type : 0,
    documentation: apiVersion >= 3 ? key.documentation : null,
  };
}
