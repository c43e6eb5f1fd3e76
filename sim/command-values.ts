// The values every `weir sim` workload's command line reads the same way (sim/command.ts,
// sim/cluster/cluster-command.ts): durations, seeds, and the usage error they raise.

/** A command-line mistake (exit code 2). */
export class UsageError extends Error {
  readonly code = 'USAGE';
}

export function parseDurationMs(text: string): number {
  const match = /^(\d+(?:\.\d+)?)(ms|s|m)?$/.exec(text);
  if (match === null) throw new UsageError(`Cannot parse duration "${text}": expected e.g. 120s`);
  const value = Number(match[1]);
  const unit = match[2] ?? 's';
  return Math.round(unit === 'ms' ? value : unit === 's' ? value * 1000 : value * 60_000);
}

export function parseSeed(text: string): number {
  const seed = Number(text);
  if (!Number.isSafeInteger(seed) || seed < 0) throw new UsageError(`Cannot use seed "${text}": expected a natural number`);
  return seed;
}

/**
 * Reads `--name value`, `--name=value` and bare `flags` from `argv`. Throws UsageError on an
 * option not in `takesValue` or `flags`, or one missing its value.
 */
export function readOptions(argv: readonly string[], options: { takesValue: ReadonlySet<string>; flags: ReadonlySet<string> }):
  { values: Map<string, string>; flags: Set<string> } {
  const values = new Map<string, string>();
  const flags = new Set<string>();
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index] as string;
    if (options.flags.has(argument)) {
      flags.add(argument);
      continue;
    }
    const [name, inline] = argument.includes('=') ? argument.split(/=(.*)/s, 2) as [string, string] : [argument, undefined];
    if (!options.takesValue.has(name)) throw new UsageError(`Unknown option "${argument}"`);
    const value = inline ?? argv[++index];
    if (value === undefined) throw new UsageError(`Option ${name} needs a value`);
    values.set(name, value);
  }
  return { values, flags };
}

/** The seeds of `--seed N` or `--seeds A..B`; `range` when given as `--seeds`. Throws UsageError. */
export function readSeeds(values: ReadonlyMap<string, string>): { first: number; last: number; range: boolean } {
  const seedsText = values.get('--seeds');
  const seedsMatch = seedsText === undefined ? null : /^(\d+)\.\.(\d+)$/.exec(seedsText);
  if (seedsText !== undefined && seedsMatch === null) throw new UsageError(`Cannot parse --seeds "${seedsText}": expected A..B`);
  const seedText = values.get('--seed');
  if (seedsMatch === null && seedText === undefined) throw new UsageError('Give --seed N or --seeds A..B');
  const first = parseSeed(seedsMatch === null ? seedText as string : seedsMatch[1] as string);
  const last = seedsMatch === null ? first : parseSeed(seedsMatch[2] as string);
  if (last < first) throw new UsageError('--seeds A..B needs A <= B');
  return { first, last, range: seedsMatch !== null };
}
