// `weir sim`: the simulator's command line. Part of sim/; src/cli/sim.ts imports it. Parses the
// options, runs one seed or a range, prints a one-line JSON summary per run (or the failing
// seeds of a range), and exits non-zero with the first violation and its replay command.
//
//   weir sim --seed N [--nodes 3|5] [--time 120s] [--faults partition,loss,crash,pause,skew,corrupt|none]
//            [--schedule NAME|JSON] [--trace FILE]
//   weir sim --seeds A..B [same options]
import { NodeClock } from '../src/runtime/nodejs/node-clock.js';
import { NodeDisk } from '../src/runtime/nodejs/node-disk.js';
import type { TestOnlyUnsafe } from '../raft/mod.js';
import { allFaultKinds, type FaultKind, type Schedule } from './nemesis.js';
import { namedSchedules } from './raft-schedules.js';
import { runSimulation, type SimulationOptions, type SimulationSummary } from './run.js';
import { runClusterSimCommand } from './cluster/cluster-command.js';
import { runReplicationSimCommand } from './replication/replication-command.js';
import { runKafkaSimCommand } from './kafka/kafka-command.js';
import { runGroupsSimCommand } from './groups/groups-command.js';
import { parseDurationMs, parseSeed, UsageError } from './command-values.js';

export const simUsage = `Usage: weir sim --seed N | --seeds A..B [options]

Runs the real Raft node code in the deterministic simulator and checks safety and liveness.

Options:
  --seed N            run one simulation (a run is a pure function of its seed and options)
  --seeds A..B        run seeds A to B inclusive and print the failing ones
  --nodes 3|5         cluster size (default 3)
  --time 120s         length of the fault phase in simulated time (ms, s or m; default 60s)
  --faults LIST       comma-separated: ${allFaultKinds.join(',')}; or none; default all
  --schedule S        a named schedule (${Object.keys(namedSchedules).join(', ')}) or JSON steps
  --trace FILE        write every event as JSON lines to FILE (single seed only)
  --workload kafka    run a whole Weir node under the Kafka workload instead (its own --help)
  --workload cluster  run whole Weir nodes, controllers and brokers, under node faults (its own --help)
  --workload replication  the Kafka workload on a replicated cluster, with failovers (its own --help)
  --workload groups   a consumer group's members through coordinator failovers (its own --help)
  --unsafe-core R     test only: break a core safety rule (grantVotesWithoutLogCheck, ...)
  --unsafe-skip-quorum-state-sync   test only: quorum-state fsyncs do nothing
  --unsafe-send-before-persist      test only: the driver sends messages before persisting
  --without-durability-checker      test only: leave out the durability checker`;

export interface SimCommand {
  readonly seeds: { readonly first: number; readonly last: number; readonly range: boolean };
  readonly options: Omit<SimulationOptions, 'seed' | 'traceSink'>;
  readonly traceFile: string | null;
}

function parseFaults(text: string): FaultKind[] {
  if (text === 'none') return [];
  if (text === 'all') return [...allFaultKinds];
  const faults = text.split(',').map((fault) => fault.trim());
  for (const fault of faults) {
    if (!(allFaultKinds as readonly string[]).includes(fault)) throw new UsageError(`Unknown fault "${fault}"`);
  }
  return faults as FaultKind[];
}

function parseSchedule(text: string): string | Schedule {
  if (!text.startsWith('[')) {
    if (namedSchedules[text] === undefined) throw new UsageError(`Unknown schedule "${text}"`);
    return text;
  }
  try {
    return JSON.parse(text) as Schedule;
  } catch {
    throw new UsageError('Cannot parse --schedule: not a JSON array of fault steps');
  }
}

/** Parses `weir sim` arguments. Throws UsageError. */
export function parseSimArguments(argv: readonly string[]): SimCommand {
  const values = new Map<string, string>();
  const flags = new Set<string>();
  const takesValue = new Set(['--seed', '--seeds', '--nodes', '--time', '--faults', '--schedule', '--trace', '--unsafe-core']);
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index] as string;
    const [name, inline] = argument.includes('=') ? argument.split(/=(.*)/s, 2) as [string, string] : [argument, undefined];
    if (takesValue.has(name)) {
      const value = inline ?? argv[++index];
      if (value === undefined) throw new UsageError(`Option ${name} needs a value`);
      values.set(name, value);
    } else if (['--unsafe-skip-quorum-state-sync', '--unsafe-send-before-persist', '--without-durability-checker'].includes(name)) {
      flags.add(name);
    } else {
      throw new UsageError(`Unknown option "${argument}"`);
    }
  }
  let seeds: SimCommand['seeds'];
  const seedsText = values.get('--seeds');
  if (seedsText !== undefined) {
    const match = /^(\d+)\.\.(\d+)$/.exec(seedsText);
    if (match === null) throw new UsageError(`Cannot parse --seeds "${seedsText}": expected A..B`);
    seeds = { first: parseSeed(match[1] as string), last: parseSeed(match[2] as string), range: true };
    if (seeds.last < seeds.first) throw new UsageError('--seeds A..B needs A <= B');
  } else {
    const seedText = values.get('--seed');
    if (seedText === undefined) throw new UsageError('Give --seed N or --seeds A..B');
    const seed = parseSeed(seedText);
    seeds = { first: seed, last: seed, range: false };
  }
  const nodes = Number(values.get('--nodes') ?? '3');
  if (!Number.isInteger(nodes) || nodes < 1 || nodes > 9) throw new UsageError(`Cannot use --nodes ${String(values.get('--nodes'))}: expected 1 to 9`);
  const unsafeCore = values.get('--unsafe-core');
  const testOnly = {
    ...(unsafeCore === undefined ? {} : { unsafeCore: Object.fromEntries(unsafeCore.split(',').map((rule) => [rule, true])) as TestOnlyUnsafe }),
    ...(flags.has('--unsafe-skip-quorum-state-sync') ? { skipQuorumStateSync: true } : {}),
    ...(flags.has('--unsafe-send-before-persist') ? { sendBeforePersist: true } : {}),
    ...(flags.has('--without-durability-checker') ? { withoutDurabilityChecker: true } : {}),
  };
  const schedule = values.get('--schedule');
  const options: SimCommand['options'] = {
    nodes,
    timeMs: parseDurationMs(values.get('--time') ?? '60s'),
    faults: parseFaults(values.get('--faults') ?? 'all'),
    ...(schedule === undefined ? {} : { schedule: parseSchedule(schedule) }),
    ...(Object.keys(testOnly).length === 0 ? {} : { testOnly }),
  };
  const traceFile = values.get('--trace') ?? null;
  if (traceFile !== null && seeds.range) throw new UsageError('--trace needs a single --seed');
  return { seeds, options, traceFile };
}

/** Explains a failed run: the violation, then the replay line. */
export function describeFailure(summary: SimulationSummary): string {
  const violation = summary.violations[0];
  if (violation === undefined) return '';
  return `seed ${summary.seed}: ${violation.anomaly} at ${violation.timeMs} ms: ${violation.message}\nreplay: ${summary.replay}`;
}

/** Writes trace lines to a file through the Node disk adapter, in large appends. */
class TraceFile {
  private buffered: string[] = [];
  private bufferedChars = 0;
  private writing: Promise<void> = Promise.resolve();
  private readonly encoder = new TextEncoder();

  private constructor(private readonly file: import('../storage/mod.js').DiskFile) {}

  static async open(path: string): Promise<TraceFile> {
    const disk = new NodeDisk();
    const file = await disk.open(path, { create: true });
    await file.truncate(0);
    return new TraceFile(file);
  }

  add(line: string): void {
    this.buffered.push(line);
    this.bufferedChars += line.length + 1;
    if (this.bufferedChars > 1 << 20) this.flush();
  }

  private flush(): void {
    const text = this.buffered.join('\n') + '\n';
    this.buffered = [];
    this.bufferedChars = 0;
    const bytes = this.encoder.encode(text);
    this.writing = this.writing.then(async () => { await this.file.append(bytes); });
  }

  async close(): Promise<void> {
    if (this.buffered.length > 0) this.flush();
    await this.writing;
    await this.file.sync();
    await this.file.close();
  }
}

/** Runs `weir sim`; returns the exit code (0 clean, 1 violation, 2 usage). */
export async function runSimCommand(argv: readonly string[]): Promise<number> {
  // `--workload kafka` runs the whole node under the Kafka workload (sim/kafka/); default: Raft.
  const workloadAt = argv.indexOf('--workload');
  if (argv.includes('--workload=kafka') || (workloadAt >= 0 && argv[workloadAt + 1] === 'kafka')) return runKafkaSimCommand(argv);
  // `--workload cluster` runs whole WeirNodes, controllers and brokers (sim/cluster/).
  if (argv.includes('--workload=cluster') || (workloadAt >= 0 && argv[workloadAt + 1] === 'cluster')) return runClusterSimCommand(argv);
  // `--workload replication` runs the Kafka workload on a replicated cluster (sim/replication/).
  if (argv.includes('--workload=replication') || (workloadAt >= 0 && argv[workloadAt + 1] === 'replication')) {
    return runReplicationSimCommand(argv);
  }
  // `--workload groups` runs a consumer group of simulated members on such a cluster (sim/groups/).
  if (argv.includes('--workload=groups') || (workloadAt >= 0 && argv[workloadAt + 1] === 'groups')) return runGroupsSimCommand(argv);
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${simUsage}\n`);
    return 0;
  }
  let command: SimCommand;
  try {
    command = parseSimArguments(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`weir sim: ${error.message}\n${simUsage}\n`);
    return 2;
  }
  const clock = new NodeClock();
  const wallClock = (): number => clock.monotonicNow();
  if (!command.seeds.range) {
    const trace = command.traceFile === null ? null : await TraceFile.open(command.traceFile);
    const summary = await runSimulation(
      { ...command.options, seed: command.seeds.first, traceSink: trace === null ? null : (line) => trace.add(line) },
      wallClock,
    );
    await trace?.close();
    process.stdout.write(`${JSON.stringify(summary)}\n`);
    if (summary.violations.length === 0) return 0;
    process.stderr.write(`${describeFailure(summary)}\n`);
    return 1;
  }
  return runSeedRange(command, wallClock);
}

async function runSeedRange(command: SimCommand, wallClock: () => number): Promise<number> {
  const startedMs = wallClock();
  const failing: number[] = [];
  let simulatedMs = 0;
  let events = 0;
  for (let seed = command.seeds.first; seed <= command.seeds.last; seed += 1) {
    const summary = await runSimulation({ ...command.options, seed }, wallClock);
    simulatedMs += summary.simulatedMs;
    events += summary.events;
    if (summary.violations.length > 0) {
      failing.push(seed);
      process.stdout.write(`${describeFailure(summary)}\n`);
    }
  }
  const wallMs = Math.max(1, wallClock() - startedMs);
  const seedCount = command.seeds.last - command.seeds.first + 1;
  process.stdout.write(`${JSON.stringify({
    seeds: seedCount, failing, simulatedMs, events, wallMs: Math.round(wallMs),
    simulatedPerWallSecond: Math.round(simulatedMs / wallMs), seedsPerMinute: Math.round((seedCount * 60_000) / wallMs),
  })}\n`);
  return failing.length === 0 ? 0 : 1;
}
