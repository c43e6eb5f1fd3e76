// `weir cluster start` (src/cli/): a local development cluster in the foreground, one `weir node`
// process per node (a binary per node, as a real deployment runs them). The layout (ids, roles,
// ports, data directories) is cluster-plan.ts; this file checks the ports, picks the cluster id,
// prints the table, starts the children and merges their output with a `[node-N]` prefix.
//
// The cluster id is generated on the first run and passed to every node with --cluster-id, which
// writes it into their fresh meta.properties; a later run reads it back from the first node
// directory that has one, so it resumes the same cluster (and a node directory of another
// cluster is refused by that node, never merged).
//
// Stopping: SIGINT (Ctrl-C) or SIGTERM is forwarded to every child as SIGTERM (a terminal's
// Ctrl-C also reaches the children directly as SIGINT; `weir node` treats both as one stop), and
// the command waits for all of them and exits 0. A second signal kills the children (SIGKILL), and
// so does a child still running 15 s after SIGTERM.
// A child that exits by itself after it was ready (kill -9 of a leader, say, to watch a failover)
// is reported and started again after 3 s while the others keep running, as a process supervisor
// restarts a service: the restarted node recovers its logs and rejoins. A child that exits before
// it was ever ready (a bad setting, a locked directory) cannot be helped by a restart: it is
// reported with its exit code, the others are stopped, and the command exits 1.
import { fileURLToPath } from 'node:url';
import { buildNodeConfig } from '../config/node-config.js';
import { ConfigError } from '../config/config-error.js';
import { readMetaProperties, randomKafkaUuid } from '../node/meta-properties.js';
import type { Uuid } from '../protocol/mod.js';
import {
  onStopSignals, startChildProcess, type ChildExit, type ChildProcessHandle,
} from '../runtime/nodejs/child-processes.js';
import { createNodeRuntime } from '../runtime/nodejs/node-runtime.js';
import type { Clock, Runtime } from '../runtime/seam.js';
import { CliError, usageError } from './cli-error.js';
import { planLocalCluster, type PlannedNode } from './cluster-plan.js';
import { parseFlags, wholeNumber } from './flags.js';
import { findBusyAddress } from './port-check.js';
import { runCommand, type CommandOutput } from './run-command.js';
import { renderTable } from './table.js';

export const clusterStartUsage = `Usage: weir cluster start [--nodes N] [--brokers M] [--port P] [--http-port H] [--data DIR]

Runs a local development cluster in the foreground, one 'weir node' process per node, until
Ctrl-C (SIGINT) or SIGTERM stops them all. A second run on the same --data resumes the cluster.
A node that dies after it was ready (kill -9, to watch a failover) is started again after 3 s.
  --nodes N        combined nodes (broker and controller); all of them vote (default 3)
  --brokers M      extra broker-only nodes, observers of the metadata quorum (default 0)
  --port P         first Kafka port; node k (from 0) listens on P+k, its controller on
                   P+10000+k (default 9092: Kafka 9092, 9093, 9094; controllers 19092, ...)
  --http-port H    first HTTP port; node k serves /readyz, /metrics and the console on H+k
                   (default 9644)
  --data DIR       folder of the node directories DIR/node-1, DIR/node-2, ... (default ./data)
  -h, --help       print this message`;

const startFlags = {
  nodes: { type: 'string', default: '3' },
  brokers: { type: 'string', default: '0' },
  port: { type: 'string', default: '9092' },
  'http-port': { type: 'string', default: '9644' },
  data: { type: 'string', default: './data' },
} as const;

/** The compiled `weir` entry point each node process runs (beside this file in dist/). */
const mainScript = fileURLToPath(new URL('./main.js', import.meta.url));

/** Runs `weir cluster start ...` (argv after `start`); resolves to the exit code. */
export function runClusterStart(argv: string[]): Promise<number> {
  return runCommand('weir cluster start', async (output) => {
    const { values, positionals } = parseFlags(argv, startFlags);
    if (values.help) return output.write(`${clusterStartUsage}\n`);
    if (positionals.length > 0) throw usageError(`Unexpected argument "${positionals[0]}"`);
    const plan = planLocalCluster({
      controllers: wholeNumber(values.nodes, '--nodes'), brokers: wholeNumber(values.brokers, '--brokers'),
      port: wholeNumber(values.port, '--port'), httpPort: wholeNumber(values['http-port'], '--http-port'),
      dataDirectory: values.data, host: '127.0.0.1',
    });
    const runtime = createNodeRuntime();
    await checkPorts(runtime, plan);
    const { clusterId, resumed } = await chooseClusterId(runtime, plan);
    output.write(`[cluster] ${resumed ? 'resuming' : 'starting new'} cluster ${clusterId} with ${plan.length} nodes\n`);
    output.write(`${renderPlan(plan)}\n`);
    await superviseNodes({ output, clock: runtime.clock, plan, clusterId });
  });
}

/** Validates every node's configuration and fails before starting any when a port is taken. */
async function checkPorts(runtime: Runtime, plan: readonly PlannedNode[]): Promise<void> {
  for (const node of plan) {
    let config;
    try {
      config = buildNodeConfig('', node.settings.map(([key, value]) => [key, value]));
    } catch (error) {
      if (error instanceof ConfigError) throw usageError(`node ${node.nodeId}: ${error.message}`);
      throw error;
    }
    const busy = await findBusyAddress(runtime.network, config);
    if (busy !== null) throw new CliError(`node ${node.nodeId}: ${busy} (or choose --port / --http-port)`);
  }
}

/** The cluster id in the first node directory formatted so far, else a new random one. */
async function chooseClusterId(runtime: Runtime, plan: readonly PlannedNode[]): Promise<{ clusterId: Uuid; resumed: boolean }> {
  for (const node of plan) {
    const meta = await readMetaProperties(runtime.disk, node.dataDirectory);
    if (meta !== undefined) return { clusterId: meta.clusterId, resumed: true };
  }
  return { clusterId: randomKafkaUuid(runtime.random), resumed: false };
}

function renderPlan(plan: readonly PlannedNode[]): string {
  return renderTable(['NODE', 'ROLES', 'KAFKA', 'CONTROLLER', 'HTTP', 'DATA'], plan.map((node) => ({
    NODE: node.nodeId, ROLES: node.roles, KAFKA: `127.0.0.1:${node.kafkaPort}`,
    CONTROLLER: node.controllerPort === null ? null : `127.0.0.1:${node.controllerPort}`,
    HTTP: `127.0.0.1:${node.httpPort}`, DATA: node.dataDirectory,
  })));
}

interface RunningNode {
  readonly plan: PlannedNode;
  readonly child: ChildProcessHandle;
  readonly exit: Promise<{ node: RunningNode; exit: ChildExit }>;
  /** True once the node printed its ready line. */
  wasReady(): boolean;
}


/**
 * How long a node may take to stop after SIGTERM before it is killed. A node stops in well under
 * this (its drain is 5 s); one that does not, such as a node still waiting at start for a quorum
 * that never forms, must not keep the whole command from ending.
 */
const stopGraceMs = 15_000;

/** How long a node that died after it was ready stays down before it is started again. */
const restartDelayMs = 3_000;

interface SuperviseOptions {
  readonly output: CommandOutput;
  readonly clock: Clock;
  readonly plan: readonly PlannedNode[];
  readonly clusterId: Uuid;
}

/** Starts every node, waits for a stop signal or an unexpected exit, then stops them all. */
async function superviseNodes(options: SuperviseOptions): Promise<void> {
  const { output, plan, clusterId } = options;
  let signals = 0;
  let wakeOnSignal: (signal: string) => void = () => {};
  const stopRequested = new Promise<string>((resolve) => { wakeOnSignal = resolve; });
  let running: RunningNode[] = [];
  const unsubscribe = onStopSignals((signal) => {
    signals += 1;
    if (signals === 1) return wakeOnSignal(signal);
    output.write(`[cluster] ${signal} again: killing every node\n`);
    for (const node of running) node.child.signal('SIGKILL');
  });
  try {
    let readyCount = 0;
    const onReady = (): void => {
      readyCount += 1;
      if (readyCount !== plan.length) return;
      output.write(`[cluster] all ${plan.length} nodes ready; try: kcat -b 127.0.0.1:${plan[0]?.kafkaPort} -L\n`);
    };
    running = plan.map((node) => startNode({ output, plan: node, clusterId, onReady }));
    let failed: RunningNode | null = null;
    for (;;) {
      const first = await Promise.race([stopRequested, ...running.map((node) => node.exit)]);
      if (typeof first === 'string') {
        output.write(`[cluster] ${first}: stopping every node\n`);
        break;
      }
      if (!first.node.wasReady()) {
        failed = first.node;
        output.write(`[cluster] ${describeExit(first.node, first.exit)} before it was ready; stopping the others\n`);
        break;
      }
      output.write(`[cluster] ${describeExit(first.node, first.exit)}; starting it again in ${restartDelayMs / 1000} s\n`);
      let cancelRestart: () => void = () => {};
      const restartDue = new Promise<void>((resolve) => { cancelRestart = options.clock.setTimer(restartDelayMs, resolve); });
      const stopped = await Promise.race([stopRequested, restartDue]);
      cancelRestart();
      if (typeof stopped === 'string') {
        output.write(`[cluster] ${stopped}: stopping every node\n`);
        break;
      }
      running = running.map((node) => node === first.node
        ? startNode({ output, plan: node.plan, clusterId, onReady: () => {} }) : node);
    }
    for (const node of running) node.child.signal('SIGTERM');
    const cancelKill = options.clock.setTimer(stopGraceMs, () => {
      output.write(`[cluster] nodes still running ${stopGraceMs} ms after SIGTERM: killing them\n`);
      for (const node of running) node.child.signal('SIGKILL');
    });
    const exits = await Promise.all(running.map((node) => node.exit));
    cancelKill();
    output.write('[cluster] every node stopped\n');
    const failures = exits.filter(({ node, exit }) => node === failed || exit.code !== 0);
    if (failures.length > 0) throw new CliError(failures.map(({ node, exit }) => describeExit(node, exit)).join('; '));
  } finally {
    unsubscribe();
  }
}

interface StartNodeOptions {
  readonly output: CommandOutput;
  readonly plan: PlannedNode;
  readonly clusterId: Uuid;
  /** Called once, when the node prints its ready line. */
  readonly onReady: () => void;
}

function startNode(options: StartNodeOptions): RunningNode {
  const { output, plan, clusterId } = options;
  const prefix = `[node-${plan.nodeId}] `;
  const args = [mainScript, 'node', '--cluster-id', clusterId,
    ...plan.settings.flatMap(([key, value]) => ['--set', `${key}=${value}`])];
  let ready = false;
  const child = startChildProcess({
    command: process.execPath,
    args,
    onLine: (line) => {
      output.write(`${prefix}${line}\n`);
      if (ready || !line.includes(': ready; ')) return;
      ready = true;
      options.onReady();
    },
  });
  output.write(`[cluster] node ${plan.nodeId} started (pid ${child.pid})\n`);
  const node: RunningNode = { plan, child, exit: child.exited.then((exit) => ({ node, exit })), wasReady: () => ready };
  return node;
}

function describeExit(node: RunningNode, exit: ChildExit): string {
  const how = exit.signal !== null ? `signal ${exit.signal}` : `exit code ${exit.code}`;
  return `node ${node.plan.nodeId} (pid ${node.child.pid}) exited with ${how}`;
}
