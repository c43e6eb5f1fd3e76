// DeleteRecords (API key 21), versions 0-2 (Kafka's ReplicaManager.deleteRecords): moves each
// partition's log start offset up to the given offset, -1 meaning the high watermark. An offset
// above the high watermark (or negative other than -1) is OFFSET_OUT_OF_RANGE; one below the
// log start changes nothing. Answers the new log start as the low watermark. A partition closed
// meanwhile is answered as it is named now (partition-access.ts).
import type { TopicName } from '../../protocol/mod.js';
import { ErrorCode } from '../../protocol/mod.js';
import type {
  DeleteRecordsRequest, DeleteRecordsRequestDeleteRecordsPartition, DeleteRecordsResponse,
  DeleteRecordsResponseDeleteRecordsPartitionResult,
} from '../../protocol/generated/messages/delete-records.js';
import { createDeleteRecordsResponse } from '../../protocol/generated/messages/delete-records.js';
import type { BrokerServices, RequestContext } from '../broker-services.js';
import { partitionFailureCode, partitionOrError } from './partition-access.js';

/** Versions of DeleteRecords this broker handles. */
export const deleteRecordsVersions = { lowestVersion: 0, highestVersion: 2 } as const;

/** Answers a DeleteRecords request. */
export async function handleDeleteRecords(services: BrokerServices, request: DeleteRecordsRequest,
  _context: RequestContext): Promise<DeleteRecordsResponse> {
  const image = services.image();
  const topics = await Promise.all(request.topics.map(async (topic) => ({
    name: topic.name,
    partitions: await Promise.all(topic.partitions.map((partition) => deleteIn(services, image, topic.name, partition))),
  })));
  return createDeleteRecordsResponse({ throttleTimeMs: 0, topics });
}

async function deleteIn(services: BrokerServices, image: ReturnType<BrokerServices['image']>, topicName: TopicName,
  request: DeleteRecordsRequestDeleteRecordsPartition): Promise<DeleteRecordsResponseDeleteRecordsPartitionResult> {
  const answer = (errorCode: number, lowWatermark: number): DeleteRecordsResponseDeleteRecordsPartitionResult =>
    ({ partitionIndex: request.partitionIndex, errorCode, lowWatermark: BigInt(lowWatermark) });
  const found = await partitionOrError(services, image, topicName, request.partitionIndex);
  if (typeof found === 'number') return answer(found, -1);
  const highWatermark = found.highWatermark;
  const offset = request.offset === -1n ? highWatermark : Number(request.offset);
  if (offset < 0 || offset > highWatermark) return answer(ErrorCode.OFFSET_OUT_OF_RANGE, -1);
  try {
    if (offset <= found.offsets.logStartOffset) return answer(ErrorCode.NONE, found.offsets.logStartOffset);
    return answer(ErrorCode.NONE, await found.deleteRecordsBefore(offset));
  } catch (error) {
    return answer(partitionFailureCode(services, found, error), -1);
  }
}
