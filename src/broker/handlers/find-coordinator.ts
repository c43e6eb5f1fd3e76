// FindCoordinator (API key 10): where a group's coordinator is, i.e. the broker leading the
// group's `__consumer_offsets` partition (src/group/runtime/offsets-topic.ts), as Kafka's
// KafkaApis.handleFindCoordinatorRequest answers it. v0 asks for one group; v1-3 add the key
// type; v4+ (KIP-699) ask for several keys at once and are answered per key in `coordinators`.
// The first FindCoordinator for a group creates `__consumer_offsets` through the controller and
// waits for it, as CreateTopics does. Errors per key: COORDINATOR_NOT_AVAILABLE while the topic
// cannot be created or the partition has no live leader (the client retries); transaction keys
// (key type 1) COORDINATOR_NOT_AVAILABLE too: Weir has no transaction coordinator yet; any other
// key type INVALID_REQUEST. The answer does not wait for the coordinator to have loaded the
// group: its requests are answered COORDINATOR_LOAD_IN_PROGRESS until it has.
import { ErrorCode, type NodeId } from '../../protocol/mod.js';
import {
  createFindCoordinatorResponse, type FindCoordinatorRequest, type FindCoordinatorResponse,
  type FindCoordinatorResponseCoordinator,
} from '../../protocol/generated/messages/find-coordinator.js';
import { offsetsPartitionOf, offsetsTopicOf } from '../../group/runtime/offsets-topic.js';
import type { BrokerServices, RequestContext } from '../broker-services.js';
import { brokersOf } from './metadata.js';

/** Versions of FindCoordinator this broker handles. */
export const findCoordinatorVersions = { lowestVersion: 0, highestVersion: 6 } as const;

/** Kafka's CoordinatorType: 0 group, 1 transaction, 2 share. */
const groupKeyType = 0;
const transactionKeyType = 1;
/** CreateTopics version the broker sends the controller on its own behalf. */
const createTopicsVersion = 7;

/** Answers a FindCoordinator request. */
export async function handleFindCoordinator(services: BrokerServices, request: FindCoordinatorRequest,
  context: RequestContext): Promise<FindCoordinatorResponse> {
  const batched = context.apiVersion >= 4;
  const keys = batched ? request.coordinatorKeys : [request.key];
  const keyType = context.apiVersion >= 1 ? request.keyType : groupKeyType;
  const coordinators = await Promise.all(keys.map((key) => coordinatorOf(services, key, keyType, context)));
  if (batched) return createFindCoordinatorResponse({ throttleTimeMs: 0, coordinators });
  const [only] = coordinators;
  if (only === undefined) return createFindCoordinatorResponse({ errorCode: ErrorCode.INVALID_REQUEST });
  return createFindCoordinatorResponse({ throttleTimeMs: 0, errorCode: only.errorCode,
    errorMessage: only.errorMessage, nodeId: only.nodeId, host: only.host, port: only.port });
}

async function coordinatorOf(services: BrokerServices, key: string, keyType: number, context: RequestContext):
  Promise<FindCoordinatorResponseCoordinator> {
  const refuse = (errorCode: number, errorMessage: string): FindCoordinatorResponseCoordinator =>
    ({ key, nodeId: -1 as NodeId, host: '', port: -1, errorCode, errorMessage });
  if (keyType === transactionKeyType) {
    return refuse(ErrorCode.COORDINATOR_NOT_AVAILABLE, 'This broker has no transaction coordinator');
  }
  if (keyType !== groupKeyType) return refuse(ErrorCode.INVALID_REQUEST, `Unknown coordinator key type ${keyType}`);
  if (offsetsTopicOf(services.image()) === undefined) {
    const created = await services.groups.ensureOffsetsTopic((creation) =>
      services.controller.createTopics(creation, { ...context, apiVersion: createTopicsVersion }));
    if (created !== ErrorCode.NONE) return refuse(ErrorCode.COORDINATOR_NOT_AVAILABLE, 'The offsets topic is not there yet');
  }
  const image = services.image();
  const topic = offsetsTopicOf(image);
  const partition = topic?.partitions[offsetsPartitionOf(key, image, services.groups.settings)];
  const leader = partition === undefined ? undefined
    : brokersOf(services, image, context.listenerName).find((broker) => broker.nodeId === partition.leader);
  if (leader === undefined) return refuse(ErrorCode.COORDINATOR_NOT_AVAILABLE, 'The group\'s offsets partition has no leader');
  return { key, nodeId: leader.nodeId, host: leader.host, port: leader.port, errorCode: ErrorCode.NONE, errorMessage: null };
}
