// ListOffsets (API key 2), versions 0-10 (Kafka's KafkaApis.handleListOffsetRequest and
// UnifiedLog.fetchOffsetByTimestamp). Special timestamps: -2 earliest (log start), -1 latest
// (the high watermark, which is also the last stable offset here), -3 the record with the
// largest timestamp (v7+), -4 earliest local (v8+, = earliest without tiered storage), -5 latest
// tiered (v9+, none: offset -1). A timestamp ≥ 0 finds the first record at or after it, offset
// -1 when there is none. While a new leader's high watermark is not known yet
// (consumer-high-watermark.ts), latest and a search that finds nothing below it are answered
// OFFSET_NOT_AVAILABLE, as Kafka's Partition.fetchOffsetForTimestamp does (KIP-207). v0 answers with the old-style offsets array (Burrow still sends it).
import type { TopicName } from '../../protocol/mod.js';
import { ErrorCode } from '../../protocol/mod.js';
import type {
  ListOffsetsRequest, ListOffsetsRequestListOffsetsPartition, ListOffsetsResponse,
  ListOffsetsResponseListOffsetsPartitionResponse,
} from '../../protocol/generated/messages/list-offsets.js';
import {
  createListOffsetsResponse, createListOffsetsResponseListOffsetsPartitionResponse,
} from '../../protocol/generated/messages/list-offsets.js';
import type { BrokerServices, RequestContext } from '../broker-services.js';
import { findMaxTimestamp } from '../partition/max-timestamp.js';
import type { Partition } from '../partition/partition.js';
import { leaderEpochErrorCode, partitionFailureCode, partitionOrError } from './partition-access.js';

/** Versions of ListOffsets this broker handles. */
export const listOffsetsVersions = { lowestVersion: 0, highestVersion: 10 } as const;

const EARLIEST = -2n;
const LATEST = -1n;
const MAX_TIMESTAMP = -3n;
const EARLIEST_LOCAL = -4n;
const LATEST_TIERED = -5n;

type PartitionResponse = ListOffsetsResponseListOffsetsPartitionResponse;

/** Answers a ListOffsets request. */
export async function handleListOffsets(services: BrokerServices, request: ListOffsetsRequest,
  context: RequestContext): Promise<ListOffsetsResponse> {
  const image = services.image();
  const topics = await Promise.all(request.topics.map(async (topic) => ({
    name: topic.name,
    partitions: await Promise.all(topic.partitions.map((partitionRequest) =>
      listOffset(services, image, topic.name, partitionRequest, context.apiVersion))),
  })));
  return createListOffsetsResponse({ throttleTimeMs: 0, topics });
}

async function listOffset(services: BrokerServices, image: ReturnType<BrokerServices['image']>, topicName: TopicName,
  request: ListOffsetsRequestListOffsetsPartition, version: number): Promise<PartitionResponse> {
  const found = await partitionOrError(services, image, topicName, request.partitionIndex);
  if (typeof found === 'number') return failure(request.partitionIndex, found);
  const epochError = leaderEpochErrorCode(request.currentLeaderEpoch, found);
  if (epochError !== ErrorCode.NONE) return failure(request.partitionIndex, epochError);
  try {
    const answer = await offsetFor(found, request.timestamp);
    if (highWatermarkUnknown(found, request.timestamp, answer.offset)) {
      return failure(request.partitionIndex, ErrorCode.OFFSET_NOT_AVAILABLE);
    }
    if (version === 0) {
      const oldStyleOffsets = answer.offset < 0 || request.maxNumOffsets <= 0 ? [] : [BigInt(answer.offset)];
      return createListOffsetsResponseListOffsetsPartitionResponse({ partitionIndex: request.partitionIndex,
        errorCode: ErrorCode.NONE, oldStyleOffsets });
    }
    return createListOffsetsResponseListOffsetsPartitionResponse({
      partitionIndex: request.partitionIndex,
      errorCode: ErrorCode.NONE,
      timestamp: BigInt(answer.timestampMs),
      offset: BigInt(answer.offset),
      leaderEpoch: answer.offset < 0 || version < 4 ? -1 : found.leaderEpoch,
    });
  } catch (error) {
    return failure(request.partitionIndex, partitionFailureCode(services, found, error));
  }
}

async function offsetFor(partition: Partition, timestamp: bigint): Promise<{ offset: number; timestampMs: number }> {
  switch (timestamp) {
    case EARLIEST:
    case EARLIEST_LOCAL:
      return { offset: partition.offsets.logStartOffset, timestampMs: -1 };
    case LATEST:
      return { offset: partition.highWatermark, timestampMs: -1 };
    case MAX_TIMESTAMP:
      return (await findMaxTimestamp(partition)) ?? { offset: -1, timestampMs: -1 };
    case LATEST_TIERED:
      return { offset: -1, timestampMs: -1 };
    default:
      if (timestamp < 0n) return { offset: -1, timestampMs: -1 };
      return (await partition.offsetForTimestamp(Number(timestamp))) ?? { offset: -1, timestampMs: -1 };
  }
}

/**
 * True when the answer would rest on a high watermark not known yet: latest, or a timestamp
 * search (≥ 0, or -3) that found nothing below the high watermark it has now.
 */
function highWatermarkUnknown(partition: Partition, timestamp: bigint, offset: number): boolean {
  if (partition.consumerHighWatermark !== undefined) return false;
  return timestamp === LATEST || ((timestamp >= 0n || timestamp === MAX_TIMESTAMP) && offset < 0);
}

function failure(partitionIndex: number, errorCode: number): PartitionResponse {
  return createListOffsetsResponseListOffsetsPartitionResponse({ partitionIndex, errorCode, timestamp: -1n,
    offset: -1n, leaderEpoch: -1 });
}
