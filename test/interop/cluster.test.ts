// Goal: a cluster of real `weir node` processes behaves as a KRaft cluster does for real Kafka
// clients: kcat lists every broker; kafkajs's admin creates topics through a broker that is not
// the active controller (forwarding); after kill -9 of the active controller another one takes
// over and topics can be created through any survivor, and the killed node, restarted, catches
// up; with two of three controllers down no metadata change is accepted while partitions whose
// leader is alive keep serving, and one controller back brings metadata writes back; a broker-only
// node joins as an observer, registers and hosts partitions, is fenced after SIGSTOP outlasts its
// session timeout and is listed again after SIGCONT.
// Method: ClusterProcesses (free ports picked first, one cluster id); every wait is a bounded poll
// whose limit is derived from the configured timeouts, never a sleep or a timing assertion.
import { afterEach, describe, expect, test } from 'vitest';
import { Kafka, logLevel } from 'kafkajs';
import { AdminSession } from '../../src/admin/admin-session.js';
import { describeQuorum } from '../../src/admin/cluster-admin.js';
import { readTopic } from '../../src/admin/metadata-reads.js';
import { createTopic, listTopics } from '../../src/admin/topic-admin.js';
import { createNodeRuntime } from '../../src/runtime/nodejs/node-runtime.js';
import { ClusterProcesses } from './support/cluster-processes.js';
import { eventually } from './support/eventually.js';
import { runProcess } from './support/external-clients.js';

const electionTimeoutMs = 500;
const fetchTimeoutMs = 1000;
const sessionTimeoutMs = 3000;
const settings = {
  'controller.quorum.election.timeout.ms': String(electionTimeoutMs),
  'controller.quorum.fetch.timeout.ms': String(fetchTimeoutMs),
  'broker.session.timeout.ms': String(sessionTimeoutMs),
  'broker.heartbeat.interval.ms': '300',
};
/** A new leader within the fetch timeout (noticing) plus a few election rounds. */
const failoverBoundMs = fetchTimeoutMs + 6 * electionTimeoutMs + 5_000;

const clusters: ClusterProcesses[] = [];
afterEach(async () => {
  for (const cluster of clusters.splice(0)) await cluster.dispose();
});

function admin(address: string) {
  return new Kafka({ clientId: 'cluster-test', brokers: [address], logLevel: logLevel.NOTHING, retry: { retries: 2 } }).admin();
}

async function activeController(cluster: ClusterProcesses, among: readonly number[]): Promise<number> {
  return eventually('an active controller', failoverBoundMs, async () => {
    for (const nodeId of among) {
      const session = new AdminSession(createNodeRuntime(), `127.0.0.1:${cluster.ports.get(nodeId)?.kafka}`, { requestTimeoutMs: 1000 });
      try {
        const leader = (await describeQuorum(session)).leaderId;
        if (among.includes(leader)) return leader;
      } catch {
        // That node is down, or no controller answered yet; try the next one.
      } finally {
        session.close();
      }
    }
    return undefined;
  });
}

async function brokersListedBy(address: string): Promise<number[]> {
  const result = await runProcess('kcat', ['-b', address, '-L', '-J'], '', 10_000);
  if (result.code !== 0) throw new Error(`kcat -L failed: ${result.stderr}`);
  return (JSON.parse(result.stdout) as { brokers: Array<{ id: number }> }).brokers.map((broker) => broker.id).sort();
}

async function createThrough(address: string, topic: string, partitions = 1): Promise<void> {
  const client = admin(address);
  await client.connect();
  try {
    const created = await client.createTopics({ topics: [{ topic, numPartitions: partitions }], waitForLeaders: true });
    if (!created) throw new Error(`${topic} already existed`);
  } finally {
    await client.disconnect();
  }
}

describe('a cluster of weir node processes', () => {
  test('kcat lists three brokers; kafkajs creates a topic through a broker that is not the active controller', async () => {
    const cluster = await ClusterProcesses.start({ nodes: 3, settings });
    clusters.push(cluster);
    const [first] = cluster.kafkaAddresses();
    expect(await eventually('three brokers', 10_000, async () => {
      const listed = await brokersListedBy(first as string);
      return listed.length === 3 ? listed : undefined;
    })).toEqual([1, 2, 3]);
    const controller = await activeController(cluster, [1, 2, 3]);
    const other = [1, 2, 3].find((nodeId) => nodeId !== controller) as number;
    await createThrough(`127.0.0.1:${cluster.ports.get(other)?.kafka}`, 'forwarded', 3);
    for (const address of cluster.kafkaAddresses()) {
      const client = admin(address);
      await client.connect();
      const metadata = await client.fetchTopicMetadata({ topics: ['forwarded'] });
      await client.disconnect();
      expect(metadata.topics[0]?.partitions).toHaveLength(3);
    }
  }, 120_000);

  test('kill -9 of the active controller: another takes over, survivors create topics, the killed node catches up', async () => {
    const cluster = await ClusterProcesses.start({ nodes: 3, settings });
    clusters.push(cluster);
    const first = await activeController(cluster, [1, 2, 3]);
    await cluster.kill(first);
    const survivors = [1, 2, 3].filter((nodeId) => nodeId !== first);
    const next = await activeController(cluster, survivors);
    expect(survivors).toContain(next);
    for (const nodeId of survivors) {
      await eventually(`a topic created through node ${nodeId}`, failoverBoundMs, async () => {
        await createThrough(`127.0.0.1:${cluster.ports.get(nodeId)?.kafka}`, `after-kill-${nodeId}`);
        return true;
      });
    }
    const restarted = await cluster.restart(first);
    await eventually('the restarted node lists the topics made while it was down', 20_000, async () => {
      const client = admin(restarted.kafkaAddress);
      await client.connect();
      const topics = await client.listTopics();
      await client.disconnect();
      return survivors.every((nodeId) => topics.includes(`after-kill-${nodeId}`)) ? true : undefined;
    });
  }, 120_000);

  test('two of three controllers down: metadata changes are refused, live partitions serve; one back, changes resume', async () => {
    const cluster = await ClusterProcesses.start({ nodes: 3, settings });
    clusters.push(cluster);
    await createThrough(cluster.kafkaAddresses()[0] as string, 'steady', 6);
    const remaining = 3;
    for (const nodeId of [1, 2]) await cluster.kill(nodeId);
    const address = `127.0.0.1:${cluster.ports.get(remaining)?.kafka}`;
    // Weir's own admin client asks node 3 alone (kafkajs would also try the dead brokers, which
    // no controller can fence now, and give up on them).
    // Either way the broker answers NOT_CONTROLLER once its forwarding deadline (5 s) passes
    // with no active controller: when node 3 itself still led and proposed the change, it
    // resigns within the fetch timeout (its quorum stopped fetching), renounces the pending
    // change, and its broker then looks for another controller. A request timeout past both,
    // and short of the controller's 30 s commit timeout, which no answer waits for any more.
    const session = new AdminSession(createNodeRuntime(), address, { requestTimeoutMs: 20_000 });
    try {
      await expect(createTopic(session, { name: 'no-quorum', partitions: 1, replicationFactor: 1, configs: [] }))
        .rejects.toThrow(/NOT_CONTROLLER/);
      expect((await listTopics(session)).map((topic) => topic.name)).not.toContain('no-quorum');
      const steady = await readTopic(session, 'steady');
      const own = steady.partitions.filter((partition) => partition.leaderId === remaining).map((partition) => partition.partitionIndex);
      expect(own.length).toBeGreaterThan(0);
      for (const partition of own) {
        const produced = await runProcess('kcat', ['-b', address, '-P', '-t', 'steady', '-p', String(partition), '-X', 'acks=all'],
          `kept-${partition}\n`, 20_000);
        expect(produced.code, produced.stderr).toBe(0);
        const consumed = await runProcess('kcat', ['-b', address, '-C', '-t', 'steady', '-p', String(partition), '-o', 'beginning', '-e', '-q'],
          '', 20_000);
        expect(consumed.stdout.trim().split('\n')).toEqual([`kept-${partition}`]);
      }
    } finally {
      session.close();
    }
    await cluster.restart(1);
    const back = new AdminSession(createNodeRuntime(), address, { requestTimeoutMs: 10_000 });
    try {
      await eventually('metadata writes after one controller came back', failoverBoundMs, async () => {
        // A create whose answer was lost may have committed: its retry then finds the topic.
        await createTopic(back, { name: 'quorum-back', partitions: 1, replicationFactor: 1, configs: [] })
          .catch((error: unknown) => { if (!String(error).includes('TOPIC_ALREADY_EXISTS')) throw error; });
        return true;
      });
      expect((await listTopics(back)).map((topic) => topic.name)).toContain('quorum-back');
    } finally {
      back.close();
    }
  }, 120_000);

  test('a broker-only node joins as an observer and hosts partitions; SIGSTOP past its session fences it, SIGCONT brings it back', async () => {
    const cluster = await ClusterProcesses.start({ nodes: 3, brokers: 1, settings });
    clusters.push(cluster);
    const [first] = cluster.kafkaAddresses();
    expect(await eventually('four brokers', 10_000, async () => {
      const listed = await brokersListedBy(first as string);
      return listed.length === 4 ? listed : undefined;
    })).toEqual([1, 2, 3, 4]);
    await createThrough(first as string, 'spread', 8);
    const client = admin(first as string);
    await client.connect();
    const spread = await client.fetchTopicMetadata({ topics: ['spread'] });
    await client.disconnect();
    expect(spread.topics[0]?.partitions.some((partition) => partition.leader === 4)).toBe(true);
    cluster.pause(4);
    expect(await eventually('node 4 fenced (not listed)', sessionTimeoutMs + 10_000, async () => {
      const listed = await brokersListedBy(first as string);
      return listed.includes(4) ? undefined : listed;
    })).toEqual([1, 2, 3]);
    cluster.resume(4);
    expect(await eventually('node 4 listed again', 20_000, async () => {
      const listed = await brokersListedBy(first as string);
      return listed.includes(4) ? listed : undefined;
    })).toEqual([1, 2, 3, 4]);
  }, 120_000);
});
