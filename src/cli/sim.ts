// `weir sim`: runs the deterministic simulator (sim/command.ts). Part of src/cli/.
// The simulator sits above the node in the dependency order (sim -> src, never the reverse;
// DESIGN.md), so this verb cannot import it statically: the command line is the composition
// root, and it loads the compiled simulator module by its location at run time instead.

/** Runs the `sim` verb with its arguments; resolves to the process exit code. */
export async function run(argv: string[]): Promise<number> {
  const location = new URL(['..', '..', 'sim', 'command.js'].join('/'), import.meta.url).href;
  const simulator = (await import(location)) as { runSimCommand(argv: readonly string[]): Promise<number> };
  return simulator.runSimCommand(argv);
}
