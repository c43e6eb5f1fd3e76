// `weir sim`: runs the deterministic simulator (sim/command.ts). Part of src/cli/.
// The simulator sits above the node in the dependency order (sim -> src; DESIGN.md), and the
// command line is the composition root of both programs: this one file imports sim/, by name, as
// the tidy test's dependency check allows. src/cli/main.ts loads it only for `weir sim`, so
// nothing a node runs depends on the simulator.
import { runSimCommand } from '../../sim/command.js';

/** Runs the `sim` verb with its arguments; resolves to the process exit code. */
export function run(argv: string[]): Promise<number> {
  return runSimCommand(argv);
}
