// `weir cluster start` (src/cli/): a local development cluster in the foreground, one `weir node`
// process per node (cluster-layout.ts says which ports and directories), their log lines merged
// with a node prefix, Ctrl-C stopping all of them cleanly. The cluster id is made once, on the
// first start, and read back from node 1's meta.properties on later ones, so a second run
// resumes the same cluster from the same directories (as `kafka-storage format` once and
// `kafka-server-start` many times would).
import { readMetaProperties } from '../node/meta-properties.js';
import { uuidFromBytes } from '../protocol/mod.js';
import { createNodeRuntime } from '../runtime/nodejs/node-runtime.js';
import type { Network } from '../runtime/seam.js';
import { CliError, usageError } from './cli-error.js';
import { layOutCluster, type ClusterOptions, type PlannedNode } from './cluster-layout.js';
import { wholeNumber } from './flags.js';
import { describeExit, NodeSupervisor } from './node-supervisor.js';
import type { CommandOutput } from './run-command.js';
import { renderTable } from './table.js';

export const clusterStartHelp = `  start                      run a local cluster in the foreground (Ctrl-C stops it)
      --nodes N               combined broker+controller nodes, the quorum (default 3)
      --brokers M             broker-only nodes beside them (default 0)
      --port P                the first node's Kafka port; node i gets P+i-1 (default 9092)
      --data DIR              where node i keeps its data: DIR/node-i (default ./data)`;

/** The flags of `cluster start`, as parseFlags declares them. */
export const clusterStartFlags = {
  nodes: { type: 'string', default: '3' },
  brokers: { type: 'string', default: '0' },
  port: { type: 'string', default: '9092' },
  data: { type: 'string', default: './data' },
} as const;

/** Runs the cluster until SIGINT or SIGTERM, or until a node fails. */
export async function startCluster(output: CommandOutput, flags: {
  readonly nodes: string; readonly brokers: string; readonly port: string; readonly data: string;
}): Promise<void> {
  const options: ClusterOptions = {
    nodes: wholeNumber(flags.nodes, '--nodes'),
    brokers: wholeNumber(flags.brokers, '--brokers'),
    port: wholeNumber(flags.port, '--port'),
    dataDirectory: flags.data,
  };
  if (options.nodes < 1) throw usageError('The value of --nodes must be at least 1 (the controller quorum)');
  const plan = layOutCluster(options);
  if (plan.some((node) => node.kafkaPort > 65_535 || (node.controllerPort ?? 0) > 65_535 || node.httpPort > 65_535)) {
    throw usageError(`The value of --port leaves some node without a valid port (node ${plan.length} needs ` +
      `${String(options.port + plan.length - 1 + 10_000)})`);
  }
  const runtime = createNodeRuntime();
  await checkPortsFree(runtime.network, plan);
  const clusterId = await clusterIdOf(plan, () => uuidFromBytes(runtime.random.nextBytes(16)));
  output.write(`weir cluster: ${plan.length} nodes, cluster id ${clusterId}\n\n${renderLayout(plan)}\n\n`);

  const ready = new Set<string>();
  const supervisor = new NodeSupervisor(runtime.clock, (name, line) => {
    output.write(`[${name}] ${line}\n`);
    // Each node announces itself once it serves (src/cli/node.ts, "ready; try: ...").
    if (line.includes(' ready; try: ') && !ready.has(name)) {
      ready.add(name);
      if (ready.size === plan.length) {
        output.write(`weir cluster: all ${plan.length} nodes ready; try: kcat -b 127.0.0.1:${options.port} -L (Ctrl-C stops the cluster)\n`);
      }
    }
  });
  for (const node of plan) {
    supervisor.start({
      name: `node-${node.id}`,
      args: ['--cluster-id', clusterId, ...node.settings.flatMap(([key, value]) => ['--set', `${key}=${value}`])],
    });
  }
  const reason = await Promise.race([
    signalled('SIGINT'), signalled('SIGTERM'),
    supervisor.unexpectedExit.then((exit) => ({ exit })),
  ]);
  if (typeof reason === 'string') output.write(`weir cluster: ${reason}; stopping every node\n`);
  else output.write(`weir cluster: ${reason.exit.name} ended (${describeExit(reason.exit)}); stopping the others\n`);
  const exits = await supervisor.stopAll();
  const failed = exits.filter((exit) => exit.code !== 0);
  if (typeof reason !== 'string') throw new CliError(`${reason.exit.name} ended unexpectedly (${describeExit(reason.exit)})`);
  if (failed.length > 0) {
    throw new CliError(`not every node stopped cleanly: ${failed.map((exit) => `${exit.name} (${describeExit(exit)})`).join(', ')}`);
  }
  output.write('weir cluster: stopped\n');
}

function signalled(signal: NodeJS.Signals): Promise<string> {
  return new Promise((resolve) => { process.once(signal, () => resolve(signal)); });
}

/** Node 1's cluster id when its directory was formatted before, else a new one. */
async function clusterIdOf(plan: readonly PlannedNode[], fresh: () => string): Promise<string> {
  const runtime = createNodeRuntime();
  for (const node of plan) {
    const card = await readMetaProperties(runtime.disk, node.dataDirectory);
    if (card !== null) return card.clusterId;
  }
  return fresh();
}

/** Fails before any node starts when one of the cluster's ports is taken. */
async function checkPortsFree(network: Network, plan: readonly PlannedNode[]): Promise<void> {
  for (const node of plan) {
    for (const port of [node.kafkaPort, node.controllerPort, node.httpPort]) {
      if (port === null) continue;
      try {
        const listener = await network.listen(`127.0.0.1:${port}`, (connection) => connection.close());
        await listener.close();
      } catch (error) {
        throw new CliError(`port ${port} (node ${node.id}) is in use: ${error instanceof Error ? error.message : String(error)}; ` +
          'stop what holds it, or pick other ports with --port');
      }
    }
  }
}

function renderLayout(plan: readonly PlannedNode[]): string {
  return renderTable(['NODE', 'ROLES', 'KAFKA', 'CONTROLLER', 'HTTP', 'DATA'], plan.map((node) => ({
    NODE: node.id,
    ROLES: node.roles,
    KAFKA: `127.0.0.1:${node.kafkaPort}`,
    CONTROLLER: node.controllerPort === null ? '-' : `127.0.0.1:${node.controllerPort}`,
    HTTP: `127.0.0.1:${node.httpPort}`,
    DATA: node.dataDirectory,
  })));
}
