// Builds a node's typed configuration from a properties file and `--set key=value` overrides:
// every key is parsed by its definition (node-config-keys.ts), unknown keys are rejected, and the
// rules that tie keys together are checked. Everything is validated here, once, before a port is
// opened; past this point the same facts are asserted, not re-checked (STYLE.md §7).
import assert from 'node:assert/strict';

import { ConfigError } from './config-error.js';
import { unknownKeyHint } from './key-hints.js';
import { nodeConfigKeys, type NodeConfigField, type NodeConfigValues } from './node-config-keys.js';
import { parseProperties, type PropertyEntry } from './properties.js';

/** A validated node configuration. Invariant: it passed every check in `buildNodeConfig`. */
export type NodeConfig = NodeConfigValues;

const fieldByKey = new Map<string, NodeConfigField>(
  (Object.keys(nodeConfigKeys) as NodeConfigField[]).map((field) => [nodeConfigKeys[field].key, field]),
);

/** Parses one `--set key=value` override. */
export function parseOverride(text: string): [string, string] {
  const separator = text.indexOf('=');
  if (separator <= 0) {
    throw new ConfigError(`Cannot parse override "${text}": expected key=value`, { key: text });
  }
  return [text.slice(0, separator).trim(), text.slice(separator + 1).trim()];
}

/**
 * Builds the configuration from properties text and overrides (later overrides win).
 * Throws ConfigError naming the first bad key.
 */
export function buildNodeConfig(
  propertiesText: string,
  overrides: ReadonlyArray<readonly [string, string]> = [],
): NodeConfig {
  const entries = parseProperties(propertiesText);
  for (const [key, value] of overrides) entries.set(key, { value, line: 0 });
  acceptSingleLogDir(entries);
  rejectUnknownKeys(entries);
  const values: Partial<Record<NodeConfigField, unknown>> = {};
  for (const field of fieldByKey.values()) values[field] = parseField(field, entries.get(nodeConfigKeys[field].key));
  const config = values as NodeConfig;
  checkRelations(config);
  return config;
}

/**
 * Kafka's `log.dir` is the one-directory form of `log.dirs`, used only when `log.dirs` is not set
 * (KafkaConfig: log.dirs wins); it is folded into `log.dirs` here.
 */
function acceptSingleLogDir(entries: Map<string, PropertyEntry>): void {
  const single = entries.get('log.dir');
  if (single === undefined) return;
  entries.delete('log.dir');
  if (!entries.has('log.dirs')) entries.set('log.dirs', single);
}

function rejectUnknownKeys(entries: ReadonlyMap<string, PropertyEntry>): void {
  const known = [...fieldByKey.keys()];
  for (const [key, entry] of entries) {
    if (!fieldByKey.has(key)) {
      throw new ConfigError(`Unknown configuration key "${key}"${where(entry)}${unknownKeyHint(key, known)}`,
        { key, line: entry.line });
    }
  }
}

function parseField(field: NodeConfigField, entry: PropertyEntry | undefined): unknown {
  const definition = nodeConfigKeys[field];
  const raw = entry?.value ?? definition.defaultValue;
  if (raw === null) {
    throw new ConfigError(`Missing required configuration key "${definition.key}"`, { key: definition.key });
  }
  try {
    return definition.parse(raw, definition.key);
  } catch (error) {
    if (error instanceof ConfigError && entry !== undefined && entry.line > 0) {
      throw new ConfigError(`${error.message}${where(entry)}`, { key: error.key, line: entry.line });
    }
    throw error;
  }
}

function where(entry: PropertyEntry): string {
  return entry.line > 0 ? ` (line ${entry.line})` : '';
}

/** Rules that involve more than one key. */
function checkRelations(config: NodeConfig): void {
  fail(config.processRoles.length > 0, 'process.roles', 'names no role');
  fail(new Set(config.processRoles).size === config.processRoles.length, 'process.roles', 'names a role twice');
  const bootstrapped = config.controllerQuorumBootstrapServers.length > 0;
  fail(config.controllerQuorumVoters.length > 0 || bootstrapped, 'controller.quorum.voters',
    'names no voter (set it, or controller.quorum.bootstrap.servers)');
  const voterIds = config.controllerQuorumVoters.map((voter) => voter.id);
  fail(new Set(voterIds).size === voterIds.length, 'controller.quorum.voters', 'names a voter id twice');
  const listenerNames = config.listeners.map((listener) => listener.name);
  fail(new Set(listenerNames).size === listenerNames.length, 'listeners', 'names a listener twice');
  fail(config.logDirs.length > 0, 'log.dirs', 'names no directory');
  const clientListeners = config.listeners.filter((listener) => !config.controllerListenerNames.includes(listener.name));
  if (config.processRoles.includes('controller')) {
    // KIP-853: with bootstrap servers a controller may start outside the voter set, as an
    // observer, and join it later through AddRaftVoter.
    fail(bootstrapped || voterIds.includes(config.nodeId), 'controller.quorum.voters',
      `does not include this controller's node.id ${config.nodeId} (or set controller.quorum.bootstrap.servers)`);
    fail(config.controllerListenerNames.some((name) => listenerNames.includes(name)), 'listeners',
      `has no controller listener (controller.listener.names is "${config.controllerListenerNames.join(',')}")`);
  } else {
    // A broker-only node follows the metadata log as an observer; a voter that never runs a
    // controller would count toward every majority and never vote.
    fail(!voterIds.includes(config.nodeId), 'controller.quorum.voters',
      `includes node.id ${config.nodeId}, which runs no controller (process.roles is "${config.processRoles.join(',')}")`);
  }
  if (config.processRoles.includes('broker')) {
    fail(clientListeners.length > 0, 'listeners', 'has no client listener for the broker');
  }
  // A broker whose heartbeats are further apart than its session would be fenced between them.
  fail(config.brokerHeartbeatIntervalMs < config.brokerSessionTimeoutMs, 'broker.heartbeat.interval.ms',
    `is not below broker.session.timeout.ms (${config.brokerSessionTimeoutMs})`);
  checkGroupCoordinatorRelations(config);
  for (const advertised of config.advertisedListeners) {
    fail(listenerNames.includes(advertised.name), 'advertised.listeners',
      `names listener "${advertised.name}", which is not in listeners`);
  }
}

/** The group coordinator's keys that bound one another (Kafka's GroupCoordinatorConfig checks). */
function checkGroupCoordinatorRelations(config: NodeConfig): void {
  fail(config.groupMinSessionTimeoutMs <= config.groupMaxSessionTimeoutMs, 'group.min.session.timeout.ms',
    `is above group.max.session.timeout.ms (${config.groupMaxSessionTimeoutMs})`);
  fail(config.groupConsumerHeartbeatIntervalMs < config.groupConsumerSessionTimeoutMs,
    'group.consumer.heartbeat.interval.ms',
    `is not below group.consumer.session.timeout.ms (${config.groupConsumerSessionTimeoutMs})`);
  fail(config.groupConsumerAssignors.length > 0, 'group.consumer.assignors', 'names no assignor');
  fail(new Set(config.groupConsumerAssignors).size === config.groupConsumerAssignors.length,
    'group.consumer.assignors', 'names an assignor twice');
}

function fail(condition: boolean, key: string, problem: string): void {
  if (!condition) throw new ConfigError(`Invalid configuration "${key}": ${problem}`, { key });
}

/** The metadata log directory: metadata.log.dir, or the first of log.dirs. */
export function metadataLogDirectory(config: NodeConfig): string {
  const first = config.logDirs[0];
  assert.ok(first !== undefined, 'log.dirs was validated to be non-empty');
  return config.metadataLogDir === '' ? first : config.metadataLogDir;
}

/** `weir node --help`: every key with its default and meaning. */
export function renderConfigHelp(): string {
  const lines: string[] = [];
  for (const definition of Object.values(nodeConfigKeys)) {
    const shown = definition.defaultValue === null ? '(required)' : `default: ${definition.defaultValue || '(empty)'}`;
    lines.push(`  ${definition.key}  ${shown}`, `      ${definition.doc}`);
  }
  return lines.join('\n');
}
