// The `weir` command line: one entry point that dispatches to a verb (sim, node, ...).
// Each verb lives in its own file under src/cli/ and exports a `run(argv)` returning an exit code.

const usage = `Usage: weir <command> [options]

Commands:
  node              run one Weir node (weir node --config FILE [--set key=value ...])
  topic             create, list, describe, alter-config, add-partitions, delete topics
  produce           write lines from stdin or a file to a topic
  consume           read a topic's partitions from the beginning, the end, an offset or a time
  group             list, describe (members, lag), reset-offsets, delete-offsets, delete consumer groups
  cluster           cluster start: a local N-node cluster; cluster info: the id, controller, brokers
  quorum            quorum describe: the metadata quorum's leader, epoch and each voter's lag
  datagen           fill a topic with sample orders, users or pageviews (Confluent's quickstarts)
  sim               run the deterministic simulator (weir sim --seed N)
  help              show this message

The admin commands (topic, produce, consume, group, cluster, quorum, datagen) talk to a broker over the Kafka protocol;
--bootstrap HOST:PORT picks it (default 127.0.0.1:9092).

Run 'weir <command> --help' for the options of one command.`;

type Verb = (argv: string[]) => Promise<number>;

/** Verbs by name; each module is loaded only when its verb is used. */
const verbs: Record<string, () => Promise<Verb>> = {
  sim: async () => (await import('./sim.js')).run,
  node: async () => (await import('./node.js')).run,
  topic: async () => (await import('./topic.js')).run,
  produce: async () => (await import('./produce.js')).run,
  consume: async () => (await import('./consume.js')).run,
  group: async () => (await import('./group.js')).run,
  cluster: async () => (await import('./cluster.js')).run,
  quorum: async () => (await import('./quorum.js')).run,
  datagen: async () => (await import('./datagen.js')).run,
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
