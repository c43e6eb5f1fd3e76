// Writing records to a topic in batches (src/admin/), for `weir produce`, `weir datagen` and the
// HTTP API, each batch to its partition's leader (partition-router.ts): records are collected per partition and sent as one record batch when the batch reaches 500 records or
// 1 MiB, or on flush. A record goes to the partition it names, else by Kafka's murmur2 of its key,
// else to the current sticky partition (Kafka's sticky partitioner: unkeyed records fill one
// partition's batch, then move on). A refused batch ends the command, naming the partition,
// Kafka's error and each invalid record the broker listed (record_errors).
import { encodeRecordBatch, type CompressionType, type RecordInput } from '../../storage/mod.js';
import { ApiKey, topicName } from '../protocol/mod.js';
import {
  createProduceRequest, createProduceRequestPartitionProduceData, createProduceRequestTopicProduceData,
  type ProduceResponse, type ProduceResponsePartitionProduceResponse as ProducePartitionAnswer,
} from '../protocol/generated/messages/produce.js';
import { expectNoError, type AdminSession } from './admin-session.js';
import { AdminError } from './admin-error.js';
import { readMetadata } from './metadata-reads.js';
import { partitionForKey } from './partitioner.js';
import { sendPerLeader } from './partition-router.js';


/** A record to write; `partition` null lets the partitioner choose. */
export interface RecordToProduce {
  readonly key: Uint8Array | null;
  readonly value: Uint8Array | null;
  readonly headers: ReadonlyArray<{ readonly key: string; readonly value: Uint8Array | null }>;
  readonly partition: number | null;
}

const BATCH_RECORDS_MAX = 500;
const BATCH_BYTES_MAX = 1024 * 1024;

/** The partition count of `topic`, creating it first when the broker auto-creates topics. */
export async function partitionCountOf(session: AdminSession, topic: string): Promise<number> {
  // Like kcat and the Java producer: the first metadata request may create the topic when the
  // broker allows it (auto.create.topics.enable).
  const metadata = await readMetadata(session, [topic], { allowAutoTopicCreation: true });
  const found = metadata.topics.find((entry) => entry.name === topic);
  expectNoError(found?.errorCode ?? 3, null, `produce to "${topic}"`);
  return found?.partitions.length ?? 0;
}

/** Collects records per partition and sends a batch when it is full. */
export class BatchingProducer {
  readonly produced = new Map<number, number>();
  private readonly pending = new Map<number, { records: RecordInput[]; bytes: number }>();
  private roundRobin = 0;

  constructor(private readonly session: AdminSession, private readonly topic: string,
    private readonly options: { acks: number; compression: CompressionType; partitionCount: number }) {}

  async add(record: RecordToProduce): Promise<void> {
    const partition = this.partitionOf(record);
    const batch = this.pending.get(partition) ?? { records: [], bytes: 0 };
    this.pending.set(partition, batch);
    batch.records.push({ key: record.key, value: record.value, headers: record.headers, timestampMs: this.session.runtime.clock.now() });
    batch.bytes += (record.key?.length ?? 0) + (record.value?.length ?? 0);
    if (batch.records.length >= BATCH_RECORDS_MAX || batch.bytes >= BATCH_BYTES_MAX) await this.flush(partition);
  }

  async flushAll(): Promise<void> {
    for (const partition of [...this.pending.keys()]) await this.flush(partition);
  }

  private partitionOf(record: { key: Uint8Array | null; partition: number | null }): number {
    const count = this.options.partitionCount;
    if (record.partition !== null) {
      if (record.partition >= count) throw new AdminError(`Cannot produce to partition ${record.partition}: "${this.topic}" has ${count}`, 'invalid');
      return record.partition;
    }
    if (record.key !== null) return partitionForKey(record.key, count);
    // Unkeyed records stick to one partition until its batch is sent (Kafka's sticky partitioner).
    return this.roundRobin % count;
  }

  private async flush(partition: number): Promise<void> {
    const batch = this.pending.get(partition);
    if (batch === undefined || batch.records.length === 0) return;
    this.pending.delete(partition);
    if (partition === this.roundRobin % this.options.partitionCount) this.roundRobin += 1;
    const records = encodeRecordBatch({ records: batch.records, compression: this.options.compression });
    // acks=0: the broker answers nothing, so there is nothing to check.
    const answers = await sendPerLeader(this.session, {
      topic: this.topic, partitions: [partition], retryUnknownOutcome: true,
      build: () => ({
        apiKey: ApiKey.Produce, expectResponse: this.options.acks !== 0,
        body: createProduceRequest({ acks: this.options.acks, timeoutMs: 30_000, topicData: [
          createProduceRequestTopicProduceData({ name: topicName(this.topic), partitionData: [
            createProduceRequestPartitionProduceData({ index: partition, records })] })] }),
      }),
      answers: (body: ProduceResponse) => body.responses.flatMap((topic) => topic.partitionResponses)
        .map((answer) => ({ partition: answer.index, errorCode: answer.errorCode, answer })),
      learnHints: (body: ProduceResponse) => this.learnLeaderHints(body),
    });
    const answer = answers.get(partition)?.answer;
    if (answer !== undefined) this.checkAnswer(partition, answer);
    this.produced.set(partition, (this.produced.get(partition) ?? 0) + batch.records.length);
  }

  /** A v10+ answer names the partition's current leader and its endpoint (KIP-951), sparing a Metadata round trip. */
  private learnLeaderHints(body: ProduceResponse): void {
    this.session.leaders.learnBrokers(body.nodeEndpoints);
    for (const answer of body.responses.flatMap((topic) => topic.partitionResponses)) {
      this.session.leaders.learnLeader(this.topic, answer.index, answer.currentLeader.leaderId);
    }
  }

  /** Ends the command when the broker refused the batch, naming each invalid record it listed. */
  private checkAnswer(partition: number, answer: ProducePartitionAnswer): void {
    const invalid = answer.recordErrors.map((error) => `record ${error.batchIndex}: ${error.batchIndexErrorMessage ?? 'invalid'}`);
    expectNoError(answer.errorCode, [answer.errorMessage, ...invalid].filter((part) => part !== null && part !== '').join('; '),
      `produce to ${this.topic}/${partition}`);
  }
}
