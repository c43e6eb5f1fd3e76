// The one error a `weir` admin verb reports to its user (src/cli/): a sentence that says what
// failed and why, printed on one line to stderr, and the exit code to leave with. Bad usage
// exits 2 (as `weir node` does for a bad configuration), a failure the broker reported or a
// broker that cannot be reached exits 1.
/** A failure of a command, with the exit code it ends the process with. */
export class CliError extends Error {
  readonly code = 'CLI_ERROR';
  constructor(message: string, readonly exitCode: 1 | 2 = 1) {
    super(message);
    this.name = 'CliError';
  }
}

/** A CliError for bad usage (exit code 2). */
export function usageError(message: string): CliError {
  return new CliError(message, 2);
}
