// DescribeConfigs (API key 32), versions 0-4: topic configs come from the controller's topic
// config table (src/controller/topic-configs.ts), so describe and alter agree on keys, defaults
// and sources; a topic default set as a dynamic broker config shows as such. Broker configs
// (src/controller/describe-broker-configs.ts) are this node's keys with the value in force: its
// dynamic broker configs from the metadata image over its static configuration, read-only for
// the keys that cannot change at runtime. Other resource types are INVALID_REQUEST, as for a
// broker that does not know them.
import { ErrorCode } from '../../protocol/mod.js';
import type { TopicName } from '../../protocol/mod.js';
import type {
  DescribeConfigsRequest, DescribeConfigsRequestDescribeConfigsResource, DescribeConfigsResponse,
  DescribeConfigsResponseDescribeConfigsResult,
} from '../../protocol/generated/messages/describe-configs.js';
import { createDescribeConfigsResponse } from '../../protocol/generated/messages/describe-configs.js';
import { ConfigResourceType } from '../../metadata/metadata-records.js';
import { withDynamicBrokerConfigs } from '../../controller/broker-config-table.js';
import { describeBrokerConfigs } from '../../controller/describe-broker-configs.js';
import { describeTopicConfigs } from '../../controller/topic-configs.js';
import type { BrokerServices, RequestContext } from '../broker-services.js';

/** Versions of DescribeConfigs this broker handles. */
export const describeConfigsVersions = { lowestVersion: 0, highestVersion: 4 } as const;

/** Answers a DescribeConfigs request. */
export function handleDescribeConfigs(services: BrokerServices, request: DescribeConfigsRequest,
  context: RequestContext): DescribeConfigsResponse {
  const results = request.resources.map((resource) => describe(services, request, resource, context.apiVersion));
  return createDescribeConfigsResponse({ throttleTimeMs: 0, results });
}

function describe(services: BrokerServices, request: DescribeConfigsRequest,
  resource: DescribeConfigsRequestDescribeConfigsResource, apiVersion: number): DescribeConfigsResponseDescribeConfigsResult {
  const image = services.image();
  switch (resource.resourceType) {
    case ConfigResourceType.TOPIC: {
      const defaults = withDynamicBrokerConfigs(services.config, image, services.nodeId);
      return describeTopicConfigs(image, resource.resourceName as TopicName, defaults, {
        configurationKeys: resource.configurationKeys,
        includeSynonyms: request.includeSynonyms,
        includeDocumentation: request.includeDocumentation,
        apiVersion,
      });
    }
    case ConfigResourceType.BROKER:
      return describeBrokerConfigs(image, services.config, resource.resourceName, {
        nodeId: services.nodeId,
        configurationKeys: resource.configurationKeys,
        includeSynonyms: request.includeSynonyms,
        apiVersion,
      });
    default:
      return { errorCode: ErrorCode.INVALID_REQUEST, errorMessage: `Unsupported resource type ${resource.resourceType}`,
        resourceType: resource.resourceType, resourceName: resource.resourceName, configs: [] };
  }
}
