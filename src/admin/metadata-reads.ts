// The reads several admin operations share (src/admin/): a topic's metadata, and the offsets of its
// partitions by timestamp (ListOffsets: -2 the log start, -1 the log end, or a time in ms).
import { ApiKey, topicName, type NodeId } from '../protocol/mod.js';
import {
  createListOffsetsRequest, createListOffsetsRequestListOffsetsPartition, createListOffsetsRequestListOffsetsTopic,
  type ListOffsetsResponse,
} from '../protocol/generated/messages/list-offsets.js';
import {
  createMetadataRequest, createMetadataRequestTopic, type MetadataResponse, type MetadataResponseTopic,
} from '../protocol/generated/messages/metadata.js';
import { expectNoError, type AdminSession } from './admin-session.js';

/** ListOffsets' special timestamps. */
export const EARLIEST_TIMESTAMP = -2n;
export const LATEST_TIMESTAMP = -1n;

/** Metadata for `names` (null: every topic); creates no topic unless asked to. */
export async function readMetadata(session: AdminSession, names: readonly string[] | null,
  options: { allowAutoTopicCreation?: boolean } = {}): Promise<MetadataResponse> {
  return session.request<MetadataResponse>({
    apiKey: ApiKey.Metadata,
    body: createMetadataRequest({
      topics: names === null ? null : names.map((name) => createMetadataRequestTopic({ name: topicName(name) })),
      allowAutoTopicCreation: options.allowAutoTopicCreation ?? false,
    }),
  });
}

/** The metadata of one existing topic; a missing topic is an AdminError (not-found). */
export async function readTopic(session: AdminSession, name: string): Promise<MetadataResponseTopic> {
  const metadata = await readMetadata(session, [name]);
  const topic = metadata.topics.find((entry) => entry.name === name);
  if (topic === undefined) expectNoError(3, null, `describe topic "${name}"`);
  expectNoError((topic as MetadataResponseTopic).errorCode, null, `describe topic "${name}"`);
  return topic as MetadataResponseTopic;
}

/** The offset at `timestamp` of each of `partitions`, by partition index. */
export async function readOffsets(session: AdminSession, topic: string, partitions: readonly number[],
  timestamp: bigint): Promise<Map<number, number>> {
  const response = await session.request<ListOffsetsResponse>({
    apiKey: ApiKey.ListOffsets,
    // v1+ answers one offset per partition (v0 a list).
    versions: { lowestVersion: 1, highestVersion: 10 },
    body: createListOffsetsRequest({
      replicaId: -1 as NodeId,
      topics: [createListOffsetsRequestListOffsetsTopic({
        name: topicName(topic),
        partitions: partitions.map((partitionIndex) => createListOffsetsRequestListOffsetsPartition({ partitionIndex, timestamp })),
      })],
    }),
  });
  const offsets = new Map<number, number>();
  for (const partition of response.topics.flatMap((entry) => entry.partitions)) {
    expectNoError(partition.errorCode, null, `read the offsets of ${topic}/${partition.partitionIndex}`);
    offsets.set(partition.partitionIndex, Number(partition.offset));
  }
  return offsets;
}
