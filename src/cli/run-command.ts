// How every `weir` admin verb runs (src/cli/): its body writes to stdout through `output`, and
// a CliError it throws becomes one line on stderr and the error's exit code (2 for bad usage,
// with a pointer to --help; 1 otherwise). Anything else is a bug and propagates.
import { CliError } from './cli-error.js';

/** Where a command writes its results. */
export interface CommandOutput {
  write(text: string): void;
}

/** Runs `body`; resolves to the process exit code. */
export async function runCommand(usage: string, body: (output: CommandOutput) => Promise<void>): Promise<number> {
  const output: CommandOutput = { write: (text) => { process.stdout.write(text); } };
  try {
    await body(output);
    return 0;
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    const verb = usage.split(' ').slice(1, 3).join(' ');
    process.stderr.write(`${verb}: ${error.message}\n`);
    if (error.exitCode === 2) process.stderr.write(`Run '${verb} --help' for the options.\n`);
    return error.exitCode;
  }
}
