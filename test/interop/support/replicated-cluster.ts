// The cluster the replication tests run on: three combined `weir node` processes with short
// timeouts, so that failovers and ISR changes happen within seconds, and the bounds every wait
// derives from those timeouts (a loaded machine gets room; a wait never sleeps, it polls).
import { afterEach } from 'vitest';
import { createTopic } from '../../../src/admin/topic-admin.js';
import { ClusterProcesses } from './cluster-processes.js';
import { eventually } from './eventually.js';
import { addressOf, statesFromAny, withSession, type PartitionState } from './partition-state.js';
import { waitForFullIsr } from './replica-agreement.js';

export const electionTimeoutMs = 500;
export const fetchTimeoutMs = 1000;

/** The timeouts a replication test cluster runs with (broker session and follower lag). */
export interface ReplicationTimeouts {
  readonly sessionTimeoutMs: number;
  readonly replicaLagTimeMs: number;
}

/** `--set` overrides for every node of a replication test cluster. */
export function replicationSettings(timeouts: ReplicationTimeouts): Record<string, string> {
  return {
    'controller.quorum.election.timeout.ms': String(electionTimeoutMs),
    'controller.quorum.fetch.timeout.ms': String(fetchTimeoutMs),
    'broker.session.timeout.ms': String(timeouts.sessionTimeoutMs),
    'broker.heartbeat.interval.ms': '300',
    'replica.lag.time.max.ms': String(timeouts.replicaLagTimeMs),
    // The followers' librdkafka consumers carry a group.id, so librdkafka asks for their
    // coordinator, which creates __consumer_offsets: one partition (not 50 times three replicas)
    // keeps these tests' load on the topic they check.
    'offsets.topic.num.partitions': '1',
  };
}

/**
 * A new partition leader after its leader died: the dead node may have been the active
 * controller too (a new one within the fetch timeout and a few election rounds), which then
 * fences the silent broker after its session timeout and elects from the ISR.
 */
export function failoverBoundMs(timeouts: ReplicationTimeouts): number {
  return fetchTimeoutMs + 6 * electionTimeoutMs + timeouts.sessionTimeoutMs + 8_000;
}

/** A restarted or resumed node: start-up, registration, catching up, and the ISR expansion. */
export const rejoinBoundMs = 45_000;

/** How the three nodes are laid out and the topic placed. */
export interface ReplicatedLayout {
  readonly topic: string;
  readonly timeouts: ReplicationTimeouts;
  /** Combined nodes (controller voters), the rest of the three broker-only (default 3). */
  readonly controllers?: number;
  /** Broker-only nodes after the combined ones (default: as many as make three nodes). */
  readonly brokers?: number;
  /** Further `--set` overrides for every node. */
  readonly settings?: Readonly<Record<string, string>>;
  /** The partition count, placed by the controller (with `assignments` absent). */
  readonly partitions?: number;
  /** The replicas of each partition, preferred leader first (instead of `partitions`). */
  readonly assignments?: ReadonlyArray<readonly number[]>;
}

/** Starts the nodes (three unless asked) and creates the topic with replication factor 3 and min.insync.replicas=2. */
export async function startReplicatedCluster(layout: ReplicatedLayout):
  Promise<{ cluster: ClusterProcesses; states: Map<number, PartitionState> }> {
  const controllers = layout.controllers ?? 3;
  const cluster = await ClusterProcesses.start({ nodes: controllers, brokers: layout.brokers ?? 3 - controllers,
    settings: { ...replicationSettings(layout.timeouts), ...layout.settings } });
  const placed = layout.assignments === undefined
    ? { partitions: layout.partitions ?? 1, replicationFactor: 3 }
    : { partitions: -1, replicationFactor: -1, assignments: layout.assignments };
  try {
    await eventually(`topic ${layout.topic} created`, failoverBoundMs(layout.timeouts),
      () => withSession(addressOf(cluster, 1), async (session) => {
        // A create whose answer was lost may have committed: its retry then finds the topic.
        await createTopic(session, { name: layout.topic, ...placed, configs: [['min.insync.replicas', '2']] })
          .catch((error: unknown) => {
            if ((error as { kafkaError?: string }).kafkaError !== 'TOPIC_ALREADY_EXISTS') throw error;
          });
        return true;
      }, 10_000));
    const states = await waitForFullIsr(cluster, { topic: layout.topic, among: [1, 2, 3], limitMs: rejoinBoundMs });
    return { cluster, states };
  } catch (error) {
    await cluster.dispose();
    throw error;
  }
}

/** Waits until one of `among` leads `partition` (as a node of `among` describes it). */
export async function leaderAmong(cluster: ClusterProcesses, options: { topic: string; partition: number;
  among: readonly number[]; limitMs: number }): Promise<PartitionState> {
  return eventually(`a leader of ${options.topic}-${options.partition} among ${options.among.join(',')}`, options.limitMs, async () => {
    const state = (await statesFromAny(cluster, options.among, options.topic)).get(options.partition);
    return state !== undefined && options.among.includes(state.leader) ? state : undefined;
  });
}

/** What a test started and must end, whatever its outcome: clients first, then the cluster. */
export interface Started {
  readonly clusters: ClusterProcesses[];
  readonly clients: Array<{ dispose(): void }>;
}

/** Registers an afterEach that disposes what the test put in the returned lists. */
export function disposeAfterEach(): Started {
  const started: Started = { clusters: [], clients: [] };
  afterEach(async () => {
    for (const client of started.clients.splice(0)) client.dispose();
    for (const cluster of started.clusters.splice(0)) await cluster.dispose();
  });
  return started;
}
