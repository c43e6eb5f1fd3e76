// A simulated cluster of Raft voters: one machine (disk, clock, address) per node, each running
// the real driver (src/quorum/raft-driver.ts) on the simulated runtime. Part of sim/. Every process reaches
// its machine's disk through a latency queue (disk-latency.ts): writes and fsyncs complete in
// later events, so a crash can land between an append and its fsync. Node faults are carried
// out here: crash (the process stops, its disk loses unsynced bytes, possibly tearing the last
// write), restart from the same disk, pause and resume, and corruption of synced bytes (which
// recovery must detect: the node then refuses to start and stays down).
import assert from 'node:assert/strict';
import { CorruptionError } from '../storage/mod.js';
import { nodeId, type Entry, type NodeId, type RaftEvent, type Ready, type Snapshot, type TestOnlyUnsafe } from '../raft/mod.js';
import { RaftDriver } from '../src/quorum/raft-driver.js';
import type { StateMachine } from '../src/quorum/state-machine.js';
import type { RecoveredLog } from '../src/quorum/raft-log-store.js';
import type { HardState } from '../raft/mod.js';
import { withDiskLatency, type DiskLatencyProfile } from './disk-latency.js';
import { HostClock } from './sim-clock.js';
import { SimDisk } from './sim-disk.js';
import type { SimNetwork } from './sim-network.js';
import { createSimRuntime } from './sim-runtime.js';
import { skipQuorumStateSync } from './unsafe-disk.js';
import { describeError, SimProcess, type World } from './world.js';

/** What a checker may watch; every hook names the machine it happened on. */
export interface ClusterObserver {
  onRaftEvent?(host: SimHost, event: RaftEvent): void;
  onRecovered?(host: SimHost, recovered: RecoveredLog & { readonly hardState: HardState | null }): void;
  onPersisting?(host: SimHost, ready: Ready): void;
  onPersisted?(host: SimHost, ready: Ready): void;
  onApplied?(host: SimHost, entries: readonly Entry[]): void;
  /** The node's process ended (crash) or refused to start. */
  onDown?(host: SimHost): void;
}

export interface ClusterOptions {
  readonly world: World;
  readonly network: SimNetwork;
  readonly nodeCount: number;
  readonly tickMs: number;
  readonly electionTimeoutTicks: number;
  readonly fetchTimeoutTicks: number;
  readonly observers: readonly ClusterObserver[];
  /** Each node takes a state machine snapshot about this often (0: never). */
  readonly snapshotIntervalMs?: number;
  /** How long each machine's disk takes; `defaultDiskLatency` when left out. */
  readonly diskLatency?: DiskLatencyProfile;
  readonly unsafeCore?: TestOnlyUnsafe;
  readonly skipQuorumStateSync?: boolean;
  /** Test only: the driver sends each Ready's messages before persisting it (src/quorum/raft-driver.ts). */
  readonly sendBeforePersist?: boolean;
}

/**
 * The voters' disk unless a run draws its own: a write takes 0.01-0.06 ms, an fsync 0.1-2.1 ms,
 * about as long as a message takes to cross the simulated network.
 */
export const defaultDiskLatency: DiskLatencyProfile = {
  write: { minimumMs: 0.01, spreadMs: 0.05 },
  sync: { minimumMs: 0.1, spreadMs: 2 },
};

/** Where each node keeps its quorum state and log on its machine's disk. */
const dataDirectory = '/data';

/** The state machine of the Raft simulation: it only counts; checkers watch `onApplied`. */
class CountingStateMachine implements StateMachine {
  appliedCount = 0;
  apply(entries: readonly Entry[]): void {
    this.appliedCount += entries.length;
  }
  snapshot(): Uint8Array {
    return new TextEncoder().encode(String(this.appliedCount));
  }
  restore(snapshot: Snapshot): void {
    this.appliedCount = Number(new TextDecoder().decode(snapshot.data));
  }
}

/** One simulated machine; its disk and clock outlive its processes. */
export class SimHost {
  readonly name: string;
  readonly address: string;
  readonly disk: SimDisk;
  readonly clock: HostClock;
  process: SimProcess | null = null;
  node: RaftDriver | null = null;
  incarnation = -1;
  /** 'refused': recovery found corruption; the node stays down for the rest of the run. */
  status: 'down' | 'up' | 'paused' | 'refused' = 'down';
  /** Whether corruption was ever injected on this machine (the nemesis keeps it a minority). */
  corrupted = false;

  constructor(readonly id: NodeId, world: World) {
    this.name = `node-${id}`;
    this.address = `${this.name}:9093`;
    this.disk = new SimDisk({ random: world.random.fork(`${this.name}/disk`) });
    this.clock = new HostClock(world);
  }

  /** Whether the node runs as a follower whose log holds written entries not yet fsynced. */
  followerAppendInFlight(): boolean {
    if (this.status !== 'up' || this.node?.status().role !== 'follower') return false;
    return this.disk.unsyncedBytes(`${dataDirectory}/raft-log`) > 0;
  }
}

/** The voters of one simulation and the node faults that can be applied to them. */
export class SimCluster {
  readonly hosts: readonly SimHost[];
  private readonly addresses: ReadonlyMap<NodeId, string>;
  private readonly voters: readonly NodeId[];

  constructor(private readonly options: ClusterOptions) {
    assert(options.nodeCount >= 1, 'a cluster has at least one node');
    const hosts: SimHost[] = [];
    for (let index = 1; index <= options.nodeCount; index += 1) hosts.push(new SimHost(nodeId(index), options.world));
    this.hosts = hosts;
    this.voters = hosts.map((host) => host.id);
    this.addresses = new Map(hosts.map((host) => [host.id, host.address]));
  }

  host(id: number): SimHost {
    const host = this.hosts[id - 1];
    assert(host !== undefined, `no node ${id}`);
    return host;
  }

  /** Starts (or restarts) the node of `host` from its disk, as a new process. */
  start(host: SimHost): void {
    assert(host.status === 'down', `cannot start ${host.name} while ${host.status}`);
    const world = this.options.world;
    host.incarnation += 1;
    const process = new SimProcess(host.name, host.incarnation);
    host.process = process;
    host.status = 'up';
    world.record('start', { node: host.id, incarnation: host.incarnation });
    const latent = withDiskLatency(host.disk, {
      world, process, random: world.random.fork(`${host.name}#${host.incarnation}/io`),
      profile: this.options.diskLatency ?? defaultDiskLatency,
    });
    const disk = this.options.skipQuorumStateSync === true ? skipQuorumStateSync(latent) : latent;
    const runtime = createSimRuntime({ world, process, host: host.name, hostClock: host.clock, disk, network: this.options.network });
    world.schedule(0, process, () => {
      RaftDriver.start({
        runtime,
        id: host.id,
        voters: this.voters,
        addresses: this.addresses,
        dataDirectory,
        stateMachine: new CountingStateMachine(),
        tickMs: this.options.tickMs,
        electionTimeoutTicks: this.options.electionTimeoutTicks,
        fetchTimeoutTicks: this.options.fetchTimeoutTicks,
        observer: this.observerFor(host, process),
        ...(this.options.unsafeCore === undefined ? {} : { testOnlyBreakSafety: this.options.unsafeCore }),
        ...(this.options.sendBeforePersist === true ? { testOnlySendBeforePersist: true } : {}),
      }).then(
        (node) => {
          if (process.state === 'stopped') return;
          host.node = node;
          this.scheduleSnapshots(host, process, node);
        },
        (error: unknown) => this.startFailed(host, process, error),
      );
    });
  }

  /** Crashes the node of `host`: its process stops and its disk loses unsynced bytes. */
  crash(host: SimHost, options: { tear: boolean }): void {
    assert(host.status === 'up' || host.status === 'paused', `cannot crash ${host.name} while ${host.status}`);
    const process = host.process as SimProcess;
    this.options.world.stop(process);
    this.options.network.crashHost(host.name);
    const report = host.disk.crash({ tear: options.tear });
    host.node = null;
    host.process = null;
    host.status = 'down';
    this.options.world.record('crash', {
      node: host.id, tear: options.tear, bytesLost: report.bytesLost, tornWrites: report.tornWrites,
    });
    for (const observer of this.options.observers) observer.onDown?.(host);
  }

  pause(host: SimHost): void {
    assert(host.status === 'up', `cannot pause ${host.name} while ${host.status}`);
    this.options.world.pause(host.process as SimProcess);
    host.status = 'paused';
    this.options.world.record('pause', { node: host.id });
  }

  resume(host: SimHost): void {
    assert(host.status === 'paused', `cannot resume ${host.name} while ${host.status}`);
    this.options.world.resume(host.process as SimProcess);
    host.status = 'up';
    this.options.world.record('resume', { node: host.id });
  }

  /** Flips one bit of synced data on a down node's disk; false when it has none yet. */
  corrupt(host: SimHost): boolean {
    assert(host.status === 'down', 'corrupt a disk while its node is down');
    const where = host.disk.corruptRandom((path) => path.startsWith(`${dataDirectory}/`));
    if (where === undefined) return false;
    host.corrupted = true;
    this.options.world.record('corrupt', { node: host.id, path: where.path, position: where.position });
    return true;
  }

  /** Asserts every running core's internal invariants. */
  checkInvariants(): void {
    for (const host of this.hosts) {
      if (host.status === 'up' && host.node !== null) host.node.checkInvariants();
    }
  }

  /** Asks the node for a snapshot now and then (events owned by its process: a crash ends them). */
  private scheduleSnapshots(host: SimHost, process: SimProcess, node: RaftDriver): void {
    const intervalMs = this.options.snapshotIntervalMs ?? 0;
    if (intervalMs <= 0) return;
    const random = this.options.world.random.fork(`${host.name}#${host.incarnation}/snapshots`);
    const next = (): void => {
      this.options.world.schedule(intervalMs / 2 + random.nextInt(intervalMs), process, () => {
        node.takeSnapshot();
        next();
      });
    };
    next();
  }

  private startFailed(host: SimHost, process: SimProcess, error: unknown): void {
    if (process.state === 'stopped') return;
    const world = this.options.world;
    if (error instanceof CorruptionError) {
      world.stop(process);
      this.options.network.crashHost(host.name);
      host.process = null;
      host.status = 'refused';
      world.record('refused', { node: host.id, reason: describeError(error) });
      for (const observer of this.options.observers) observer.onDown?.(host);
      return;
    }
    world.fail('assertion', `${host.name} failed to start: ${describeError(error)}`);
  }

  private observerFor(host: SimHost, process: SimProcess): import('../src/quorum/raft-driver.js').RaftDriverObserver {
    const observers = this.options.observers;
    const world = this.options.world;
    return {
      onRaftEvent: (event) => { for (const observer of observers) observer.onRaftEvent?.(host, event); },
      onRecovered: (recovered) => { for (const observer of observers) observer.onRecovered?.(host, recovered); },
      onPersisting: (ready) => { for (const observer of observers) observer.onPersisting?.(host, ready); },
      onPersisted: (ready) => { for (const observer of observers) observer.onPersisted?.(host, ready); },
      onApplied: (entries) => { for (const observer of observers) observer.onApplied?.(host, entries); },
      onFatal: (error) => {
        if (process.state === 'stopped') return;
        world.fail('assertion', `${host.name} stopped on an error: ${describeError(error)}`);
      },
    };
  }
}
