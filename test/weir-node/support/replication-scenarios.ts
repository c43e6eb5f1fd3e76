// The replication scenarios the simulator tests run as they are and under a test-only break
// (replication-isr-sim.test.ts, replication-negative-controls.test.ts): each runs whole
// WeirNodes through one story and returns what its checks look at, so a negative control is
// caught by the same check that passes on the real code.
import { expect } from 'vitest';
import { ErrorCode } from '../../../src/protocol/mod.js';
import type { TestOnlyBreakReplication } from '../../../src/broker/test-only-break-replication.js';
import {
  createReplicatedTopic, cut, hostedBy, partitionImage, produceTo, replicasOf, startReplicationCluster, storedValues,
} from './replication-world.js';
import type { SimWeirCluster } from './sim-weir-cluster.js';

/** Three controllers (1-3) and three broker-only nodes (4-6) holding the topic's replicas [4, 5, 6]. */
export const replicaShape = { combined: [1, 2, 3], brokersOnly: [4, 5, 6] };

/** What the acks=all story saw: the answer, and every replica's log end when it came. */
export interface AcksAllSeen {
  readonly errorCode: number;
  readonly logEndOffsetsAtAnswer: number[];
}

/**
 * One acks=1 batch, then one acks=all batch over slow leader-to-follower links; the replicas'
 * log ends as the acks=all answer arrives.
 */
export async function acksAllStory(seed: number, breakReplication?: TestOnlyBreakReplication): Promise<AcksAllSeen> {
  const cluster = await startReplicationCluster(seed, { combined: [1, 2, 3] },
    breakReplication === undefined ? {} : { breakReplication });
  await createReplicatedTopic(cluster, 'acks');
  const leader = partitionImage(cluster, 'acks', 1).leader;
  expect((await produceTo(cluster, leader, { topic: 'acks', values: ['one'], acks: 1 })).errorCode).toBe(ErrorCode.NONE);
  // Slow links from the leader to its followers: the batch reaches them well after the client
  // could have been answered, so an answer that did not wait for them shows.
  for (const follower of [1, 2, 3].filter((id) => id !== leader)) {
    cluster.network.setLinkSlowness(`node-${leader}`, `node-${follower}`, 50);
  }
  let logEndOffsetsAtAnswer: number[] = [];
  const answer = await produceTo(cluster, leader, { topic: 'acks', values: ['all'], acks: -1,
    atAnswer: () => { logEndOffsetsAtAnswer = replicasOf(cluster, 'acks').map((replica) => replica.offsets.logEndOffset); } });
  expect(cluster.world.violation).toBeNull();
  return { errorCode: answer.errorCode, logEndOffsetsAtAnswer };
}

/** What the failover story saw. */
export interface FailoverSeen {
  readonly cluster: SimWeirCluster;
  readonly acknowledged: readonly string[];
  readonly oldEpoch: number;
  readonly newLeader: number;
  /** The new leader's log right after its election. */
  readonly newLeaderValues: readonly string[];
  /**
   * Node 4's log end when its log reopened after the restart, before it fetched (its "partition
   * online" line: the log is opened once the image shows the new incarnation registered, and
   * the follower fetches at once, so its values can no longer be read before the truncation).
   */
  readonly restartedLogEndOffset: number;
  /** Node 4's "follower truncated" lines. */
  readonly truncations: readonly string[];
}

/**
 * Leader 4 takes acks=all batches, then one acks=1 batch its followers never get, and crashes;
 * the controller elects 5 or 6, which takes one more acks=all batch ('after'); 4 restarts as
 * a follower and catches up.
 */
export async function failoverStory(seed: number, breakReplication?: TestOnlyBreakReplication): Promise<FailoverSeen> {
  const topic = 'in-sync';
  const cluster = await startReplicationCluster(seed, replicaShape, breakReplication === undefined ? {} : { breakReplication });
  // Every append fsynced: the old leader's unreplicated batch survives its crash, to be truncated.
  await createReplicatedTopic(cluster, topic, { replicas: [4, 5, 6], configs: { 'flush.messages': '1' } });
  const acknowledged: string[] = [];
  for (let round = 0; round < 4; round += 1) {
    const values = [`r${round}a`, `r${round}b`];
    expect((await produceTo(cluster, 4, { topic, values, acks: -1 })).errorCode).toBe(ErrorCode.NONE);
    acknowledged.push(...values);
  }
  const oldEpoch = partitionImage(cluster, topic, 1).leaderEpoch;
  cut(cluster, 4, 5);
  cut(cluster, 4, 6);
  expect((await produceTo(cluster, 4, { topic, values: ['unreplicated'], acks: 1 })).errorCode).toBe(ErrorCode.NONE);
  cluster.crash(4);
  cluster.network.heal();
  expect(await cluster.runUntil(() => {
    const partition = partitionImage(cluster, topic, 1);
    return partition.leader !== 4 && partition.leader !== -1 && partition.leaderEpoch > oldEpoch;
  }, 15_000)).toBe(true);
  const newLeader = partitionImage(cluster, topic, 1).leader;
  const leaderReplica = hostedBy(cluster, topic).get(newLeader);
  if (leaderReplica === undefined) throw new Error('the new leader hosts no replica');
  const newLeaderValues = await storedValues(cluster, leaderReplica);
  expect(await cluster.runUntil(() => leaderReplica.role.kind === 'leader', 5_000)).toBe(true);
  expect((await produceTo(cluster, newLeader, { topic, values: ['after'], acks: -1 })).errorCode).toBe(ErrorCode.NONE);
  cluster.start(4);
  expect(await cluster.runUntil(() => hostedBy(cluster, topic).get(4) !== undefined, 20_000)).toBe(true);
  const restarted = hostedBy(cluster, topic).get(4);
  if (restarted === undefined) throw new Error('node 4 hosts no replica');
  const reopened = cluster.logLines.filter((line) => line.includes('partition online') && line.includes('node 4')).at(-1);
  const restartedLogEndOffset = Number(/logEndOffset=(\d+)/.exec(reopened ?? '')?.[1] ?? -1);
  expect(await cluster.runUntil(() => {
    const rejoined = hostedBy(cluster, topic).get(4);
    return rejoined !== undefined && rejoined.role.kind === 'follower' && rejoined.offsets.logEndOffset === 9 &&
      rejoined.latestEpoch > oldEpoch && partitionImage(cluster, topic, 1).isr.includes(4 as never);
  }, 20_000)).toBe(true);
  const truncations = cluster.logLines.filter((line) => line.includes('follower truncated by leader epoch') && line.includes('node 4'));
  return { cluster, acknowledged, oldEpoch, newLeader, newLeaderValues, restartedLogEndOffset, truncations };
}
