// OffsetCommit (API key 8) as the offsets part plans it, in Kafka's order (KafkaApis
// .handleOffsetCommitRequest, then OffsetMetadataManager.commitOffset):
//   1. an empty group id: INVALID_GROUP_ID for every partition;
//   2. a topic partition the metadata image does not have: UNKNOWN_TOPIC_OR_PARTITION;
//   3. who commits: a commit outside any generation (generation/member epoch < 0, the admin
//      client's or a consumer's that manages its own partitions, a "simple" commit) is accepted
//      when the group does not exist or has no members; a commit to an absent group from a
//      generation is GROUP_ID_NOT_FOUND from v9 and ILLEGAL_GENERATION before (Kafka keeps the
//      old clients' error); anything else is the group kind's answer (validateOffsetCommit:
//      ILLEGAL_GENERATION, UNKNOWN_MEMBER_ID, REBALANCE_IN_PROGRESS, STALE_MEMBER_EPOCH, ...),
//      for every partition;
//   4. metadata longer than offset.metadata.max.bytes: OFFSET_METADATA_TOO_LARGE;
//   5. the rest become OffsetCommit records (commit time = the coordinator's clock; the leader
//      epoch from v6, else -1; null metadata stored as "").
// v0's ZooKeeper-era storage and v1's per-partition commit timestamp and v2-4's retention time
// are decoded but not used: every commit is stored with the coordinator's time and expires by
// offsets.retention.minutes (as Kafka 3.x does once the request's timestamp is ignored). Pure.
import { ErrorCode } from '../../protocol/mod.js';
import type { MetadataImage } from '../../metadata/image/metadata-image.js';
import type {
  OffsetCommitRequest, OffsetCommitResponseTopic,
} from '../../protocol/generated/messages/offset-commit.js';
import type { GroupKind } from '../group-kind.js';
import { offsetCommitRecord } from './offset-records.js';
import type { OffsetCommitRecord } from './offset-store.js';

/** What a commit is checked against. */
export interface CommitContext {
  readonly apiVersion: number;
  readonly image: MetadataImage;
  readonly nowMs: number;
  readonly metadataMaxBytes: number;
  /** The kind of group `groupId` names in the shard, if any. */
  kindOf(groupId: string): GroupKind | undefined;
}

/** A planned commit: the answer per partition (NONE where a record is planned) and the records. */
export interface CommitPlan {
  readonly topics: OffsetCommitResponseTopic[];
  readonly records: OffsetCommitRecord[];
}

/** Plans `request`: which partitions are refused (and why) and the records of the others. */
export function planOffsetCommit(request: OffsetCommitRequest, context: CommitContext): CommitPlan {
  const groupError = request.groupId === '' ? ErrorCode.INVALID_GROUP_ID : requesterErrorCode(request, context);
  const records: OffsetCommitRecord[] = [];
  const topics = request.topics.map((topic) => {
    const topicImage = context.image.topicsByName.get(topic.name);
    return {
      name: topic.name,
      partitions: topic.partitions.map((partition) => {
        const answer = (errorCode: number): { partitionIndex: number; errorCode: number } =>
          ({ partitionIndex: partition.partitionIndex, errorCode });
        if (request.groupId === '') return answer(ErrorCode.INVALID_GROUP_ID);
        if (topicImage?.partitions[partition.partitionIndex] === undefined) {
          return answer(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
        }
        if (groupError !== ErrorCode.NONE) return answer(groupError);
        const metadata = partition.committedMetadata ?? '';
        if (metadata.length > context.metadataMaxBytes) return answer(ErrorCode.OFFSET_METADATA_TOO_LARGE);
        records.push(offsetCommitRecord({ groupId: request.groupId, topic: topic.name, partition: partition.partitionIndex },
          { offset: partition.committedOffset, metadata, commitTimestampMs: context.nowMs,
            leaderEpoch: context.apiVersion >= 6 ? partition.committedLeaderEpoch : -1 }));
        return answer(ErrorCode.NONE);
      }),
    };
  });
  return { topics, records };
}

/** Whether the requester may commit to the group (step 3). */
function requesterErrorCode(request: OffsetCommitRequest, context: CommitContext): number {
  const outsideGeneration = request.generationIdOrMemberEpoch < 0;
  const kind = context.kindOf(request.groupId);
  if (kind === undefined) {
    if (outsideGeneration) return ErrorCode.NONE;
    return context.apiVersion >= 9 ? ErrorCode.GROUP_ID_NOT_FOUND : ErrorCode.ILLEGAL_GENERATION;
  }
  if (outsideGeneration && request.memberId === '' && kind.emptySince(request.groupId) !== undefined) {
    return ErrorCode.NONE;
  }
  return kind.validateOffsetCommit(request.groupId, {
    memberId: request.memberId, generationIdOrMemberEpoch: request.generationIdOrMemberEpoch,
    groupInstanceId: request.groupInstanceId, apiVersion: context.apiVersion,
  });
}
