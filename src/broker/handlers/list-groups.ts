// ListGroups (API key 16): the groups of every shard this broker has loaded (a client asks every
// broker and merges the answers, as Kafka's admin client does). v4 (KIP-518) filters by state,
// v5 (KIP-848) by type ("classic", "consumer"), both case-insensitively; an empty filter keeps
// everything. While a shard of this broker is still loading, its groups are missing: the answer
// then carries COORDINATOR_LOAD_IN_PROGRESS with the groups of the loaded shards, as Kafka does.
// Groups that only have committed offsets are listed as Kafka lists "simple" groups: classic,
// Empty, protocol type "".
import { ErrorCode, type GroupId } from '../../protocol/mod.js';
import type {
  ListGroupsRequest, ListGroupsResponse, ListGroupsResponseListedGroup,
} from '../../protocol/generated/messages/list-groups.js';
import type { GroupListing } from '../../group/group-kind.js';
import type { BrokerServices, RequestContext } from '../broker-services.js';

/** Versions of ListGroups this broker handles. */
export const listGroupsVersions = { lowestVersion: 0, highestVersion: 5 } as const;

/** Answers a ListGroups request. */
export function handleListGroups(services: BrokerServices, request: ListGroupsRequest,
  context: RequestContext): ListGroupsResponse {
  const states = new Set((context.apiVersion >= 4 ? request.statesFilter : []).map((state) => state.toLowerCase()));
  const types = new Set((context.apiVersion >= 5 ? request.typesFilter : []).map((type) => type.toLowerCase()));
  const kept = (group: GroupListing): boolean => (states.size === 0 || states.has(group.state.toLowerCase())) &&
    (types.size === 0 || types.has(group.type));
  const groups: ListGroupsResponseListedGroup[] = services.groups.loadedShards()
    .flatMap((shard) => shard.listGroups()).filter(kept)
    .map((group) => ({ groupId: group.groupId as GroupId, protocolType: group.protocolType, groupState: group.state,
      groupType: group.type }));
  const loading = services.groups.loadingPartitions().length > 0;
  return { throttleTimeMs: 0, errorCode: loading ? ErrorCode.COORDINATOR_LOAD_IN_PROGRESS : ErrorCode.NONE, groups };
}
