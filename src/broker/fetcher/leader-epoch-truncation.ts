// Truncation by OffsetForLeaderEpoch (API key 23; KIP-101, KIP-279), for a leader too old to
// answer DivergingEpoch in Fetch (before v12): the follower names the epoch of its last batch,
// the leader answers the largest epoch ≤ it and where that ends in its log, and the follower
// truncates there (truncation-point.ts). When the leader lacks the follower's epoch, the
// follower truncates to the end of its own older epoch and asks again, at most a few times per
// round; a partition not settled is retried after the fetcher's backoff.
import { ApiKey, ErrorCode, nodeId as brandNodeId } from '../../protocol/mod.js';
import type {
  OffsetForLeaderEpochRequest, OffsetForLeaderEpochResponse,
} from '../../protocol/generated/messages/offset-for-leader-epoch.js';
import { createOffsetForLeaderEpochRequest } from '../../protocol/generated/messages/offset-for-leader-epoch.js';
import type { KafkaClient } from '../../net/kafka-client/kafka-client.js';
import { truncationPoint } from '../partition/truncation-point.js';
import type { FetchedPartition } from './replica-fetcher.js';

/** Rounds of asking per call: each one truncates at least to an older epoch's end. */
const roundsMax = 4;

/** Truncates each of `partitions` by its leader's epoch answers; resolves with those settled. */
export async function truncateByOffsetForLeaderEpoch(client: KafkaClient, address: string, work: {
  readonly replicaId: number;
  readonly partitions: readonly FetchedPartition[];
  readonly truncate: (entry: FetchedPartition, leader: { epoch: number; endOffset: number }) => Promise<void>;
}): Promise<Set<FetchedPartition>> {
  const settled = new Set<FetchedPartition>();
  let pending = [...work.partitions];
  for (let round = 0; round < roundsMax && pending.length > 0; round += 1) {
    const empty = pending.filter((entry) => entry.partition.latestEpoch < 0);
    for (const entry of empty) settled.add(entry);
    pending = pending.filter((entry) => entry.partition.latestEpoch >= 0);
    if (pending.length === 0) break;
    const outcome = await client.send<OffsetForLeaderEpochResponse>(address, {
      apiKey: ApiKey.OffsetForLeaderEpoch, versions: { lowestVersion: 3, highestVersion: 4 },
      body: createOffsetForLeaderEpochRequest({ replicaId: brandNodeId(work.replicaId), topics: groupByTopic(pending) }),
    });
    if (outcome.kind !== 'response') return settled;
    const next: FetchedPartition[] = [];
    for (const entry of pending) {
      const answer = outcome.body.topics.find((topic) => topic.topic === entry.partition.id.topicName)
        ?.partitions.find((partition) => partition.partition === entry.partition.id.partitionIndex);
      if (answer === undefined || answer.errorCode !== ErrorCode.NONE) continue;
      const leader = { epoch: answer.leaderEpoch, endOffset: Number(answer.endOffset) };
      if (leader.endOffset < 0) leader.endOffset = entry.partition.offsets.logEndOffset;
      const point = truncationPoint(leader, { epochEnd: entry.partition.endOffsetForEpoch(leader.epoch),
        logEndOffset: entry.partition.offsets.logEndOffset });
      await work.truncate(entry, leader);
      if (point.complete) settled.add(entry);
      else next.push(entry);
    }
    pending = next;
  }
  return settled;
}

function groupByTopic(entries: readonly FetchedPartition[]): OffsetForLeaderEpochRequest['topics'] {
  const topics: OffsetForLeaderEpochRequest['topics'] = [];
  for (const entry of entries) {
    const { id } = entry.partition;
    let topic = topics.find((candidate) => candidate.topic === id.topicName);
    if (topic === undefined) {
      topic = { topic: id.topicName as OffsetForLeaderEpochRequest['topics'][number]['topic'], partitions: [] };
      topics.push(topic);
    }
    topic.partitions.push({ partition: id.partitionIndex, currentLeaderEpoch: entry.leaderEpoch,
      leaderEpoch: entry.partition.latestEpoch });
  }
  return topics;
}
