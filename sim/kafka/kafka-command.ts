// `weir sim --workload kafka`: the command line of the Kafka workload. Part of sim/kafka/;
// sim/command.ts hands it the arguments when `--workload kafka` is given. Parses the options,
// runs one seed or a range, prints a one-line JSON summary per run (or the failing seeds of a
// range), and exits non-zero with the first violation and its replay command.
//
//   weir sim --workload kafka --seed N [--nodes 1] [--time 10s] [--faults crash,restart,pause,partition,slow|none]
//            [--schedule JSON] [--flush every-message|never] [--trace FILE]
//            [--unsafe-client LIST] [--unsafe-node LIST]   (test only)
//   weir sim --workload kafka --seeds A..B [same options]
import { NodeClock } from '../../src/runtime/nodejs/node-clock.js';
import { NodeDisk } from '../../src/runtime/nodejs/node-disk.js';
import type { TestOnlyBreakDurability } from '../../storage/mod.js';
import type { Schedule } from '../nemesis.js';
import { allKafkaFaultKinds, type KafkaFaultKind } from './kafka-faults.js';
import type { FlushPolicy } from './weir-node-program.js';
import { runKafkaSimulation, type KafkaSimulationOptions, type KafkaSimulationSummary } from './kafka-run.js';
import type { KafkaClientFaults } from '../workloads/kafka-clients.js';

export const kafkaSimUsage = `Usage: weir sim --workload kafka --seed N | --seeds A..B [options]

Runs a whole Weir node (broker, controller, metadata quorum of one) in the deterministic
simulator, with simulated Kafka clients producing and fetching over the Kafka protocol while the
node crashes, pauses and is cut off, and checks the Jepsen queue anomalies.

Options:
  --seed N            run one simulation (a run is a pure function of its seed and options)
  --seeds A..B        run seeds A to B inclusive and print the failing ones
  --nodes N           machines running a Weir node, one static quorum (default 1; the node
                      faults strike the first)
  --time 10s          length of the fault phase in simulated time (ms, s or m; default 10s)
  --faults LIST       comma-separated: ${allKafkaFaultKinds.join(',')}; or none; default all
  --schedule JSON     explicit fault steps instead of a random schedule
  --flush P           every-message (topics get flush.messages=1, default) or never (Kafka's default)
  --trace FILE        write every event as JSON lines to FILE (single seed only)
  --unsafe-client L   test only: client misbehaviour (resendAcknowledged, hideFirstRecord, ...)
  --unsafe-node L     test only: break the node's durability (acknowledgeBeforeFsync, dropLastBatchAtRecovery)`;

/** A command-line mistake (exit code 2). */
export class KafkaUsageError extends Error {
  readonly code = 'USAGE';
}

export interface KafkaSimCommand {
  readonly seeds: { readonly first: number; readonly last: number; readonly range: boolean };
  readonly options: Omit<KafkaSimulationOptions, 'seed' | 'traceSink'>;
  readonly traceFile: string | null;
}

const clientFaultNames: ReadonlyArray<keyof KafkaClientFaults> =
  ['resendAcknowledged', 'hideFirstRecord', 'swapReadValues', 'reverseReadOrder', 'inventRead'];
const nodeSwitchNames: ReadonlyArray<keyof TestOnlyBreakDurability> = ['acknowledgeBeforeFsync', 'dropLastBatchAtRecovery'];

function parseDurationMs(text: string): number {
  const match = /^(\d+(?:\.\d+)?)(ms|s|m)?$/.exec(text);
  if (match === null) throw new KafkaUsageError(`Cannot parse duration "${text}": expected e.g. 10s`);
  const value = Number(match[1]);
  const unit = match[2] ?? 's';
  return Math.round(unit === 'ms' ? value : unit === 's' ? value * 1000 : value * 60_000);
}

function parseSeed(text: string): number {
  const seed = Number(text);
  if (!Number.isSafeInteger(seed) || seed < 0) throw new KafkaUsageError(`Cannot use seed "${text}": expected a natural number`);
  return seed;
}

function parseList<T extends string>(text: string, known: readonly T[], what: string): T[] {
  const items = text.split(',').map((item) => item.trim());
  for (const item of items) if (!(known as readonly string[]).includes(item)) throw new KafkaUsageError(`Unknown ${what} "${item}"`);
  return items as T[];
}

function parseSeeds(values: ReadonlyMap<string, string>): KafkaSimCommand['seeds'] {
  const seedsText = values.get('--seeds');
  if (seedsText !== undefined) {
    const match = /^(\d+)\.\.(\d+)$/.exec(seedsText);
    if (match === null) throw new KafkaUsageError(`Cannot parse --seeds "${seedsText}": expected A..B`);
    const seeds = { first: parseSeed(match[1] as string), last: parseSeed(match[2] as string), range: true };
    if (seeds.last < seeds.first) throw new KafkaUsageError('--seeds A..B needs A <= B');
    return seeds;
  }
  const seedText = values.get('--seed');
  if (seedText === undefined) throw new KafkaUsageError('Give --seed N or --seeds A..B');
  const seed = parseSeed(seedText);
  return { first: seed, last: seed, range: false };
}

/** Parses the arguments (with or without `--workload kafka`). Throws KafkaUsageError. */
export function parseKafkaSimArguments(argv: readonly string[]): KafkaSimCommand {
  const values = new Map<string, string>();
  const takesValue = new Set(['--workload', '--seed', '--seeds', '--nodes', '--time', '--faults', '--schedule', '--flush', '--trace', '--unsafe-client', '--unsafe-node']);
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index] as string;
    const [name, inline] = argument.includes('=') ? argument.split(/=(.*)/s, 2) as [string, string] : [argument, undefined];
    if (!takesValue.has(name)) throw new KafkaUsageError(`Unknown option "${argument}"`);
    const value = inline ?? argv[++index];
    if (value === undefined) throw new KafkaUsageError(`Option ${name} needs a value`);
    values.set(name, value);
  }
  if ((values.get('--workload') ?? 'kafka') !== 'kafka') throw new KafkaUsageError('This command runs --workload kafka');
  const seeds = parseSeeds(values);
  const faultsText = values.get('--faults') ?? 'all';
  const faults: KafkaFaultKind[] = faultsText === 'none' ? [] : faultsText === 'all' ? [...allKafkaFaultKinds]
    : parseList(faultsText, allKafkaFaultKinds, 'fault');
  const flush = values.get('--flush') ?? 'every-message';
  if (flush !== 'every-message' && flush !== 'never') throw new KafkaUsageError(`Unknown flush policy "${flush}"`);
  const scheduleText = values.get('--schedule');
  let schedule: Schedule | undefined;
  if (scheduleText !== undefined) {
    try {
      schedule = JSON.parse(scheduleText) as Schedule;
    } catch {
      throw new KafkaUsageError('Cannot parse --schedule: not a JSON array of fault steps');
    }
  }
  const unsafe = values.get('--unsafe-client');
  const testOnly = unsafe === undefined ? undefined
    : Object.fromEntries(parseList(unsafe, clientFaultNames, 'client fault').map((name) => [name, true])) as KafkaClientFaults;
  const unsafeNode = values.get('--unsafe-node');
  const testOnlyNode = unsafeNode === undefined ? undefined
    : Object.fromEntries(parseList(unsafeNode, nodeSwitchNames, 'node switch').map((name) => [name, true])) as TestOnlyBreakDurability;
  const nodesText = values.get('--nodes') ?? '1';
  const nodes = Number(nodesText);
  if (!Number.isSafeInteger(nodes) || nodes < 1) throw new KafkaUsageError(`Cannot use --nodes "${nodesText}": expected a positive integer`);
  const options: KafkaSimCommand['options'] = {
    ...(nodes === 1 ? {} : { nodes }),
    timeMs: parseDurationMs(values.get('--time') ?? '10s'),
    faults,
    ...(schedule === undefined ? {} : { schedule }),
    ...(flush === 'never' ? { flush: 'never' as FlushPolicy } : {}),
    ...(testOnly === undefined ? {} : { testOnly }),
    ...(testOnlyNode === undefined ? {} : { testOnlyNode }),
  };
  const traceFile = values.get('--trace') ?? null;
  if (traceFile !== null && seeds.range) throw new KafkaUsageError('--trace needs a single --seed');
  return { seeds, options, traceFile };
}

/** Explains a failed run: the violation, then the replay line. */
export function describeKafkaFailure(summary: KafkaSimulationSummary): string {
  const violation = summary.violations[0];
  if (violation === undefined) return '';
  return `seed ${summary.seed}: ${violation.anomaly} at ${violation.timeMs} ms: ${violation.message}\nreplay: ${summary.replay}`;
}

/** Runs `weir sim --workload kafka`; returns the exit code (0 clean, 1 violation, 2 usage). */
export async function runKafkaSimCommand(argv: readonly string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${kafkaSimUsage}\n`);
    return 0;
  }
  let command: KafkaSimCommand;
  try {
    command = parseKafkaSimArguments(argv);
  } catch (error) {
    if (!(error instanceof KafkaUsageError)) throw error;
    process.stderr.write(`weir sim: ${error.message}\n${kafkaSimUsage}\n`);
    return 2;
  }
  const clock = new NodeClock();
  const wallClock = (): number => clock.monotonicNow();
  const failing: number[] = [];
  for (let seed = command.seeds.first; seed <= command.seeds.last; seed += 1) {
    const lines: string[] = [];
    const traceSink = command.traceFile === null ? null : (line: string): void => { lines.push(line); };
    const summary = await runKafkaSimulation({ ...command.options, seed, traceSink }, wallClock);
    if (command.traceFile !== null) await writeTrace(command.traceFile, lines);
    if (!command.seeds.range) process.stdout.write(`${JSON.stringify(summary)}\n`);
    if (summary.violations.length === 0) continue;
    failing.push(seed);
    (command.seeds.range ? process.stdout : process.stderr).write(`${describeKafkaFailure(summary)}\n`);
  }
  if (command.seeds.range) process.stdout.write(`${JSON.stringify({ seeds: command.seeds.last - command.seeds.first + 1, failing })}\n`);
  return failing.length === 0 ? 0 : 1;
}

async function writeTrace(path: string, lines: readonly string[]): Promise<void> {
  const file = await new NodeDisk().open(path, { create: true });
  await file.truncate(0);
  await file.append(new TextEncoder().encode(lines.length === 0 ? '' : `${lines.join('\n')}\n`));
  await file.sync();
  await file.close();
}
