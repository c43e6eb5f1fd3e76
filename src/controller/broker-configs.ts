// AlterConfigs and IncrementalAlterConfigs on a BROKER resource (KIP-226 dynamic broker configs):
// resource name "" changes the cluster-wide defaults, a broker id that broker's own overrides.
// The rules are those Kafka splits between the forwarding broker (ConfigAdminManager.preprocess,
// DynamicBrokerConfig.validateConfigs) and the controller (ControllerConfigurationValidator,
// ConfigurationControlManager), checked here in one place against the image:
//
// - a config key named twice, a null value for anything but DELETE, an unknown operation, or a
//   resource name that is not "" or a non-negative base 10 number: INVALID_REQUEST;
// - APPEND or SUBTRACT on a key that is not a list: INVALID_CONFIG;
// - a read-only key: INVALID_REQUEST "Cannot update these configs dynamically: Set(...)";
// - a value that does not parse or is out of bounds: INVALID_REQUEST, as in Kafka, whose broker
//   turns the ConfigException into InvalidRequestException (KAFKA-13609);
// - a key Weir does not know: INVALID_REQUEST. Kafka would store it as a custom config for a
//   plugin to read; Weir has no plugins, so such a key can only be a typo or a Kafka key Weir does
//   not support, and saying so beats storing it silently.
//
// Legacy AlterConfigs replaces the resource's whole set; IncrementalAlterConfigs changes the keys
// it names. Either way every named key gets a ConfigRecord even when its value is unchanged, as
// Kafka writes one to make brokers reload (KAFKA-14136); keys the legacy API leaves out get a
// record with a null value, which deletes them.
import { ErrorCode } from '../protocol/mod.js';
import type { AlterConfigsRequestAlterConfigsResource } from '../protocol/generated/messages/alter-configs.js';
import type {
  IncrementalAlterConfigsRequestAlterConfigsResource,
} from '../protocol/generated/messages/incremental-alter-configs.js';
import { createConfigRecord } from '../protocol/generated/metadata/config-record.js';
import { ConfigResourceType, type MetadataRecord } from '../metadata/metadata-records.js';
import type { MetadataImage } from '../metadata/image/metadata-image.js';
import { brokerConfigDefinition, isReadOnlyBrokerConfig } from './broker-config-table.js';
import { refuse, type Refusal } from './controller-plan.js';
import { ConfigType } from './topic-config-table.js';

/** IncrementalAlterConfigs operation codes (KIP-339). */
export const ConfigOperation = { SET: 0, DELETE: 1, APPEND: 2, SUBTRACT: 3 } as const;

/** A broker resource's planned outcome: a refusal, or the records that make the change. */
export type BrokerConfigPlan = Refusal | { readonly ok: true; readonly records: MetadataRecord[] };

/** One requested change, in IncrementalAlterConfigs terms (legacy AlterConfigs maps to SET). */
interface Change {
  readonly name: string;
  readonly configOperation: number;
  readonly value: string | null;
}

/** Plans a legacy AlterConfigs of a broker resource: its dynamic configs become exactly these. */
export function planBrokerAlterConfigs(
  resource: AlterConfigsRequestAlterConfigsResource,
  image: MetadataImage,
): BrokerConfigPlan {
  const changes = resource.configs.map(({ name, value }) => ({ name, configOperation: ConfigOperation.SET, value }));
  return planBrokerChanges(resource.resourceName, changes, { image, replaceAll: true });
}

/** Plans an IncrementalAlterConfigs of a broker resource. */
export function planBrokerIncrementalAlterConfigs(
  resource: IncrementalAlterConfigsRequestAlterConfigsResource,
  image: MetadataImage,
): BrokerConfigPlan {
  return planBrokerChanges(resource.resourceName, resource.configs, { image, replaceAll: false });
}

function invalidRequest(message: string): Refusal {
  return refuse(ErrorCode.INVALID_REQUEST, message);
}

/** Scala's rendering of a set, as Kafka's messages show one. */
function scalaSet(names: readonly string[]): string {
  return `Set(${names.join(', ')})`;
}

function planBrokerChanges(
  resourceName: string,
  changes: readonly Change[],
  options: { readonly image: MetadataImage; readonly replaceAll: boolean },
): BrokerConfigPlan {
  const names = changes.map((change) => change.name);
  if (new Set(names).size !== names.length) return invalidRequest('Error due to duplicate config keys');
  const nulls = changes.filter((change) => change.value === null && change.configOperation !== ConfigOperation.DELETE);
  if (nulls.length > 0) {
    return invalidRequest(`Null value not supported for : ${nulls.map((change) => change.name).join(', ')}`);
  }
  const nameProblem = brokerResourceNameProblem(resourceName);
  if (nameProblem !== null) return invalidRequest(nameProblem);
  const current = options.image.brokerConfigs.get(resourceName) ?? new Map<string, string>();
  const next = new Map(options.replaceAll ? [] : current);
  for (const change of changes) {
    const problem = applyChange(next, change);
    if (problem !== null) return problem;
  }
  const problem = configsProblem(next);
  if (problem !== null) return invalidRequest(problem);
  const record = (name: string, value: string | null): MetadataRecord => ({
    type: 'ConfigRecord',
    record: createConfigRecord({ resourceType: ConfigResourceType.BROKER, resourceName, name, value }),
  });
  const records = changes.map((change) => record(change.name, next.get(change.name) ?? null));
  for (const name of current.keys()) if (!names.includes(name)) records.push(record(name, null));
  return { ok: true, records };
}

/** Why `resourceName` names no broker resource (ControllerConfigurationValidator), or null. */
function brokerResourceNameProblem(resourceName: string): string | null {
  if (resourceName === '') return null;
  if (/^-\d+$/.test(resourceName)) return 'Invalid negative broker ID.';
  if (!/^\d+$/.test(resourceName) || Number(resourceName) > 2_147_483_647) {
    return 'Unable to parse broker name as a base 10 number.';
  }
  return null;
}

/** Applies one change to `configs`; returns the refusal, or null. */
function applyChange(configs: Map<string, string>, change: Change): Refusal | null {
  const { name, value, configOperation } = change;
  switch (configOperation) {
    case ConfigOperation.SET: configs.set(name, (value as string).trim()); return null;
    case ConfigOperation.DELETE: configs.delete(name); return null;
    case ConfigOperation.APPEND:
    case ConfigOperation.SUBTRACT: return changeList(configs, change);
    default: return invalidRequest(`Unknown operations type ${configOperation}`);
  }
}

/** APPEND or SUBTRACT on a list key, starting from its value here or else Kafka's default. */
function changeList(configs: Map<string, string>, change: Change): Refusal | null {
  const definition = brokerConfigDefinition(change.name);
  const append = change.configOperation === ConfigOperation.APPEND;
  if (definition === undefined || definition.type !== ConfigType.LIST) {
    const operation = append ? 'append' : 'subtract';
    return refuse(ErrorCode.INVALID_CONFIG, `Config value ${operation} is not allowed for config key: ${change.name}`);
  }
  const split = (text: string): string[] => text.split(',').map((item) => item.trim()).filter((item) => item !== '');
  const values = split(configs.get(change.name) ?? definition.kafkaDefault);
  const items = split(change.value ?? '');
  const next = append
    ? [...values, ...items.filter((item) => !values.includes(item))]
    : values.filter((item) => !items.includes(item));
  configs.set(change.name, next.join(','));
  return null;
}

/** What is wrong with a resource's would-be dynamic configs (read-only, unknown, bad value), or null. */
function configsProblem(configs: ReadonlyMap<string, string>): string | null {
  const names = [...configs.keys()];
  const readOnly = names.filter(isReadOnlyBrokerConfig);
  if (readOnly.length > 0) return `Cannot update these configs dynamically: ${scalaSet(readOnly)}`;
  const unknown = names.filter((name) => brokerConfigDefinition(name) === undefined);
  if (unknown.length > 0) return `Unknown broker configs (Weir takes no custom configs): ${scalaSet(unknown)}`;
  for (const [name, value] of configs) {
    const problem = brokerConfigDefinition(name)?.validate(value) ?? null;
    if (problem !== null) return `Invalid value ${value} for configuration ${name}: ${problem}`;
  }
  return null;
}
