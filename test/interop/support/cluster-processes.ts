// A cluster of Weir nodes as separate operating-system processes, for the real-process cluster
// tests: N combined nodes (broker and controller, all voters) with one cluster id. Port 0 cannot
// serve here: every voter must know the others' controller ports before any starts
// (controller.quorum.voters), so free ports are picked first (bound on port 0 by this process at
// once, then released) and written into every node's configuration. A port taken by another
// program between the pick and the node's start makes that node fail its port check at once.
// Each node is a NodeProcess (node-process.ts): kill -9, SIGSTOP/SIGCONT and restart on the same
// data directory and ports.
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { NodeProcess, temporaryDataDirectory } from './node-process.js';

/** `count` distinct ports that were free a moment ago on 127.0.0.1. */
export async function pickFreePorts(count: number): Promise<number[]> {
  const servers = await Promise.all(Array.from({ length: count }, () => new Promise<ReturnType<typeof createServer>>(
    (resolve, reject) => {
      const server = createServer();
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve(server));
    })));
  const ports = servers.map((server) => (server.address() as AddressInfo).port);
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  assert.equal(new Set(ports).size, count, 'ports bound at the same time are distinct');
  return ports;
}

/** The ports one node listens on. */
export interface NodePorts {
  readonly kafka: number;
  readonly controller: number;
  readonly http: number;
}

export interface ClusterProcessesOptions {
  /** Combined nodes, ids 1..nodes (default 3). */
  readonly nodes?: number;
  /** Broker-only nodes (observers of the metadata log), ids nodes+1..nodes+brokers (default 0). */
  readonly brokers?: number;
  /** The cluster id every node's fresh directory gets (default: a fixed test id). */
  readonly clusterId?: string;
  /** Extra `--set` overrides for every node. */
  readonly settings?: Readonly<Record<string, string>>;
  /** Overrides for one node (broker.rack, say), after `settings`. */
  readonly settingsFor?: (nodeId: number) => Readonly<Record<string, string>>;
}

/** A test id: 16 bytes in Kafka's 22 characters of base64url. */
const defaultClusterId = 'V2VpckNsdXN0ZXJUZXN0MQ';

/** N node processes on one quorum. Create with `ClusterProcesses.start`. */
export class ClusterProcesses {
  private readonly nodes = new Map<number, NodeProcess>();

  private constructor(
    readonly clusterId: string,
    readonly dataRoot: string,
    readonly ports: ReadonlyMap<number, NodePorts>,
    /** Node ids 1..controllers are combined nodes (the voters); the rest are broker-only. */
    readonly controllers: number,
    private readonly settings: Readonly<Record<string, string>>,
    private readonly settingsFor: (nodeId: number) => Readonly<Record<string, string>>,
  ) {}

  /** Starts every node at once and resolves when each has printed its ready line (`defer`: not these). */
  static async start(options: ClusterProcessesOptions & { readonly defer?: readonly number[] } = {}):
    Promise<ClusterProcesses> {
    const controllers = options.nodes ?? 3;
    const count = controllers + (options.brokers ?? 0);
    assert.ok(controllers >= 1, 'a cluster has a controller');
    const free = await pickFreePorts(3 * count);
    const ports = new Map<number, NodePorts>();
    for (let index = 0; index < count; index += 1) {
      ports.set(index + 1, { kafka: free[3 * index] as number, controller: free[3 * index + 1] as number,
        http: free[3 * index + 2] as number });
    }
    const cluster = new ClusterProcesses(options.clusterId ?? defaultClusterId, temporaryDataDirectory(), ports,
      controllers, options.settings ?? {}, options.settingsFor ?? (() => ({})));
    try {
      await Promise.all([...ports.keys()].filter((nodeId) => !(options.defer ?? []).includes(nodeId))
        .map((nodeId) => cluster.startNode(nodeId)));
    } catch (error) {
      await cluster.dispose();
      throw error;
    }
    return cluster;
  }

  /** The voters as every node is configured with them. */
  voters(): string {
    return [...this.ports].filter(([nodeId]) => nodeId <= this.controllers)
      .map(([nodeId, ports]) => `${nodeId}@127.0.0.1:${ports.controller}`).join(',');
  }

  /** The running process of a node (the latest one after a restart). */
  node(nodeId: number): NodeProcess {
    const node = this.nodes.get(nodeId);
    assert.ok(node !== undefined, `node ${nodeId} was started`);
    return node;
  }

  /** Every node's Kafka address, by node id order (a bootstrap list). */
  kafkaAddresses(): string[] {
    return [...this.ports.values()].map((ports) => `127.0.0.1:${ports.kafka}`);
  }

  /** kill -9 of one node. */
  async kill(nodeId: number): Promise<void> {
    await this.node(nodeId).kill();
  }

  /** SIGSTOP: the node stops running (no heartbeats, no answers) but keeps its sockets. */
  pause(nodeId: number): void {
    this.node(nodeId).signal('SIGSTOP');
  }

  /** SIGCONT after `pause`. */
  resume(nodeId: number): void {
    this.node(nodeId).signal('SIGCONT');
  }

  /** Starts a stopped, killed or deferred node on its data directory and ports; resolves once ready. */
  async restart(nodeId: number): Promise<NodeProcess> {
    assert.ok(!(this.nodes.get(nodeId)?.isRunning() ?? false), 'restart a node only after it stopped');
    return this.startNode(nodeId);
  }

  /** Kills every node and removes the data. */
  async dispose(): Promise<void> {
    for (const node of this.nodes.values()) {
      node.signal('SIGCONT');
      await node.kill();
    }
    rmSync(this.dataRoot, { recursive: true, force: true });
  }

  private async startNode(nodeId: number): Promise<NodeProcess> {
    const ports = this.ports.get(nodeId);
    assert.ok(ports !== undefined, `node ${nodeId} is in the cluster`);
    const node = await NodeProcess.start({
      dataDirectory: join(this.dataRoot, `node-${nodeId}`),
      extraArgs: ['--cluster-id', this.clusterId],
      settings: {
        'node.id': String(nodeId),
        'process.roles': nodeId <= this.controllers ? 'broker,controller' : 'broker',
        'controller.quorum.voters': this.voters(),
        listeners: nodeId <= this.controllers
          ? `PLAINTEXT://127.0.0.1:${ports.kafka},CONTROLLER://127.0.0.1:${ports.controller}`
          : `PLAINTEXT://127.0.0.1:${ports.kafka}`,
        'http.listener': `127.0.0.1:${ports.http}`,
        ...this.settings,
        ...this.settingsFor(nodeId),
      },
    });
    this.nodes.set(nodeId, node);
    return node;
  }
}
