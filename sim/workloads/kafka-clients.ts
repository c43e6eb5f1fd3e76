// The simulated Kafka clients of the Kafka workload (Jepsen's queue workload, simulation.md §4.1):
// producers that send unique values with acks=1 or acks=-1, consumers that poll partitions from
// their position (and now and then from offset 0 again), and, at the end, a final reader that
// reads every partition from offset 0 to its high watermark. Part of sim/workloads/. Each client
// is its own simulated machine and process running Weir's Kafka client (src/net/kafka-client/)
// on the simulated runtime: one connection to the node's Kafka listener, opened with ApiVersions
// and reopened, after Kafka's reconnect backoff, once a reset or a timeout closed it. An answer
// that breaks the protocol is a violation (the simulated stream never corrupts bytes). Everything
// a client learns goes to the KafkaQueueChecker and the trace (`invoke`, `ok`, `fail`, `info`,
// `poll`).
//
// Test-only switches break the client side on purpose, so the checkers' negative controls can
// show each anomaly is caught end to end (see `KafkaClientFaults`).
import assert from 'node:assert/strict';
import { KafkaClient } from '../../src/net/kafka-client/kafka-client.js';
import { ErrorCode } from '../../src/protocol/mod.js';
import type { KafkaMetadataChecker } from '../checkers/kafka-metadata.js';
import type { KafkaQueueChecker, ReadRecord } from '../checkers/kafka-queue.js';
import { kafkaAddress } from '../kafka/weir-node-program.js';
import {
  createTopics, fetch, fetchVersions, produce, produceVersions, type KafkaSend, type TopicPartition, type WorkloadTopic,
} from '../kafka/kafka-requests.js';
import type { Prng } from '../prng.js';
import { HostClock, SimClock, simulationEpochMs } from '../sim-clock.js';
import type { SimNetwork } from '../sim-network.js';
import { describeError, SimProcess, type World } from '../world.js';
import { KafkaAdmin } from './kafka-admin.js';

/** Test-only client misbehaviour; each must make one checker fire (negative controls). */
export interface KafkaClientFaults {
  /** A producer sends its first acknowledged values once more, unrecorded: a real duplicate. */
  readonly resendAcknowledged?: boolean;
  /** Readers never report the record at offset 0 of the first partition: a lost write. */
  readonly hideFirstRecord?: boolean;
  /** The first poll with two records reports their values swapped: inconsistent offsets. */
  readonly swapReadValues?: boolean;
  /** The first poll with two records reports them in reverse order: a nonmonotonic poll. */
  readonly reverseReadOrder?: boolean;
  /** The first poll with records reports one more that no client sent: an invented write. */
  readonly inventRead?: boolean;
}

export interface KafkaClientsOptions {
  readonly topics: readonly WorkloadTopic[];
  readonly producerCount: number;
  readonly consumerCount: number;
  /** Topics get flush.messages=1 (every acknowledged record is fsynced first). */
  readonly flushEveryMessage: boolean;
  readonly requestTimeoutMs: number;
  readonly thinkMs: number;
  /**
   * True once the corrupt fault flipped a bit on the node's disk: a partition whose log the node
   * then refuses (KAFKA_STORAGE_ERROR) is detected corruption, and the final read skips it.
   */
  readonly corruptionInjected?: () => boolean;
  /** Checks the admin client's Metadata answers; without it the admin only creates the topics. */
  readonly metadata?: KafkaMetadataChecker;
  readonly faults?: KafkaClientFaults;
}

/**
 * The clients' reconnect.backoff.ms and reconnect.backoff.max.ms. The nemesis brings the node
 * down and up every few hundred milliseconds; with Kafka's defaults (50 ms doubling to 1 s) a
 * client sleeps through whole windows in which the node serves, and the checkers see a quarter
 * of the load in the faultiest seeds. These keep the retry cadence the workload always had
 * (a new attempt 20-50 ms after a failure).
 */
const reconnectBackoff = { backoffMs: 20, backoffMaxMs: 50 };

/**
 * One simulated client machine: a process and its Kafka client, bound to the node's address
 * (the replication workload's clients send to other nodes too, with `sendTo`).
 */
export class ClientMachine {
  readonly process: SimProcess;
  readonly client: KafkaClient;
  /** Sends one request to the node. */
  readonly send: KafkaSend;

  /** `incarnation` counts restarts of a client that crashes (the groups workload's members). */
  constructor(readonly name: string, private readonly world: World, network: SimNetwork, requestTimeoutMs: number,
    incarnation = 0) {
    this.process = new SimProcess(name, incarnation);
    this.client = new KafkaClient({
      clock: new SimClock(world, this.process, new HostClock(world)),
      random: world.random.fork(incarnation === 0 ? `${name}/kafka-client` : `${name}#${incarnation}/kafka-client`),
      network: network.forProcess(name, this.process),
      clientId: name,
      requestTimeoutMs,
      backoff: reconnectBackoff,
      onUntrustedAnswer: (reason) => world.fail('assertion', `${name} got an answer that breaks the protocol: ${reason}`),
    });
    this.send = (request) => this.client.send(kafkaAddress, request);
  }

  /** Sends one request to the node listening at `address`. */
  sendTo(address: string): KafkaSend {
    return (request) => this.client.send(address, request);
  }

  /**
   * True once the connection to the node is ready (opening it if needed); false while the node
   * is unreachable or the client backs off. Asked before an operation is invoked, so that the
   * history holds only operations that were sent.
   */
  async connected(address = kafkaAddress): Promise<boolean> {
    return (await this.client.connect(address)).kind === 'connected';
  }

  sleep(delayMs: number): Promise<void> {
    return new Promise((resolve) => { this.world.schedule(delayMs, this.process, resolve); });
  }
}

/** The producers, consumers and final reader of one run. */
export class KafkaClients {
  /** Client machine names (the nemesis partitions them from the node). */
  readonly machineNames: readonly string[];
  readonly partitions: readonly TopicPartition[];
  private readonly random: Prng;
  private running = false;
  private topicsReady = false;
  private readonly loops: Array<Promise<void>> = [];
  private firstAcknowledgedAfterMs = Number.POSITIVE_INFINITY;
  private acknowledgedAfter: number | null = null;
  private readonly usedFaults = new Set<keyof KafkaClientFaults>();

  constructor(private readonly world: World, private readonly network: SimNetwork,
    private readonly checker: KafkaQueueChecker, private readonly options: KafkaClientsOptions) {
    assert.ok(options.producerCount >= 1 && options.consumerCount >= 0, 'at least one producer');
    this.random = world.random.fork('kafka-clients');
    this.partitions = options.topics.flatMap((topic) => Array.from({ length: topic.partitions },
      (_, partition) => ({ topic: topic.name, partition, key: `${topic.name}/${partition}` })));
    const names = ['admin'];
    for (let index = 1; index <= options.producerCount; index += 1) names.push(`producer-${index}`);
    for (let index = 1; index <= options.consumerCount; index += 1) names.push(`consumer-${index}`);
    this.machineNames = names;
  }

  /** Starts the admin (topic creation), then producers and consumers. */
  start(): void {
    assert.ok(!this.running, 'clients start once');
    this.running = true;
    const admin = this.machine('admin');
    const producers = this.machineNames.filter((name) => name.startsWith('producer-'));
    const consumers = this.machineNames.filter((name) => name.startsWith('consumer-'));
    this.world.schedule(0, admin.process, () => {
      this.loops.push(this.guard('admin', this.createTopicsLoop(admin)).then(() => {
        this.loops.push(this.guard('admin', this.adminLoop(admin)));
        for (const name of producers) {
          this.loops.push(this.guard(name, this.producerLoop(this.machine(name))));
        }
        for (const name of consumers) {
          this.loops.push(this.guard(name, this.consumerLoop(this.machine(name))));
        }
      }));
    });
  }

  private machine(name: string): ClientMachine {
    return new ClientMachine(name, this.world, this.network, this.options.requestTimeoutMs);
  }

  /** A client that throws is a bug in the workload or an undecodable answer: a violation. */
  private guard(name: string, loop: Promise<void>): Promise<void> {
    return loop.catch((error: unknown) => { this.world.fail('assertion', `${name} threw: ${describeError(error)}`); });
  }

  /** Asks every loop to end; resolves once they all did (no request left in flight). */
  async stop(): Promise<void> {
    this.running = false;
    while (this.loops.length > 0) await Promise.all(this.loops.splice(0));
  }

  /** Liveness: from now on, remember when the first produce invoked after now is acknowledged. */
  watchAcknowledgementsAfter(timeMs: number): void {
    this.firstAcknowledgedAfterMs = timeMs;
    this.acknowledgedAfter = null;
  }

  /** True once a produce invoked after the watched time was acknowledged. */
  get acknowledgedSinceWatch(): boolean {
    return this.acknowledgedAfter !== null;
  }

  private async createTopicsLoop(admin: ClientMachine): Promise<void> {
    while (this.running && !this.topicsReady) {
      if (await admin.connected() && await createTopics(admin.send, this.options.topics,
        { flushEveryMessage: this.options.flushEveryMessage, timeoutMs: this.options.requestTimeoutMs })) {
        this.topicsReady = true;
        this.world.record('topics-created', { topics: this.options.topics.map((topic) => topic.name).join(',') });
        for (const topic of this.options.topics) this.options.metadata?.created(topic.name, { deletable: false });
        break;
      }
      await admin.sleep(50);
    }
  }

  /** Once the topics exist, one admin request every 50-150 ms (kafka-admin.ts). */
  private async adminLoop(machine: ClientMachine): Promise<void> {
    const metadata = this.options.metadata;
    if (metadata !== undefined) {
      const admin = new KafkaAdmin({ world: this.world, random: this.random, queue: this.checker, metadata,
        partitions: this.partitions, flushEveryMessage: this.options.flushEveryMessage, timeoutMs: this.options.requestTimeoutMs });
      while (this.running) {
        if (await machine.connected()) await admin.round(machine.send);
        await machine.sleep(50 + this.random.nextInt(100));
      }
    }
    machine.client.close();
  }

  /**
   * Each round pipelines one to three produce requests on the connection (as Kafka producers do
   * with max.in.flight.requests.per.connection > 1), then waits for all of them.
   */
  private async producerLoop(machine: ClientMachine): Promise<void> {
    let sequence = 0;
    const version = versionFor(machine.name, produceVersions);
    while (this.running) {
      if (!await machine.connected()) {
        await machine.sleep(20 + this.random.nextInt(30));
        continue;
      }
      const sends = Array.from({ length: 1 + this.random.nextInt(3) }, () => {
        const target = this.random.pick(this.partitions);
        const values = Array.from({ length: 1 + this.random.nextInt(3) }, () => `${machine.name}-${sequence++}`);
        return { target, values, acks: this.random.chance(0.5) ? 1 as const : -1 as const };
      });
      const invokedAtMs = this.world.nowMs;
      const timestampMs = simulationEpochMs + Math.floor(invokedAtMs);
      const results = await Promise.all(sends.map(({ target, values, acks }) => {
        this.checker.invoked(target.key, values, machine.name);
        this.world.record('invoke', { client: machine.name, partition: target.key, values: values.join(','), acks });
        return produce(machine.send, target, values, { acks, timestampMs, timeoutMs: this.options.requestTimeoutMs, version });
      }));
      sends.forEach((send, index) => this.recordProduce(machine.name, send.target, send.values, results[index]!, invokedAtMs));
      const acknowledged = sends.find((_, index) => results[index]?.kind === 'acknowledged');
      if (acknowledged !== undefined && this.takeFault('resendAcknowledged')) {
        await produce(machine.send, acknowledged.target, acknowledged.values, { acks: acknowledged.acks, timestampMs,
          timeoutMs: this.options.requestTimeoutMs, version });
      }
      await machine.sleep(this.random.nextInt(this.options.thinkMs + 1));
    }
    machine.client.close();
  }

  private recordProduce(client: string, target: TopicPartition, values: readonly string[],
    result: Awaited<ReturnType<typeof produce>>, invokedAtMs: number): void {
    switch (result.kind) {
      case 'acknowledged':
        this.world.record('ok', { client, partition: target.key, offset: result.baseOffset, values: values.join(',') });
        this.checker.acknowledged(target.key, values, result.baseOffset);
        if (invokedAtMs >= this.firstAcknowledgedAfterMs && this.acknowledgedAfter === null) {
          this.acknowledgedAfter = this.world.nowMs;
        }
        return;
      case 'failed':
        this.world.record('fail', { client, partition: target.key, errorCode: result.errorCode, values: values.join(',') });
        this.checker.failed(values);
        return;
      case 'indeterminate':
        this.world.record('info', { client, partition: target.key, why: result.why, values: values.join(',') });
        this.checker.indeterminate(values);
        return;
      default: {
        const unexpected: never = result;
        assert.fail(`unknown produce result ${JSON.stringify(unexpected)}`);
      }
    }
  }

  private async consumerLoop(machine: ClientMachine): Promise<void> {
    const positions = new Map(this.partitions.map((target) => [target.key, 0]));
    const version = versionFor(machine.name, fetchVersions);
    let session = 0;
    while (this.running) {
      if (!await machine.connected()) {
        await machine.sleep(20 + this.random.nextInt(30));
        continue;
      }
      const target = this.random.pick(this.partitions);
      if (this.random.chance(0.05)) {
        session += 1;
        for (const key of positions.keys()) positions.set(key, 0);
      }
      const fetchOffset = positions.get(target.key) ?? 0;
      const logStartAtInvoke = this.checker.acknowledgedLogStart(target.key);
      const result = await fetch(machine.send, target, fetchOffset, { maxWaitMs: 20 + this.random.nextInt(100),
        partitionMaxBytes: 128 + this.random.nextInt(2048), timeoutMs: this.options.requestTimeoutMs, version });
      if (result.kind === 'records') {
        const records = this.tamper(target, result.records);
        this.world.record('poll', { client: machine.name, partition: target.key, from: fetchOffset, count: records.length,
          offsets: records.map((record) => record.offset).join(',') });
        this.checker.polled({ consumer: machine.name, session, partition: target.key, records, logStartAtInvoke });
        const last = result.records[result.records.length - 1];
        if (last !== undefined) positions.set(target.key, last.offset + 1);
      } else if (result.kind === 'corrupt') {
        this.checker.corruptRead(machine.name, target.key, result.message);
      } else if (result.kind === 'error') {
        this.world.record('poll-error', { client: machine.name, partition: target.key, from: fetchOffset, errorCode: result.errorCode });
        if (result.errorCode === ErrorCode.OFFSET_OUT_OF_RANGE) {
          // auto.offset.reset=earliest: start a new session at the log start.
          session += 1;
          positions.set(target.key, restartOffset(result.logStartOffset, this.checker.mayBeDeletedBelow(target.key)));
        }
        await machine.sleep(10);
      }
      await machine.sleep(this.random.nextInt(this.options.thinkMs + 1));
    }
    machine.client.close();
  }

  /**
   * Reads every partition from offset 0 up to its high watermark and hands it to the checker.
   * Resolves false if the node did not answer within `deadlineMs` of virtual time.
   */
  async finalRead(deadlineMs: number): Promise<boolean> {
    const machine = this.machine('final-reader');
    try {
      return await this.readEverything(machine, deadlineMs);
    } catch (error) {
      this.world.fail('assertion', `final-reader threw: ${describeError(error)}`);
      return true;
    } finally {
      machine.client.close();
    }
  }

  private async readEverything(machine: ClientMachine, deadlineMs: number): Promise<boolean> {
    for (const target of this.partitions) {
      const records: ReadRecord[] = [];
      let position = 0;
      let highWatermark = -1;
      while (position < highWatermark || highWatermark === -1) {
        if (this.world.nowMs > deadlineMs) return false;
        const connected = await machine.connected();
        const logStartAtInvoke = this.checker.acknowledgedLogStart(target.key);
        const result = !connected ? null : await fetch(machine.send, target, position,
          { maxWaitMs: 0, partitionMaxBytes: 4096, timeoutMs: this.options.requestTimeoutMs, version: fetchVersions[0] as number });
        if (result?.kind === 'error' && result.errorCode === ErrorCode.KAFKA_STORAGE_ERROR
          && this.options.corruptionInjected?.() === true) {
          this.world.record('final-read-refused', { partition: target.key });
          this.checker.finalReadRefused(target.key);
          break;
        }
        if (result?.kind === 'corrupt') this.checker.corruptRead(machine.name, target.key, result.message);
        if (result?.kind === 'error' && result.errorCode === ErrorCode.OFFSET_OUT_OF_RANGE && records.length === 0) {
          position = restartOffset(result.logStartOffset, this.checker.mayBeDeletedBelow(target.key));
          continue;
        }
        if (result?.kind !== 'records') {
          await machine.sleep(20);
          continue;
        }
        highWatermark = result.highWatermark;
        const below = result.records.find((record) => record.offset < logStartAtInvoke);
        if (below !== undefined) {
          this.checker.polled({ consumer: machine.name, session: -1, partition: target.key, records: [below], logStartAtInvoke });
        }
        records.push(...result.records);
        const last = result.records[result.records.length - 1];
        if (last !== undefined) position = last.offset + 1;
      }
      if (highWatermark === -1 || position < highWatermark) continue;
      this.world.record('final-read', { partition: target.key, endOffset: highWatermark, count: records.length });
      this.checker.finalRead(target.key, this.tamper(target, records), highWatermark);
    }
    return true;
  }

  /** Applies the test-only read faults (negative controls); the identity otherwise. */
  private tamper(target: TopicPartition, records: ReadRecord[]): ReadRecord[] {
    let result = records;
    if (this.options.faults?.hideFirstRecord === true && target === this.partitions[0]) {
      // The lowest offset read, not offset 0: a DeleteRecords may have legitimately removed that.
      result = result.slice(1);
    }
    if (result.length >= 2 && this.takeFault('swapReadValues')) {
      const [first, second] = result as [ReadRecord, ReadRecord];
      result = [{ offset: first.offset, value: second.value }, { offset: second.offset, value: first.value }, ...result.slice(2)];
    }
    if (result.length >= 2 && this.takeFault('reverseReadOrder')) result = [...result].reverse();
    const last = result[result.length - 1];
    if (last !== undefined && this.takeFault('inventRead')) result = [...result, { offset: last.offset + 1, value: 'invented-0' }];
    return result;
  }

  /** True the first time a test-only fault is asked for and switched on. */
  private takeFault(fault: Exclude<keyof KafkaClientFaults, 'hideFirstRecord'>): boolean {
    if (this.options.faults?.[fault] !== true || this.usedFaults.has(fault)) return false;
    this.usedFaults.add(fault);
    return true;
  }
}

/**
 * Where a reader starts again after OFFSET_OUT_OF_RANGE: the log start the answer gave (Fetch v5+),
 * or else the highest offset a DeleteRecords asked for, which is at or above the log start.
 */
function restartOffset(logStartOffset: number, mayBeDeletedBelow: number): number {
  return logStartOffset >= 0 ? logStartOffset : mayBeDeletedBelow;
}

/** The protocol version client `name` ("producer-2") uses: its number picks one, wrapping. */
export function versionFor(name: string, versions: readonly number[]): number {
  const number = Number(name.slice(name.lastIndexOf('-') + 1));
  assert.ok(Number.isInteger(number) && number >= 1, `client name ${name} ends in its number`);
  return versions[(number - 1) % versions.length] as number;
}
