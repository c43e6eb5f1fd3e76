// OffsetFetch (API key 9) answered from a shard's committed offsets (Kafka's
// OffsetMetadataManager.fetchOffsets / fetchAllOffsets): the partitions asked for, each with its
// committed offset, leader epoch and metadata, or offset -1, epoch -1 and metadata "" when
// nothing is committed (no error, as Kafka answers for a partition or group it does not know);
// with no topics named (null, v2+), every committed offset of the group, by topic and partition.
// Pure: the offsets part awaits the read barrier around it (offsets-part.ts).
import { ErrorCode, type TopicName } from '../../protocol/mod.js';
import type { OffsetStore } from './offset-store.js';

/** One topic asked for: its name and partitions. */
export interface FetchedTopicQuery {
  readonly name: TopicName;
  readonly partitionIndexes: readonly number[];
}

/** One partition's answer, in the fields every OffsetFetch version carries. */
export interface FetchedPartition {
  readonly partitionIndex: number;
  readonly committedOffset: bigint;
  readonly committedLeaderEpoch: number;
  readonly metadata: string;
  readonly errorCode: number;
}

export interface FetchedTopic {
  readonly name: TopicName;
  readonly partitions: FetchedPartition[];
}

/** The committed offsets of `groupId` for `topics` (null: all of them). */
export function fetchCommittedOffsets(store: OffsetStore, groupId: string,
  topics: readonly FetchedTopicQuery[] | null): FetchedTopic[] {
  if (topics === null) return allOffsets(store, groupId);
  return topics.map((topic) => ({
    name: topic.name,
    partitions: topic.partitionIndexes.map((partitionIndex) => fetched(store, groupId, topic.name, partitionIndex)),
  }));
}

function fetched(store: OffsetStore, groupId: string, topic: string, partitionIndex: number): FetchedPartition {
  const committed = store.get(groupId, topic, partitionIndex);
  if (committed === undefined) {
    return { partitionIndex, committedOffset: -1n, committedLeaderEpoch: -1, metadata: '', errorCode: ErrorCode.NONE };
  }
  return { partitionIndex, committedOffset: committed.offset, committedLeaderEpoch: committed.leaderEpoch,
    metadata: committed.metadata, errorCode: ErrorCode.NONE };
}

function allOffsets(store: OffsetStore, groupId: string): FetchedTopic[] {
  const topics = [...store.offsetsOf(groupId)].sort(([left], [right]) => (left < right ? -1 : left > right ? 1 : 0));
  return topics.map(([name, partitions]) => ({
    name: name as TopicName,
    partitions: [...partitions.keys()].sort((left, right) => left - right)
      .map((partitionIndex) => fetched(store, groupId, name, partitionIndex)),
  }));
}
