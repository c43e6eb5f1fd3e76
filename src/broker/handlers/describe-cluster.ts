// DescribeCluster (API key 60; KIP-700), versions 0-1: cluster id, a controller id and the
// unfenced brokers, as Metadata reports them. Brokers answer only endpoint type 1 (brokers);
// asking a broker listener for controllers is MISMATCHED_ENDPOINT_TYPE, and for a type that does
// not exist UNSUPPORTED_ENDPOINT_TYPE (KIP-919; Kafka's AuthHelper.computeDescribeClusterResponse).
// The cluster's authorized operations, when asked for, are every operation the cluster supports:
// Weir has no authorizer (authorized-operations.ts).
import { ErrorCode } from '../../protocol/mod.js';
import type {
  DescribeClusterRequest, DescribeClusterResponse,
} from '../../protocol/generated/messages/describe-cluster.js';
import { createDescribeClusterResponse } from '../../protocol/generated/messages/describe-cluster.js';
import type { BrokerServices, RequestContext } from '../broker-services.js';
import { brokersOf } from './metadata.js';
import { authorizedOperations } from '../authorized-operations.js';

/** Versions of DescribeCluster this broker handles. */
export const describeClusterVersions = { lowestVersion: 0, highestVersion: 1 } as const;

const BROKERS = 1;
const CONTROLLERS = 2;

/** Answers a DescribeCluster request. */
export function handleDescribeCluster(services: BrokerServices, request: DescribeClusterRequest,
  context: RequestContext): DescribeClusterResponse {
  const image = services.image();
  if (context.apiVersion >= 1 && request.endpointType !== BROKERS) {
    const known = request.endpointType === CONTROLLERS;
    return createDescribeClusterResponse({
      errorCode: known ? ErrorCode.MISMATCHED_ENDPOINT_TYPE : ErrorCode.UNSUPPORTED_ENDPOINT_TYPE,
      errorMessage: known ? 'This listener describes brokers only'
        : `Unsupported endpoint type ${request.endpointType}`,
      endpointType: request.endpointType, clusterId: image.clusterId ?? '', controllerId: services.nodeId });
  }
  return createDescribeClusterResponse({
    throttleTimeMs: 0,
    errorCode: ErrorCode.NONE,
    errorMessage: null,
    endpointType: BROKERS,
    clusterId: image.clusterId ?? '',
    controllerId: services.nodeId,
    brokers: brokersOf(services, image, context.listenerName).map((broker) => ({
      brokerId: broker.nodeId, host: broker.host, port: broker.port, rack: broker.rack,
    })),
    clusterAuthorizedOperations: authorizedOperations('cluster', request.includeClusterAuthorizedOperations),
  });
}
