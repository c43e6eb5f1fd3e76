// Where a replication workload client sends a partition's requests: the leader a Metadata answer
// named last, refreshed from a random node after any sign that it moved (NOT_LEADER_OR_FOLLOWER,
// an unknown or fenced leader epoch, a timeout, a lost connection). Part of sim/replication/.
// Kafka's clients keep the same cache (the producer's and consumer's metadata), refreshed the
// same way; the leader epoch lets an older answer never replace a newer one (KIP-320).
import { ApiKey, ErrorCode, type Uuid } from '../../src/protocol/mod.js';
import { createMetadataRequest, type MetadataResponse } from '../../src/protocol/generated/messages/metadata.js';
import { metadataVersion } from '../kafka/kafka-admin-requests.js';
import { pinned, type KafkaSend } from '../kafka/kafka-requests.js';
import { kafkaAddressOf } from '../kafka/weir-node-program.js';
import type { Prng } from '../prng.js';

/** Fetch errors that mean "ask Metadata for the leader again". */
export const leaderMovedErrors: ReadonlySet<number> = new Set([
  ErrorCode.NOT_LEADER_OR_FOLLOWER, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, ErrorCode.LEADER_NOT_AVAILABLE,
  ErrorCode.FENCED_LEADER_EPOCH, ErrorCode.UNKNOWN_LEADER_EPOCH,
]);

/** A partition's leader as last learned. */
export interface KnownLeader {
  readonly leaderId: number;
  readonly leaderEpoch: number;
}

/** One client's cache of partition leaders ("topic/partition" keys). */
export class PartitionLeaders {
  private readonly leaders = new Map<string, KnownLeader>();
  /** Topic ids by name and names by id, as Metadata named them (KIP-848 heartbeats use ids). */
  private readonly topicIds = new Map<string, Uuid>();
  private readonly topicNames = new Map<string, string>();

  constructor(private readonly nodeIds: readonly number[], private readonly random: Prng) {}

  /** The address of the partition's leader, or null while none is known. */
  addressOf(key: string): string | null {
    const known = this.leaders.get(key);
    return known === undefined ? null : kafkaAddressOf(known.leaderId);
  }

  leaderOf(key: string): KnownLeader | undefined {
    return this.leaders.get(key);
  }

  /** The id of topic `name`, once a Metadata answer named it. */
  topicIdOf(name: string): Uuid | undefined {
    return this.topicIds.get(name);
  }

  /** The name of the topic with id `topicId`, once a Metadata answer named it. */
  topicNameOf(topicId: Uuid): string | undefined {
    return this.topicNames.get(topicId);
  }

  /** Forgets the partition's leader (a request to it said or showed it no longer leads). */
  forget(key: string): void {
    this.leaders.delete(key);
  }

  /** A random node's address, to ask for metadata. */
  anyNode(): string {
    return kafkaAddressOf(this.random.pick(this.nodeIds));
  }

  /** Asks `send`'s node for the leaders of every topic; false without a usable answer. */
  async refresh(send: KafkaSend, timeoutMs: number): Promise<boolean> {
    const body = createMetadataRequest({ topics: null, allowAutoTopicCreation: false });
    const outcome = await send<MetadataResponse>(pinned(ApiKey.Metadata, metadataVersion, body, timeoutMs));
    if (outcome.kind !== 'response') return false;
    for (const topic of outcome.body.topics) {
      if (topic.errorCode !== ErrorCode.NONE || topic.name === null) continue;
      this.topicIds.set(topic.name, topic.topicId);
      this.topicNames.set(topic.topicId, topic.name);
      for (const partition of topic.partitions) {
        const key = `${topic.name}/${partition.partitionIndex}`;
        const known = this.leaders.get(key);
        if (partition.errorCode !== ErrorCode.NONE || partition.leaderId < 0) continue;
        if (known !== undefined && known.leaderEpoch > partition.leaderEpoch) continue;
        this.leaders.set(key, { leaderId: partition.leaderId, leaderEpoch: partition.leaderEpoch });
      }
    }
    return true;
  }
}
