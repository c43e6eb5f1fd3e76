// SyncGroup (API key 14), versions 0-5: a member of a classic group asks for its assignment; the
// leader's request carries everyone's (src/group/classic/sync-group.ts). The answer waits until
// the generation's GroupMetadata record is committed. v3+ carries group.instance.id; v5 must name
// the protocol type and name (else INCONSISTENT_GROUP_PROTOCOL, as Kafka's
// SyncGroupRequest.areMandatoryProtocolTypeAndNamePresent), and its answer echoes them.
import { ErrorCode } from '../../protocol/mod.js';
import {
  createSyncGroupResponse, type SyncGroupRequest, type SyncGroupResponse,
} from '../../protocol/generated/messages/sync-group.js';
import type { BrokerServices, RequestContext } from '../broker-services.js';

/** Versions of SyncGroup this broker handles. */
export const syncGroupVersions = { lowestVersion: 0, highestVersion: 5 } as const;

/** Answers a SyncGroup request (possibly once the leader's assignment is committed). */
export async function handleSyncGroup(services: BrokerServices, request: SyncGroupRequest,
  context: RequestContext): Promise<SyncGroupResponse> {
  const version = context.apiVersion;
  if (version >= 5 && (request.protocolType === null || request.protocolName === null)) {
    return createSyncGroupResponse({ errorCode: ErrorCode.INCONSISTENT_GROUP_PROTOCOL });
  }
  const found = services.groups.shardFor(request.groupId);
  if ('errorCode' in found) return createSyncGroupResponse({ errorCode: found.errorCode });
  return found.shard.classic.syncGroup({
    ...request,
    groupInstanceId: version >= 3 ? request.groupInstanceId : null,
    protocolType: version >= 5 ? request.protocolType : null,
    protocolName: version >= 5 ? request.protocolName : null,
  });
}
