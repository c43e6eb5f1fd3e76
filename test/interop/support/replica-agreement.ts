// The end-of-test replica check of the replication tests: once every replica is back in the ISR,
// each partition's high watermark is asked of its leader, and every replica's segment files are
// read from its data directory (replica-logs.ts) up to that high watermark. Every replica must
// hold whole batches up to it (waited for, bounded: a follower may still be writing the last
// fetch) and the same bytes below it, compared by SHA-256.
import { eventually } from './eventually.js';
import type { ClusterProcesses } from './cluster-processes.js';
import { addressOf, highWatermarks, partitionStates, type PartitionState } from './partition-state.js';
import { replicaPrefix, type ReplicaPrefix } from './replica-logs.js';

/** One partition's agreement: its high watermark and each replica's prefix below it. */
export interface PartitionAgreement {
  readonly partition: number;
  readonly highWatermark: number;
  readonly replicas: ReadonlyMap<number, ReplicaPrefix>;
}

/** "leader 2 epoch 5 isr 1,2,3" for each partition, as one line. */
function render(states: ReadonlyMap<number, PartitionState>): string {
  return [...states.values()].map((state) =>
    `${state.partition}: leader ${state.leader} epoch ${state.leaderEpoch} isr ${state.isr.join(',')}`).join('; ');
}

/**
 * Waits until every node of `among` (all must be up) describes every partition of `topic` alike,
 * with a leader and its whole replica set in the ISR; returns the states. Asking every node, not
 * the first that answers, keeps a node that has just restarted and not yet caught up with the
 * metadata log (whose image may still show an ISR from before its death) from deciding alone.
 */
export async function waitForFullIsr(cluster: ClusterProcesses, options: { topic: string; among: readonly number[];
  limitMs: number }): Promise<Map<number, PartitionState>> {
  return eventually(`every replica of ${options.topic} in the ISR, as nodes ${options.among.join(',')} see it`,
    options.limitMs, async () => {
      const seen = await Promise.all(options.among.map((nodeId) => partitionStates(addressOf(cluster, nodeId), options.topic)));
      const renderings = new Set(seen.map(render));
      const states = seen[0] as Map<number, PartitionState>;
      const full = [...states.values()].every((state) => state.leader >= 0 &&
        state.isr.length === state.replicas.length && state.replicas.every((replica) => state.isr.includes(replica)));
      if (full && renderings.size === 1) return states;
      throw new Error([...renderings].join(' | '));
    });
}

/**
 * Every replica's bytes below the high watermark of each partition, once each replica holds all
 * of them. The caller compares the hashes (and reports them when they differ).
 */
export async function replicaPrefixes(cluster: ClusterProcesses, options: { topic: string;
  states: ReadonlyMap<number, PartitionState>; limitMs: number }): Promise<PartitionAgreement[]> {
  const marks = await highWatermarks(cluster, options.states, options.topic);
  const agreements: PartitionAgreement[] = [];
  for (const state of options.states.values()) {
    const highWatermark = marks.get(state.partition) as number;
    const replicas = await eventually(`every replica of ${options.topic}-${state.partition} holds offsets below ${highWatermark}`,
      options.limitMs, async () => {
        const prefixes = new Map(state.replicas.map((replica) => [replica, replicaPrefix(cluster.node(replica).dataDirectory,
          { topic: options.topic, partition: state.partition, highWatermark })]));
        return [...prefixes.values()].every((prefix) => prefix.endOffset === highWatermark) ? prefixes : undefined;
      });
    agreements.push({ partition: state.partition, highWatermark, replicas });
  }
  return agreements;
}

/** A one-line rendering of each replica's hash, for failure messages. */
export function describeAgreement(agreement: PartitionAgreement): string {
  const replicas = [...agreement.replicas].map(([replica, prefix]) =>
    `node ${replica}: ${prefix.sha256.slice(0, 16)} (${prefix.batchCount} batches, epochs ${prefix.epochs.join(',')})`);
  return `partition ${agreement.partition} below ${agreement.highWatermark}: ${replicas.join('; ')}`;
}
