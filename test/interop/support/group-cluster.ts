// The cluster and the waits the consumer-group tests share: three combined `weir node` processes
// laid out as the replication tests start them (short broker session and lag timeouts), a topic
// with replication factor 3 and min.insync.replicas=2, and group settings that let a group form
// within a second (no initial rebalance delay). Every wait is a bounded poll on what the ledger
// recorded and what the cluster answers; nothing sleeps.
import type { ClusterProcesses } from './cluster-processes.js';
import { eventually } from './eventually.js';
import { splitProblems, type GroupLedger } from './group-ledger.js';
import { highWatermarks, statesFromAny, type PartitionState } from './partition-state.js';
import { startReplicatedCluster, type ReplicationTimeouts } from './replicated-cluster.js';

export const groupTimeouts: ReplicationTimeouts = { sessionTimeoutMs: 3000, replicaLagTimeMs: 3000 };

/** Group coordinator settings of every node (Kafka's key names). */
export const groupSettings: Readonly<Record<string, string>> = {
  // A group that forms waits for no late joiners (Kafka's default waits 3 s).
  'group.initial.rebalance.delay.ms': '0',
  // Ten offsets partitions of three replicas each instead of Kafka's fifty: less for two loaded
  // cores to create and replicate, and the group still lands on one of the three brokers.
  'offsets.topic.num.partitions': '10',
};

/** How long a group may take to settle after a join, a leave or a coordinator move. */
export const settleBoundMs = 60_000;

/** Starts the three nodes with `topic` of `partitions` partitions. */
export async function startGroupCluster(options: { topic: string; partitions: number;
  settings?: Readonly<Record<string, string>> }): Promise<{ cluster: ClusterProcesses; states: Map<number, PartitionState> }> {
  return startReplicatedCluster({ topic: options.topic, partitions: options.partitions, timeouts: groupTimeouts,
    settings: { ...groupSettings, ...options.settings } });
}

/** Each partition's high watermark, asked of its leader as any live node of `among` describes it. */
export async function endOffsets(cluster: ClusterProcesses, options: { topic: string; among: readonly number[] }):
  Promise<Map<number, number>> {
  const states = await statesFromAny(cluster, options.among, options.topic);
  return highWatermarks(cluster, states, options.topic);
}

/**
 * Waits until exactly `members` hold the topic's partitions, split evenly with none held twice,
 * and every partition's acknowledged commit has reached the end offset it had when the wait
 * began (the group caught up with what was produced before). `ledgerNow` gives the ledger as
 * it stands (members in other processes report asynchronously).
 */
export async function waitForGroup(cluster: ClusterProcesses, ledgerNow: () => GroupLedger, options: { what: string;
  topic: string; partitions: number; members: readonly string[]; among: readonly number[] }): Promise<void> {
  const target = await eventually(`${options.what}: end offsets`, settleBoundMs, () => endOffsets(cluster, options));
  await eventually(options.what, settleBoundMs, async () => {
    const ledger = ledgerNow();
    const assignments = ledger.assignments();
    const holders = [...assignments.keys()].sort();
    if (holders.join() !== [...options.members].sort().join()) throw new Error(`members ${holders.join(',')}`);
    const problems = splitProblems(assignments, options.partitions);
    if (problems.length > 0) throw new Error(problems.join('; '));
    const committed = ledger.committed();
    const behind = [...target].filter(([partition, end]) => (committed.get(partition) ?? 0) < end);
    if (behind.length > 0) {
      throw new Error(`behind: ${behind.map(([partition, end]) => `${partition}: ${committed.get(partition) ?? 0}/${end}`).join(' ')}`);
    }
    return true;
  });
}
