// One run of the Kafka workload: a whole Weir node (src/node/weir-node.ts) on a simulated machine,
// simulated clients producing and fetching through its Kafka listener over the simulated
// network, a nemesis crashing, pausing and cutting it off, and the Jepsen queue checker.
// Part of sim/kafka/. A run is a pure function of its options (seed included):
//
//   1. build the world, the stream-mode network, the node machine and the clients; the seed
//      draws the base latency and, unless a schedule is given, the fault schedule;
//   2. fault phase (`timeMs`): the node starts, the admin creates the topics, producers and
//      consumers run, the nemesis injects faults, the checker watches every answer;
//   3. heal: faults undone, the node restarted if it is down;
//   4. liveness: within `livenessBudgetMs` a produce made after the heal is acknowledged;
//   5. drain: clients stop and every request in flight ends (answer or timeout);
//   6. final read of every partition from offset 0 to its high watermark, then the end-of-run
//      analyses (lost-write, unseen, poll-skip), and the summary with the replay command.
import { KafkaMetadataChecker } from '../checkers/kafka-metadata.js';
import { KafkaQueueChecker, type KafkaHistoryCounts } from '../checkers/kafka-queue.js';
import type { TestOnlyBreakDurability } from '../../storage/mod.js';
import { swarmStreamNetwork, type SimNetwork } from '../sim-network.js';
import type { TraceSink } from '../trace.js';
import { runWhile, sumMachineCounts } from '../run-steps.js';
import { World, type Violation } from '../world.js';
import { KafkaClients, type KafkaClientFaults } from '../workloads/kafka-clients.js';
import { Nemesis, type Schedule } from '../nemesis.js';
import { diskErrorPath, randomKafkaSchedule, type KafkaFaultKind } from './kafka-faults.js';
import { SimMachine, type MachineCounts } from '../machine.js';
import { isLogSegment, WeirNodeProgram, type FlushPolicy } from './weir-node-program.js';

export interface KafkaSimulationOptions {
  readonly seed: number;
  /** Machines running a Weir node, all voters of one static quorum (default 1). */
  readonly nodes?: number;
  /** Length of the fault phase in virtual milliseconds. */
  readonly timeMs: number;
  /** Fault families the random schedule draws from ([] for none). */
  readonly faults: readonly KafkaFaultKind[];
  /** Explicit steps instead of a random schedule. */
  readonly schedule?: Schedule;
  /** 'every-message' (default): topics get flush.messages=1; 'never': Kafka's default policy. */
  readonly flush?: FlushPolicy;
  readonly traceSink?: TraceSink | null;
  /** How long after the heal a new acknowledgement (and then the final read) may take. */
  readonly livenessBudgetMs?: number;
  /** Test-only client misbehaviour (negative controls of the checkers). */
  readonly testOnly?: KafkaClientFaults;
  /** Test-only switches in the real node that break durability (negative controls). */
  readonly testOnlyNode?: TestOnlyBreakDurability;
}

/** The one-line result of a run. Everything but `wallMs` is a function of the options. */
export interface KafkaSimulationSummary {
  readonly seed: number;
  readonly workload: 'kafka';
  readonly simulatedMs: number;
  readonly events: number;
  /** Summed over the node machines. */
  readonly node: MachineCounts;
  readonly history: KafkaHistoryCounts & { readonly metadataAnswers: number };
  readonly faults: number;
  /** Disk errors that fired and bits flipped by the corrupt fault (SimDisk's counters). */
  readonly disk: { readonly injectedFailures: number; readonly corruptions: number };
  readonly messages: SimNetwork['counts'];
  readonly violations: readonly Violation[];
  readonly traceHash: string;
  readonly replay: string;
  readonly wallMs: number;
}

/** Client request timeout (request.timeout.ms): after it the answer is indeterminate. */
const requestTimeoutMs = 1000;

/** The exact command that replays a run. */
export function kafkaReplayCommand(options: KafkaSimulationOptions): string {
  const parts = ['./bin/weir sim --workload kafka', `--seed ${options.seed}`];
  if ((options.nodes ?? 1) !== 1) parts.push(`--nodes ${options.nodes}`);
  parts.push(`--time ${options.timeMs / 1000}s`);
  if (options.schedule === undefined) parts.push(`--faults ${options.faults.length === 0 ? 'none' : options.faults.join(',')}`);
  else parts.push(`--schedule '${JSON.stringify(options.schedule)}'`);
  if ((options.flush ?? 'every-message') !== 'every-message') parts.push(`--flush ${options.flush}`);
  const unsafe = Object.entries(options.testOnly ?? {}).filter(([, on]) => on === true).map(([name]) => name);
  if (unsafe.length > 0) parts.push(`--unsafe-client ${unsafe.join(',')}`);
  const unsafeNode = Object.entries(options.testOnlyNode ?? {}).filter(([, on]) => on === true).map(([name]) => name);
  if (unsafeNode.length > 0) parts.push(`--unsafe-node ${unsafeNode.join(',')}`);
  return parts.join(' ');
}

/** Runs one Kafka simulation and returns its summary (it never throws for a violation). */
export async function runKafkaSimulation(options: KafkaSimulationOptions,
  wallClock: () => number = () => 0): Promise<KafkaSimulationSummary> {
  const startedMs = wallClock();
  const world = new World({ seed: options.seed, traceSink: options.traceSink ?? null });
  const network = swarmStreamNetwork(world);
  const flush = options.flush ?? 'every-message';
  const checker = new KafkaQueueChecker((anomaly, message) => world.fail(anomaly, message));
  const metadata = new KafkaMetadataChecker((anomaly, message) => world.fail(anomaly, message));
  const nodeCount = options.nodes ?? 1;
  const program = new WeirNodeProgram({ nodeCount,
    ...(options.testOnlyNode === undefined ? {} : { testOnlyNode: options.testOnlyNode }) });
  const machines = Array.from({ length: nodeCount }, (_, index) => new SimMachine(index + 1, program, { world, network }));
  const clients = new KafkaClients(world, network, checker, {
    topics: [{ name: 'sim-a', partitions: 2 }, { name: 'sim-b', partitions: 1 }],
    producerCount: 3, consumerCount: 2, flushEveryMessage: flush === 'every-message',
    requestTimeoutMs, thinkMs: 20, corruptionInjected: () => machines.some((machine) => machine.corrupted), metadata,
    ...(options.testOnly === undefined ? {} : { faults: options.testOnly }),
  });
  const nemesis = new Nemesis(world, network, { machines, corruptible: isLogSegment, diskErrorPath });
  const clientMachines = clients.machineNames.filter((name) => name !== 'admin');
  const schedule = options.schedule
    ?? randomKafkaSchedule(world.random.fork('nemesis'), { timeMs: options.timeMs, faults: options.faults, clients: clientMachines });
  nemesis.install(schedule, options.timeMs);
  for (const machine of machines) machine.start();
  clients.start();

  await world.runUntil(options.timeMs);
  const budgetMs = options.livenessBudgetMs ?? 10_000;
  // A node that refused its corrupted disk stays down: nothing more can be asked of it, and what
  // it served before was checked as it arrived.
  const refused = (): boolean => machines.some((machine) => machine.status === 'refused');
  if (world.violation === null && !refused()) {
    nemesis.healAll();
    clients.watchAcknowledgementsAfter(world.nowMs);
    const healedAtMs = world.nowMs;
    await runWhile(world, () => !clients.acknowledgedSinceWatch, healedAtMs + budgetMs);
    if (world.violation === null && !clients.acknowledgedSinceWatch) {
      world.fail('liveness', `no produce invoked after the heal at ${healedAtMs} ms was acknowledged within ${budgetMs} ms`);
    }
  }
  await drain(world, clients, checker, { budgetMs, refused });
  return {
    seed: options.seed,
    workload: 'kafka',
    simulatedMs: Math.round(world.nowMs),
    events: world.eventCount,
    node: sumMachineCounts(machines),
    history: { ...checker.counts, metadataAnswers: metadata.answers },
    faults: nemesis.injected,
    disk: { injectedFailures: sum(machines, (machine) => machine.disk.stats().injectedFailures),
      corruptions: sum(machines, (machine) => machine.disk.stats().corruptions) },
    messages: { ...network.counts },
    violations: world.violation === null ? [] : [world.violation],
    traceHash: world.trace.digest(),
    replay: kafkaReplayCommand(options),
    wallMs: Math.round(wallClock() - startedMs),
  };
}


function sum<T>(items: readonly T[], value: (item: T) => number): number {
  return items.reduce((total, item) => total + value(item), 0);
}

/** Stops the clients, waits for every request in flight, then does the final read and checks. */
async function drain(world: World, clients: KafkaClients, checker: KafkaQueueChecker,
  options: { budgetMs: number; refused: () => boolean }): Promise<void> {
  const budgetMs = options.budgetMs;
  let stopped = false;
  void clients.stop().then(() => { stopped = true; });
  await runWhile(world, () => !stopped, world.nowMs + requestTimeoutMs + 1000);
  if (world.violation !== null) return;
  if (options.refused()) {
    world.record('corruption-detected', { outcome: 'the node refused its disk' });
    return;
  }
  const deadlineMs = world.nowMs + budgetMs;
  let finished: boolean | null = null;
  void clients.finalRead(deadlineMs).then((complete) => { finished = complete; });
  await runWhile(world, () => finished === null, deadlineMs + requestTimeoutMs);
  if (world.violation !== null) return;
  if (finished !== true) {
    world.fail('liveness', `the final read did not reach every partition's high watermark within ${budgetMs} ms`);
    return;
  }
  checker.checkFinal();
}
