// A small world of whole WeirNodes for the cluster tests: N machines on the simulated network,
// each a process running src/node/weir-node.ts on the simulated seam with its own disk, and a
// client process whose KafkaClient (src/net/kafka-client/) talks to them over the same network.
// A machine can crash (process stopped, connections reset, unsynced bytes lost) and restart
// from its disk as a new incarnation.
import type { Uuid } from '../../../src/protocol/mod.js';
import { noopBrokerMetrics, type BrokerMetrics } from '../../../src/broker/metrics.js';
import { buildNodeConfig } from '../../../src/config/node-config.js';
import { createLogger } from '../../../src/log/logger.js';
import { KafkaClient } from '../../../src/net/kafka-client/kafka-client.js';
import { WeirNode, type WeirNodeOptions } from '../../../src/node/weir-node.js';
import { HostClock } from '../../../sim/sim-clock.js';
import { SimDisk } from '../../../sim/sim-disk.js';
import { SimNetwork } from '../../../sim/sim-network.js';
import { createSimRuntime } from '../../../sim/sim-runtime.js';
import { SimProcess, World } from '../../../sim/world.js';

export interface ClusterShape {
  /** Node ids that run broker and controller (the voters). */
  readonly combined: readonly number[];
  /** Node ids that run a broker only (observers of the metadata log). */
  readonly brokersOnly?: readonly number[];
  /**
   * Node ids that run a controller only and start outside the voter set with
   * controller.quorum.bootstrap.servers (the combined nodes' controller listeners) and no
   * static voters: KIP-853 observers that can be added as voters.
   */
  readonly bootstrappedControllers?: readonly number[];
  /** The combined nodes the bootstrapped controllers name as bootstrap servers (default: all). */
  readonly bootstrapServers?: readonly number[];
}

export interface SimMachine {
  readonly id: number;
  readonly host: string;
  readonly disk: SimDisk;
  readonly hostClock: HostClock;
  process: SimProcess;
  node: WeirNode | null;
  incarnation: number;
}

export const SIM_CLUSTER_ID = 'c2ltLWNsdXN0ZXItMDAwMQ' as Uuid;

/** What every node of the cluster is started with besides the cluster's own configuration. */
export type SimNodeOptions = Pick<WeirNodeOptions, 'snapshotEveryEntries' | 'testOnlyBreakReplication' | 'testOnlyBreakGroups'> & {
  /** More config keys for node `id` (broker.rack, replica.lag.time.max.ms, say). */
  readonly extraConfig?: (id: number) => ReadonlyArray<readonly [string, string]>;
  /** The metrics node `id` reports to at each start (default: none). */
  readonly metricsFor?: (id: number) => BrokerMetrics;
};

/** The world, its machines and a client. */
export class SimWeirCluster {
  readonly world: World;
  readonly network: SimNetwork;
  readonly machines = new Map<number, SimMachine>();
  readonly logLines: string[] = [];
  readonly client: KafkaClient;
  /** The client process's runtime, for a test's own clients (an AdminSession). */
  readonly clientRuntime: ReturnType<typeof createSimRuntime>;
  private readonly clientProcess = new SimProcess('client', 0);
  private readonly voters: string;

  constructor(seed: number, private readonly shape: ClusterShape, private readonly nodeOptions: SimNodeOptions = {}) {
    this.world = new World({ seed });
    this.network = new SimNetwork(this.world, {
      conditions: { minimumLatencyMs: 1, meanExtraLatencyMs: 2, lossRate: 0, duplicateRate: 0 },
      modeFor: () => 'stream',
      connectTimeoutMs: 50,
    });
    this.voters = shape.combined.map((id) => `${id}@node-${id}:9093`).join(',');
    for (const id of [...shape.combined, ...(shape.brokersOnly ?? []), ...(shape.bootstrappedControllers ?? [])]) {
      const host = `node-${id}`;
      this.machines.set(id, {
        id, host, disk: new SimDisk({ random: this.world.random.fork(`${host}/disk`) }),
        hostClock: new HostClock(this.world), process: new SimProcess(host, 0), node: null, incarnation: 0,
      });
    }
    const client = createSimRuntime({ world: this.world, process: this.clientProcess, host: 'client',
      hostClock: new HostClock(this.world), disk: new SimDisk({ random: this.world.random.fork('client/disk') }),
      network: this.network });
    this.clientRuntime = client;
    this.client = new KafkaClient({
      clock: client.clock, random: client.random, network: client.network, clientId: 'sim-test', requestTimeoutMs: 5_000,
    });
  }

  /** Starts every machine's node. */
  startAll(): void {
    for (const machine of this.machines.values()) this.start(machine.id);
  }

  /** Starts (or restarts, from its disk) the node of machine `id`. */
  start(id: number): void {
    const machine = this.machine(id);
    const isVoter = this.shape.combined.includes(id);
    const bootstrapped = this.shape.bootstrappedControllers?.includes(id) ?? false;
    const quorum: Array<[string, string]> = bootstrapped
      ? [['controller.quorum.bootstrap.servers',
        (this.shape.bootstrapServers ?? this.shape.combined).map((voter) => `node-${voter}:9093`).join(',')]]
      : [['controller.quorum.voters', this.voters]];
    const listeners = bootstrapped ? `CONTROLLER://${machine.host}:9093`
      : isVoter ? `PLAINTEXT://${machine.host}:9092,CONTROLLER://${machine.host}:9093` : `PLAINTEXT://${machine.host}:9092`;
    const config = buildNodeConfig('', [
      ['node.id', String(id)],
      ['process.roles', bootstrapped ? 'controller' : isVoter ? 'broker,controller' : 'broker'],
      ...quorum,
      ['listeners', listeners],
      ['log.dirs', '/data'],
      ['broker.session.timeout.ms', '3000'],
      ['broker.heartbeat.interval.ms', '500'],
      ...(this.nodeOptions.extraConfig?.(id) ?? []).map(([key, value]): [string, string] => [key, value]),
    ]);
    const runtime = createSimRuntime({
      world: this.world, process: machine.process, host: machine.host, hostClock: machine.hostClock,
      disk: machine.disk, network: this.network,
    });
    const logger = createLogger({ now: () => runtime.clock.now(), sink: (line) => this.logLines.push(line),
      level: 'info', component: `node ${id}` });
    this.world.schedule(0, machine.process, () => {
      void WeirNode.start({
        runtime, config, logger, metrics: this.nodeOptions.metricsFor?.(id) ?? noopBrokerMetrics(), checkInvariants: true, clusterId: SIM_CLUSTER_ID,
        ...nodeProgramOptions(this.nodeOptions),
        onFatal: (error) => this.world.fail('fatal', `node ${id}: ${String(error)}`),
      }).then((node) => { machine.node = node; }, (error: unknown) => this.world.fail('start', `node ${id}: ${String(error)}`));
    });
  }

  /** Crashes machine `id`: the process stops, its connections reset, unsynced bytes are lost. */
  crash(id: number): void {
    const machine = this.machine(id);
    this.world.stop(machine.process);
    this.network.crashHost(machine.host);
    machine.disk.crash({ tear: false });
    machine.node = null;
    machine.incarnation += 1;
    machine.process = new SimProcess(machine.host, machine.incarnation);
  }

  machine(id: number): SimMachine {
    const machine = this.machines.get(id);
    if (machine === undefined) throw new Error(`no machine ${id}`);
    return machine;
  }

  /** The running nodes. */
  liveNodes(): WeirNode[] {
    return [...this.machines.values()].flatMap((machine) => (machine.node === null ? [] : [machine.node]));
  }

  /** Runs the world in steps of `stepMs` until `condition` holds or `limitMs` of virtual time pass. */
  async runUntil(condition: () => boolean, limitMs: number, stepMs = 50): Promise<boolean> {
    const end = this.world.nowMs + limitMs;
    while (!condition()) {
      if (this.world.nowMs >= end || this.world.violation !== null) return false;
      await this.world.runUntil(Math.min(end, this.world.nowMs + stepMs));
    }
    return true;
  }

  /** Runs `action` as an event of the client process and waits (in virtual time) for its result. */
  async ask<T>(action: () => Promise<T>, limitMs = 10_000): Promise<T> {
    let result: { value: T } | null = null;
    this.world.schedule(0, this.clientProcess, () => { void action().then((value) => { result = { value }; }); });
    const settled = await this.runUntil(() => result !== null, limitMs);
    if (!settled || result === null) throw new Error(`no answer within ${limitMs} ms of virtual time`);
    return (result as { value: T }).value;
  }
}

/** The options of the cluster that WeirNode.start takes (all but the config entries). */
function nodeProgramOptions(options: SimNodeOptions):
  Pick<WeirNodeOptions, 'snapshotEveryEntries' | 'testOnlyBreakReplication' | 'testOnlyBreakGroups'> {
  const { extraConfig: _config, metricsFor: _metrics, ...rest } = options;
  return rest;
}
