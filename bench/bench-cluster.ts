// The three-node cluster the replication and group benchmarks run on: combined node processes
// laid out as `weir cluster start` does (planLocalCluster), started from this build, and topics
// created with replication factor 3 and min.insync.replicas=2, awaited until every replica is in
// the ISR so that no figure is charged for the cluster still settling.
import type { ChildProcess } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { AdminSession } from '../src/admin/admin-session.js';
import { readTopic } from '../src/admin/metadata-reads.js';
import { createTopic } from '../src/admin/topic-admin.js';
import { planLocalCluster } from '../src/cli/cluster-plan.js';
import { createNodeRuntime } from '../src/runtime/nodejs/node-runtime.js';
import { startNodeProcess, stopNodeProcess } from './node-process.js';

/** A running bench cluster. */
export interface BenchCluster {
  /** Every node's Kafka address, node 1 first. */
  readonly bootstrap: readonly string[];
  /** An admin session to node 1 (closed by stop()). */
  readonly session: AdminSession;
  stop(): Promise<void>;
}

/** Starts three combined nodes under `root` on ports from `port` (Kafka) and `httpPort`; `settings` go to every node. */
export async function startBenchCluster(options: { root: string; port: number; httpPort: number; clusterId: string;
  settings?: ReadonlyArray<readonly [string, string]> }): Promise<BenchCluster> {
  const plan = planLocalCluster({ controllers: 3, brokers: 0, port: options.port, httpPort: options.httpPort,
    dataDirectory: options.root, host: '127.0.0.1' });
  const children: ChildProcess[] = [];
  const stopAll = () => Promise.all(children.map((child) => stopNodeProcess(child)));
  try {
    const started = await Promise.all(plan.map((node) =>
      startNodeProcess([...node.settings, ...(options.settings ?? [])], ['--cluster-id', options.clusterId])));
    children.push(...started.map((node) => node.child));
  } catch (error) {
    await stopAll();
    throw error;
  }
  const bootstrap = plan.map((node) => `127.0.0.1:${node.kafkaPort}`);
  const session = new AdminSession(createNodeRuntime(), bootstrap[0] as string, { clientId: 'weir-bench', requestTimeoutMs: 30_000 });
  return {
    bootstrap,
    session,
    stop: async () => {
      session.close();
      await stopAll();
    },
  };
}

/** Creates `name` with replication factor 3 and min.insync.replicas=2; resolves once every replica is in the ISR. */
export async function createReplicated(session: AdminSession, name: string, partitions: number): Promise<void> {
  await createTopic(session, { name, partitions, replicationFactor: 3, configs: [['min.insync.replicas', '2']] });
  const deadline = performance.now() + 60_000;
  for (;;) {
    const topic = await readTopic(session, name).catch(() => undefined);
    if (topic !== undefined && topic.partitions.length === partitions &&
      topic.partitions.every((partition) => partition.leaderId >= 0 && partition.isrNodes.length === 3)) return;
    if (performance.now() > deadline) throw new Error(`${name}: not every replica in the ISR within 60 s`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
