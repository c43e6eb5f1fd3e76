// ConsumerGroupDescribe (API key 69, KIP-848): each named consumer group's epochs, assignor and
// members with their current and target assignments, from the committed state of the group's
// shard. Groups are answered one by one (each may live in another shard): NOT_COORDINATOR,
// COORDINATOR_LOAD_IN_PROGRESS, COORDINATOR_NOT_AVAILABLE from the shard lookup; INVALID_GROUP_ID
// for an empty id; GROUP_ID_NOT_FOUND for no consumer group of that id (a classic one included).
import { ErrorCode, type GroupId } from '../../protocol/mod.js';
import type {
  ConsumerGroupDescribeRequest, ConsumerGroupDescribeResponse, ConsumerGroupDescribeResponseDescribedGroup,
} from '../../protocol/generated/messages/consumer-group-describe.js';
import { describeMissingGroup } from '../../group/consumer/describe.js';
import { AclOperation, AUTHORIZED_OPERATIONS_OMITTED } from '../authorized-operations.js';
import type { BrokerServices, RequestContext } from '../broker-services.js';

/** Versions of ConsumerGroupDescribe this broker handles. */
export const consumerGroupDescribeVersions = { lowestVersion: 0, highestVersion: 0 } as const;

/** What Kafka without an authorizer reports for a group: READ, DESCRIBE, DELETE (AclEntry). */
const GROUP_OPERATIONS = (1 << AclOperation.READ) | (1 << AclOperation.DESCRIBE) | (1 << AclOperation.DELETE);

async function describeOne(services: BrokerServices, groupId: GroupId,
  authorizedOperations: number): Promise<ConsumerGroupDescribeResponseDescribedGroup> {
  if (groupId === '') return describeMissingGroup(groupId, ErrorCode.INVALID_GROUP_ID, 'Empty group id', authorizedOperations);
  const found = services.groups.shardFor(groupId);
  if ('errorCode' in found) return describeMissingGroup(groupId, found.errorCode, null, authorizedOperations);
  const [described] = await found.shard.consumer.describe([groupId], authorizedOperations);
  return described!;
}

/** Answers a ConsumerGroupDescribe request. */
export async function handleConsumerGroupDescribe(services: BrokerServices, request: ConsumerGroupDescribeRequest,
  _context: RequestContext): Promise<ConsumerGroupDescribeResponse> {
  const authorizedOperations = request.includeAuthorizedOperations ? GROUP_OPERATIONS : AUTHORIZED_OPERATIONS_OMITTED;
  const groups = await Promise.all(request.groupIds.map((groupId) => describeOne(services, groupId, authorizedOperations)));
  return { throttleTimeMs: 0, groups };
}
