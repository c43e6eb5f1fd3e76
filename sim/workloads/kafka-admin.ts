// The admin client of the Kafka workload, once the queue topics exist. Part of sim/workloads/.
// Each round it sends one admin request: Metadata for every topic (checked by the metadata
// checker), CreateTopics / CreatePartitions / IncrementalAlterConfigs / DeleteTopics on scratch
// topics of its own (`scratch-N`, each name used once, so the queue topics keep their
// guarantees), or DeleteRecords on a queue partition, moving its log start below acknowledged
// records (the queue checker then excuses them and demands that reads below the acknowledged
// log start are refused). Outcomes go to the trace as `admin` lines.
import assert from 'node:assert/strict';
import type { KafkaMetadataChecker } from '../checkers/kafka-metadata.js';
import type { KafkaQueueChecker } from '../checkers/kafka-queue.js';
import {
  alterTopicConfigs, createPartitions, deleteRecords, deleteTopic, describeTopics, type AdminOutcome,
} from '../kafka/kafka-admin-requests.js';
import { createTopics, type KafkaSend, type TopicPartition } from '../kafka/kafka-requests.js';
import type { Prng } from '../prng.js';
import type { World } from '../world.js';

/** What the admin loop needs from its run. */
export interface KafkaAdminContext {
  readonly world: World;
  readonly random: Prng;
  readonly queue: KafkaQueueChecker;
  readonly metadata: KafkaMetadataChecker;
  /** The queue topics' partitions (DeleteRecords targets). */
  readonly partitions: readonly TopicPartition[];
  readonly flushEveryMessage: boolean;
  readonly timeoutMs: number;
}

type AdminOperation = 'metadata' | 'create' | 'grow' | 'alter' | 'delete' | 'delete-records';
const operations: readonly AdminOperation[] = ['metadata', 'metadata', 'create', 'grow', 'alter', 'delete', 'delete-records'];

/** Scratch topics the admin created (acknowledged) and has not deleted. */
interface ScratchTopic {
  readonly name: string;
  partitions: number;
}

/** The admin client's state across rounds. */
export class KafkaAdmin {
  private readonly scratch: ScratchTopic[] = [];
  private nextScratch = 0;

  constructor(private readonly context: KafkaAdminContext) {}

  /** Sends one admin request through `send` and records its outcome. */
  async round(send: KafkaSend): Promise<void> {
    const operation = this.context.random.pick(operations);
    switch (operation) {
      case 'metadata': return this.describe(send);
      case 'create': return this.createScratch(send);
      case 'grow': return this.growScratch(send);
      case 'alter': return this.alterScratch(send);
      case 'delete': return this.deleteScratch(send);
      case 'delete-records': return this.deleteSomeRecords(send);
      default: {
        const unexpected: never = operation;
        assert.fail(`unknown admin operation ${String(unexpected)}`);
      }
    }
  }

  private async describe(send: KafkaSend): Promise<void> {
    const token = this.context.metadata.invoked();
    const topics = await describeTopics(send, this.context.timeoutMs);
    this.record('metadata', 'all topics', topics === null ? 'no answer' : `${topics.length} topics`);
    if (topics !== null) this.context.metadata.observed(token, topics);
  }

  private async createScratch(send: KafkaSend): Promise<void> {
    if (this.scratch.length >= 2) return this.deleteScratch(send);
    const name = `scratch-${this.nextScratch++}`;
    const created = await createTopics(send, [{ name, partitions: 1 }],
      { flushEveryMessage: this.context.flushEveryMessage, timeoutMs: this.context.timeoutMs });
    this.record('create', name, created ? 'done' : 'not done');
    if (!created) return;
    this.context.metadata.created(name, { deletable: true });
    this.scratch.push({ name, partitions: 1 });
  }

  private async growScratch(send: KafkaSend): Promise<void> {
    const topic = this.pickScratch();
    if (topic === undefined) return;
    const count = topic.partitions + 1 + this.context.random.nextInt(2);
    const outcome = await createPartitions(send, topic.name, count, this.context.timeoutMs);
    this.record('grow', topic.name, outcome);
    if (outcome.kind !== 'done') return;
    topic.partitions = count;
    this.context.metadata.grown(topic.name, count);
  }

  /** A log config change reopens the scratch topic's logs under the new settings. */
  private async alterScratch(send: KafkaSend): Promise<void> {
    const topic = this.pickScratch();
    if (topic === undefined) return;
    const configs: Array<[string, string]> = this.context.random.chance(0.5)
      ? [['segment.bytes', String(1024 * (2 + this.context.random.nextInt(6)))]]
      : [['retention.ms', String(60_000 * (1 + this.context.random.nextInt(60)))]];
    this.record('alter', topic.name, await alterTopicConfigs(send, topic.name, configs, this.context.timeoutMs));
  }

  private async deleteScratch(send: KafkaSend): Promise<void> {
    const topic = this.pickScratch();
    if (topic === undefined) return;
    const outcome = await deleteTopic(send, topic.name, this.context.timeoutMs);
    this.record('delete', topic.name, outcome);
    // Refused or not, the workload stops using the topic: an indeterminate deletion may have
    // happened, so nothing more is promised about it.
    this.scratch.splice(this.scratch.indexOf(topic), 1);
    if (outcome.kind === 'done') this.context.metadata.deleted(topic.name);
  }

  /** Deletes the first fifth of what is acknowledged in one queue partition (never its tail). */
  private async deleteSomeRecords(send: KafkaSend): Promise<void> {
    const target = this.context.random.pick(this.context.partitions);
    const offset = Math.floor(this.context.queue.acknowledgedEndOffset(target.key) / 5);
    if (offset <= this.context.queue.mayBeDeletedBelow(target.key)) return;
    this.context.queue.deleteRecordsInvoked(target.key, offset);
    const outcome = await deleteRecords(send, target, offset, this.context.timeoutMs);
    this.record('delete-records', target.key, outcome);
    if (outcome.kind === 'done') this.context.queue.deleteRecordsDone(target.key, outcome.value);
  }

  private pickScratch(): ScratchTopic | undefined {
    return this.scratch.length === 0 ? undefined : this.context.random.pick(this.scratch);
  }

  private record(operation: string, target: string, outcome: AdminOutcome<unknown> | string): void {
    const result = typeof outcome === 'string' ? outcome
      : outcome.kind === 'done' ? 'done' : outcome.kind === 'refused' ? `refused ${outcome.errorCode}` : outcome.why;
    this.context.world.record('admin', { operation, target, result });
  }
}
