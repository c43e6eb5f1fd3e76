// Cluster benchmark (`make bench`, or `node dist/bench/run.js cluster`): three combined node
// processes on loopback, laid out as `weir cluster start` lays them out (src/cli/cluster-plan.ts),
// and Weir's own admin client (src/admin/). It prints:
//   - metadata propagation: a topic created through node 1 until every broker's Metadata answer
//     lists it (median and worst of several topics);
//   - controller failover: kill -9 of the active controller until the next metadata change (a
//     CreateTopics through a survivor) is committed, beside the bound the election timeout sets
//     (a follower notices the silent leader within the fetch timeout, then an election takes up
//     to about one election timeout more).
// Environment: WEIR_BENCH_DIR (temp root), WEIR_BENCH_PORT (first Kafka port, default 39192).
import type { ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { AdminSession } from '../src/admin/admin-session.js';
import { describeQuorum } from '../src/admin/cluster-admin.js';
import { readMetadata } from '../src/admin/metadata-reads.js';
import { createTopic } from '../src/admin/topic-admin.js';
import { planLocalCluster, type PlannedNode } from '../src/cli/cluster-plan.js';
import { createNodeRuntime } from '../src/runtime/nodejs/node-runtime.js';
import { startNodeProcess, stopNodeProcess } from './node-process.js';

const electionTimeoutMs = 1000;
const fetchTimeoutMs = 2000;
const propagationRounds = 10;
const failoverRounds = 3;
const clusterId = 'YmVuY2gtY2x1c3Rlci0wMQ';

interface Running {
  readonly plan: PlannedNode;
  child: ChildProcess;
}

async function start(plan: PlannedNode): Promise<Running> {
  const { child } = await startNodeProcess([...plan.settings,
    ['controller.quorum.election.timeout.ms', String(electionTimeoutMs)],
    ['controller.quorum.fetch.timeout.ms', String(fetchTimeoutMs)]], ['--cluster-id', clusterId]);
  return { plan, child };
}

/** Retries `attempt` until it resolves; returns when it did. */
async function untilItWorks(attempt: () => Promise<unknown>, limitMs: number): Promise<void> {
  const deadline = performance.now() + limitMs;
  for (;;) {
    try {
      await attempt();
      return;
    } catch (error) {
      if (performance.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }
}

const sessionFor = (plan: PlannedNode): AdminSession =>
  new AdminSession(createNodeRuntime(), `127.0.0.1:${plan.kafkaPort}`, { clientId: 'weir-bench', requestTimeoutMs: 2_000 });

async function propagationMs(nodes: readonly Running[], name: string): Promise<number> {
  const sessions = nodes.map((node) => sessionFor(node.plan));
  try {
    const started = performance.now();
    await createTopic(sessions[0] as AdminSession, { name, partitions: 3, replicationFactor: 1, configs: [] });
    await Promise.all(sessions.map((session) => untilItWorks(async () => {
      const metadata = await readMetadata(session, [name]);
      if (metadata.topics[0]?.errorCode !== 0) throw new Error('not yet');
    }, 10_000)));
    return performance.now() - started;
  } finally {
    for (const session of sessions) session.close();
  }
}

async function failoverMs(nodes: Running[], round: number): Promise<{ ms: number; killed: number }> {
  // Any broker answers DescribeQuorum (one that does not lead forwards it to the controller).
  const probe = sessionFor((nodes[0] as Running).plan);
  const leaderId = (await describeQuorum(probe)).leaderId;
  probe.close();
  const victim = nodes.find((node) => node.plan.nodeId === leaderId) as Running;
  const survivor = nodes.find((node) => node !== victim) as Running;
  const session = sessionFor(survivor.plan);
  const exited = new Promise((resolve) => victim.child.once('exit', resolve));
  const started = performance.now();
  victim.child.kill('SIGKILL');
  await exited;
  // A create whose answer was lost may have committed: its retry then finds the topic, which
  // counts as the change committed.
  await untilItWorks(() => createTopic(session, { name: `after-failover-${round}`, partitions: 1, replicationFactor: 1, configs: [] })
    .catch((error: unknown) => {
      if ((error as { kafkaError?: string }).kafkaError !== 'TOPIC_ALREADY_EXISTS') throw error;
    }), 60_000);
  const ms = performance.now() - started;
  session.close();
  victim.child = (await start(victim.plan)).child;
  return { ms, killed: leaderId };
}

const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

export default async function run(): Promise<void> {
  const root = await mkdtemp(join(process.env['WEIR_BENCH_DIR'] ?? tmpdir(), 'weir-bench-cluster-'));
  const plan = planLocalCluster({ controllers: 3, brokers: 0, port: Number(process.env['WEIR_BENCH_PORT'] ?? 39192), httpPort: 39644,
    dataDirectory: root, host: '127.0.0.1' });
  const nodes = await Promise.all(plan.map(start));
  try {
    const propagation: number[] = [];
    for (let round = 0; round < propagationRounds; round += 1) propagation.push(await propagationMs(nodes, `propagate-${round}`));
    process.stdout.write(`metadata propagation (create through node 1 until all 3 brokers list it): median ${median(propagation).toFixed(1)} ms, ` +
      `worst ${Math.max(...propagation).toFixed(1)} ms over ${propagationRounds} topics\n`);
    const failovers: number[] = [];
    for (let round = 0; round < failoverRounds; round += 1) {
      const { ms, killed } = await failoverMs(nodes, round);
      failovers.push(ms);
      process.stdout.write(`controller failover ${round + 1}: kill -9 of node ${killed} to the next committed metadata change: ${ms.toFixed(0)} ms\n`);
    }
    process.stdout.write(`controller failover: median ${median(failovers).toFixed(0)} ms; bound from the settings: ` +
      `fetch timeout ${fetchTimeoutMs} ms + election timeout ${electionTimeoutMs} ms (+ up to one more for a split vote)\n`);
  } finally {
    await Promise.all(nodes.map((node) => stopNodeProcess(node.child)));
    await rm(root, { recursive: true, force: true });
  }
}
