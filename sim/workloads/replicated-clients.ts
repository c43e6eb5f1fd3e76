// The simulated Kafka clients of the replication workload (sim/replication/): Jepsen's queue
// workload (simulation.md §4.1) against a cluster whose partitions move between leaders. Part of
// sim/workloads/. Each client is its own machine running Weir's Kafka client, and follows the
// leaders through Metadata (../replication/partition-leaders.ts):
//
// - producers send unique values one request at a time, each with acks 0, 1 or -1 drawn per
//   send, and retry a send (as Kafka's producer with retries and no idempotence does) after a
//   refusal that names a moved or missing leader, or after an answer that leaves the append
//   open (a timeout, a lost connection, NOT_LEADER after an append). A retry after an open answer
//   is told to the checker (`retried`), since the value may then be in the log twice;
// - consumers poll partitions from their position at the partition's leader, now and then from
//   offset 0 again, and hand every high watermark they are shown to the replication invariants;
// - the final reader reads every partition from offset 0 up to its leader's high watermark.
//
// acks=0 sends get no answer: they are indeterminate once written, and never retried.
import assert from 'node:assert/strict';
import { ErrorCode } from '../../src/protocol/mod.js';
import type { KafkaQueueChecker, ReadRecord, SendAcks } from '../checkers/kafka-queue.js';
import type { ReplicationInvariants } from '../checkers/replication-invariants.js';
import {
  createTopics, fetch, fetchVersions, produce, produceVersions, type TopicPartition, type WorkloadTopic,
} from '../kafka/kafka-requests.js';
import type { Prng } from '../prng.js';
import { simulationEpochMs } from '../sim-clock.js';
import type { SimNetwork } from '../sim-network.js';
import { describeError, type World } from '../world.js';
import { leaderMovedErrors, PartitionLeaders } from '../replication/partition-leaders.js';
import { ClientMachine, versionFor } from './kafka-clients.js';

export interface ReplicatedClientsOptions {
  readonly topics: readonly WorkloadTopic[];
  /** The node machine ids (every one is a broker the clients may ask). */
  readonly nodeIds: readonly number[];
  readonly replicationFactor: number;
  readonly minInsyncReplicas: number;
  readonly producerCount: number;
  readonly consumerCount: number;
  readonly requestTimeoutMs: number;
  /** Attempts of one send, the first included (Kafka's retries + 1). */
  readonly sendAttemptsMax: number;
  readonly thinkMs: number;
}

/** Errors after which a send is retried at the leader Metadata names next. */
const retriableRefusals: ReadonlySet<number> = new Set([
  ErrorCode.NOT_LEADER_OR_FOLLOWER, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, ErrorCode.LEADER_NOT_AVAILABLE,
  ErrorCode.NOT_ENOUGH_REPLICAS, ErrorCode.FENCED_LEADER_EPOCH, ErrorCode.UNKNOWN_LEADER_EPOCH,
]);

const acksChoices: readonly SendAcks[] = [0, 1, -1];

/** One client: its machine and its leader cache. */
interface Client {
  readonly machine: ClientMachine;
  readonly leaders: PartitionLeaders;
}

/** The producers, consumers and final reader of one replication run. */
export class ReplicatedClients {
  readonly machineNames: readonly string[];
  readonly partitions: readonly TopicPartition[];
  private readonly random: Prng;
  private running = false;
  private readonly loops: Array<Promise<void>> = [];
  private watchFromMs = Number.POSITIVE_INFINITY;
  /** True once every topic exists (CreateTopics answered it). */
  topicsCreated = false;
  /** True once an acks=-1 send invoked after `watchFromMs` was acknowledged. */
  acknowledgedSinceWatch = false;

  constructor(private readonly world: World, private readonly network: SimNetwork,
    private readonly checkers: { queue: KafkaQueueChecker; replication: ReplicationInvariants },
    private readonly options: ReplicatedClientsOptions) {
    assert.ok(options.producerCount >= 1 && options.sendAttemptsMax >= 1, 'at least one producer and one attempt');
    this.random = world.random.fork('replicated-clients');
    this.partitions = options.topics.flatMap((topic) => Array.from({ length: topic.partitions },
      (_, partition) => ({ topic: topic.name, partition, key: `${topic.name}/${partition}` })));
    this.machineNames = ['admin',
      ...Array.from({ length: options.producerCount }, (_, index) => `producer-${index + 1}`),
      ...Array.from({ length: options.consumerCount }, (_, index) => `consumer-${index + 1}`)];
  }

  /** Creates the topics through any node, then starts the producers and consumers. */
  start(): void {
    assert.ok(!this.running, 'clients start once');
    this.running = true;
    const admin = this.client('admin');
    this.world.schedule(0, admin.machine.process, () => {
      this.loops.push(this.guard('admin', this.createTopics(admin).then(() => {
        admin.machine.client.close();
        for (const name of this.machineNames) {
          if (name.startsWith('producer-')) this.loops.push(this.guard(name, this.producerLoop(this.client(name))));
          if (name.startsWith('consumer-')) this.loops.push(this.guard(name, this.consumerLoop(this.client(name))));
        }
      })));
    });
  }

  /** Resolves once every loop ended (no request left in flight). */
  async stop(): Promise<void> {
    this.running = false;
    while (this.loops.length > 0) await Promise.all(this.loops.splice(0));
  }

  /** Liveness: from now on, watch for an acks=-1 send invoked after `timeMs` being acknowledged. */
  watchAcknowledgementsAfter(timeMs: number): void {
    this.watchFromMs = timeMs;
    this.acknowledgedSinceWatch = false;
  }

  private client(name: string): Client {
    return { machine: new ClientMachine(name, this.world, this.network, this.options.requestTimeoutMs),
      leaders: new PartitionLeaders(this.options.nodeIds, this.world.random.fork(`${name}/leaders`)) };
  }

  private guard(name: string, loop: Promise<void>): Promise<void> {
    return loop.catch((error: unknown) => { this.world.fail('assertion', `${name} threw: ${describeError(error)}`); });
  }

  private async createTopics(admin: Client): Promise<void> {
    const configs = [['min.insync.replicas', String(this.options.minInsyncReplicas)]] as const;
    while (this.running) {
      const address = admin.leaders.anyNode();
      if (await admin.machine.connected(address) && await createTopics(admin.machine.sendTo(address), this.options.topics,
        { flushEveryMessage: true, timeoutMs: this.options.requestTimeoutMs,
          replicationFactor: this.options.replicationFactor, configs })) {
        this.world.record('topics-created', { topics: this.options.topics.map((topic) => topic.name).join(',') });
        this.topicsCreated = true;
        return;
      }
      await admin.machine.sleep(50);
    }
  }

  /** The leader's address of `key`, asking Metadata if none is known; null if none answered. */
  private async leaderAddress(client: Client, key: string): Promise<string | null> {
    const known = client.leaders.addressOf(key);
    if (known !== null) return known;
    const address = client.leaders.anyNode();
    if (await client.machine.connected(address)) await client.leaders.refresh(client.machine.sendTo(address), this.options.requestTimeoutMs);
    return client.leaders.addressOf(key);
  }

  private async producerLoop(client: Client): Promise<void> {
    const name = client.machine.name;
    const version = versionFor(name, produceVersions);
    let sequence = 0;
    while (this.running) {
      const target = this.random.pick(this.partitions);
      if (await this.leaderAddress(client, target.key) === null) {
        await client.machine.sleep(20 + this.random.nextInt(30));
        continue;
      }
      const values = Array.from({ length: 1 + this.random.nextInt(3) }, () => `${name}-${sequence++}`);
      const acks = this.random.pick(acksChoices);
      this.checkers.queue.invoked(target.key, values, name, acks);
      this.world.record('invoke', { client: name, partition: target.key, values: values.join(','), acks });
      await this.send(client, { target, values, acks, version, invokedAtMs: this.world.nowMs });
      await client.machine.sleep(this.random.nextInt(this.options.thinkMs + 1));
    }
    client.machine.client.close();
  }

  /** One send with its retries; tells the checker how it ended. */
  private async send(client: Client, send: { target: TopicPartition; values: readonly string[]; acks: SendAcks;
    version: number; invokedAtMs: number }): Promise<void> {
    const { target, values, acks } = send;
    const name = client.machine.name;
    const queue = this.checkers.queue;
    let open = false;
    let lastError = -1;
    const attempts = acks === 0 ? 1 : this.options.sendAttemptsMax;
    for (let attempt = 1; attempt <= attempts; attempt += 1) {
      const address = await this.leaderAddress(client, target.key);
      if (address !== null && await client.machine.connected(address)) {
        if (open) queue.retried(values);
        const result = await produce(client.machine.sendTo(address), target, values, { acks, version: send.version,
          timestampMs: simulationEpochMs + Math.floor(send.invokedAtMs), timeoutMs: this.options.requestTimeoutMs, notLeaderIsOpen: true });
        if (result.kind === 'acknowledged') {
          this.world.record('ok', { client: name, partition: target.key, offset: result.baseOffset, values: values.join(','), attempt });
          queue.acknowledged(target.key, values, result.baseOffset);
          if (acks === -1 && send.invokedAtMs >= this.watchFromMs) this.acknowledgedSinceWatch = true;
          return;
        }
        open ||= result.kind === 'indeterminate';
        lastError = result.kind === 'failed' ? result.errorCode : result.errorCode ?? -1;
        if (result.kind === 'failed' && !retriableRefusals.has(result.errorCode)) break;
      }
      client.leaders.forget(target.key);
      if (attempt < attempts) await client.machine.sleep(50 + this.random.nextInt(100));
    }
    if (open) {
      this.world.record('info', { client: name, partition: target.key, values: values.join(','), errorCode: lastError });
      queue.indeterminate(values);
    } else {
      this.world.record('fail', { client: name, partition: target.key, values: values.join(','), errorCode: lastError });
      queue.failed(values);
    }
  }

  private async consumerLoop(client: Client): Promise<void> {
    const name = client.machine.name;
    const positions = new Map(this.partitions.map((target) => [target.key, 0]));
    const version = versionFor(name, fetchVersions);
    let session = 0;
    while (this.running) {
      const target = this.random.pick(this.partitions);
      const address = await this.leaderAddress(client, target.key);
      if (address === null || !await client.machine.connected(address)) {
        client.leaders.forget(target.key);
        await client.machine.sleep(20 + this.random.nextInt(30));
        continue;
      }
      if (this.random.chance(0.05)) {
        session += 1;
        for (const key of positions.keys()) positions.set(key, 0);
      }
      const from = positions.get(target.key) ?? 0;
      const token = this.checkers.replication.fetchInvoked();
      const result = await fetch(client.machine.sendTo(address), target, from, { maxWaitMs: 20 + this.random.nextInt(100),
        partitionMaxBytes: 128 + this.random.nextInt(2048), timeoutMs: this.options.requestTimeoutMs, version });
      if (result.kind === 'records') {
        this.checkers.replication.fetchAnswered(token, target.key, result.highWatermark, name);
        this.world.record('poll', { client: name, partition: target.key, from, count: result.records.length,
          offsets: result.records.map((record) => record.offset).join(','), highWatermark: result.highWatermark });
        this.checkers.queue.polled({ consumer: name, session, partition: target.key, records: result.records });
        const last = result.records.at(-1);
        if (last !== undefined) positions.set(target.key, last.offset + 1);
      } else if (result.kind === 'corrupt') {
        this.checkers.queue.corruptRead(name, target.key, result.message);
      } else {
        this.world.record('poll-error', { client: name, partition: target.key, from,
          errorCode: result.kind === 'error' ? result.errorCode : -1 });
        if (result.kind !== 'error' || leaderMovedErrors.has(result.errorCode)) client.leaders.forget(target.key);
        // A new leader's log may end below a position read from the old one: start a new session.
        if (result.kind === 'error' && result.errorCode === ErrorCode.OFFSET_OUT_OF_RANGE) {
          session += 1;
          positions.set(target.key, 0);
        }
        await client.machine.sleep(10);
      }
      await client.machine.sleep(this.random.nextInt(this.options.thinkMs + 1));
    }
    client.machine.client.close();
  }

  /**
   * Reads every partition from 0 to its leader's high watermark; false if past `deadlineMs`.
   * `onRead` also gets each partition's records (the groups workload checks its consumption).
   */
  async finalRead(deadlineMs: number, onRead?: (partition: string, records: readonly ReadRecord[]) => void): Promise<boolean> {
    const reader = this.client('final-reader');
    try {
      for (const target of this.partitions) {
        const read = await this.readPartition(reader, target, deadlineMs);
        if (read === null) return false;
        this.world.record('final-read', { partition: target.key, endOffset: read.endOffset, count: read.records.length });
        this.checkers.queue.finalRead(target.key, read.records, read.endOffset);
        onRead?.(target.key, read.records);
      }
      return true;
    } finally {
      reader.machine.client.close();
    }
  }

  private async readPartition(reader: Client, target: TopicPartition, deadlineMs: number):
    Promise<{ records: ReadRecord[]; endOffset: number } | null> {
    const records: ReadRecord[] = [];
    let endOffset = -1;
    while (endOffset < 0 || (records.at(-1)?.offset ?? -1) + 1 < endOffset) {
      if (this.world.nowMs > deadlineMs) return null;
      const from = (records.at(-1)?.offset ?? -1) + 1;
      const address = await this.leaderAddress(reader, target.key);
      const result = address === null || !await reader.machine.connected(address) ? null
        : await fetch(reader.machine.sendTo(address), target, from,
          { maxWaitMs: 0, partitionMaxBytes: 4096, timeoutMs: this.options.requestTimeoutMs, version: fetchVersions[0] as number });
      if (result?.kind === 'corrupt') this.checkers.queue.corruptRead(reader.machine.name, target.key, result.message);
      if (result?.kind !== 'records') {
        reader.leaders.forget(target.key);
        await reader.machine.sleep(20);
        continue;
      }
      endOffset = result.highWatermark;
      records.push(...result.records);
    }
    return { records, endOffset };
  }
}
