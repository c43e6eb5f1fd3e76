// Shared by the data-path handlers (Produce, Fetch, ListOffsets, DeleteRecords): turning a
// partition lookup into a partition or the Kafka error code to answer, and mapping storage
// failures to KAFKA_STORAGE_ERROR (the partition's log was refused or is closed) as Kafka does
// for an offline log directory.
import { isLogRefusal } from '../../../storage/mod.js';
import { ErrorCode } from '../../protocol/mod.js';
import type { Partition } from '../partition/partition.js';
import type { PartitionLookup } from '../replica-manager.js';

/** The partition once it is ready, or the error code to answer with. */
export async function partitionOrError(lookup: PartitionLookup): Promise<Partition | number> {
  switch (lookup.kind) {
    case 'ready': return lookup.partition;
    case 'opening': return (await lookup.ready) ?? ErrorCode.NOT_LEADER_OR_FOLLOWER;
    case 'error': return lookup.errorCode;
    default: {
      const unexpected: never = lookup;
      throw new Error(`unknown lookup ${String(unexpected)}`);
    }
  }
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
