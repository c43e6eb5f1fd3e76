// OffsetDelete (API key 47, KIP-496) as the offsets part plans it (Kafka's
// OffsetMetadataManager.deleteOffsets and KafkaApis.handleOffsetDeleteRequest): an empty group id
// is INVALID_GROUP_ID, a group that neither exists nor has offsets GROUP_ID_NOT_FOUND (for the
// whole request); per partition, a topic the image does not have is UNKNOWN_TOPIC_OR_PARTITION,
// a topic the group's members still subscribe to GROUP_SUBSCRIBED_TO_TOPIC (deleting it would
// send them back to auto.offset.reset), and the rest are deleted by tombstones (a partition with
// no offset needs none and is answered NONE as well). Pure.
import { ErrorCode } from '../../protocol/mod.js';
import type { MetadataImage } from '../../metadata/image/metadata-image.js';
import type { OffsetDeleteRequest, OffsetDeleteResponseTopic } from '../../protocol/generated/messages/offset-delete.js';
import type { GroupKind } from '../group-kind.js';
import { offsetTombstone } from './offset-records.js';
import type { OffsetCommitRecord, OffsetStore } from './offset-store.js';

export interface DeletePlan {
  /** The whole request's error (NONE when it is answered per partition). */
  readonly errorCode: number;
  readonly topics: OffsetDeleteResponseTopic[];
  readonly records: OffsetCommitRecord[];
}

/** Plans an OffsetDelete against the shard's offsets and groups. */
export function planOffsetDelete(request: OffsetDeleteRequest, context: { readonly image: MetadataImage;
  readonly store: OffsetStore; kindOf(groupId: string): GroupKind | undefined }): DeletePlan {
  const { groupId } = request;
  if (groupId === '') return { errorCode: ErrorCode.INVALID_GROUP_ID, topics: [], records: [] };
  const kind = context.kindOf(groupId);
  if (kind === undefined && !context.store.hasGroup(groupId)) {
    return { errorCode: ErrorCode.GROUP_ID_NOT_FOUND, topics: [], records: [] };
  }
  const records: OffsetCommitRecord[] = [];
  const topics = request.topics.map((topic) => {
    const topicImage = context.image.topicsByName.get(topic.name);
    const subscribed = kind?.isSubscribedTo(groupId, topic.name) === true;
    return {
      name: topic.name,
      partitions: topic.partitions.map(({ partitionIndex }) => {
        if (topicImage?.partitions[partitionIndex] === undefined) {
          return { partitionIndex, errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION };
        }
        if (subscribed) return { partitionIndex, errorCode: ErrorCode.GROUP_SUBSCRIBED_TO_TOPIC };
        if (context.store.get(groupId, topic.name, partitionIndex) !== undefined) {
          records.push(offsetTombstone({ groupId, topic: topic.name, partition: partitionIndex }));
        }
        return { partitionIndex, errorCode: ErrorCode.NONE };
      }),
    };
  });
  return { errorCode: ErrorCode.NONE, topics, records };
}
