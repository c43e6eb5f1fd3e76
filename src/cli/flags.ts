// Command-line flags of the `weir` admin verbs (src/cli/), on Node's own `util.parseArgs`: every
// verb declares its flags once, and gets back typed values, its positional arguments, and a
// usage error (exit 2) for an unknown flag or a missing value. `--bootstrap`, `--json` and
// `--help` are common to every verb.
import { parseArgs, type ParseArgsConfig } from 'node:util';

import { usageError } from './cli-error.js';

/** The flags every admin verb takes. */
export const commonFlags = {
  bootstrap: { type: 'string', short: 'b', default: '127.0.0.1:9092' },
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const satisfies NonNullable<ParseArgsConfig['options']>;

/** The common flags' help lines, for each verb's usage text. */
export const commonFlagsHelp = `  -b, --bootstrap HOST:PORT   a broker to ask (default 127.0.0.1:9092)
      --json                  print JSON instead of a table
  -h, --help                  print this message`;

type Options = NonNullable<ParseArgsConfig['options']>;

/** Parses `argv` against `options` (plus the common flags); a bad flag is a usage error. */
export function parseFlags<const O extends Options>(argv: readonly string[], options: O) {
  try {
    return parseArgs({ args: [...argv], options: { ...commonFlags, ...options }, allowPositionals: true, strict: true });
  } catch (error) {
    throw usageError(error instanceof Error ? error.message : String(error));
  }
}

/** Parses a whole non-negative number given to `flag`, or throws a usage error naming it. */
export function wholeNumber(value: string, flag: string): number {
  return parseWholeNumber(value, flag, /^\d+$/);
}

/** Parses a whole number that may be negative (`--shift-by -5`), or throws a usage error naming `flag`. */
export function signedWholeNumber(value: string, flag: string): number {
  return parseWholeNumber(value, flag, /^[+-]?\d+$/);
}

function parseWholeNumber(value: string, flag: string, pattern: RegExp): number {
  const parsed = Number(value);
  if (!pattern.test(value) || !Number.isSafeInteger(parsed)) {
    throw usageError(`The value of ${flag} must be a whole number, got "${value}"`);
  }
  return parsed;
}

/** Parses repeated `key=value` flags (`-c retention.ms=1000`), naming the flag on a bad one. */
export function keyValues(values: readonly string[] | undefined, flag: string): Array<[string, string]> {
  return (values ?? []).map((entry) => {
    const equals = entry.indexOf('=');
    if (equals <= 0) throw usageError(`The value of ${flag} must be key=value, got "${entry}"`);
    return [entry.slice(0, equals), entry.slice(equals + 1)];
  });
}

/** The one positional argument of a verb that takes a topic name (produce, consume). */
export function topicArgument(positionals: readonly string[]): string {
  const [topic, ...extra] = positionals;
  if (topic === undefined || topic === '') throw usageError('Missing the topic name');
  if (extra.length > 0) throw usageError(`Unexpected argument "${extra[0]}"`);
  return topic;
}

/** Checks that the only positional argument is `subcommand` (verbs with one subcommand, such as `cluster info`). */
export function expectOnlySubcommand(positionals: readonly string[], subcommand: string): void {
  const [given, ...extra] = positionals;
  if (given === undefined) throw usageError(`Missing the subcommand (${subcommand})`);
  if (given !== subcommand) throw usageError(`Unknown subcommand "${given}"`);
  if (extra.length > 0) throw usageError(`Unexpected argument "${extra[0]}"`);
}
