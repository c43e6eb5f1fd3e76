// ConsumerGroupHeartbeat (API key 68, KIP-848): the one request of the consumer protocol. A
// member joins (epoch 0), heartbeats with its epoch and owned partitions, and leaves (-1; a
// static member -2); each answer carries its epoch, the heartbeat interval and, when it changed,
// its assignment. The rules are in src/group/consumer/ (README.md there); this handler finds the
// group's shard and hands the request over. The answer goes out once its records are committed.
//
// Errors: NOT_COORDINATOR, COORDINATOR_LOAD_IN_PROGRESS, COORDINATOR_NOT_AVAILABLE (the shard
// lookup); INVALID_REQUEST, UNSUPPORTED_ASSIGNOR, INVALID_REGULAR_EXPRESSION (a malformed
// request); UNKNOWN_MEMBER_ID, FENCED_MEMBER_EPOCH, UNRELEASED_INSTANCE_ID, FENCED_INSTANCE_ID,
// GROUP_MAX_SIZE_REACHED, GROUP_ID_NOT_FOUND (a classic group of that id) from the group.
import type {
  ConsumerGroupHeartbeatRequest, ConsumerGroupHeartbeatResponse,
} from '../../protocol/generated/messages/consumer-group-heartbeat.js';
import type { BrokerServices, RequestContext } from '../broker-services.js';

/** Versions of ConsumerGroupHeartbeat this broker handles (librdkafka 2.15 sends only v1). */
export const consumerGroupHeartbeatVersions = { lowestVersion: 0, highestVersion: 1 } as const;

/** Kafka's client host: the peer's address as Java prints an InetAddress ("/127.0.0.1"). */
export function clientHostOf(remoteAddress: string): string {
  const portAt = remoteAddress.lastIndexOf(':');
  const host = portAt > 0 && !remoteAddress.endsWith(']') ? remoteAddress.slice(0, portAt) : remoteAddress;
  return `/${host.replace(/^\[|\]$/gu, '')}`;
}

/** Answers a ConsumerGroupHeartbeat request. */
export async function handleConsumerGroupHeartbeat(services: BrokerServices, request: ConsumerGroupHeartbeatRequest,
  context: RequestContext): Promise<ConsumerGroupHeartbeatResponse> {
  const found = services.groups.shardFor(request.groupId);
  if ('errorCode' in found) {
    return {
      throttleTimeMs: 0, errorCode: found.errorCode, errorMessage: null, memberId: null, memberEpoch: 0,
      heartbeatIntervalMs: 0, assignment: null,
    };
  }
  return found.shard.consumer.heartbeat(request, {
    apiVersion: context.apiVersion,
    clientId: context.clientId ?? '',
    clientHost: clientHostOf(context.remoteAddress),
  });
}
