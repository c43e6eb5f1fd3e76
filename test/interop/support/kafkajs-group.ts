// kafkajs 2.2.4 group members for the consumer-group tests: each is a real kafkajs consumer
// (JoinGroup, SyncGroup, Heartbeat, OffsetCommit, OffsetFetch, LeaveGroup as kafkajs sends
// them) whose assignments, consumed records and acknowledged commits go into one GroupLedger in
// the order this process sees them. Commits are kafkajs' own: with autoCommit it commits the
// offsets it resolved after every batch, and its COMMIT_OFFSETS event fires only once the
// coordinator acknowledged the commit, which is what the ledger needs.
import { Kafka, logLevel, type Consumer, type Producer } from 'kafkajs';
import type { GroupLedger } from './group-ledger.js';

/** Timeouts short enough for a test to see rebalances and failovers within seconds. */
export const memberTimeouts = { sessionTimeoutMs: 6000, heartbeatIntervalMs: 500, rebalanceTimeoutMs: 20_000 };

/** A kafkajs client bootstrapping from every broker of `brokers` (a member outlives one broker's death). */
export function groupKafka(brokers: readonly string[]): Kafka {
  return new Kafka({ clientId: 'weir-interop-groups', brokers: [...brokers], logLevel: logLevel.NOTHING,
    retry: { retries: 30, initialRetryTime: 100, maxRetryTime: 1000 } });
}

/** One kafkajs member of a group, recording into a ledger under `name`. */
export class KafkajsMember {
  private stopped = false;
  /** Errors that ended this kafkajs consumer (a test fails on any). */
  readonly crashes: string[] = [];

  private constructor(readonly name: string, private readonly consumer: Consumer) {}

  /** Connects, subscribes to `topic` from the beginning and runs until `stop()`. */
  static async start(options: { brokers: readonly string[]; groupId: string; topic: string; name: string;
    ledger: GroupLedger }): Promise<KafkajsMember> {
    const kafka = groupKafka(options.brokers);
    const consumer = kafka.consumer({
      groupId: options.groupId,
      sessionTimeout: memberTimeouts.sessionTimeoutMs,
      heartbeatInterval: memberTimeouts.heartbeatIntervalMs,
      rebalanceTimeout: memberTimeouts.rebalanceTimeoutMs,
      maxWaitTimeInMs: 200,
      retry: { retries: 30, initialRetryTime: 100, maxRetryTime: 1000 },
    });
    const member = new KafkajsMember(options.name, consumer);
    const { ledger, name } = options;
    consumer.on(consumer.events.GROUP_JOIN, (event) => {
      const owned = event.payload.memberAssignment[options.topic] ?? [];
      ledger.record({ kind: 'assigned', member: name, partitions: owned });
    });
    consumer.on(consumer.events.COMMIT_OFFSETS, (event) => {
      for (const topic of event.payload.topics) {
        for (const partition of topic.partitions) {
          // kafkajs hands the partition back as a string here.
          ledger.record({ kind: 'committed', member: name, partition: Number(partition.partition), offset: Number(partition.offset) });
        }
      }
    });
    // A crash kafkajs restarts from is a retry (COORDINATOR_NOT_AVAILABLE while __consumer_offsets
    // is created, as Kafka answers too); one it does not restart from ends the member.
    consumer.on(consumer.events.CRASH, (event) => {
      if (!event.payload.restart) member.crashes.push(String(event.payload.error));
    });
    await consumer.connect();
    await consumer.subscribe({ topic: options.topic, fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ partition, message }) => {
        ledger.record({ kind: 'consumed', member: name, partition, offset: Number(message.offset) });
      },
    });
    return member;
  }

  /** Stops consuming, commits what it resolved, leaves the group (LeaveGroup) and disconnects. */
  async stop(ledger: GroupLedger): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    await this.consumer.disconnect();
    ledger.record({ kind: 'stopped', member: this.name });
  }

  /** Cleanup after a failed test. */
  dispose(): void {
    if (!this.stopped) void this.consumer.disconnect().catch(() => {});
    this.stopped = true;
  }
}

/** A kafkajs producer for the group tests: sends `perPartition` records to each partition, acks=all. */
export async function produceRound(kafka: Kafka, options: { topic: string; partitions: number; perPartition: number;
  prefix: string }): Promise<void> {
  const producer = kafka.producer({ allowAutoTopicCreation: false });
  await producer.connect();
  try {
    const messages = [];
    for (let partition = 0; partition < options.partitions; partition += 1) {
      for (let index = 0; index < options.perPartition; index += 1) {
        messages.push({ partition, value: `${options.prefix}-${partition}-${index}` });
      }
    }
    await producer.send({ topic: options.topic, acks: -1, messages });
  } finally {
    await producer.disconnect();
  }
}

/**
 * A kafkajs producer sending one record to every partition each `intervalMs` (acks=all) until
 * `stop()`, so that records keep arriving while members join, leave and rebalance.
 */
export class BackgroundProducer {
  private running = true;
  private sent = 0;
  private readonly finished: Promise<void>;
  private failure: unknown = undefined;

  private constructor(private readonly producer: Producer, options: { topic: string; partitions: number; intervalMs: number }) {
    this.finished = this.loop(options).catch((error: unknown) => { this.failure = error; });
  }

  static async start(kafka: Kafka, options: { topic: string; partitions: number; intervalMs: number }):
    Promise<BackgroundProducer> {
    const producer = kafka.producer({ allowAutoTopicCreation: false });
    await producer.connect();
    return new BackgroundProducer(producer, options);
  }

  /** Records acknowledged so far. */
  acknowledged(): number {
    return this.sent;
  }

  /** Stops after the send in flight; throws what a send failed with, if one did. */
  async stop(): Promise<void> {
    this.running = false;
    await this.finished;
    await this.producer.disconnect();
    if (this.failure !== undefined) throw this.failure;
  }

  /** Cleanup after a failed test. */
  dispose(): void {
    this.running = false;
    void this.producer.disconnect().catch(() => {});
  }

  private async loop(options: { topic: string; partitions: number; intervalMs: number }): Promise<void> {
    for (let round = 0; this.running; round += 1) {
      const messages = Array.from({ length: options.partitions }, (_, partition) =>
        ({ partition, value: `steady-${partition}-${round}` }));
      await this.producer.send({ topic: options.topic, acks: -1, messages });
      this.sent += messages.length;
      await new Promise((resolve) => setTimeout(resolve, options.intervalMs));
    }
  }
}
