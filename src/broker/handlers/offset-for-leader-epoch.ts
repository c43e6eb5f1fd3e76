// OffsetForLeaderEpoch (API key 23), versions 0-4 (Kafka's KafkaApis.handleOffsetForLeaderEpochRequest
// and Partition.lastOffsetForLeaderEpoch; KIP-101, KIP-279, KIP-320): "where does leader epoch E
// end in your log?", asked of a partition's leader by a follower that cannot use Fetch's
// DivergingEpoch (before v12) and by clients checking for truncation after a leader change. The
// answer is the largest epoch ≤ E the leader's log knows and the offset where it ends (the log
// end for the latest epoch), from the leader epoch cache (storage's Log.endOffsetForEpoch), or
// epoch -1 and offset -1 when the log cannot say. Errors: UNKNOWN_TOPIC_OR_PARTITION,
// NOT_LEADER_OR_FOLLOWER (this broker does not lead it), FENCED_LEADER_EPOCH and
// UNKNOWN_LEADER_EPOCH for a CurrentLeaderEpoch (v2+) older or newer than the leader's,
// KAFKA_STORAGE_ERROR for a refused log.
import { ErrorCode } from '../../protocol/mod.js';
import type {
  OffsetForLeaderEpochRequest, OffsetForLeaderEpochRequestOffsetForLeaderPartition, OffsetForLeaderEpochResponse,
  OffsetForLeaderEpochResponseEpochEndOffset,
} from '../../protocol/generated/messages/offset-for-leader-epoch.js';
import {
  createOffsetForLeaderEpochResponse, createOffsetForLeaderEpochResponseEpochEndOffset,
} from '../../protocol/generated/messages/offset-for-leader-epoch.js';
import type { BrokerServices, RequestContext } from '../broker-services.js';
import { leaderEpochErrorCode, partitionOrError } from './partition-access.js';

/** Versions of OffsetForLeaderEpoch this broker handles. */
export const offsetForLeaderEpochVersions = { lowestVersion: 0, highestVersion: 4 } as const;

/** Answers an OffsetForLeaderEpoch request, partition by partition. */
export async function handleOffsetForLeaderEpoch(services: BrokerServices, request: OffsetForLeaderEpochRequest,
  _context: RequestContext): Promise<OffsetForLeaderEpochResponse> {
  const image = services.image();
  const topics = [];
  for (const topic of request.topics) {
    const partitions: OffsetForLeaderEpochResponseEpochEndOffset[] = [];
    for (const partitionRequest of topic.partitions) {
      partitions.push(await epochEndOffset(services, { image, topicName: topic.topic }, partitionRequest));
    }
    topics.push({ topic: topic.topic, partitions });
  }
  return createOffsetForLeaderEpochResponse({ throttleTimeMs: 0, topics });
}

async function epochEndOffset(services: BrokerServices, where: { image: ReturnType<BrokerServices['image']>; topicName: string },
  request: OffsetForLeaderEpochRequestOffsetForLeaderPartition): Promise<OffsetForLeaderEpochResponseEpochEndOffset> {
  const failure = (errorCode: number): OffsetForLeaderEpochResponseEpochEndOffset =>
    createOffsetForLeaderEpochResponseEpochEndOffset({ errorCode, partition: request.partition, leaderEpoch: -1, endOffset: -1n });
  const found = await partitionOrError(services, where.image, where.topicName, request.partition);
  if (typeof found === 'number') return failure(found);
  const epochError = leaderEpochErrorCode(request.currentLeaderEpoch, found);
  if (epochError !== ErrorCode.NONE) return failure(epochError);
  if (found.isClosed) return failure(ErrorCode.NOT_LEADER_OR_FOLLOWER);
  const end = found.endOffsetForEpoch(request.leaderEpoch);
  return createOffsetForLeaderEpochResponseEpochEndOffset({ errorCode: ErrorCode.NONE, partition: request.partition,
    leaderEpoch: end.epoch, endOffset: BigInt(end.endOffset) });
}
