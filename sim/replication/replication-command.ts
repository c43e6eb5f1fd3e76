// `weir sim --workload replication`: the command line of the replication workload. Part of
// sim/replication/; sim/command.ts hands it the arguments when `--workload replication` is given.
// Runs one seed (or a range), prints the one-line JSON summary (or the failing seeds of a range),
// and exits non-zero with the first violation and its replay line.
//
//   weir sim --workload replication --seed N [--nodes 3] [--time 8s] [--schedule JSON|NAME]
//            [--unsafe SWITCH@ID,...] [--no-node-invariants]   (test only)
//   weir sim --workload replication --seeds A..B [same options]
import { NodeClock } from '../../src/runtime/nodejs/node-clock.js';
import type { TestOnlyBreakCluster } from '../../src/metadata/test-only-break-cluster.js';
import { parseDurationMs, parseSeed, UsageError } from '../command-values.js';
import type { Schedule } from '../nemesis.js';
import {
  runReplicationSimulation, type ReplicationSimulationOptions, type ReplicationSimulationSummary,
} from './replication-run.js';
import { namedReplicationSchedules, type NamedReplicationSchedule } from './replication-schedules.js';

export const replicationSimUsage = `Usage: weir sim --workload replication --seed N | --seeds A..B [options]

Runs the Kafka queue workload on a cluster of whole Weir nodes (each a broker and a controller):
topics of replication factor 3 and min.insync.replicas=2, producers with acks 0, 1 and -1 and
consumers following the partition leaders, while the nemesis crashes (with torn writes),
restarts, pauses, partitions and skews the brokers. Checks Jepsen's queue anomalies and the
replication invariants (one leader per leader epoch, the leader in the ISR, every ISR member
holding every record below the high watermark, a high watermark that never goes back) after
every event, and liveness after the heal.

Options:
  --seed N            run one simulation (a run is a pure function of its seed and options)
  --seeds A..B        run seeds A to B inclusive and print the failing ones
  --nodes N           brokers, each also a controller (3 to 5; default 3)
  --time 8s           length of the fault phase in simulated time (ms, s or m; default 8s)
  --schedule S        explicit fault steps (JSON) or a named regression schedule:
                      ${namedReplicationSchedules.join(', ')}
  --unsafe LIST       test only: SWITCH@NODE,... (${['electLeaderOutsideIsr', 'truncateToHighWatermark',
    'acknowledgeBeforeReplicated'].join(', ')})
  --no-node-invariants  test only: the nodes skip their own image invariant checks`;

const switchNames: ReadonlyArray<keyof TestOnlyBreakCluster> =
  ['electLeaderOutsideIsr', 'truncateToHighWatermark', 'acknowledgeBeforeReplicated'];

export interface ReplicationSimCommand {
  readonly seed: number;
  readonly lastSeed: number;
  readonly options: Omit<ReplicationSimulationOptions, 'seed' | 'traceSink'>;
}

/** Parses `--unsafe SWITCH@NODE,...` (a NODE of 0 switches it on every node). */
function parseSwitches(text: string, nodes: number): Map<number, TestOnlyBreakCluster> {
  const switches = new Map<number, Record<string, boolean>>();
  for (const item of text.split(',')) {
    const match = /^(\w+)@(\d+)$/.exec(item.trim());
    if (match === null || !(switchNames as readonly string[]).includes(match[1] as string)) {
      throw new UsageError(`Unknown --unsafe item "${item}": expected SWITCH@NODE with SWITCH one of ${switchNames.join(', ')}`);
    }
    const id = Number(match[2]);
    if (id > nodes) throw new UsageError(`Cannot use --unsafe item "${item}": there are ${nodes} nodes`);
    switches.set(id, { ...switches.get(id), [match[1] as string]: true });
  }
  return switches as Map<number, TestOnlyBreakCluster>;
}

function parseSchedule(text: string): Schedule | NamedReplicationSchedule {
  if ((namedReplicationSchedules as readonly string[]).includes(text)) return text as NamedReplicationSchedule;
  try {
    return JSON.parse(text) as Schedule;
  } catch {
    throw new UsageError(`Cannot parse --schedule: neither JSON fault steps nor one of ${namedReplicationSchedules.join(', ')}`);
  }
}

/** Parses the arguments (with or without `--workload replication`). Throws UsageError. */
export function parseReplicationSimArguments(argv: readonly string[]): ReplicationSimCommand {
  const values = new Map<string, string>();
  let noNodeInvariants = false;
  const takesValue = new Set(['--workload', '--seed', '--seeds', '--nodes', '--time', '--schedule', '--unsafe']);
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index] as string;
    if (argument === '--no-node-invariants') {
      noNodeInvariants = true;
      continue;
    }
    const [name, inline] = argument.includes('=') ? argument.split(/=(.*)/s, 2) as [string, string] : [argument, undefined];
    if (!takesValue.has(name)) throw new UsageError(`Unknown option "${argument}"`);
    const value = inline ?? argv[++index];
    if (value === undefined) throw new UsageError(`Option ${name} needs a value`);
    values.set(name, value);
  }
  if ((values.get('--workload') ?? 'replication') !== 'replication') throw new UsageError('This command runs --workload replication');
  const range = values.get('--seeds');
  const rangeMatch = range === undefined ? null : /^(\d+)\.\.(\d+)$/.exec(range);
  if (range !== undefined && rangeMatch === null) throw new UsageError(`Cannot parse --seeds "${range}": expected A..B`);
  const single = values.get('--seed');
  if (rangeMatch === null && single === undefined) throw new UsageError('Give --seed N or --seeds A..B');
  const seed = parseSeed(rangeMatch === null ? single as string : rangeMatch[1] as string);
  const lastSeed = rangeMatch === null ? seed : parseSeed(rangeMatch[2] as string);
  if (lastSeed < seed) throw new UsageError('--seeds A..B needs A <= B');
  const nodes = Number(values.get('--nodes') ?? '3');
  if (!Number.isSafeInteger(nodes) || nodes < 3 || nodes > 5) throw new UsageError(`Cannot use --nodes "${values.get('--nodes')}": expected 3 to 5`);
  const scheduleText = values.get('--schedule');
  const unsafe = values.get('--unsafe');
  return { seed, lastSeed, options: {
    nodes, timeMs: parseDurationMs(values.get('--time') ?? '8s'),
    ...(scheduleText === undefined ? {} : { schedule: parseSchedule(scheduleText) }),
    ...(unsafe === undefined ? {} : { testOnly: parseSwitches(unsafe, nodes) }),
    ...(noNodeInvariants ? { noNodeInvariants } : {}),
  } };
}

/** Explains a failed run: the violation, then the replay line. */
export function describeReplicationFailure(summary: ReplicationSimulationSummary): string {
  const violation = summary.violations[0];
  if (violation === undefined) return '';
  return `seed ${summary.seed}: ${violation.anomaly} at ${violation.timeMs} ms: ${violation.message}\nreplay: ${summary.replay}`;
}

/** Runs `weir sim --workload replication`; returns the exit code (0 clean, 1 violation, 2 usage). */
export async function runReplicationSimCommand(argv: readonly string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${replicationSimUsage}\n`);
    return 0;
  }
  let command: ReplicationSimCommand;
  try {
    command = parseReplicationSimArguments(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`weir sim: ${error.message}\n${replicationSimUsage}\n`);
    return 2;
  }
  const clock = new NodeClock();
  const failing: number[] = [];
  const range = command.lastSeed > command.seed;
  for (let seed = command.seed; seed <= command.lastSeed; seed += 1) {
    const summary = await runReplicationSimulation({ ...command.options, seed }, () => clock.monotonicNow());
    if (!range) process.stdout.write(`${JSON.stringify(summary)}\n`);
    if (summary.violations.length === 0) continue;
    failing.push(seed);
    (range ? process.stdout : process.stderr).write(`${describeReplicationFailure(summary)}\n`);
  }
  if (range) process.stdout.write(`${JSON.stringify({ seeds: command.lastSeed - command.seed + 1, failing })}\n`);
  return failing.length === 0 ? 0 : 1;
}
