// One run of the replication workload (README.md): the Kafka queue workload on a cluster of real
// WeirNodes (combined broker and controller nodes, ../cluster/cluster-node-program.ts), topics of
// replication factor 3 with min.insync.replicas=2, producers with acks 0, 1 and -1 and consumers
// following the leaders, the one nemesis crashing, restarting, pausing, partitioning and skewing
// the brokers, and the checkers after every event. Part of sim/replication/. A run is a pure
// function of its options (seed included):
//   1. fault phase (`timeMs`): nodes start, the topics are created, clients run, faults land;
//   2. heal: every fault undone, every node that is down started;
//   3. liveness: within `livenessBudgetMs` an acks=-1 send invoked after the heal is acknowledged;
//   4. settle (replicas catch up), drain (clients stop, requests in flight end), final read of
//      every partition from its leader, then the end-of-run queue analyses.
import { NO_LEADER, type MetadataImage } from '../../src/metadata/image/metadata-image.js';
import { partitionKey } from '../../src/broker/partition/partition-directory.js';
import { KafkaQueueChecker, type KafkaHistoryCounts } from '../checkers/kafka-queue.js';
import { ReplicationInvariants, type ObservedNode } from '../checkers/replication-invariants.js';
import { clusterSwitchArguments, scheduleArguments, type ClusterTestOnlyOptions } from '../cluster-switches.js';
import { combinedNodeWorld } from '../cluster/combined-node-world.js';
import type { World } from '../world.js';
import type { SimMachine } from '../machine.js';
import type { WeirNode } from '../../src/node/weir-node.js';
import { Nemesis, type Schedule } from '../nemesis.js';
import type { TraceSink } from '../trace.js';
import { ReplicatedClients } from '../workloads/replicated-clients.js';
import { runWhile, sumMachineCounts, type WholeNodeRunSummary } from '../run-steps.js';
import { namedReplicationSchedule, randomReplicationSchedule, type NamedReplicationSchedule } from './replication-schedules.js';

export interface ReplicationSimulationOptions extends ClusterTestOnlyOptions {
  readonly seed: number;
  /** Combined nodes (3 to 5): every one a voter of the metadata quorum and a broker. */
  readonly nodes: number;
  readonly timeMs: number;
  /** Explicit steps, or a named regression schedule, instead of the seed's random schedule. */
  readonly schedule?: Schedule | NamedReplicationSchedule;
  readonly livenessBudgetMs?: number;
  readonly traceSink?: TraceSink | null;
}

export interface ReplicationSimulationSummary extends WholeNodeRunSummary {
  readonly workload: 'replication';
  readonly nodes: number;
  readonly history: KafkaHistoryCounts;
  readonly replication: { readonly leaderEpochs: number; readonly comparisons: number };
}

/** The workload's topics: the first partition is the one node 0 of a schedule follows. */
const topics = [{ name: 'sim-a', partitions: 2 }, { name: 'sim-b', partitions: 1 }];
const requestTimeoutMs = 1000;
/**
 * Node settings beyond the cluster workload's: Kafka's replica.lag.time.max.ms (30 s) comes down
 * to a second, so a follower cut off or paused leaves the ISR within a run, and ISRs shrink and
 * grow back under the faults.
 */
const replicationNodeConfig: ReadonlyArray<readonly [string, string]> = [['replica.lag.time.max.ms', '1000']];

/** The command that replays a run. */
export function replicationReplayCommand(options: ReplicationSimulationOptions): string {
  const parts = ['./bin/weir sim --workload replication', `--seed ${options.seed}`, `--nodes ${options.nodes}`,
    `--time ${options.timeMs / 1000}s`];
  parts.push(...scheduleArguments(options.schedule));
  parts.push(...clusterSwitchArguments(options.testOnly, options.noNodeInvariants));
  return parts.join(' ');
}

/** Runs one replication simulation (it never throws for a violation). */
export async function runReplicationSimulation(options: ReplicationSimulationOptions,
  wallClock: () => number = () => 0): Promise<ReplicationSimulationSummary> {
  const startedMs = wallClock();
  const { world, network, report, machines } = combinedNodeWorld({ ...options, extraConfig: replicationNodeConfig });
  const queue = new KafkaQueueChecker(report, { checkTruncatedReads: true });
  const replication = new ReplicationInvariants(report);
  const roles = new Map<string, string>();
  world.afterEachEvent(() => {
    if (world.violation !== null) return;
    const observed = observeNodes(machines);
    traceRoles(world, observed, roles);
    replication.observe(observed);
  });
  const clients = new ReplicatedClients(world, network, { queue, replication }, {
    topics, nodeIds: machines.map((machine) => machine.id), replicationFactor: 3, minInsyncReplicas: 2,
    producerCount: 2, consumerCount: 2, requestTimeoutMs, sendAttemptsMax: 4, thinkMs: 30,
  });
  const nemesis = new Nemesis(world, network, { machines, leader: () => partitionLeader(machines, 'sim-a', 0),
    corruptible: () => false });
  const schedule = typeof options.schedule === 'string' ? namedReplicationSchedule(options.schedule, options.nodes)
    : options.schedule ?? randomReplicationSchedule(world.random.fork('nemesis'), { nodes: options.nodes, timeMs: options.timeMs });
  nemesis.install(schedule, options.timeMs);
  for (const machine of machines) machine.start();
  clients.start();

  await world.runUntil(options.timeMs);
  const budgetMs = options.livenessBudgetMs ?? 10_000;
  if (world.violation === null) {
    nemesis.healAll();
    clients.watchAcknowledgementsAfter(world.nowMs);
    const healedAtMs = world.nowMs;
    await runWhile(world, () => !clients.acknowledgedSinceWatch, healedAtMs + budgetMs);
    if (world.violation === null && !clients.acknowledgedSinceWatch) {
      world.fail('liveness', `no acks=-1 send invoked after the heal at ${Math.round(healedAtMs)} ms was acknowledged within ${budgetMs} ms`);
    }
  }
  await drain(world, clients, queue, budgetMs);
  return {
    seed: options.seed, workload: 'replication', nodes: options.nodes, simulatedMs: Math.round(world.nowMs),
    events: world.eventCount, node: sumMachineCounts(machines), history: { ...queue.counts },
    replication: { leaderEpochs: replication.leaderEpochsSeen, comparisons: replication.comparisons },
    faults: nemesis.injected, messages: { ...network.counts },
    violations: world.violation === null ? [] : [world.violation], traceHash: world.trace.digest(),
    replay: replicationReplayCommand(options), wallMs: Math.round(wallClock() - startedMs),
  };
}

/** What the replication invariants see of every running node. */
function observeNodes(machines: readonly SimMachine<WeirNode>[]): ObservedNode[] {
  const observed: ObservedNode[] = [];
  for (const machine of machines) {
    const node = machine.node;
    if (node === null || machine.status !== 'up') continue;
    const image = node.image();
    observed.push({ id: machine.id, incarnation: machine.incarnation, image, disk: machine.disk,
      replicas: node.hostedPartitions().map((partition) => {
        const { topicName, topicId, partitionIndex } = partition.id;
        return { key: `${topicName}/${partitionIndex}`, topicId, partition: partitionIndex,
          directory: `/data/kafka/${partitionKey(topicName, partitionIndex)}`, leaderEpoch: partition.leaderEpoch,
          highWatermark: partition.highWatermark, logEndOffset: partition.offsets.logEndOffset, isLeader: partition.isLeader };
      }) });
  }
  return observed;
}

/** Traces each replica's role when it changes (`replica` lines: node, partition, role, leader epoch). */
function traceRoles(world: World, nodes: readonly ObservedNode[], last: Map<string, string>): void {
  for (const node of nodes) {
    for (const replica of node.replicas) {
      const role = `${replica.isLeader ? 'leader' : 'follower'} ${replica.leaderEpoch}`;
      const key = `${node.id}#${node.incarnation} ${replica.key}`;
      if (last.get(key) === role) continue;
      last.set(key, role);
      world.record('replica', { node: node.id, partition: replica.key, role: replica.isLeader ? 'leader' : 'follower',
        leaderEpoch: replica.leaderEpoch, logEndOffset: replica.logEndOffset, highWatermark: replica.highWatermark });
    }
  }
}

/** The machine leading `topic`-`partition` in the most advanced image of a running node, or null. */
function partitionLeader(machines: readonly SimMachine<WeirNode>[], topic: string, partition: number): SimMachine<WeirNode> | null {
  let newest: MetadataImage | null = null;
  for (const machine of machines) {
    const image = machine.status === 'up' ? machine.node?.image() ?? null : null;
    if (image !== null && (newest === null || image.offset > newest.offset)) newest = image;
  }
  const topicImage = newest === null ? undefined : [...newest.topicsById.values()].find((candidate) => candidate.name === topic);
  const leader = topicImage?.partitions[partition]?.leader ?? NO_LEADER;
  return machines.find((machine) => machine.id === leader) ?? null;
}

/** Lets replicas catch up, stops the clients, then reads every partition and runs the final checks. */
async function drain(world: World, clients: ReplicatedClients, queue: KafkaQueueChecker, budgetMs: number): Promise<void> {
  await runWhile(world, () => true, world.nowMs + 500);
  let stopped = false;
  void clients.stop().then(() => { stopped = true; });
  await runWhile(world, () => !stopped, world.nowMs + budgetMs);
  if (world.violation !== null) return;
  const deadlineMs = world.nowMs + budgetMs;
  let finished: boolean | null = null;
  void clients.finalRead(deadlineMs).then((complete) => { finished = complete; },
    (error: unknown) => { world.fail('assertion', `final-reader threw: ${String(error)}`); finished = true; });
  await runWhile(world, () => finished === null, deadlineMs + requestTimeoutMs);
  if (world.violation !== null) return;
  if (finished !== true) {
    world.fail('liveness', `the final read did not reach every partition's high watermark within ${budgetMs} ms`);
    return;
  }
  queue.checkFinal();
}
