// What the replication tests ask the cluster about a topic's partitions, over the Kafka protocol
// with Weir's admin client (src/admin/): leader, leader epoch, replicas and ISR from a Metadata
// answer, and each partition's high watermark from its leader (ListOffsets LATEST with
// read_uncommitted, which Kafka answers with the high watermark). A node that is down or paused
// is skipped, so the answer comes from whichever listed node is alive.
import { AdminSession } from '../../../src/admin/admin-session.js';
import { readMetadata, readTopic } from '../../../src/admin/metadata-reads.js';
import { LATEST_TIMESTAMP, readOffsets } from '../../../src/admin/offset-reads.js';
import { createNodeRuntime } from '../../../src/runtime/nodejs/node-runtime.js';
import type { ClusterProcesses } from './cluster-processes.js';

/** One partition as a broker's Metadata answer shows it. */
export interface PartitionState {
  readonly partition: number;
  readonly leader: number;
  readonly leaderEpoch: number;
  readonly replicas: readonly number[];
  readonly isr: readonly number[];
}

/** A short-lived session to one node; every request bounded by `requestTimeoutMs`. */
export async function withSession<T>(address: string, use: (session: AdminSession) => Promise<T>,
  requestTimeoutMs = 5000): Promise<T> {
  const session = new AdminSession(createNodeRuntime(), address, { clientId: 'replication-test', requestTimeoutMs });
  try {
    return await use(session);
  } finally {
    session.close();
  }
}

/** Every partition of `topic` as `address` describes it, by partition index. */
export async function partitionStates(address: string, topic: string): Promise<Map<number, PartitionState>> {
  const described = await withSession(address, (session) => readTopic(session, topic));
  return new Map(described.partitions.map((partition) => [partition.partitionIndex, {
    partition: partition.partitionIndex,
    leader: partition.leaderId,
    leaderEpoch: partition.leaderEpoch,
    replicas: [...partition.replicaNodes].sort(),
    isr: [...partition.isrNodes].sort(),
  }]));
}

/** The Kafka address of a node of `cluster`. */
export function addressOf(cluster: ClusterProcesses, nodeId: number): string {
  return `127.0.0.1:${cluster.ports.get(nodeId)?.kafka}`;
}

/** The partitions of `topic` as the first of `among` that answers describes them. */
export async function statesFromAny(cluster: ClusterProcesses, among: readonly number[], topic: string):
  Promise<Map<number, PartitionState>> {
  let last: unknown = new Error('no node to ask');
  for (const nodeId of among) {
    try {
      return await partitionStates(addressOf(cluster, nodeId), topic);
    } catch (error) {
      last = error;
    }
  }
  throw last;
}

/** Each partition's high watermark, asked of its leader. */
export async function highWatermarks(cluster: ClusterProcesses, states: ReadonlyMap<number, PartitionState>,
  topic: string): Promise<Map<number, number>> {
  const marks = new Map<number, number>();
  for (const state of states.values()) {
    const offsets = await withSession(addressOf(cluster, state.leader),
      (session) => readOffsets(session, topic, [state.partition], LATEST_TIMESTAMP));
    marks.set(state.partition, offsets.get(state.partition) as number);
  }
  return marks;
}

/** The brokers a Metadata answer of `address` lists (fenced brokers are left out, as Kafka's are). */
export async function listedBrokers(address: string): Promise<number[]> {
  const metadata = await withSession(address, (session) => readMetadata(session, []));
  return metadata.brokers.map((broker) => broker.nodeId as number).sort();
}
