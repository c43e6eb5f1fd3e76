// The layout of a local development cluster (`weir cluster start`): which node gets which ports,
// roles and data directory. Pure: the same options always give the same layout, so a second run
// finds its nodes where the first left them.
//
// Node ids are 1..N for the combined nodes (broker and controller; they form the quorum) and
// N+1..N+M for broker-only nodes. Node i listens for Kafka clients on base+i-1 (9092, 9093, ...),
// for the controller quorum on controllerBase+i-1 (19092, ...), and for HTTP on httpBase+i-1
// (9644, ...), all on 127.0.0.1; its data lives in <data>/node-i.
import { join } from 'node:path';

export interface ClusterOptions {
  /** Combined nodes (the controller quorum). */
  readonly nodes: number;
  /** Broker-only nodes beside them. */
  readonly brokers: number;
  /** The first node's Kafka port. */
  readonly port: number;
  readonly dataDirectory: string;
}

export interface PlannedNode {
  readonly id: number;
  readonly roles: 'broker,controller' | 'broker';
  readonly kafkaPort: number;
  /** null for a broker-only node. */
  readonly controllerPort: number | null;
  readonly httpPort: number;
  readonly dataDirectory: string;
  /** The `weir node --set` overrides that make this node. */
  readonly settings: ReadonlyArray<readonly [string, string]>;
}

/** How far the controller ports sit above the Kafka ports (9092 -> 19092). */
export const CONTROLLER_PORT_OFFSET = 10_000;
/** The first node's HTTP port (the single node's default). */
export const HTTP_BASE_PORT = 9644;

/** The nodes of a cluster laid out as the header says. */
export function layOutCluster(options: ClusterOptions): PlannedNode[] {
  const { nodes, brokers, port } = options;
  const total = nodes + brokers;
  const voters = Array.from({ length: nodes }, (_, index) =>
    `${index + 1}@127.0.0.1:${port + CONTROLLER_PORT_OFFSET + index}`).join(',');
  return Array.from({ length: total }, (_, index) => {
    const id = index + 1;
    const isController = id <= nodes;
    const kafkaPort = port + index;
    const controllerPort = isController ? port + CONTROLLER_PORT_OFFSET + index : null;
    const httpPort = HTTP_BASE_PORT + index;
    const dataDirectory = join(options.dataDirectory, `node-${id}`);
    const listeners = controllerPort === null
      ? `PLAINTEXT://127.0.0.1:${kafkaPort}`
      : `PLAINTEXT://127.0.0.1:${kafkaPort},CONTROLLER://127.0.0.1:${controllerPort}`;
    const settings: Array<readonly [string, string]> = [
      ['node.id', String(id)],
      ['process.roles', isController ? 'broker,controller' : 'broker'],
      ['controller.quorum.voters', voters],
      ['listeners', listeners],
      ['http.listener', `127.0.0.1:${httpPort}`],
      ['log.dirs', dataDirectory],
    ];
    return { id, roles: isController ? 'broker,controller' : 'broker', kafkaPort, controllerPort, httpPort, dataDirectory, settings };
  });
}
