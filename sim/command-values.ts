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
