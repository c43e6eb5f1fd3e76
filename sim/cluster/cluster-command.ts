// `weir sim --workload cluster`: the command line of the whole-cluster workload. Part of
// sim/cluster/; sim/command.ts hands it the arguments when `--workload cluster` is given. Runs
// one seed (or a range), prints the one-line JSON summary (or the failing seeds of a range), and
// exits non-zero with the first violation and its replay line.
//
//   weir sim --workload cluster --seed N [--nodes 5] [--brokers 2] [--time 10s] [--schedule JSON]
//            [--unsafe SWITCH@ID,...] [--no-node-invariants] [--without ANOMALY,...]   (test only)
//   weir sim --workload cluster --seeds A..B [same options]
import { NodeClock } from '../../src/runtime/nodejs/node-clock.js';
import { parseDurationMs, readOptions, readSeeds, UsageError } from '../command-values.js';
import { describeSeedFailure, parseClusterSwitches, runSeeds } from '../cluster-switches.js';
import type { Schedule } from '../nemesis.js';
import { clusterSwitchNames as switchNames } from '../node-switches.js';
import { runClusterSimulation, type ClusterSimulationOptions, type ClusterSimulationSummary } from './cluster-run.js';

export const clusterSimUsage = `Usage: weir sim --workload cluster --seed N | --seeds A..B [options]

Runs whole Weir nodes — N controllers (broker and controller) and M broker-only nodes — in the
deterministic simulator, with an admin client creating and deleting topics through random
brokers while the nemesis partitions, delays, drops and duplicates messages between nodes,
crashes, pauses and skews them and fails or corrupts their disks; checks Raft safety on the
metadata quorum (every checker of sim/checkers), image agreement, broker epochs, fenced leaders
after every event, and liveness after the heal.

Options:
  --seed N            run one simulation (a run is a pure function of its seed and options)
  --seeds A..B        run seeds A to B inclusive and print the failing ones
  --nodes N           controllers, combined with a broker (default 5)
  --brokers M         broker-only nodes (default 2)
  --time 10s          length of the fault phase in simulated time (ms, s or m; default 10s)
  --schedule JSON     explicit fault steps instead of the seed's random schedule
  --unsafe LIST       test only: SWITCH@NODE,... (skipTopicRemoval, reuseBrokerEpoch,
                      fenceWithoutMovingLeaders, skipHeartbeats, grantVotesWithoutLogCheck,
                      grantMultipleVotesPerEpoch, serveDivergingFetches, sendBeforePersist,
                      applyBeforeCommit, dropCommittedWithAppend, skipQuorumStateSync)
  --no-node-invariants  test only: the nodes skip their own image invariant checks
  --without LIST      test only: anomalies not reported (e.g. durability), so another checker's
                      catch of the same fault shows`;

export interface ClusterSimCommand {
  readonly seed: number;
  readonly lastSeed: number;
  readonly range: boolean;
  readonly options: Omit<ClusterSimulationOptions, 'seed' | 'traceSink'>;
}

function parseCount(text: string, name: string, minimum: number): number {
  const count = Number(text);
  if (!Number.isSafeInteger(count) || count < minimum) throw new UsageError(`Cannot use ${name} "${text}": expected an integer >= ${minimum}`);
  return count;
}

/** Parses the arguments (with or without `--workload cluster`). Throws UsageError. */
export function parseClusterSimArguments(argv: readonly string[]): ClusterSimCommand {
  const { values, flags } = readOptions(argv, { flags: new Set(['--no-node-invariants']),
    takesValue: new Set(['--workload', '--seed', '--seeds', '--nodes', '--brokers', '--time', '--schedule', '--unsafe', '--without']) });
  if ((values.get('--workload') ?? 'cluster') !== 'cluster') throw new UsageError('This command runs --workload cluster');
  const { first: seed, last: lastSeed, range } = readSeeds(values);
  let schedule: Schedule | undefined;
  const scheduleText = values.get('--schedule');
  if (scheduleText !== undefined) {
    try {
      schedule = JSON.parse(scheduleText) as Schedule;
    } catch {
      throw new UsageError('Cannot parse --schedule: not a JSON array of fault steps');
    }
  }
  const unsafe = values.get('--unsafe');
  const options: ClusterSimCommand['options'] = {
    shape: { controllers: parseCount(values.get('--nodes') ?? '5', '--nodes', 1), brokers: parseCount(values.get('--brokers') ?? '2', '--brokers', 0) },
    timeMs: parseDurationMs(values.get('--time') ?? '10s'),
    ...(schedule === undefined ? {} : { schedule }),
    ...(unsafe === undefined ? {} : { testOnly: parseClusterSwitches(unsafe, switchNames) }),
    ...(flags.has('--no-node-invariants') ? { noNodeInvariants: true } : {}),
    ...(values.has('--without') ? { withoutAnomalies: (values.get('--without') as string).split(',') } : {}),
  };
  return { seed, lastSeed, range, options };
}

/** Explains a failed run: the violation, then the replay line. */
export function describeClusterFailure(summary: ClusterSimulationSummary): string {
  return describeSeedFailure(summary);
}

/** Runs `weir sim --workload cluster`; returns the exit code (0 clean, 1 violation, 2 usage). */
export async function runClusterSimCommand(argv: readonly string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${clusterSimUsage}\n`);
    return 0;
  }
  let command: ClusterSimCommand;
  try {
    command = parseClusterSimArguments(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`weir sim: ${error.message}\n${clusterSimUsage}\n`);
    return 2;
  }
  const clock = new NodeClock();
  return runSeeds({ first: command.seed, last: command.lastSeed, range: command.range },
    (seed) => runClusterSimulation({ ...command.options, seed }, () => clock.monotonicNow()),
    { stdout: (text) => process.stdout.write(text), stderr: (text) => process.stderr.write(text) });
}
