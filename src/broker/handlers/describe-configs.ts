// DescribeConfigs (API key 32), versions 0-4: topic configs come from the controller's topic
// config table (src/controller/topic-configs.ts), so describe and alter agree on keys, defaults
// and sources; broker configs are this node's static keys with scalar values (read-only, source
// STATIC_BROKER_CONFIG). Other resource types are INVALID_REQUEST, as for a broker that does not
// know them.
import { ErrorCode } from '../../protocol/mod.js';
import type { TopicName } from '../../protocol/mod.js';
import type {
  DescribeConfigsRequest, DescribeConfigsRequestDescribeConfigsResource, DescribeConfigsResponse,
  DescribeConfigsResponseDescribeConfigsResult,
} from '../../protocol/generated/messages/describe-configs.js';
import { createDescribeConfigsResponse } from '../../protocol/generated/messages/describe-configs.js';
import { nodeConfigKeys } from '../../config/node-config-keys.js';
import { describeTopicConfigs } from '../../controller/topic-configs.js';
import type { BrokerServices, RequestContext } from '../broker-services.js';

/** Versions of DescribeConfigs this broker handles. */
export const describeConfigsVersions = { lowestVersion: 0, highestVersion: 4 } as const;

const TOPIC = 2;
const BROKER = 4;
const STATIC_BROKER_CONFIG = 4;

/** Answers a DescribeConfigs request. */
export function handleDescribeConfigs(services: BrokerServices, request: DescribeConfigsRequest,
  context: RequestContext): DescribeConfigsResponse {
  const results = request.resources.map((resource) => describe(services, request, resource, context.apiVersion));
  return createDescribeConfigsResponse({ throttleTimeMs: 0, results });
}

function describe(services: BrokerServices, request: DescribeConfigsRequest,
  resource: DescribeConfigsRequestDescribeConfigsResource, apiVersion: number): DescribeConfigsResponseDescribeConfigsResult {
  switch (resource.resourceType) {
    case TOPIC:
      return describeTopicConfigs(services.image(), resource.resourceName as TopicName, services.config, {
        configurationKeys: resource.configurationKeys,
        includeSynonyms: request.includeSynonyms,
        includeDocumentation: request.includeDocumentation,
        apiVersion,
      });
    case BROKER:
      return describeBroker(services, resource, apiVersion);
    default:
      return { errorCode: ErrorCode.INVALID_REQUEST, errorMessage: `Unsupported resource type ${resource.resourceType}`,
        resourceType: resource.resourceType, resourceName: resource.resourceName, configs: [] };
  }
}

function describeBroker(services: BrokerServices, resource: DescribeConfigsRequestDescribeConfigsResource,
  apiVersion: number): DescribeConfigsResponseDescribeConfigsResult {
  const base = { resourceType: resource.resourceType, resourceName: resource.resourceName };
  if (resource.resourceName !== '' && resource.resourceName !== String(services.nodeId)) {
    return { ...base, errorCode: ErrorCode.INVALID_REQUEST, errorMessage: `Broker ${resource.resourceName} is not this node`,
      configs: [] };
  }
  const wanted = resource.configurationKeys;
  const configs = Object.entries(nodeConfigKeys).flatMap(([field, definition]) => {
    const value: unknown = services.config[field as keyof typeof nodeConfigKeys];
    if (!['string', 'number', 'boolean'].includes(typeof value)) return [];
    if (wanted !== null && !wanted.includes(definition.key)) return [];
    return [{
      name: definition.key,
      value: String(value),
      readOnly: true,
      isDefault: false,
      configSource: apiVersion >= 1 ? STATIC_BROKER_CONFIG : -1,
      isSensitive: false,
      synonyms: [],
      configType: 0,
      documentation: apiVersion >= 3 ? definition.doc : null,
    }];
  });
  return { ...base, errorCode: ErrorCode.NONE, errorMessage: null, configs };
}
