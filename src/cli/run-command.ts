// How every `weir` admin verb runs (src/cli/): its body writes to stdout through `output`, and
// a CliError it throws becomes one line on stderr and the error's exit code (2 for bad usage,
// with a pointer to --help; 1 otherwise), and so does an AdminError (exit 1) from the admin
// operations. Anything else is a bug and propagates.
import { AdminError } from '../admin/admin-error.js';
import { CliError } from './cli-error.js';

/** Where a command writes its results. */
export interface CommandOutput {
  write(text: string): void;
}

/** Runs `body` of the verb named `verb` ("weir topic"); resolves to the process exit code. */
export async function runCommand(verb: string, body: (output: CommandOutput) => Promise<void>): Promise<number> {
  const output: CommandOutput = { write: (text) => { process.stdout.write(text); } };
  try {
    await body(output);
    return 0;
  } catch (error) {
    const failure = error instanceof AdminError ? new CliError(error.message, 1) : error;
    if (!(failure instanceof CliError)) throw failure;
    process.stderr.write(`${verb}: ${failure.message}\n`);
    if (failure.exitCode === 2) process.stderr.write(`Run '${verb} --help' for the options.\n`);
    return failure.exitCode;
  }
}
