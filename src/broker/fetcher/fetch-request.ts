// The replica Fetch a follower sends its leader (issue 11; Kafka's ReplicaFetcherThread
// buildFetch): one request for every partition this fetcher follows on that leader, each with
// the follower's log end as fetch offset, the follower's current leader epoch (so a deposed
// leader answers FENCED_LEADER_EPOCH) and, from v12, the epoch of its last batch (so the leader
// answers DivergingEpoch when their logs disagree). The fetching replica is named by
// ReplicaState from v15 and by ReplicaId before; the codecs refuse a body that names it the
// other way, so the body is built for a range of versions (`FetchDialect`). Pure.
import { nodeId as brandNodeId, type TopicName, type Uuid } from '../../protocol/mod.js';
import {
  createFetchRequest, createFetchRequestFetchPartition, createFetchRequestReplicaState, type FetchRequest, type FetchResponse,
  type FetchResponsePartitionData,
} from '../../protocol/generated/messages/fetch.js';

/** The range of Fetch versions a request body is built for. */
export type FetchDialect = 'replica-state' | 'replica-id' | 'no-last-fetched-epoch';

/** The versions of each dialect (v15+ ReplicaState; v12-14 LastFetchedEpoch; v4-11 neither). */
export const fetchDialectVersions: Readonly<Record<FetchDialect, { lowestVersion: number; highestVersion: number }>> = {
  'replica-state': { lowestVersion: 15, highestVersion: 17 },
  'replica-id': { lowestVersion: 12, highestVersion: 14 },
  'no-last-fetched-epoch': { lowestVersion: 4, highestVersion: 11 },
};

/** One partition to fetch. */
export interface FetchPosition {
  readonly topicName: TopicName;
  readonly topicId: Uuid;
  readonly partitionIndex: number;
  readonly fetchOffset: number;
  readonly currentLeaderEpoch: number;
  readonly lastFetchedEpoch: number;
}

/** How the fetcher asks: who it is, its limits and its long-poll. */
export interface FetchLimits {
  readonly replicaId: number;
  readonly brokerEpoch: number;
  readonly maxWaitMs: number;
  readonly minBytes: number;
  readonly maxBytes: number;
  readonly partitionMaxBytes: number;
}

/** The replica Fetch body for `positions`, in `dialect`. */
export function buildReplicaFetch(positions: readonly FetchPosition[], limits: FetchLimits,
  dialect: FetchDialect): FetchRequest {
  const topics: FetchRequest['topics'] = [];
  for (const position of positions) {
    let topic = topics.find((entry) => entry.topicId === position.topicId);
    if (topic === undefined) {
      topic = { topic: position.topicName, topicId: position.topicId, partitions: [] };
      topics.push(topic);
    }
    topic.partitions.push(createFetchRequestFetchPartition({ partition: position.partitionIndex,
      currentLeaderEpoch: position.currentLeaderEpoch, fetchOffset: BigInt(position.fetchOffset),
      lastFetchedEpoch: dialect === 'no-last-fetched-epoch' ? -1 : position.lastFetchedEpoch,
      partitionMaxBytes: limits.partitionMaxBytes }));
  }
  const byState = dialect === 'replica-state';
  return createFetchRequest({
    replicaId: brandNodeId(byState ? -1 : limits.replicaId),
    replicaState: byState ? createFetchRequestReplicaState({ replicaId: brandNodeId(limits.replicaId),
      replicaEpoch: BigInt(limits.brokerEpoch) }) : createFetchRequestReplicaState(),
    maxWaitMs: limits.maxWaitMs, minBytes: limits.minBytes, maxBytes: limits.maxBytes,
    isolationLevel: 0, sessionId: 0, sessionEpoch: -1, topics, forgottenTopicsData: [], rackId: '',
  });
}

/** The answer for `position` in `response`, matched by topic id (v13+) or name, then index. */
export function answerFor(response: FetchResponse, position: FetchPosition, version: number):
  FetchResponsePartitionData | undefined {
  const topic = response.responses.find((entry) => version >= 13
    ? entry.topicId === position.topicId : entry.topic === position.topicName);
  return topic?.partitions.find((partition) => partition.partitionIndex === position.partitionIndex);
}

/** Whether a partition's answer carries a diverging epoch (KIP-595 style; -1/-1 when absent). */
export function hasDivergingEpoch(answer: FetchResponsePartitionData): boolean {
  return answer.divergingEpoch.epoch >= 0 || answer.divergingEpoch.endOffset >= 0n;
}
