// AlterConfigs (API key 33) and IncrementalAlterConfigs (API key 44) for topic resources, as
// Kafka's ConfigurationControlManager plans them. AlterConfigs replaces a topic's whole set of
// overrides; IncrementalAlterConfigs applies SET, DELETE, APPEND and SUBTRACT (KIP-339) per key,
// APPEND and SUBTRACT only on list-typed keys and starting from the key's current value (its
// override, else its default). Changes become ConfigRecords (a null value deletes an override);
// the broker applies retention, segment and flush settings live when it sees them.
//
// Errors per resource: a resource named twice INVALID_REQUEST; an unknown topic
// UNKNOWN_TOPIC_OR_PARTITION; a key named twice or an unknown operation INVALID_REQUEST; an unknown
// key or a bad value INVALID_CONFIG. BROKER resources (dynamic broker configs) follow their own
// rules in broker-configs.ts; BROKER_LOGGER (log levels, never in the metadata log) and other
// types are INVALID_REQUEST.
import { ErrorCode, type TopicName } from '../protocol/mod.js';
import type { AlterConfigsRequest, AlterConfigsResponse } from '../protocol/generated/messages/alter-configs.js';
import type {
  IncrementalAlterConfigsRequest, IncrementalAlterConfigsRequestAlterableConfig,
  IncrementalAlterConfigsResponse,
} from '../protocol/generated/messages/incremental-alter-configs.js';
import { createConfigRecord } from '../protocol/generated/metadata/config-record.js';
import { ConfigResourceType, type MetadataRecord } from '../metadata/metadata-records.js';
import type { TopicImage } from '../metadata/image/metadata-image.js';
import {
  ConfigOperation, planBrokerAlterConfigs, planBrokerIncrementalAlterConfigs, type BrokerConfigPlan,
} from './broker-configs.js';
import { refuse, type Plan, type PlanContext, type Refusal, type Rejection } from './controller-plan.js';
import { ConfigType, topicConfigDefault, topicConfigDefinition, topicConfigProblem } from './topic-configs.js';

export { ConfigOperation } from './broker-configs.js';

/** One resource's answer (the same shape in both APIs). */
interface ResourceResult {
  errorCode: number;
  errorMessage: string | null;
  resourceType: number;
  resourceName: string;
}

/** A topic resource's planned outcome: a refusal, or the topic's new overrides. */
type ResourcePlan =
  | Refusal
  | { readonly ok: true; readonly topic: TopicImage; readonly overrides: ReadonlyMap<string, string> };

interface Resource {
  readonly resourceType: number;
  readonly resourceName: string;
}

/** How one API plans each kind of resource. */
interface ResourcePlanners<R extends Resource> {
  readonly topic: (resource: R, topic: TopicImage) => ResourcePlan;
  readonly broker: (resource: R, image: PlanContext['image']) => BrokerConfigPlan;
}

/** Plans a legacy AlterConfigs request: each topic's overrides become exactly the given keys. */
export function planAlterConfigs(request: AlterConfigsRequest, context: PlanContext): Plan<AlterConfigsResponse> {
  return planResources(request.resources, context, {
    broker: planBrokerAlterConfigs,
    topic: (resource, topic) => {
      const overrides = new Map<string, string>();
      for (const config of resource.configs) {
        if (overrides.has(config.name)) return invalidRequest(`Config ${config.name} is named twice.`);
        // A null value in the legacy API leaves the key unset.
        if (config.value === null) continue;
        const problem = topicConfigProblem(config.name, config.value);
        if (problem !== null) return invalidConfig(problem);
        overrides.set(config.name, config.value.trim());
      }
      return { ok: true, topic, overrides };
    },
  });
}

/** Plans an IncrementalAlterConfigs request: per-key operations on each topic's overrides. */
export function planIncrementalAlterConfigs(
  request: IncrementalAlterConfigsRequest,
  context: PlanContext,
): Plan<IncrementalAlterConfigsResponse> {
  return planResources(request.resources, context, {
    broker: planBrokerIncrementalAlterConfigs,
    topic: (resource, topic) => {
      const names = new Set<string>();
      const overrides = new Map(topic.configs);
      for (const config of resource.configs) {
        if (names.has(config.name)) return invalidRequest(`Config ${config.name} is named twice.`);
        names.add(config.name);
        const problem = applyOperation(overrides, config, context);
        if (problem !== null) return problem;
      }
      return { ok: true, topic, overrides };
    },
  });
}

function invalidRequest(message: string): Refusal {
  return refuse(ErrorCode.INVALID_REQUEST, message);
}

function invalidConfig(message: string): Refusal {
  return refuse(ErrorCode.INVALID_CONFIG, message);
}

/** Applies one operation to `overrides`; returns the refusal, or null. */
function applyOperation(
  overrides: Map<string, string>,
  config: IncrementalAlterConfigsRequestAlterableConfig,
  context: PlanContext,
): Refusal | null {
  const { name, value, configOperation } = config;
  const definition = topicConfigDefinition(name);
  if (definition === undefined) return invalidConfig(`Unknown topic config name: ${name}`);
  const current = overrides.get(name) ?? topicConfigDefault(name, context.defaults).value;
  let next: string | null;
  switch (configOperation) {
    case ConfigOperation.SET: {
      if (value === null) return invalidConfig(`Null value not supported for topic config ${name}`);
      next = value;
      break;
    }
    case ConfigOperation.DELETE: next = null; break;
    case ConfigOperation.APPEND:
    case ConfigOperation.SUBTRACT: {
      if (definition.type !== ConfigType.LIST) {
        return invalidConfig(`Cannot APPEND or SUBTRACT config ${name}: it is not a list`);
      }
      next = changeList(current, value ?? '', configOperation === ConfigOperation.APPEND);
      break;
    }
    default:
      return invalidRequest(`Unknown config operation ${configOperation} for config ${name}.`);
  }
  if (next === null) {
    overrides.delete(name);
    return null;
  }
  const problem = topicConfigProblem(name, next);
  if (problem !== null) return invalidConfig(problem);
  overrides.set(name, next.trim());
  return null;
}

/** A list value with `items` appended (those not yet present) or subtracted. */
function changeList(current: string, items: string, append: boolean): string {
  const split = (text: string): string[] => text.split(',').map((item) => item.trim()).filter((item) => item !== '');
  const values = split(current);
  const changes = split(items);
  const next = append
    ? [...values, ...changes.filter((item) => !values.includes(item))]
    : values.filter((item) => !changes.includes(item));
  return next.join(',');
}

type ConfigsResponse = { throttleTimeMs: number; responses: ResourceResult[] };

/** Shared resource loop: duplicate and type checks, topic lookup, then records for the changes. */
function planResources<R extends Resource, Response extends ConfigsResponse>(
  resources: readonly R[],
  context: PlanContext,
  planners: ResourcePlanners<R>,
): Plan<Response> {
  const key = (resource: Resource): string => `${resource.resourceType}:${resource.resourceName}`;
  const counts = new Map<string, number>();
  for (const resource of resources) counts.set(key(resource), (counts.get(key(resource)) ?? 0) + 1);
  const results: ResourceResult[] = [];
  const records: MetadataRecord[] = [];
  for (const resource of resources) {
    const base = { resourceType: resource.resourceType, resourceName: resource.resourceName };
    const duplicate = (counts.get(key(resource)) ?? 0) > 1;
    const plan = duplicate ? invalidRequest('Duplicate resource.') : planResource(resource, context, planners);
    if (!plan.ok) {
      results.push({ ...base, errorCode: plan.errorCode, errorMessage: plan.message });
      continue;
    }
    results.push({ ...base, errorCode: ErrorCode.NONE, errorMessage: null });
    records.push(...plan.records);
  }
  const fail = (errorCode: number, message: string): Response => ({
    throttleTimeMs: 0,
    responses: results.map((entry) =>
      (entry.errorCode === ErrorCode.NONE ? { ...entry, errorCode, errorMessage: message } : entry)),
  }) as Response;
  return { records, response: { throttleTimeMs: 0, responses: results } as Response, fail };
}

function planResource<R extends Resource>(
  resource: R,
  context: PlanContext,
  planners: ResourcePlanners<R>,
): BrokerConfigPlan {
  const { resourceType, resourceName } = resource;
  if (resourceType === ConfigResourceType.BROKER) return planners.broker(resource, context.image);
  if (resourceType === ConfigResourceType.BROKER_LOGGER) {
    return invalidRequest('Weir does not change broker log levels (BROKER_LOGGER) at runtime.');
  }
  if (resourceType !== ConfigResourceType.TOPIC) return invalidRequest(`Unknown resource type ${resourceType}`);
  if (resourceName === '') return invalidRequest('Default topic resources are not allowed.');
  const topic = context.image.topicsByName.get(resourceName as TopicName);
  if (topic === undefined) return refuse(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, `Topic ${resourceName} does not exist.`);
  const plan = planners.topic(resource, topic);
  return plan.ok ? { ok: true, records: configRecords(plan.topic, plan.overrides) } : plan;
}

/** ConfigRecords that turn `topic`'s overrides into `overrides` (only keys that change). */
function configRecords(topic: TopicImage, overrides: ReadonlyMap<string, string>): MetadataRecord[] {
  const records: MetadataRecord[] = [];
  const resource = { resourceType: ConfigResourceType.TOPIC, resourceName: topic.name };
  const record = (name: string, value: string | null): MetadataRecord =>
    ({ type: 'ConfigRecord', record: createConfigRecord({ ...resource, name, value }) });
  for (const [name, value] of overrides) if (topic.configs.get(name) !== value) records.push(record(name, value));
  for (const name of topic.configs.keys()) if (!overrides.has(name)) records.push(record(name, null));
  return records;
}

/** The answer refusing every resource of a config request with `rejection.errorCode`. */
export function rejectAlterConfigs<Response extends AlterConfigsResponse | IncrementalAlterConfigsResponse>(
  request: { readonly resources: readonly Resource[] },
  rejection: Rejection,
): Response {
  const responses = request.resources.map((resource) => ({
    errorCode: rejection.errorCode,
    errorMessage: rejection.message,
    resourceType: resource.resourceType,
    resourceName: resource.resourceName,
  }));
  return { throttleTimeMs: 0, responses } as Response;
}
