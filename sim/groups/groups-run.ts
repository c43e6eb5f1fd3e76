// One run of the groups workload (README.md): a classic consumer group of simulated members on a
// cluster of real WeirNodes (combined broker and controller nodes,
// ../cluster/cluster-node-program.ts), producers writing a topic of replication factor 3, the one
// nemesis crashing, stopping, pausing and isolating the coordinator (and other nodes), cutting
// members off it and crashing members, and the group checkers on every fact the members report.
// Part of sim/groups/. A run is a pure function of its options (seed included):
//   1. fault phase (`timeMs`): nodes start, the topic is created, producers and members run;
//   2. heal: every fault undone, every node and member that is down started;
//   3. liveness: within `livenessBudgetMs` an OffsetCommit sent after the heal is acknowledged;
//   4. drain (members commit and leave, producers stop), the final read of every partition, and
//      the end-of-run checks (every record below a commit consumed; producers' lost writes).
import { KafkaQueueChecker, type KafkaHistoryCounts } from '../checkers/kafka-queue.js';
import { ReplicationInvariants } from '../checkers/replication-invariants.js';
import { clusterSwitchArguments, scheduleArguments, type ClusterTestOnlyOptions } from '../cluster-switches.js';
import { combinedNodeWorld } from '../cluster/combined-node-world.js';
import type { World } from '../world.js';
import { Nemesis, type Schedule } from '../nemesis.js';
import type { TraceSink } from '../trace.js';
import { ReplicatedClients } from '../workloads/replicated-clients.js';
import { runWhile, sumMachineCounts, type WholeNodeRunSummary } from '../run-steps.js';
import { GroupCheckers, type GroupCheckerName, type GroupHistoryCounts } from './group-checkers.js';
import { GroupMembers, type GroupProtocol } from './group-members.js';
import { OffsetAuditor } from './offset-auditor.js';
import { namedGroupSchedule, randomGroupSchedule, type NamedGroupSchedule } from './groups-schedules.js';

export interface GroupsSimulationOptions extends ClusterTestOnlyOptions {
  readonly seed: number;
  /** Combined nodes (3 to 5): every one a voter of the metadata quorum and a broker. */
  readonly nodes: number;
  readonly members: number;
  /** The members' group protocol (default classic). */
  readonly protocol?: GroupProtocol;
  readonly timeMs: number;
  readonly schedule?: Schedule | NamedGroupSchedule;
  readonly livenessBudgetMs?: number;
  /** Test only: checkers left out, so a negative control shows which one catches its bug. */
  readonly without?: readonly GroupCheckerName[];
  readonly traceSink?: TraceSink | null;
}

export interface GroupsSimulationSummary extends WholeNodeRunSummary {
  readonly workload: 'groups';
  readonly nodes: number;
  readonly group: GroupHistoryCounts & { readonly memberCrashes: number };
  readonly producers: KafkaHistoryCounts;
}

export const groupId = 'sim-group';
const topics = [{ name: 'group-t', partitions: 4 }];
const requestTimeoutMs = 800;
/** The members' session: short, so a member cut off or crashed is removed within a run. */
export const memberSessionMs = 1200;

/**
 * Node settings beyond the cluster workload's: sessions as short as the members', no initial
 * rebalance delay, a small offsets topic (3 partitions instead of 50, each of replication
 * factor 3), and ISRs that shrink within a run.
 */
const groupsNodeConfig: ReadonlyArray<readonly [string, string]> = [
  ['replica.lag.time.max.ms', '1000'],
  ['group.min.session.timeout.ms', '500'],
  ['group.initial.rebalance.delay.ms', '0'],
  ['offsets.topic.num.partitions', '3'],
  ['offsets.topic.replication.factor', '3'],
  ['offsets.commit.timeout.ms', '2000'],
  ['group.consumer.session.timeout.ms', String(memberSessionMs)],
  ['group.consumer.heartbeat.interval.ms', '200'],
];

export function groupsReplayCommand(options: GroupsSimulationOptions): string {
  const parts = ['./bin/weir sim --workload groups', `--seed ${options.seed}`, `--nodes ${options.nodes}`,
    `--members ${options.members}`, ...(options.protocol === 'consumer' ? ['--protocol consumer'] : []),
    `--time ${options.timeMs / 1000}s`];
  parts.push(...scheduleArguments(options.schedule));
  if (options.without !== undefined && options.without.length > 0) parts.push(`--without ${options.without.join(',')}`);
  parts.push(...clusterSwitchArguments(options.testOnly, options.noNodeInvariants));
  return parts.join(' ');
}

/** Runs one groups simulation (it never throws for a violation). */
export async function runGroupsSimulation(options: GroupsSimulationOptions,
  wallClock: () => number = () => 0): Promise<GroupsSimulationSummary> {
  const startedMs = wallClock();
  const { world, network, report, machines } = combinedNodeWorld({ ...options, extraConfig: groupsNodeConfig });
  const queue = new KafkaQueueChecker(report);
  const producers = new ReplicatedClients(world, network, { queue, replication: new ReplicationInvariants(report) }, {
    topics, nodeIds: machines.map((machine) => machine.id), replicationFactor: 3, minInsyncReplicas: 2,
    producerCount: 2, consumerCount: 0, requestTimeoutMs, sendAttemptsMax: 4, thinkMs: 40,
  });
  const history = new GroupCheckers(world, report, new Set(options.without ?? []));
  const members = new GroupMembers(world, network, history, { group: groupId, topics, nodeIds: machines.map((machine) => machine.id),
    memberCount: options.members, protocol: options.protocol ?? 'classic', sessionTimeoutMs: memberSessionMs, rebalanceTimeoutMs: 2000, heartbeatIntervalMs: 200,
    commitIntervalMs: 250, requestTimeoutMs });
  const auditor = new OffsetAuditor(world, network, history, { group: groupId, nodeIds: machines.map((machine) => machine.id),
    partitions: producers.partitions.map((partition) => partition.key), intervalMs: 100, requestTimeoutMs });
  const nemesis = new Nemesis(world, network, { machines, corruptible: () => false,
    leader: () => machines.find((machine) => machine.id === members.coordinator()) ?? null,
    crashClient: (name) => members.crash(name) });
  const schedule = typeof options.schedule === 'string' ? namedGroupSchedule(options.schedule, { memberSessionMs })
    : options.schedule ?? randomGroupSchedule(world.random.fork('nemesis'),
      { nodes: options.nodes, members: members.names, timeMs: options.timeMs, memberSessionMs });
  nemesis.install(schedule, options.timeMs);
  for (const machine of machines) machine.start();
  producers.start();
  // The members subscribe to a topic that exists: CreateTopics with replication factor 3 has
  // succeeded, so every broker has registered (see README.md, "What it found", for members that
  // start before: __consumer_offsets is then created with fewer replicas).
  whenTrue(world, () => producers.topicsCreated, () => {
    members.start(100);
    auditor.start(100);
  });

  await world.runUntil(options.timeMs);
  const budgetMs = options.livenessBudgetMs ?? 10_000;
  if (world.violation === null) {
    nemesis.healAll();
    members.restartCrashed();
    const healedAtMs = world.nowMs;
    history.watchCommitsAfter(healedAtMs);
    await runWhile(world, () => history.commitAcknowledgedAfterWatch === null, healedAtMs + budgetMs);
    if (world.violation === null && history.commitAcknowledgedAfterWatch === null) {
      world.fail('liveness', `no OffsetCommit sent after the heal at ${Math.round(healedAtMs)} ms was acknowledged within ${budgetMs} ms`);
    }
  }
  await drain(world, { producers, members, auditor, queue, history }, budgetMs);
  return {
    seed: options.seed, workload: 'groups', nodes: options.nodes, simulatedMs: Math.round(world.nowMs),
    events: world.eventCount, node: sumMachineCounts(machines), group: { ...history.counts, memberCrashes: members.crashes },
    producers: { ...queue.counts }, faults: nemesis.injected, messages: { ...network.counts },
    violations: world.violation === null ? [] : [world.violation], traceHash: world.trace.digest(),
    replay: groupsReplayCommand(options), wallMs: Math.round(wallClock() - startedMs),
  };
}

/** Calls `then` once `condition` holds, looking every 50 ms of virtual time. */
function whenTrue(world: World, condition: () => boolean, then: () => void): void {
  world.schedule(50, null, () => (condition() ? then() : whenTrue(world, condition, then)));
}

/** Lets the members commit and leave, stops the producers, reads every partition, runs the final checks. */
async function drain(world: World, parts: { producers: ReplicatedClients; members: GroupMembers; auditor: OffsetAuditor;
  queue: KafkaQueueChecker; history: GroupCheckers }, budgetMs: number): Promise<void> {
  let stopped = false;
  void Promise.all([parts.members.stop(), parts.producers.stop(), parts.auditor.stop()]).then(() => { stopped = true; });
  await runWhile(world, () => !stopped, world.nowMs + budgetMs);
  if (world.violation !== null) return;
  const deadlineMs = world.nowMs + budgetMs;
  let finished: boolean | null = null;
  void parts.producers.finalRead(deadlineMs, (partition, records) => parts.history.finalRead(partition, records))
    .then((complete) => { finished = complete; },
      (error: unknown) => { world.fail('assertion', `final-reader threw: ${String(error)}`); finished = true; });
  await runWhile(world, () => finished === null, deadlineMs + requestTimeoutMs);
  if (world.violation !== null) return;
  if (finished !== true) {
    world.fail('liveness', `the final read did not reach every partition's high watermark within ${budgetMs} ms`);
    return;
  }
  parts.queue.checkFinal();
}
