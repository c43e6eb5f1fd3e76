// OffsetCommit (API key 8), every version 0-9: the group's coordinator stores the committed
// offsets in `__consumer_offsets` and answers once they are replicated (src/group/offsets/
// commit-offsets.ts has the rules and error codes). A broker that is not the group's
// coordinator answers every partition NOT_COORDINATOR (COORDINATOR_LOAD_IN_PROGRESS while it
// loads, COORDINATOR_NOT_AVAILABLE without an offsets topic); an empty group id is
// INVALID_GROUP_ID before any of that, as Kafka checks it first.
import { ErrorCode } from '../../protocol/mod.js';
import type { OffsetCommitRequest, OffsetCommitResponse } from '../../protocol/generated/messages/offset-commit.js';
import type { BrokerServices, RequestContext } from '../broker-services.js';

/** Versions of OffsetCommit this broker handles. */
export const offsetCommitVersions = { lowestVersion: 0, highestVersion: 9 } as const;

/** Answers an OffsetCommit request. */
export function handleOffsetCommit(services: BrokerServices, request: OffsetCommitRequest,
  context: RequestContext): Promise<OffsetCommitResponse> {
  if (request.groupId === '') return Promise.resolve(everyPartition(request, ErrorCode.INVALID_GROUP_ID));
  const found = services.groups.shardFor(request.groupId);
  if ('errorCode' in found) return Promise.resolve(everyPartition(request, found.errorCode));
  return found.shard.offsets.commitOffsets(request, context.apiVersion);
}

function everyPartition(request: OffsetCommitRequest, errorCode: number): OffsetCommitResponse {
  return { throttleTimeMs: 0, topics: request.topics.map((topic) => ({ name: topic.name,
    partitions: topic.partitions.map((partition) => ({ partitionIndex: partition.partitionIndex, errorCode })) })) };
}
