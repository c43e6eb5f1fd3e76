// `weir sim --workload groups`: the command line of the groups workload. Part of sim/groups/;
// sim/command.ts hands it the arguments when `--workload groups` is given. Runs one seed (or a
// range), prints the one-line JSON summary (or the failing seeds of a range), and exits non-zero
// with the first violation and its replay line.
//
//   weir sim --workload groups --seed N [--nodes 3] [--members 3] [--time 8s] [--schedule JSON|NAME]
//            [--without ownership,offsets,resume] [--unsafe SWITCH@ID,...] [--no-node-invariants]   (test only)
//   weir sim --workload groups --seeds A..B [same options]
import { NodeClock } from '../../src/runtime/nodejs/node-clock.js';
import { groupsSwitchNames, type NodeSwitches } from '../node-switches.js';
import { parseDurationMs, readOptions, readSeeds, UsageError } from '../command-values.js';
import type { Schedule } from '../nemesis.js';
import { parseClusterSwitches, runSeeds } from '../cluster-switches.js';
import type { GroupCheckerName } from './group-checkers.js';
import { runGroupsSimulation, type GroupsSimulationOptions } from './groups-run.js';
import { namedGroupSchedules, type NamedGroupSchedule } from './groups-schedules.js';

export const groupsSimUsage = `Usage: weir sim --workload groups --seed N | --seeds A..B [options]

Runs a classic consumer group of simulated members (FindCoordinator, JoinGroup with a range
assignor in the leader, SyncGroup, Heartbeat, OffsetFetch, Fetch, OffsetCommit, LeaveGroup) and
producers on a cluster of whole Weir nodes, while the nemesis crashes, stops, pauses and isolates
the coordinator, cuts members off it and crashes members. Checks that no two members of one
generation own a partition, that committed offsets never go back, and that the group resumes at
its committed offsets without skipping a record; then liveness after the heal.

Options:
  --seed N            run one simulation (a run is a pure function of its seed and options)
  --seeds A..B        run seeds A to B inclusive and print the failing ones
  --nodes N           brokers, each also a controller (3 to 5; default 3)
  --members N         group members (1 to 6; default 3)
  --protocol P        classic (JoinGroup/SyncGroup, default) or consumer (KIP-848 ConsumerGroupHeartbeat)
  --time 8s           length of the fault phase in simulated time (ms, s or m; default 8s)
  --schedule S        explicit fault steps (JSON) or a named schedule: ${namedGroupSchedules.join(', ')}
  --without LIST      test only: leave out checkers (ownership, offsets, resume)
  --unsafe LIST       test only: SWITCH@NODE,... (${groupsSwitchNames.join(', ')})
  --no-node-invariants  test only: the nodes skip their own image invariant checks`;

const checkerNames: readonly GroupCheckerName[] = ['ownership', 'offsets', 'resume'];

export interface GroupsSimCommand {
  readonly seed: number;
  readonly lastSeed: number;
  readonly range: boolean;
  readonly options: Omit<GroupsSimulationOptions, 'seed' | 'traceSink'>;
}

function parseSwitches(text: string, nodes: number): Map<number, NodeSwitches> {
  const switches = parseClusterSwitches(text, groupsSwitchNames);
  for (const id of switches.keys()) {
    if (id < 1 || id > nodes) throw new UsageError(`Cannot use --unsafe node ${id}: the nodes are 1 to ${nodes}`);
  }
  return switches;
}

function parseSchedule(text: string): Schedule | NamedGroupSchedule {
  if ((namedGroupSchedules as readonly string[]).includes(text)) return text as NamedGroupSchedule;
  try {
    return JSON.parse(text) as Schedule;
  } catch {
    throw new UsageError(`Cannot parse --schedule: neither JSON fault steps nor one of ${namedGroupSchedules.join(', ')}`);
  }
}

function parseWithout(text: string): GroupCheckerName[] {
  const names = text.split(',').map((name) => name.trim());
  for (const name of names) {
    if (!(checkerNames as readonly string[]).includes(name)) {
      throw new UsageError(`Unknown --without checker "${name}": expected ${checkerNames.join(', ')}`);
    }
  }
  return names as GroupCheckerName[];
}

function boundedInteger(values: ReadonlyMap<string, string>, option: string, fallback: number, range: [number, number]): number {
  const value = Number(values.get(option) ?? String(fallback));
  if (!Number.isSafeInteger(value) || value < range[0] || value > range[1]) {
    throw new UsageError(`Cannot use ${option} "${values.get(option)}": expected ${range[0]} to ${range[1]}`);
  }
  return value;
}

/** Parses the arguments (with or without `--workload groups`). Throws UsageError. */
export function parseGroupsSimArguments(argv: readonly string[]): GroupsSimCommand {
  const { values, flags } = readOptions(argv, { flags: new Set(['--no-node-invariants']),
    takesValue: new Set(['--workload', '--seed', '--seeds', '--nodes', '--members', '--protocol', '--time', '--schedule', '--without', '--unsafe']) });
  if ((values.get('--workload') ?? 'groups') !== 'groups') throw new UsageError('This command runs --workload groups');
  const { first: seed, last: lastSeed, range } = readSeeds(values);
  const nodes = boundedInteger(values, '--nodes', 3, [3, 5]);
  const scheduleText = values.get('--schedule');
  const withoutText = values.get('--without');
  const unsafe = values.get('--unsafe');
  const protocol = values.get('--protocol') ?? 'classic';
  if (protocol !== 'classic' && protocol !== 'consumer') throw new UsageError(`Unknown --protocol "${protocol}": expected classic or consumer`);
  return { seed, lastSeed, range, options: {
    nodes, members: boundedInteger(values, '--members', 3, [1, 6]), ...(protocol === 'consumer' ? { protocol } : {}), timeMs: parseDurationMs(values.get('--time') ?? '8s'),
    ...(scheduleText === undefined ? {} : { schedule: parseSchedule(scheduleText) }),
    ...(withoutText === undefined ? {} : { without: parseWithout(withoutText) }),
    ...(unsafe === undefined ? {} : { testOnly: parseSwitches(unsafe, nodes) }),
    ...(flags.has('--no-node-invariants') ? { noNodeInvariants: true } : {}),
  } };
}

/** Runs `weir sim --workload groups`; returns the exit code (0 clean, 1 violation, 2 usage). */
export async function runGroupsSimCommand(argv: readonly string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${groupsSimUsage}\n`);
    return 0;
  }
  let command: GroupsSimCommand;
  try {
    command = parseGroupsSimArguments(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`weir sim: ${error.message}\n${groupsSimUsage}\n`);
    return 2;
  }
  const clock = new NodeClock();
  return runSeeds({ first: command.seed, last: command.lastSeed, range: command.range },
    (seed) => runGroupsSimulation({ ...command.options, seed }, () => clock.monotonicNow()),
    { stdout: (text) => process.stdout.write(text), stderr: (text) => process.stderr.write(text) });
}
