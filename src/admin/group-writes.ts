// Changing consumer groups over the Kafka protocol (src/admin/), as Kafka's admin client does:
// OffsetCommit as an admin (generation -1, no member id: the coordinator accepts it only while
// the group has no members, Kafka's rule for resets), OffsetDelete of some partitions' offsets,
// and DeleteGroups. Each goes to the group's coordinator (group-coordinator.ts).
import { ApiKey, ErrorCode, groupId as brandGroupId, topicName } from '../protocol/mod.js';
import { createDeleteGroupsRequest, type DeleteGroupsResponse } from '../protocol/generated/messages/delete-groups.js';
import {
  createOffsetCommitRequest, createOffsetCommitRequestPartition, createOffsetCommitRequestTopic, type OffsetCommitResponse,
} from '../protocol/generated/messages/offset-commit.js';
import {
  createOffsetDeleteRequest, createOffsetDeleteRequestPartition, createOffsetDeleteRequestTopic, type OffsetDeleteResponse,
} from '../protocol/generated/messages/offset-delete.js';
import { AdminError } from './admin-error.js';
import { expectNoError, type AdminSession } from './admin-session.js';
import { sendToCoordinator } from './group-coordinator.js';

/** An offset to commit for one partition. */
export interface OffsetToCommit {
  readonly topic: string;
  readonly partition: number;
  readonly offset: number;
}

/** OffsetCommit's generation of a commit from outside the group (an admin's). */
const ADMIN_GENERATION = -1;

/** The partitions of `offsets` grouped by topic, in first-seen order. */
function byTopic<Entry extends { readonly topic: string }>(entries: readonly Entry[]): Map<string, Entry[]> {
  const topics = new Map<string, Entry[]>();
  for (const entry of entries) topics.set(entry.topic, [...(topics.get(entry.topic) ?? []), entry]);
  return topics;
}

/** Who commits: a member of the group (its id and KIP-848 member epoch), or an admin from outside. */
export interface Committer {
  readonly memberId: string;
  readonly memberEpoch: number;
}

const ADMIN: Committer = { memberId: '', memberEpoch: ADMIN_GENERATION };

/**
 * Commits `offsets` for `groupId`, as an admin unless a member is named. The coordinator refuses
 * an admin's commit while the group has members (UNKNOWN_MEMBER_ID or ILLEGAL_GENERATION), and a
 * member's once its epoch is stale (STALE_MEMBER_EPOCH); callers check the state first to say why.
 */
export async function commitOffsets(session: AdminSession, groupId: string, offsets: readonly OffsetToCommit[],
  committer: Committer = ADMIN): Promise<void> {
  if (offsets.length === 0) return;
  const topics = [...byTopic(offsets)].map(([topic, entries]) => createOffsetCommitRequestTopic({
    name: topicName(topic),
    partitions: entries.map((entry) => createOffsetCommitRequestPartition({
      partitionIndex: entry.partition, committedOffset: BigInt(entry.offset), committedMetadata: '' })),
  }));
  const response = await sendToCoordinator<OffsetCommitResponse>(session, groupId, {
    request: { apiKey: ApiKey.OffsetCommit, body: createOffsetCommitRequest({
      groupId: brandGroupId(groupId), generationIdOrMemberEpoch: committer.memberEpoch, memberId: committer.memberId,
      groupInstanceId: null, topics }) },
    // OffsetCommit has no group-level error: a moved coordinator answers it on every partition.
    errorOf: (body) => body.topics[0]?.partitions[0]?.errorCode ?? ErrorCode.NONE,
    // Committing the same offsets again leaves the same state.
    retryUnknownOutcome: true,
  });
  for (const topic of response.topics) {
    for (const partition of topic.partitions) {
      expectNoError(partition.errorCode, null, `commit the offset of group "${groupId}" on ${topic.name}/${partition.partitionIndex}`);
    }
  }
}

/** Deletes the committed offsets of `partitions` of `topic` (OffsetDelete); refused while the group consumes the topic. */
export async function deleteGroupOffsets(session: AdminSession, groupId: string, topic: string,
  partitions: readonly number[]): Promise<void> {
  const response = await sendToCoordinator<OffsetDeleteResponse>(session, groupId, {
    request: { apiKey: ApiKey.OffsetDelete, body: createOffsetDeleteRequest({
      groupId: brandGroupId(groupId),
      topics: [createOffsetDeleteRequestTopic({ name: topicName(topic),
        partitions: partitions.map((partitionIndex) => createOffsetDeleteRequestPartition({ partitionIndex })) })] }) },
    errorOf: (body) => body.errorCode,
    retryUnknownOutcome: true,
  });
  expectNoError(response.errorCode, null, `delete the offsets of group "${groupId}"`);
  for (const answered of response.topics) {
    for (const partition of answered.partitions) {
      expectNoError(partition.errorCode, null, `delete the offset of group "${groupId}" on ${answered.name}/${partition.partitionIndex}`);
    }
  }
}

/** Deletes `groupId` and its offsets (DeleteGroups); refused (NON_EMPTY_GROUP) while it has members. */
export async function deleteGroup(session: AdminSession, groupId: string): Promise<void> {
  const response = await sendToCoordinator<DeleteGroupsResponse>(session, groupId, {
    request: { apiKey: ApiKey.DeleteGroups, body: createDeleteGroupsRequest({ groupsNames: [brandGroupId(groupId)] }) },
    errorOf: (body) => body.results[0]?.errorCode ?? ErrorCode.NONE,
    // A lost DeleteGroups may have deleted the group: a second would answer GROUP_ID_NOT_FOUND.
    retryUnknownOutcome: false,
  });
  const result = response.results.find((entry) => entry.groupId === groupId);
  if (result === undefined) throw new AdminError(`Cannot delete group "${groupId}": the answer lacks the group`, 'refused');
  expectNoError(result.errorCode, null, `delete group "${groupId}"`);
}
