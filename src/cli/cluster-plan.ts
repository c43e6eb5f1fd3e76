// The layout of a local development cluster (`weir cluster start`, src/cli/): which node gets
// which id, roles, ports and data directory, as a pure function of the command's options so it
// can be printed, checked and tested before any process starts.
//
// Port scheme, for node index k = 0, 1, 2, ... (node id k + 1), with the default base 9092:
//   Kafka       port + k           9092, 9093, 9094   (what clients bootstrap from)
//   controller  port + 10000 + k   19092, 19093, ...  (Raft and broker-to-controller traffic)
//   HTTP        http-port + k      9644, 9645, ...    (`weir node`'s HTTP default is 9644)
// The controller ports sit 10000 above so that the Kafka ports of 3 nodes (9092..9094) never run
// into them; `weir node` alone keeps its own defaults (Kafka 9092, controller 9093).
// The first `controllers` nodes are combined (broker,controller) and form the static quorum
// (controller.quorum.voters); any further nodes are broker-only observers (DESIGN.md, roles).
import assert from 'node:assert/strict';
import { usageError } from './cli-error.js';

/** The command's options, parsed. */
export interface ClusterPlanOptions {
  /** Combined nodes; all of them are controllers (voters). */
  readonly controllers: number;
  /** Broker-only nodes added after the combined ones. */
  readonly brokers: number;
  /** The first Kafka port. */
  readonly port: number;
  /** The first HTTP port. */
  readonly httpPort: number;
  /** The folder holding one `node-N` directory per node. */
  readonly dataDirectory: string;
  readonly host: string;
}

/** One node of the plan. Invariant: ports are distinct across the whole plan. */
export interface PlannedNode {
  readonly nodeId: number;
  readonly roles: 'broker,controller' | 'broker';
  readonly kafkaPort: number;
  /** Null for a broker-only node (it has no controller listener). */
  readonly controllerPort: number | null;
  readonly httpPort: number;
  readonly dataDirectory: string;
  /** The `weir node --set` overrides that configure it. */
  readonly settings: ReadonlyArray<readonly [string, string]>;
}

/** Offset of the controller ports above the Kafka ports (see the file comment). */
export const controllerPortOffset = 10_000;
/** Most nodes a local cluster runs (a development tool, not a deployment). */
export const nodeCountMax = 16;

/** The plan for `options`; a usage error names the option that does not fit. */
export function planLocalCluster(options: ClusterPlanOptions): PlannedNode[] {
  const total = options.controllers + options.brokers;
  if (options.controllers < 1) throw usageError('The value of --nodes must be at least 1');
  if (total > nodeCountMax) throw usageError(`--nodes plus --brokers must be at most ${nodeCountMax}, got ${total}`);
  if (options.port < 1 || options.port + controllerPortOffset + total - 1 > 65_535) {
    throw usageError(`The value of --port must leave room for ${total} Kafka and controller ports below 65536, ` +
      `got ${options.port}`);
  }
  if (options.httpPort < 1 || options.httpPort + total - 1 > 65_535) {
    throw usageError(`The value of --http-port must leave room for ${total} ports below 65536, got ${options.httpPort}`);
  }
  const voters = Array.from({ length: options.controllers }, (_, index) =>
    `${index + 1}@${options.host}:${options.port + controllerPortOffset + index}`).join(',');
  const plan = Array.from({ length: total }, (_, index) => planNode(options, index, voters));
  assertPortsDistinct(plan);
  return plan;
}

function planNode(options: ClusterPlanOptions, index: number, voters: string): PlannedNode {
  const nodeId = index + 1;
  const combined = index < options.controllers;
  const kafkaPort = options.port + index;
  const controllerPort = combined ? options.port + controllerPortOffset + index : null;
  const httpPort = options.httpPort + index;
  const dataDirectory = `${options.dataDirectory.replace(/\/+$/, '')}/node-${nodeId}`;
  const listeners = [`PLAINTEXT://${options.host}:${kafkaPort}`];
  if (controllerPort !== null) listeners.push(`CONTROLLER://${options.host}:${controllerPort}`);
  const settings: Array<readonly [string, string]> = [
    ['node.id', String(nodeId)],
    ['process.roles', combined ? 'broker,controller' : 'broker'],
    ['controller.quorum.voters', voters],
    ['listeners', listeners.join(',')],
    ['http.listener', `${options.host}:${httpPort}`],
    ['log.dirs', dataDirectory],
  ];
  return { nodeId, roles: combined ? 'broker,controller' : 'broker', kafkaPort, controllerPort, httpPort,
    dataDirectory, settings };
}

/** A Kafka range that runs into the HTTP range (e.g. --http-port 9093) is a usage error. */
function assertPortsDistinct(plan: readonly PlannedNode[]): void {
  const ports = plan.flatMap((node) => [node.kafkaPort, node.httpPort, ...(node.controllerPort === null ? [] : [node.controllerPort])]);
  const seen = new Set<number>();
  for (const port of ports) {
    if (seen.has(port)) throw usageError(`Port ${port} would be used twice; choose --port and --http-port further apart`);
    seen.add(port);
  }
  assert.equal(seen.size, ports.length, 'every planned port is distinct');
}
