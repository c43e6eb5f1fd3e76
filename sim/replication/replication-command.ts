// `weir sim --workload replication`: the command line of the replication workload. Part of
// sim/replication/; sim/command.ts hands it the arguments when `--workload replication` is given.
// Runs one seed (or a range), prints the one-line JSON summary (or the failing seeds of a range),
// and exits non-zero with the first violation and its replay line.
//
//   weir sim --workload replication --seed N [--nodes 3] [--time 8s] [--schedule JSON|NAME]
//            [--unsafe SWITCH@ID,...] [--no-node-invariants]   (test only)
//   weir sim --workload replication --seeds A..B [same options]
import { NodeClock } from '../../src/runtime/nodejs/node-clock.js';
import { replicationSwitchNames as switchNames, type NodeSwitches } from '../node-switches.js';
import { parseDurationMs, readOptions, readSeeds, UsageError } from '../command-values.js';
import type { Schedule } from '../nemesis.js';
import { parseClusterSwitches, runSeeds } from '../cluster-switches.js';
import { runReplicationSimulation, type ReplicationSimulationOptions } from './replication-run.js';
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
  --unsafe LIST       test only: SWITCH@NODE,... (electLeaderOutsideIsr, truncateToHighWatermark,
                      acknowledgeBeforeReplicated, leadBeforeRegistration, showUnknownHighWatermark)
  --no-node-invariants  test only: the nodes skip their own image invariant checks`;

export interface ReplicationSimCommand {
  readonly seed: number;
  readonly lastSeed: number;
  /** Given as `--seeds A..B` (a range reports failing seeds), not `--seed N`. */
  readonly range: boolean;
  readonly options: Omit<ReplicationSimulationOptions, 'seed' | 'traceSink'>;
}

/** Parses `--unsafe SWITCH@NODE,...`, each NODE one of the `nodes` machines. */
function parseSwitches(text: string, nodes: number): Map<number, NodeSwitches> {
  const switches = parseClusterSwitches(text, switchNames);
  for (const id of switches.keys()) {
    if (id < 1 || id > nodes) throw new UsageError(`Cannot use --unsafe node ${id}: the nodes are 1 to ${nodes}`);
  }
  return switches;
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
  const { values, flags } = readOptions(argv, { flags: new Set(['--no-node-invariants']),
    takesValue: new Set(['--workload', '--seed', '--seeds', '--nodes', '--time', '--schedule', '--unsafe']) });
  const noNodeInvariants = flags.has('--no-node-invariants');
  if ((values.get('--workload') ?? 'replication') !== 'replication') throw new UsageError('This command runs --workload replication');
  const { first: seed, last: lastSeed, range } = readSeeds(values);
  const nodes = Number(values.get('--nodes') ?? '3');
  if (!Number.isSafeInteger(nodes) || nodes < 3 || nodes > 5) throw new UsageError(`Cannot use --nodes "${values.get('--nodes')}": expected 3 to 5`);
  const scheduleText = values.get('--schedule');
  const unsafe = values.get('--unsafe');
  return { seed, lastSeed, range, options: {
    nodes, timeMs: parseDurationMs(values.get('--time') ?? '8s'),
    ...(scheduleText === undefined ? {} : { schedule: parseSchedule(scheduleText) }),
    ...(unsafe === undefined ? {} : { testOnly: parseSwitches(unsafe, nodes) }),
    ...(noNodeInvariants ? { noNodeInvariants } : {}),
  } };
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
  return runSeeds({ first: command.seed, last: command.lastSeed, range: command.range },
    (seed) => runReplicationSimulation({ ...command.options, seed }, () => clock.monotonicNow()),
    { stdout: (text) => process.stdout.write(text), stderr: (text) => process.stderr.write(text) });
}
