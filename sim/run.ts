// One simulation run, from options to summary: the entry point of `weir sim`, the tests and the
// benchmark. Part of sim/. A run is a pure function of its options (seed included):
//
//   1. build the world, the network and the cluster; the seed also draws the "swarm" settings
//      (network latency, fsync latency) and, unless a schedule is given, the fault schedule;
//   2. fault phase: nodes start, clients propose, the nemesis injects faults, and the checkers
//      run after every event;
//   3. heal: every fault is undone, crashed nodes restart (corrupted ones stay down);
//   4. liveness phase: within `livenessBudgetMs` a leader must be elected and a proposal made
//      after the heal must be acknowledged;
//   5. final checks, then the summary (with the trace hash and the replay command).
import { peekPeerMessage } from '../src/quorum/peer-frame.js';
import { renderEvent, type TestOnlyUnsafe } from '../raft/mod.js';
import { AcknowledgedProposals } from './checkers/acknowledged-proposals.js';
import { CommittedHistory } from './checkers/committed-history.js';
import { DurableLogs } from './checkers/durable-logs.js';
import type { CheckedNode } from './checkers/checked-node.js';
import { ElectionSafety } from './checkers/election-safety.js';
import { HighWatermarkBounds } from './checkers/high-watermark-bounds.js';
import { LeaderCompleteness } from './checkers/leader-completeness.js';
import { LogMatching } from './checkers/log-matching.js';
import { MonotonicProgress } from './checkers/monotonic-progress.js';
import { dataDirectory, defaultDiskLatency, followerAppendInFlight, SimCluster, type ClusterObserver, type SimHost } from './cluster.js';
import { Nemesis, type FaultKind, type Schedule } from './nemesis.js';
import { namedSchedules, randomSchedule } from './raft-schedules.js';
import { SimNetwork } from './sim-network.js';
import type { TraceSink } from './trace.js';
import { World, type Violation } from './world.js';
import { ProposalClients } from './workloads/proposal-clients.js';

export interface SimulationOptions {
  readonly seed: number;
  readonly nodes: number;
  /** Length of the fault phase in virtual milliseconds. */
  readonly timeMs: number;
  /** Fault families the random schedule draws from ([] for none). */
  readonly faults: readonly FaultKind[];
  /** A schedule to use instead of a random one: a built-in name or explicit steps. */
  readonly schedule?: string | Schedule;
  readonly traceSink?: TraceSink | null;
  /** How long after the heal a leader and a new commit may take. */
  readonly livenessBudgetMs?: number;
  /** Test-only switches for negative controls: break the core, or the quorum-state fsync. */
  readonly testOnly?: {
    readonly unsafeCore?: TestOnlyUnsafe;
    readonly skipQuorumStateSync?: boolean;
    /** The driver sends each Ready's messages before persisting it (src/quorum/raft-driver.ts). */
    readonly sendBeforePersist?: boolean;
    /** Anomaly families whose checker is left out (to show another one still fires). */
    readonly withoutDurabilityChecker?: boolean;
  };
}

/** The one-line result of a run. Everything but `wallMs` is a function of the options. */
export interface SimulationSummary {
  readonly seed: number;
  readonly nodes: number;
  readonly simulatedMs: number;
  readonly events: number;
  readonly elections: number;
  readonly commits: number;
  readonly proposals: { invoked: number; acknowledged: number; failed: number; indeterminate: number };
  readonly faults: number;
  readonly messages: { sent: number; delivered: number; dropped: number; duplicated: number };
  /** What crashes did to the disks, over every machine: proof that the crash faults had teeth. */
  readonly disks: { crashes: number; bytesLost: number; tornWrites: number };
  readonly violations: readonly Violation[];
  readonly traceHash: string;
  readonly replay: string;
  readonly wallMs: number;
}

/** Timing of the simulated nodes (ticks of 10 ms, KRaft-like timeouts scaled down). */
const tickMs = 10;
const electionTimeoutTicks = 15;
const fetchTimeoutTicks = 20;

/** The exact command that replays a run. */
export function replayCommand(options: SimulationOptions): string {
  const parts = [`./bin/weir sim --seed ${options.seed}`, `--nodes ${options.nodes}`, `--time ${options.timeMs / 1000}s`];
  if (options.schedule === undefined) parts.push(`--faults ${options.faults.length === 0 ? 'none' : options.faults.join(',')}`);
  else if (typeof options.schedule === 'string') parts.push(`--schedule ${options.schedule}`);
  else parts.push(`--schedule '${JSON.stringify(options.schedule)}'`);
  const unsafe = options.testOnly;
  if (unsafe?.unsafeCore !== undefined) parts.push(`--unsafe-core ${Object.keys(unsafe.unsafeCore).join(',')}`);
  if (unsafe?.skipQuorumStateSync === true) parts.push('--unsafe-skip-quorum-state-sync');
  if (unsafe?.sendBeforePersist === true) parts.push('--unsafe-send-before-persist');
  if (unsafe?.withoutDurabilityChecker === true) parts.push('--without-durability-checker');
  return parts.join(' ');
}

/** Describes an internal RPC frame for the trace ("FetchRequest 2->1 e3"). */
function frameDescriber(): (bytes: Uint8Array) => string {
  return (bytes) => {
    try {
      const message = peekPeerMessage(bytes) as Record<string, unknown>;
      let text = `${String(message['type'])} ${String(message['from'])}->${String(message['to'])} e${String(message['epoch'])}`;
      if (message['type'] === 'FetchRequest') text += ` at ${String(message['fetchOffset'])}`;
      if (message['type'] === 'FetchResponse') text += ` +${(message['entries'] as unknown[]).length} hw ${String(message['highWatermark'])}`;
      if (message['type'] === 'VoteRequest' && message['preVote'] === true) text = `Pre${text}`;
      return text;
    } catch {
      return 'undecodable';
    }
  };
}

function resolveSchedule(options: SimulationOptions, world: World): Schedule {
  if (options.schedule === undefined) {
    return randomSchedule(world.random.fork('nemesis'), { nodes: options.nodes, timeMs: options.timeMs, faults: options.faults });
  }
  if (typeof options.schedule !== 'string') return options.schedule;
  const make = namedSchedules[options.schedule];
  if (make === undefined) throw new RangeError(`Unknown schedule "${options.schedule}"`);
  return make(options.nodes, options.timeMs);
}

/** Runs one simulation and returns its summary (violations included; it never throws for one). */
export async function runSimulation(options: SimulationOptions, wallClock: () => number = () => 0): Promise<SimulationSummary> {
  const startedMs = wallClock();
  const world = new World({ seed: options.seed, traceSink: options.traceSink ?? null });
  const swarm = world.random.fork('swarm');
  const network = new SimNetwork(world, {
    conditions: { minimumLatencyMs: 0.5 + swarm.nextFloat() * 2, meanExtraLatencyMs: 1 + swarm.nextFloat() * 5, lossRate: 0, duplicateRate: 0 },
    modeFor: () => 'message',
    connectTimeoutMs: 100,
    describe: frameDescriber(),
  });
  // Drawn after the network's settings, so adding it left their draws where they were.
  const diskLatency = { write: defaultDiskLatency.write, sync: { minimumMs: 0.1, spreadMs: 0.5 + swarm.nextFloat() * 5 } };
  const report = (anomaly: string, message: string): void => world.fail(anomaly, message);
  const logs = new DurableLogs(options.testOnly?.withoutDurabilityChecker === true ? () => {} : report);
  const committed = new CommittedHistory(logs, report);
  const elections = new ElectionSafety(report);
  const proposals = new AcknowledgedProposals(report);
  committed.onCanonical((entry) => proposals.committed(entry));
  const tracer: ClusterObserver = {
    onRaftEvent: (host, event) => world.record('raft', { node: host.id, event: event.type, epoch: event.epoch, text: renderEvent(event) }),
    onApplied: (host, entries) => world.record('apply', { node: host.id, from: (entries[0] as { offset: number }).offset, count: entries.length }),
  };
  const observers: ClusterObserver[] = [committed, logs, new LogMatching(logs, report), elections, tracer];
  const cluster = new SimCluster({
    world, network, nodeCount: options.nodes, tickMs, electionTimeoutTicks, fetchTimeoutTicks, observers, snapshotIntervalMs: 2000,
    diskLatency,
    ...(options.testOnly?.unsafeCore === undefined ? {} : { unsafeCore: options.testOnly.unsafeCore }),
    ...(options.testOnly?.skipQuorumStateSync === true ? { skipQuorumStateSync: true } : {}),
    ...(options.testOnly?.sendBeforePersist === true ? { sendBeforePersist: true } : {}),
  });
  observers.push(new LeaderCompleteness(logs, committed, report));
  const progress = new MonotonicProgress(cluster, report);
  observers.push(progress);
  const highWatermarkOf = (checked: CheckedNode): number | null => {
    const host = cluster.host(checked.id);
    return host.status === 'up' ? host.node?.status().highWatermark ?? null : null;
  };
  const bounds = new HighWatermarkBounds(logs, highWatermarkOf, report);
  observers.push(bounds);
  world.afterEachEvent((owner) => {
    try {
      progress.check(owner);
    } catch (error) {
      world.fail('assertion', `a core invariant failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (owner === null) return;
    for (const host of cluster.hosts) {
      if (host.status === 'up' && (owner === undefined || host.process === owner)) bounds.observe(host);
    }
  });
  const nemesis = new Nemesis(world, network, {
    machines: cluster.hosts,
    leader: () => cluster.hosts.find((host) => host.status === 'up' && host.node?.status().role === 'leader') ?? null,
    appendInFlight: (machine) => followerAppendInFlight(machine as SimHost),
    corruptible: (path) => path.startsWith(`${dataDirectory}/`),
  });
  nemesis.install(resolveSchedule(options, world), options.timeMs);
  const clients = new ProposalClients(world, cluster, proposals, { clientCount: 3, thinkMs: 20, timeoutMs: 1000, latencyMs: 1 });
  for (const host of cluster.hosts) host.start();
  clients.start();

  await world.runUntil(options.timeMs);
  if (world.violation === null) {
    nemesis.healAll();
    await runLiveness(world, clients, options.timeMs, options.livenessBudgetMs ?? 10_000);
  }
  clients.stop();
  if (world.violation === null) proposals.checkFinal();
  return {
    seed: options.seed,
    nodes: options.nodes,
    simulatedMs: Math.round(world.nowMs),
    events: world.eventCount,
    elections: elections.elections,
    commits: committed.dataCommits,
    proposals: { ...proposals.counts },
    faults: nemesis.injected,
    messages: { ...network.counts },
    disks: crashDamage(cluster),
    violations: world.violation === null ? [] : [world.violation],
    traceHash: world.trace.digest(),
    replay: replayCommand(options),
    wallMs: Math.round(wallClock() - startedMs),
  };
}

/** Sums what crashes discarded and tore on every machine's disk. */
function crashDamage(cluster: SimCluster): SimulationSummary['disks'] {
  const damage = { crashes: 0, bytesLost: 0, tornWrites: 0 };
  for (const host of cluster.hosts) {
    const stats = host.disk.stats();
    damage.crashes += stats.crashes;
    damage.bytesLost += stats.bytesLost;
    damage.tornWrites += stats.tornWrites;
  }
  return damage;
}

/** Runs until a proposal made after the heal is acknowledged, or reports "liveness". */
async function runLiveness(world: World, clients: ProposalClients, healedAtMs: number, budgetMs: number): Promise<void> {
  const stepMs = 100;
  for (let untilMs = healedAtMs + stepMs; untilMs <= healedAtMs + budgetMs; untilMs += stepMs) {
    await world.runUntil(untilMs);
    if (world.violation !== null) return;
    if (clients.firstAcknowledgedAfter(healedAtMs)) return;
  }
  world.fail('liveness', `no proposal made after the heal at ${healedAtMs} ms was acknowledged within ${budgetMs} ms`);
}
