// One run of the whole-cluster workload (README.md): the real WeirNodes — `controllers` combined
// nodes and `brokers` broker-only nodes — on simulated machines whose disks take time to write
// and fsync, an admin client creating and deleting topics through random brokers, the one
// nemesis striking between nodes, and the checkers after every event. Part of sim/cluster/. A
// run is a pure function of its options (seed included):
//   1. fault phase (`timeMs`): nodes start, the admin runs, the schedule's faults land;
//   2. heal: every fault undone, every node that is down started (a refused disk stays down);
//   3. liveness: within `livenessBudgetMs` a leader of the quorum appears and every live broker's
//      image reaches its high watermark and shows the broker unfenced.
import type { WeirNode } from '../../src/node/weir-node.js';
import { defaultDiskLatency } from '../cluster.js';
import { SimMachine } from '../machine.js';
import { Nemesis, type Schedule } from '../nemesis.js';
import { swarmStreamNetwork } from '../sim-network.js';
import type { TraceSink } from '../trace.js';
import { runWhile, sumMachineCounts, type WholeNodeRunSummary } from '../run-steps.js';
import { clusterSwitchArguments, type ClusterTestOnlyOptions } from '../cluster-switches.js';
import { World } from '../world.js';
import { isLogSegment } from '../kafka/weir-node-program.js';
import { ClusterAdmin } from './cluster-admin.js';
import { ClusterCheckers } from './cluster-checkers.js';
import { ClusterRaftSafety } from './cluster-raft-safety.js';
import { watchForFrozenTime } from './frozen-time.js';
import { clusterDiskErrorPath, duplicableFrame, randomClusterSchedule } from './cluster-faults.js';
import { ClusterNodeProgram, type ClusterShape } from './cluster-node-program.js';

export interface ClusterSimulationOptions extends ClusterTestOnlyOptions {
  readonly seed: number;
  readonly shape: ClusterShape;
  /** Length of the fault phase in virtual milliseconds. */
  readonly timeMs: number;
  /** Explicit steps instead of the seed's random schedule ([] for a fault-free run). */
  readonly schedule?: Schedule;
  readonly livenessBudgetMs?: number;
  readonly traceSink?: TraceSink | null;
  /** Test only: anomalies left unreported (a control shows that another checker still catches the fault). */
  readonly withoutAnomalies?: readonly string[];
}

export interface ClusterSimulationSummary extends WholeNodeRunSummary {
  readonly workload: 'cluster';
  readonly controllers: number;
  readonly brokers: number;
  readonly elections: number;
  readonly imagesChecked: number;
  readonly adminDone: number;
}

/** The command that replays a run. */
export function clusterReplayCommand(options: ClusterSimulationOptions): string {
  const parts = ['./bin/weir sim --workload cluster', `--seed ${options.seed}`,
    `--nodes ${options.shape.controllers}`, `--brokers ${options.shape.brokers}`, `--time ${options.timeMs / 1000}s`];
  if (options.schedule !== undefined) parts.push(`--schedule '${JSON.stringify(options.schedule)}'`);
  parts.push(...clusterSwitchArguments(options.testOnly, options.noNodeInvariants));
  if (options.withoutAnomalies !== undefined && options.withoutAnomalies.length > 0) {
    parts.push(`--without ${options.withoutAnomalies.join(',')}`);
  }
  return parts.join(' ');
}

/** Runs one whole-cluster simulation (it never throws for a violation). */
export async function runClusterSimulation(options: ClusterSimulationOptions,
  wallClock: () => number = () => 0): Promise<ClusterSimulationSummary> {
  const startedMs = wallClock();
  const { shape } = options;
  const world = new World({ seed: options.seed, traceSink: options.traceSink ?? null });
  const network = swarmStreamNetwork(world, duplicableFrame);
  const machines: SimMachine<WeirNode>[] = [];
  const raftSafety = new ClusterRaftSafety(world, machines, new Set(options.withoutAnomalies ?? []));
  const program = new ClusterNodeProgram({ shape, nodeInvariants: options.noNodeInvariants !== true,
    raftTap: (machine, status) => raftSafety.tap(machine, status),
    ...(options.testOnly === undefined ? {} : { testOnly: options.testOnly }) });
  for (let id = 1; id <= shape.controllers + shape.brokers; id += 1) {
    machines.push(new SimMachine<WeirNode>(id, program,
      { world, network, diskLatency: defaultDiskLatency, onDown: (machine) => raftSafety.onDown(machine) }));
  }
  const checkers = new ClusterCheckers(world, machines);
  watchForFrozenTime(world);
  const admin = new ClusterAdmin(world, network, machines.map((machine) => machine.id));
  const leader = (): SimMachine<WeirNode> | null =>
    machines.find((machine) => machine.status === 'up' && machine.node?.raftStatus().role === 'leader') ?? null;
  const nemesis = new Nemesis(world, network, {
    machines, leader, corruptible: isLogSegment, diskErrorPath: clusterDiskErrorPath,
    appendInFlight: (machine) => machine.status === 'up' && (machine as SimMachine<WeirNode>).node?.raftStatus().role === 'follower'
      && machine.disk.unsyncedBytes(clusterDiskErrorPath) > 0,
  });
  nemesis.install(options.schedule ?? randomClusterSchedule(world.random.fork('nemesis'), shape, options.timeMs), options.timeMs);
  for (const machine of machines) machine.start();
  admin.start();

  await world.runUntil(options.timeMs);
  if (world.violation === null) {
    nemesis.healAll();
    const healedAtMs = world.nowMs;
    const budgetMs = options.livenessBudgetMs ?? 15_000;
    await runWhile(world, () => lagging(machines, leader()) !== null, healedAtMs + budgetMs);
    const behind = lagging(machines, leader());
    if (world.violation === null && behind !== null) {
      world.fail('liveness', `${budgetMs} ms after the heal at ${Math.round(healedAtMs)} ms: ${behind}`);
    }
  }
  admin.stop();
  return {
    seed: options.seed, workload: 'cluster', controllers: shape.controllers, brokers: shape.brokers,
    simulatedMs: Math.round(world.nowMs), events: world.eventCount, node: sumMachineCounts(machines),
    elections: raftSafety.elections, imagesChecked: checkers.imagesChecked, adminDone: admin.done,
    faults: nemesis.injected, messages: { ...network.counts },
    violations: world.violation === null ? [] : [world.violation],
    traceHash: world.trace.digest(), replay: clusterReplayCommand(options),
    wallMs: Math.round(wallClock() - startedMs),
  };
}

/**
 * What keeps the cluster from being live, or null: no leader, or a live broker (a machine whose
 * disk was not refused) that is down, behind the leader's high watermark, or fenced.
 */
function lagging(machines: readonly SimMachine<WeirNode>[], leader: SimMachine<WeirNode> | null): string | null {
  if (leader === null || leader.node === null) return 'no leader of the metadata quorum';
  const committedOffset = leader.node.raftStatus().highWatermark - 1;
  const leaderImage = leader.node.image();
  for (const machine of machines) {
    if (machine.status === 'refused') continue;
    if (machine.status !== 'up' || machine.node === null) return `node ${machine.id} is ${machine.status}`;
    const image = machine.node.image();
    if (image.offset < committedOffset) {
      return `node ${machine.id}'s image is at offset ${image.offset}, the leader (node ${leader.id}) has committed ${committedOffset}`;
    }
    if (leaderImage.brokers.get(machine.id as never)?.fenced !== false) return `broker ${machine.id} is not registered and unfenced`;
  }
  return null;
}
