// The metadata checker of the simulator's Kafka workload. Part of sim/checkers/. The admin
// client creates, grows and deletes scratch topics and asks for Metadata now and then; this
// checker holds every Metadata answer to what the node acknowledged before it was asked:
//
// - `partitions-shrank`: a topic (by topic id) listed with fewer partitions than an earlier
//   answer listed, or than a CreatePartitions acknowledged before the request was sent;
// - `deleted-topic-reappeared`: a topic id listed after its deletion was acknowledged (a new
//   CreateTopics of the same name gets a new topic id, so it never counts);
// - `topic-vanished`: a topic whose creation was acknowledged, and whose deletion was never
//   asked for, missing from an answer to a request sent after the acknowledgement.
//
// Order is by a sequence number: each acknowledgement and each Metadata invocation takes the next
// one, so "acknowledged before the request was sent" is a comparison of two numbers.
import assert from 'node:assert/strict';
import type { MetadataTopic } from '../kafka/kafka-admin-requests.js';

/** Stable anomaly names of the metadata checker. */
export type KafkaMetadataAnomaly = 'partitions-shrank' | 'deleted-topic-reappeared' | 'topic-vanished';

/** Watches the admin history and reports the first metadata anomaly through `report`. */
export class KafkaMetadataChecker {
  /** Metadata answers checked, for the run summary. */
  answers = 0;
  private sequence = 0;
  /** topic id -> most partitions seen or acknowledged, with the sequence it became known. */
  private readonly partitionsOf = new Map<string, number>();
  /** topic name -> partitions a CreatePartitions acknowledged, with the sequence of that ack. */
  private readonly grownTo = new Map<string, { count: number; sequence: number }>();
  /** topic id -> sequence of the acknowledged deletion. */
  private readonly deletedIds = new Map<string, number>();
  /** topic name -> sequence of the acknowledged creation, while no deletion was asked for. */
  private readonly mustExist = new Map<string, number>();
  /** topic name -> the last topic id an answer gave it. */
  private readonly idOf = new Map<string, string>();

  constructor(private readonly report: (anomaly: KafkaMetadataAnomaly, message: string) => void) {}

  /** A Metadata request is about to be sent; pass the returned token to `observed`. */
  invoked(): number {
    return this.next();
  }

  /** CreateTopics of `name` was acknowledged (created, or it already existed). */
  created(name: string, options: { deletable: boolean }): void {
    const sequence = this.next();
    if (!options.deletable) this.mustExist.set(name, sequence);
  }

  /** CreatePartitions grew `name` to `count` partitions. */
  grown(name: string, count: number): void {
    this.grownTo.set(name, { count: Math.max(count, this.grownTo.get(name)?.count ?? 0), sequence: this.next() });
  }

  /** The deletion of `name` was acknowledged; the id it last had must not come back. */
  deleted(name: string): void {
    const sequence = this.next();
    const topicId = this.idOf.get(name);
    if (topicId !== undefined) this.deletedIds.set(topicId, sequence);
    this.grownTo.delete(name);
    assert.ok(!this.mustExist.has(name), `topic ${name} is never deleted by the workload while it must exist`);
  }

  /** The answer to the Metadata request of `token`. */
  observed(token: number, topics: readonly MetadataTopic[]): void {
    this.answers += 1;
    const listed = new Set(topics.map((topic) => topic.name));
    for (const [name, sequence] of this.mustExist) {
      if (sequence < token && !listed.has(name)) {
        this.report('topic-vanished', `topic ${name} was created, then missing from a Metadata answer`);
        return;
      }
    }
    for (const topic of topics) {
      if (!this.checkTopic(token, topic)) return;
      this.idOf.set(topic.name, topic.topicId);
      this.partitionsOf.set(topic.topicId, Math.max(topic.partitionCount, this.partitionsOf.get(topic.topicId) ?? 0));
    }
  }

  private checkTopic(token: number, topic: MetadataTopic): boolean {
    const deletedAt = this.deletedIds.get(topic.topicId);
    if (deletedAt !== undefined && deletedAt < token) {
      this.report('deleted-topic-reappeared', `topic ${topic.name} (id ${topic.topicId}) listed after its deletion was acknowledged`);
      return false;
    }
    const seen = this.partitionsOf.get(topic.topicId) ?? 0;
    const grown = this.grownTo.get(topic.name);
    const promised = grown !== undefined && grown.sequence < token && this.idOf.get(topic.name) === topic.topicId ? grown.count : 0;
    if (topic.partitionCount < Math.max(seen, promised)) {
      this.report('partitions-shrank', `topic ${topic.name} listed with ${topic.partitionCount} partitions after `
        + `${Math.max(seen, promised)} were listed or acknowledged`);
      return false;
    }
    return true;
  }

  private next(): number {
    this.sequence += 1;
    return this.sequence;
  }
}
