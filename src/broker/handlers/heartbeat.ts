// Heartbeat (API key 12), versions 0-4: a classic group member shows it is alive; the error
// tells it to rejoin (REBALANCE_IN_PROGRESS), that its generation is old (ILLEGAL_GENERATION), or
// that the group does not know it (UNKNOWN_MEMBER_ID, FENCED_INSTANCE_ID). See
// src/group/classic/heartbeat.ts. v3+ carries group.instance.id. While the group's shard is
// still loading the answer is NONE, as Kafka's: the member keeps its session and learns the rest
// from its next heartbeat.
import { ErrorCode } from '../../protocol/mod.js';
import type { HeartbeatRequest, HeartbeatResponse } from '../../protocol/generated/messages/heartbeat.js';
import type { BrokerServices, RequestContext } from '../broker-services.js';

/** Versions of Heartbeat this broker handles. */
export const heartbeatVersions = { lowestVersion: 0, highestVersion: 4 } as const;

/** Answers a Heartbeat request. */
export async function handleHeartbeat(services: BrokerServices, request: HeartbeatRequest,
  context: RequestContext): Promise<HeartbeatResponse> {
  const found = services.groups.shardFor(request.groupId);
  if ('errorCode' in found) {
    const loading = found.errorCode === ErrorCode.COORDINATOR_LOAD_IN_PROGRESS;
    return { throttleTimeMs: 0, errorCode: loading ? ErrorCode.NONE : found.errorCode };
  }
  const errorCode = await found.shard.classic.heartbeat({
    ...request, groupInstanceId: context.apiVersion >= 3 ? request.groupInstanceId : null });
  return { throttleTimeMs: 0, errorCode };
}
