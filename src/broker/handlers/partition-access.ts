// Shared by the data-path handlers (Produce, Fetch, ListOffsets, DeleteRecords): turning a
// partition lookup into a partition or the Kafka error code to answer, and mapping failures of
// a partition operation to Kafka's codes: KAFKA_STORAGE_ERROR for a refused log (as Kafka does
// for an offline log directory), and for a partition that closed under a waiting request the
// error its current lookup gives (ReplicaManager.getPartitionOrError in Kafka):
// UNKNOWN_TOPIC_OR_PARTITION once the topic is gone, NOT_LEADER_OR_FOLLOWER when the name now
// names another partition (re-created, led elsewhere) or the broker is stopping; and
// NOT_LEADER_OR_FOLLOWER for a leader operation on a replica whose role changed meanwhile.
import { isLogRefusal } from '../../../storage/mod.js';
import type { MetadataImage } from '../../metadata/image/metadata-image.js';
import { ErrorCode } from '../../protocol/mod.js';
import type { BrokerServices } from '../broker-services.js';
import { NotLeaderError, PartitionClosedError, type Partition } from '../partition/partition.js';

/**
 * The partition `topicName`/`partitionIndex` of `image` once it is ready, or the error code to
 * answer with. A partition still opening is waited for; since it may have been deleted or moved
 * during the wait, it is served only if the latest image still names it, and answered as it is
 * named now otherwise.
 */
export async function partitionOrError(services: BrokerServices, image: MetadataImage, topicName: string,
  partitionIndex: number): Promise<Partition | number> {
  const lookup = services.replicas.lookup(image, topicName, partitionIndex);
  switch (lookup.kind) {
    case 'ready': return lookup.partition;
    case 'error': return lookup.errorCode;
    case 'opening': {
      const opened = await lookup.ready;
      const now = services.replicas.lookup(services.image(), topicName, partitionIndex);
      if (opened !== undefined && !opened.isClosed && now.kind === 'ready' && now.partition === opened) return opened;
      return currentErrorCode(services, topicName, partitionIndex);
    }
    default: {
      const unexpected: never = lookup;
      throw new Error(`unknown lookup ${String(unexpected)}`);
    }
  }
}

/** The code to answer for a partition that went away: its lookup error in the latest image. */
export function closedPartitionErrorCode(services: BrokerServices, partition: Partition): number {
  return currentErrorCode(services, partition.id.topicName, partition.id.partitionIndex);
}

function currentErrorCode(services: BrokerServices, topicName: string, partitionIndex: number): number {
  const lookup = services.replicas.lookup(services.image(), topicName, partitionIndex);
  // Found again, the name now names a newer partition than the one the request held.
  return lookup.kind === 'error' ? lookup.errorCode : ErrorCode.NOT_LEADER_OR_FOLLOWER;
}

/**
 * The code for an operation on `partition` that failed: the closed-partition answer, or
 * KAFKA_STORAGE_ERROR for a refused log; rethrows anything else (a bug).
 */
export function partitionFailureCode(services: BrokerServices, partition: Partition, error: unknown): number {
  if (error instanceof NotLeaderError) return ErrorCode.NOT_LEADER_OR_FOLLOWER;
  if (error instanceof PartitionClosedError || partition.isClosed && isLogRefusal(error)) {
    return closedPartitionErrorCode(services, partition);
  }
  return storageErrorCode(error);
}

/** KAFKA_STORAGE_ERROR for a refused or closed log; rethrows anything else (a bug). */
export function storageErrorCode(error: unknown): number {
  if (isLogRefusal(error)) return ErrorCode.KAFKA_STORAGE_ERROR;
  throw error;
}

/** Groups per-partition results back under their topics, keeping request order. */
export function groupByTopic<Item, Result>(topics: readonly { readonly name: string; readonly items: readonly Item[] }[],
  results: readonly Result[]): Result[][] {
  const grouped: Result[][] = [];
  let next = 0;
  for (const topic of topics) {
    grouped.push(results.slice(next, next + topic.items.length));
    next += topic.items.length;
  }
  return grouped;
}

/**
 * KIP-320: a request naming a leader epoch (-1: none) other than the partition's current one is
 * refused: FENCED_LEADER_EPOCH when it is older, UNKNOWN_LEADER_EPOCH when it is newer (this
 * broker has not seen that image yet).
 */
export function leaderEpochErrorCode(requestedLeaderEpoch: number, partition: Partition): number {
  if (requestedLeaderEpoch === -1 || requestedLeaderEpoch === partition.leaderEpoch) return ErrorCode.NONE;
  return requestedLeaderEpoch < partition.leaderEpoch ? ErrorCode.FENCED_LEADER_EPOCH : ErrorCode.UNKNOWN_LEADER_EPOCH;
}
