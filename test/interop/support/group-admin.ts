// What the consumer-group tests ask the cluster about a group, over the Kafka protocol with
// Weir's admin session and the generated codecs: its coordinator (FindCoordinator v1 with key
// type 0, as kafkajs sends it) and its committed offsets (OffsetFetch v5 to that coordinator, no
// require_stable, as kafka-python and kafkajs read them). Coordinator errors (the group moving,
// a load in progress) are thrown, so callers wrap these in `eventually`.
import { ApiKey, groupId as asGroupId, topicName } from '../../../src/protocol/mod.js';
import { createFindCoordinatorRequest, type FindCoordinatorResponse } from '../../../src/protocol/generated/messages/find-coordinator.js';
import {
  createOffsetFetchRequest, createOffsetFetchRequestTopic, type OffsetFetchResponse,
} from '../../../src/protocol/generated/messages/offset-fetch.js';
import type { ClusterProcesses } from './cluster-processes.js';
import { addressOf, withSession } from './partition-state.js';

/** The node id of `groupId`'s coordinator as node `askedNode` answers FindCoordinator. */
export async function findCoordinator(cluster: ClusterProcesses, options: { groupId: string; askedNode: number }):
  Promise<number> {
  return withSession(addressOf(cluster, options.askedNode), async (session) => {
    const body = await session.request<FindCoordinatorResponse>({
      apiKey: ApiKey.FindCoordinator,
      versions: { lowestVersion: 1, highestVersion: 2 },
      body: createFindCoordinatorRequest({ key: options.groupId, keyType: 0 }),
    });
    if (body.errorCode !== 0) throw new Error(`FindCoordinator ${options.groupId}: error code ${body.errorCode}`);
    return body.nodeId as number;
  });
}

/** The coordinator as the first of `among` that answers sees it. */
export async function coordinatorFromAny(cluster: ClusterProcesses, options: { groupId: string;
  among: readonly number[] }): Promise<number> {
  let last: unknown = new Error('no node to ask');
  for (const askedNode of options.among) {
    try {
      return await findCoordinator(cluster, { groupId: options.groupId, askedNode });
    } catch (error) {
      last = error;
    }
  }
  throw last;
}

/** The group's committed offset of each of `partitions` (-1 where none), asked of its coordinator. */
export async function committedOffsets(cluster: ClusterProcesses, options: { groupId: string; topic: string;
  partitions: number; among: readonly number[] }): Promise<Map<number, number>> {
  const coordinator = await coordinatorFromAny(cluster, options);
  return withSession(addressOf(cluster, coordinator), async (session) => {
    const body = await session.request<OffsetFetchResponse>({
      apiKey: ApiKey.OffsetFetch,
      versions: { lowestVersion: 5, highestVersion: 5 },
      body: createOffsetFetchRequest({
        groupId: asGroupId(options.groupId),
        topics: [createOffsetFetchRequestTopic({
          name: topicName(options.topic),
          partitionIndexes: Array.from({ length: options.partitions }, (_, index) => index),
        })],
      }),
    });
    if (body.errorCode !== 0) throw new Error(`OffsetFetch ${options.groupId}: error code ${body.errorCode}`);
    const offsets = new Map<number, number>();
    for (const partition of body.topics.flatMap((topic) => topic.partitions)) {
      if (partition.errorCode !== 0) throw new Error(`OffsetFetch ${options.groupId}/${partition.partitionIndex}: error code ${partition.errorCode}`);
      offsets.set(partition.partitionIndex, Number(partition.committedOffset));
    }
    return offsets;
  });
}
