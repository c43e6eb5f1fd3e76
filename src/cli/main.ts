// The `weir` command line: one entry point that dispatches to a verb (sim, node, ...).
// Each verb lives in its own file under src/cli/ and exports a `run(argv)` returning an exit code.

const usage = `Usage: weir <command> [options]

Commands:
  node              run one Weir node (weir node --config FILE [--set key=value ...])
  sim               run the deterministic simulator (weir sim --seed N)
  help              show this message

Run 'weir <command> --help' for the options of one command.`;

type Verb = (argv: string[]) => Promise<number>;

/** Verbs by name; each module is loaded only when its verb is used. */
const verbs: Record<string, () => Promise<Verb>> = {
  sim: async () => (await import('./sim.js')).run,
  node: async () => (await import('./node.js')).run,
};

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  const load = verbs[command];
  if (load === undefined) {
    process.stderr.write(`weir: unknown command "${command}"\n${usage}\n`);
    return 2;
  }
  const verb = await load();
  return verb(rest);
}

process.exitCode = await main(process.argv.slice(2));
