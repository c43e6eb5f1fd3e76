// OffsetDelete (API key 47, KIP-496): deletes a group's committed offsets of partitions its
// members do not subscribe to (src/group/offsets/delete-offsets.ts has the rules and codes).
// A broker that is not the group's coordinator answers the whole request with that error.
import { ErrorCode } from '../../protocol/mod.js';
import type { OffsetDeleteRequest, OffsetDeleteResponse } from '../../protocol/generated/messages/offset-delete.js';
import type { BrokerServices, RequestContext } from '../broker-services.js';

/** Versions of OffsetDelete this broker handles. */
export const offsetDeleteVersions = { lowestVersion: 0, highestVersion: 0 } as const;

/** Answers an OffsetDelete request. */
export function handleOffsetDelete(services: BrokerServices, request: OffsetDeleteRequest,
  _context: RequestContext): Promise<OffsetDeleteResponse> {
  if (request.groupId === '') {
    return Promise.resolve({ errorCode: ErrorCode.INVALID_GROUP_ID, throttleTimeMs: 0, topics: [] });
  }
  const found = services.groups.shardFor(request.groupId);
  if ('errorCode' in found) return Promise.resolve({ errorCode: found.errorCode, throttleTimeMs: 0, topics: [] });
  return found.shard.offsets.deleteOffsets(request);
}
