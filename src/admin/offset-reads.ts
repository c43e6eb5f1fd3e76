// The offsets of a topic's partitions by timestamp (src/admin/): ListOffsets, -2 the log start,
// -1 the log end, or a time in ms, sent to each partition's leader (partition-router.ts), since
// only the leader answers it for a client.
import { ApiKey, topicName, type NodeId } from '../protocol/mod.js';
import {
  createListOffsetsRequest, createListOffsetsRequestListOffsetsPartition, createListOffsetsRequestListOffsetsTopic,
  type ListOffsetsResponse,
} from '../protocol/generated/messages/list-offsets.js';
import { expectNoError, type AdminSession } from './admin-session.js';
import { sendPerLeader } from './partition-router.js';

/** ListOffsets' special timestamps. */
export const EARLIEST_TIMESTAMP = -2n;
export const LATEST_TIMESTAMP = -1n;

/** The offset at `timestamp` of each of `partitions`, by partition index. */
export async function readOffsets(session: AdminSession, topic: string, partitions: readonly number[],
  timestamp: bigint): Promise<Map<number, number>> {
  const answers = await sendPerLeader(session, {
    topic, partitions, retryUnknownOutcome: true,
    build: (led) => ({
      apiKey: ApiKey.ListOffsets,
      // v1+ answers one offset per partition (v0 a list).
      versions: { lowestVersion: 1, highestVersion: 10 },
      body: createListOffsetsRequest({
        replicaId: -1 as NodeId,
        topics: [createListOffsetsRequestListOffsetsTopic({
          name: topicName(topic),
          partitions: led.map((partitionIndex) => createListOffsetsRequestListOffsetsPartition({ partitionIndex, timestamp })),
        })],
      }),
    }),
    answers: (body: ListOffsetsResponse) => body.topics.flatMap((entry) => entry.partitions)
      .map((answer) => ({ partition: answer.partitionIndex, errorCode: answer.errorCode, answer: answer.offset })),
  });
  const offsets = new Map<number, number>();
  for (const { partition, errorCode, answer } of [...answers.values()].sort((a, b) => a.partition - b.partition)) {
    expectNoError(errorCode, null, `read the offsets of ${topic}/${partition}`);
    offsets.set(partition, Number(answer));
  }
  return offsets;
}
