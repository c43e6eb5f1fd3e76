// OffsetFetch (API key 9), every version 0-9 (src/group/offsets/fetch-offsets.ts has what is
// answered). v0-7 ask for one group; v8+ (KIP-709) for several, each answered on its own, so
// groups of different coordinators may be asked of one broker and some answered
// NOT_COORDINATOR. v2+ may name no topics (null): every committed offset of the group. v7+'s
// require_stable asks that no offset be pending in a transaction; Weir has no transactional
// commits, and every answer waits for the offsets it shows to be committed, so both values are
// answered alike. v9 names the member (KIP-848), which the group kind validates.
// Where a group's error goes depends on the version: v8+ in the group, v2-7 in the top-level
// error code, v0-1 (no such field) in every partition asked for. v0 read ZooKeeper-era offsets
// in Kafka; here it reads the same offsets as v1.
import { ErrorCode, type GroupId } from '../../protocol/mod.js';
import type {
  OffsetFetchRequest, OffsetFetchResponse, OffsetFetchResponseGroup, OffsetFetchResponseTopic,
} from '../../protocol/generated/messages/offset-fetch.js';
import type { FetchedTopicQuery } from '../../group/offsets/fetch-offsets.js';
import type { OffsetFetchAnswer } from '../../group/offsets/offsets-part.js';
import type { BrokerServices, RequestContext } from '../broker-services.js';

/** Versions of OffsetFetch this broker handles. */
export const offsetFetchVersions = { lowestVersion: 0, highestVersion: 9 } as const;

/** Answers an OffsetFetch request. */
export async function handleOffsetFetch(services: BrokerServices, request: OffsetFetchRequest,
  context: RequestContext): Promise<OffsetFetchResponse> {
  if (context.apiVersion >= 8) {
    const groups = await Promise.all(request.groups.map((group) => fetchGroup(services, {
      groupId: group.groupId, memberId: group.memberId ?? '', memberEpoch: group.memberEpoch, topics: group.topics,
      apiVersion: context.apiVersion })));
    return { throttleTimeMs: 0, topics: [], errorCode: ErrorCode.NONE, groups: groups.map((answer, index) =>
      groupAnswer(request.groups[index]?.groupId as GroupId, answer)) };
  }
  const topics = context.apiVersion >= 2 ? request.topics : request.topics ?? [];
  const answer = await fetchGroup(services, { groupId: request.groupId, memberId: '', memberEpoch: -1, topics,
    apiVersion: context.apiVersion });
  if (context.apiVersion >= 2 || answer.errorCode === ErrorCode.NONE) {
    return { throttleTimeMs: 0, topics: answer.topics.map((topic) => ({ ...topic,
      partitions: topic.partitions.map((partition) => ({ ...partition })) })),
    errorCode: answer.errorCode, groups: [] };
  }
  return { throttleTimeMs: 0, topics: everyPartitionFailed(topics ?? [], answer.errorCode), errorCode: ErrorCode.NONE,
    groups: [] };
}

interface GroupQuery {
  readonly groupId: string;
  readonly memberId: string;
  readonly memberEpoch: number;
  readonly topics: readonly FetchedTopicQuery[] | null;
  readonly apiVersion: number;
}

function fetchGroup(services: BrokerServices, query: GroupQuery): Promise<OffsetFetchAnswer> {
  const found = services.groups.shardFor(query.groupId);
  if ('errorCode' in found) return Promise.resolve({ errorCode: found.errorCode, topics: [] });
  return found.shard.offsets.fetchOffsets(query);
}

function groupAnswer(groupId: GroupId, answer: OffsetFetchAnswer): OffsetFetchResponseGroup {
  return { groupId, errorCode: answer.errorCode, topics: answer.topics.map((topic) => ({ name: topic.name,
    partitions: topic.partitions.map((partition) => ({ ...partition })) })) };
}

/** v0-1: a group's error, given in each partition asked for. */
function everyPartitionFailed(topics: readonly FetchedTopicQuery[], errorCode: number): OffsetFetchResponseTopic[] {
  return topics.map((topic) => ({ name: topic.name, partitions: topic.partitionIndexes.map((partitionIndex) => ({
    partitionIndex, committedOffset: -1n, committedLeaderEpoch: -1, metadata: '', errorCode })) }));
}
