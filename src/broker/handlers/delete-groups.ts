// DeleteGroups (API key 42): deletes groups that have no members, with their committed offsets
// (Kafka's GroupCoordinatorService.deleteGroups): each group is answered on its own, by its
// coordinator's shard (GroupShard.deleteGroup: the kind's tombstones and the offsets'
// tombstones, written together), or with NOT_COORDINATOR / COORDINATOR_LOAD_IN_PROGRESS /
// COORDINATOR_NOT_AVAILABLE from a broker that is not its coordinator. Errors per group:
// INVALID_GROUP_ID (empty id), GROUP_ID_NOT_FOUND, NON_EMPTY_GROUP.
import { ErrorCode } from '../../protocol/mod.js';
import type { DeleteGroupsRequest, DeleteGroupsResponse } from '../../protocol/generated/messages/delete-groups.js';
import type { BrokerServices, RequestContext } from '../broker-services.js';

/** Versions of DeleteGroups this broker handles. */
export const deleteGroupsVersions = { lowestVersion: 0, highestVersion: 2 } as const;

/** Answers a DeleteGroups request. */
export async function handleDeleteGroups(services: BrokerServices, request: DeleteGroupsRequest,
  _context: RequestContext): Promise<DeleteGroupsResponse> {
  const results = await Promise.all(request.groupsNames.map(async (groupId) => {
    if (groupId === '') return { groupId, errorCode: ErrorCode.INVALID_GROUP_ID };
    const found = services.groups.shardFor(groupId);
    if ('errorCode' in found) return { groupId, errorCode: found.errorCode };
    return { groupId, errorCode: await found.shard.deleteGroup(groupId) };
  }));
  return { throttleTimeMs: 0, results };
}
