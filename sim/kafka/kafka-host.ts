// One simulated machine running a whole Weir node (src/node/weir-node.ts: Raft over the metadata log,
// controller, broker, Kafka listener) on the simulated runtime. Part of sim/kafka/. The machine's
// disk and clock outlive its processes; node faults are carried out here: crash (the process
// stops, its connections reset, its disk loses unsynced bytes and, with `tear`, keeps a random
// prefix of them cut at a random byte), restart from the same disk as a new process, pause and
// resume (a GC-pause stand-in: its timers and deliveries wait), and a clean stop (the SIGTERM
// path: WeirNode.stop answers in-flight requests and flushes the logs) followed by a power loss,
// which must then lose nothing, whatever the flush policy. A disk error the node reports as fatal
// ends its process like a crash, and the machine's supervisor starts it again; corruption of
// synced log bytes is flipped here while the node is down, and a refusal to start is then the
// expected detection, not a violation.
import assert from 'node:assert/strict';
import { noopBrokerMetrics } from '../../src/broker/metrics.js';
import { buildNodeConfig, type NodeConfig } from '../../src/config/node-config.js';
import { createLogger } from '../../src/log/logger.js';
import { WeirNode } from '../../src/node/weir-node.js';
import { CorruptionError, DiskError, type TestOnlyBreakDurability } from '../../storage/mod.js';
import { HostClock } from '../sim-clock.js';
import { SimDisk } from '../sim-disk.js';
import type { SimNetwork } from '../sim-network.js';
import { createSimRuntime } from '../sim-runtime.js';
import { withDiskLatency as withFsyncLatency } from '../disk-latency.js';
import { describeError, SimProcess, type World } from '../world.js';

/**
 * The workload's topics' flush policy, which decides what an acknowledgement promises (see
 * README.md): 'every-message' creates them with flush.messages=1 (each append is fsynced before
 * it is acknowledged or visible); 'never' keeps Kafka's default (the OS flushes when it likes).
 */
export type FlushPolicy = 'every-message' | 'never';

export interface KafkaHostOptions {
  readonly world: World;
  readonly network: SimNetwork;
  /** Test only: the node's partition logs break durability on purpose (negative controls). */
  readonly testOnlyNode?: TestOnlyBreakDurability;
}

/** How long the machine's supervisor waits before it starts a node that exited on a disk error. */
export const restartAfterFatalMs = 200;

/** Host name of the simulated node machine. */
export const nodeHostName = 'node-1';
/** The node's Kafka client listener. */
export const kafkaAddress = `${nodeHostName}:9092`;
/** The node's controller (Raft RPC) listener. */
export const controllerAddress = `${nodeHostName}:9093`;

/**
 * The node configuration the simulator runs: one combined node, a KRaft quorum of one, Kafka's
 * defaults otherwise (the flush policy is set per topic by the workload).
 */
export function simulatedNodeConfig(): NodeConfig {
  return buildNodeConfig('', [
    ['node.id', '1'],
    ['controller.quorum.voters', `1@${controllerAddress}`],
    ['listeners', `PLAINTEXT://${kafkaAddress},CONTROLLER://${controllerAddress}`],
    ['log.dirs', '/data/kafka'],
    ['metadata.log.dir', '/data/metadata'],
    ['auto.create.topics.enable', 'false'],
    ['controller.quorum.election.timeout.ms', '200'],
    ['controller.quorum.fetch.timeout.ms', '400'],
    // A small segment size makes segment rolls (and their directory syncs) part of every run.
    ['log.segment.bytes', '4096'],
  ]);
}

/** The simulated machine of the one Weir node. */
export class KafkaHost {
  readonly name = nodeHostName;
  readonly disk: SimDisk;
  readonly clock: HostClock;
  readonly config: NodeConfig;
  process: SimProcess | null = null;
  node: WeirNode | null = null;
  incarnation = -1;
  /** 'refused': recovery found corruption; the node stays down. */
  status: 'down' | 'up' | 'paused' | 'stopping' | 'refused' = 'down';
  /** Whether a corrupt fault flipped a bit on this machine's disk (a refusal is then expected). */
  corrupted = false;
  /** Start again as soon as a clean stop under way completes. */
  private startAfterStop = false;
  /** Counters for the run summary. */
  readonly counts = { starts: 0, crashes: 0, cleanStops: 0, pauses: 0, bytesLost: 0, tornWrites: 0, fatalExits: 0,
    corruptions: 0 };

  constructor(private readonly options: KafkaHostOptions) {
    this.disk = new SimDisk({ random: options.world.random.fork(`${this.name}/disk`) });
    this.clock = new HostClock(options.world);
    this.config = simulatedNodeConfig();
  }

  /** True when the node's process runs and the node reported ready. */
  get isReady(): boolean {
    return this.status === 'up' && this.node !== null && this.node.isReady();
  }

  /** Starts (or restarts) the node from its disk, as a new process. */
  start(): void {
    assert.equal(this.status, 'down', `cannot start ${this.name} while ${this.status}`);
    const world = this.options.world;
    this.incarnation += 1;
    this.counts.starts += 1;
    const process = new SimProcess(this.name, this.incarnation);
    this.process = process;
    this.status = 'up';
    this.startAfterStop = false;
    world.record('start', { node: 1, incarnation: this.incarnation });
    const disk = withFsyncLatency(this.disk, { world, process, random: world.random.fork(`${this.name}#${this.incarnation}/io`) });
    const runtime = createSimRuntime({ world, process, host: this.name, hostClock: this.clock, disk,
      network: this.options.network });
    // Warnings and errors go to the trace (deterministic: the logger's clock is the runtime's).
    const logger = createLogger({ now: () => runtime.clock.now(), level: 'warn', component: `node 1#${this.incarnation}`,
      sink: (line) => world.record('log', { node: 1, line }) });
    world.schedule(0, process, () => {
      WeirNode.start({
        runtime, config: this.config, logger, metrics: noopBrokerMetrics(), checkInvariants: true,
        onFatal: (error) => this.onFatal(process, error),
        ...(this.options.testOnlyNode === undefined ? {} : { testOnlyBreakDurability: this.options.testOnlyNode }),
      }).then(
        (node) => {
          if (process.state === 'stopped') return;
          this.node = node;
          void node.ready().then(() => {
            if (process.state !== 'stopped') world.record('ready', { node: 1, incarnation: this.incarnation });
          });
        },
        (error: unknown) => this.startFailed(process, error),
      );
    });
  }

  /** Crashes the node: its process stops, connections reset, its disk loses unsynced bytes. */
  crash(options: { tear: boolean }): void {
    assert.ok(this.status === 'up' || this.status === 'paused' || this.status === 'stopping',
      `cannot crash ${this.name} while ${this.status}`);
    const world = this.options.world;
    this.startAfterStop = false;
    world.stop(this.process as SimProcess);
    this.options.network.crashHost(this.name);
    const report = this.disk.crash({ tear: options.tear });
    this.node = null;
    this.process = null;
    this.status = 'down';
    this.counts.crashes += 1;
    this.counts.bytesLost += report.bytesLost;
    this.counts.tornWrites += report.tornWrites;
    world.record('crash', { node: 1, tear: options.tear, bytesLost: report.bytesLost, tornWrites: report.tornWrites });
  }

  /**
   * Stops the node cleanly (WeirNode.stop), then cuts the power: the disk then loses what was
   * not synced, which must be nothing a client was promised. Precondition: the node started.
   */
  stopCleanly(): void {
    assert.ok(this.status === 'up' && this.node !== null, `cannot stop ${this.name} cleanly while ${this.status}`);
    const world = this.options.world;
    const process = this.process as SimProcess;
    this.status = 'stopping';
    world.record('stop', { node: 1 });
    this.node.stop().then(() => {
      if (process.state === 'stopped') return;
      world.stop(process);
      this.options.network.crashHost(this.name);
      const report = this.disk.crash({ tear: true });
      this.node = null;
      this.process = null;
      this.status = 'down';
      this.counts.cleanStops += 1;
      world.record('stopped', { node: 1, bytesLost: report.bytesLost });
      if (this.startAfterStop) this.start();
    }, (error: unknown) => this.onFatal(process, error));
  }

  /**
   * Flips one bit in a synced byte of a log segment (partition or metadata log) while the node is
   * down; recovery or a later read must notice it by CRC. False when no segment has synced bytes.
   */
  corruptSyncedLogByte(): boolean {
    assert.equal(this.status, 'down', 'the disk is corrupted while its node is down');
    const where = this.disk.corruptRandom((path) => path.startsWith('/data/') && path.endsWith('.log'));
    if (where === undefined) return false;
    this.corrupted = true;
    this.counts.corruptions += 1;
    this.options.world.record('corrupt', { node: 1, path: where.path, position: where.position });
    return true;
  }

  /** Starts the node once it is down (now, or when a clean stop under way completes). */
  startWhenDown(): void {
    if (this.status === 'down') this.start();
    else if (this.status === 'stopping') this.startAfterStop = true;
  }

  pause(): void {
    assert.equal(this.status, 'up', `cannot pause ${this.name} while ${this.status}`);
    this.options.world.pause(this.process as SimProcess);
    this.status = 'paused';
    this.counts.pauses += 1;
    this.options.world.record('pause', { node: 1 });
  }

  resume(): void {
    assert.equal(this.status, 'paused', `cannot resume ${this.name} while ${this.status}`);
    this.options.world.resume(this.process as SimProcess);
    this.status = 'up';
    this.options.world.record('resume', { node: 1 });
  }

  private onFatal(process: SimProcess, error: unknown): void {
    if (process.state === 'stopped') return;
    if (causedByDiskError(error)) {
      this.exitOnDiskError(error);
      return;
    }
    this.options.world.fail('assertion', `${this.name} stopped on an error: ${describeError(error)}`);
  }

  /**
   * The node reported a disk error as fatal (STYLE.md §8: a failed fsync is never retried): the
   * process ends, and the machine's supervisor starts it again from the disk a little later.
   * Whatever the process had not synced counts as lost (after a failed fsync the kernel may have
   * dropped the dirty pages), so this is a crash, torn, for the disk.
   */
  private exitOnDiskError(error: unknown): void {
    const world = this.options.world;
    world.record('fatal-exit', { node: 1, reason: describeError(error) });
    this.counts.fatalExits += 1;
    this.crash({ tear: true });
    const incarnation = this.incarnation;
    world.schedule(restartAfterFatalMs, null, () => {
      if (this.incarnation === incarnation && this.status === 'down') this.start();
    });
  }

  private startFailed(process: SimProcess, error: unknown): void {
    if (process.state === 'stopped') return;
    const world = this.options.world;
    if (error instanceof CorruptionError) {
      // Detected corruption: the node refuses its disk and stays down (a single node has no
      // replica to repair from). Expected after the corrupt fault; otherwise the node could not
      // read back what it wrote itself, which is a violation.
      world.stop(process);
      this.options.network.crashHost(this.name);
      this.process = null;
      this.status = 'refused';
      world.record('refused', { node: 1, reason: describeError(error) });
      if (!this.corrupted) world.fail('refused', `${this.name} refused to start after a crash: ${describeError(error)}`);
      return;
    }
    if (causedByDiskError(error)) {
      this.exitOnDiskError(error);
      return;
    }
    world.fail('assertion', `${this.name} failed to start: ${describeError(error)}`);
  }
}

/** Whether `error`, or an error in its `cause` chain, is a DiskError of the seam. */
function causedByDiskError(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current instanceof Error && depth < 8; depth += 1) {
    if (current instanceof DiskError) return true;
    current = current.cause;
  }
  return false;
}
