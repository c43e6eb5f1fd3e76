// The Raft simulation's cluster: N machines (sim/machine.ts), each running the real driver
// (src/quorum/raft-driver.ts) with a counting state machine on the simulated runtime. Part of
// sim/. Every process reaches its machine's disk through a latency queue (disk-latency.ts):
// writes and fsyncs complete in later events, so a crash can land between an append and its
// fsync. The node faults themselves (crash, restart, pause, resume, corruption) are the
// machine's; this file adds what is particular to a Raft voter: its observers, its snapshots,
// its data directory.
import assert from 'node:assert/strict';
import { nodeId, type Entry, type NodeId, type RaftEvent, type Ready, type Snapshot, type TestOnlyUnsafe } from '../raft/mod.js';
import { RaftDriver, type RaftDriverObserver } from '../src/quorum/raft-driver.js';
import type { StateMachine } from '../src/quorum/state-machine.js';
import type { RecoveredLog } from '../src/quorum/raft-log-store.js';
import type { HardState } from '../raft/mod.js';
import type { Disk } from '../src/runtime/seam.js';
import type { DiskLatencyProfile } from './disk-latency.js';
import { SimMachine, type NodeProgram, type ProgramContext } from './machine.js';
import type { SimNetwork } from './sim-network.js';
import { skipQuorumStateSync } from './unsafe-disk.js';
import type { World } from './world.js';

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
export const dataDirectory = '/data';

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

/** A machine of the Raft simulation: it runs one voter's driver. */
export type SimHost = SimMachine<RaftDriver>;

/** Whether the node of `host` runs as a follower whose log holds written entries not yet fsynced. */
export function followerAppendInFlight(host: SimHost): boolean {
  if (host.status !== 'up' || host.node?.status().role !== 'follower') return false;
  return host.disk.unsyncedBytes(`${dataDirectory}/raft-log`) > 0;
}

/** The Raft voter program: the real driver with a counting state machine, snapshots now and then. */
class RaftVoterProgram implements NodeProgram<RaftDriver> {
  constructor(
    private readonly options: ClusterOptions,
    private readonly voters: readonly NodeId[],
    private readonly addresses: ReadonlyMap<NodeId, string>,
  ) {}

  start(context: ProgramContext): Promise<RaftDriver> {
    const host = context.machine as SimHost;
    return RaftDriver.start({
      runtime: context.runtime,
      id: nodeId(host.id),
      voters: this.voters,
      addresses: this.addresses,
      dataDirectory,
      stateMachine: new CountingStateMachine(),
      tickMs: this.options.tickMs,
      electionTimeoutTicks: this.options.electionTimeoutTicks,
      fetchTimeoutTicks: this.options.fetchTimeoutTicks,
      observer: this.observerFor(host, context),
      ...(this.options.unsafeCore === undefined ? {} : { testOnlyBreakSafety: this.options.unsafeCore }),
      ...(this.options.sendBeforePersist === true ? { testOnlySendBeforePersist: true } : {}),
    });
  }

  /** Asks the node for a snapshot now and then (events owned by its process: a crash ends them). */
  started(context: ProgramContext, node: RaftDriver): void {
    const intervalMs = this.options.snapshotIntervalMs ?? 0;
    if (intervalMs <= 0) return;
    const random = context.random('snapshots');
    const next = (): void => {
      context.world.schedule(intervalMs / 2 + random.nextInt(intervalMs), context.process, () => {
        node.takeSnapshot();
        next();
      });
    };
    next();
  }

  wrapDisk(disk: Disk): Disk {
    return this.options.skipQuorumStateSync === true ? skipQuorumStateSync(disk) : disk;
  }

  private observerFor(host: SimHost, context: ProgramContext): RaftDriverObserver {
    const observers = this.options.observers;
    return {
      onRaftEvent: (event) => { for (const observer of observers) observer.onRaftEvent?.(host, event); },
      onRecovered: (recovered) => { for (const observer of observers) observer.onRecovered?.(host, recovered); },
      onPersisting: (ready) => { for (const observer of observers) observer.onPersisting?.(host, ready); },
      onPersisted: (ready) => { for (const observer of observers) observer.onPersisted?.(host, ready); },
      onApplied: (entries) => { for (const observer of observers) observer.onApplied?.(host, entries); },
      onFatal: (error) => context.fatal(error),
    };
  }
}

/** The voters of one simulation: N machines running the Raft voter program. */
export class SimCluster {
  readonly hosts: readonly SimHost[];

  constructor(options: ClusterOptions) {
    assert(options.nodeCount >= 1, 'a cluster has at least one node');
    const ids = Array.from({ length: options.nodeCount }, (_, index) => nodeId(index + 1));
    const addresses = new Map(ids.map((id) => [id, `node-${id}:9093`]));
    const program = new RaftVoterProgram(options, ids, addresses);
    const onDown = (machine: SimMachine<unknown>): void => {
      for (const observer of options.observers) observer.onDown?.(machine as SimHost);
    };
    this.hosts = ids.map((id) => new SimMachine(id, program, {
      world: options.world, network: options.network, diskLatency: options.diskLatency ?? defaultDiskLatency, onDown,
    }));
  }

  host(id: number): SimHost {
    const host = this.hosts[id - 1];
    assert(host !== undefined, `no node ${id}`);
    return host;
  }

  /** Asserts every running core's internal invariants. */
  checkInvariants(): void {
    for (const host of this.hosts) {
      if (host.status === 'up' && host.node !== null) host.node.checkInvariants();
    }
  }
}
