// The end of every replication test with clients running: stop the producer (it flushes), wait
// until every replica is back in the ISR, let the following consumer read up to each high
// watermark, read every partition back with kcat (another client, from the leaders), and judge:
// acknowledged records in place exactly once (earlier copies a client resend explains counted
// apart), no read later undone, the consumer saw every offset, and every replica's segment files
// byte-identical below the high watermark.
import { expect } from 'vitest';
import type { ClusterProcesses } from './cluster-processes.js';
import { kcatConsume } from './external-clients.js';
import { describeAgreement, replicaPrefixes, waitForFullIsr, type PartitionAgreement } from './replica-agreement.js';
import { rejoinBoundMs } from './replicated-cluster.js';
import { finalLogOf, lostOrMoved, phantomReads } from './replication-checks.js';
import type { FollowingConsumer, SteadyProducer } from './steady-clients.js';

const settleBoundMs = 30_000;

/** What the end of a test found, for its own further checks. */
export interface ReplicatedHistory {
  /** Per partition: the high watermark and each replica's prefix below it. */
  readonly agreements: PartitionAgreement[];
  /** Earlier copies of acknowledged records that a client resend explains (lostOrMoved). */
  readonly retriedCopies: readonly string[];
}

/** Runs the checks above. */
export async function expectReplicatedHistory(cluster: ClusterProcesses, options: { topic: string;
  producer: SteadyProducer; consumer: FollowingConsumer }): Promise<ReplicatedHistory> {
  const { topic, producer, consumer } = options;
  await producer.stop();
  const states = await waitForFullIsr(cluster, { topic, among: [...cluster.ports.keys()], limitMs: rejoinBoundMs });
  const agreements = await replicaPrefixes(cluster, { topic, states, limitMs: settleBoundMs });
  const ends = new Map(agreements.map((agreement) => [agreement.partition, agreement.highWatermark]));
  await consumer.waitForEnds(ends, settleBoundMs);
  await consumer.stop();
  const log = finalLogOf(await kcatConsume({ bootstrap: cluster.kafkaAddresses().join(','), topic, partitions: [...ends.keys()] }));
  for (const [partition, end] of ends) {
    expect([...(log.get(partition)?.keys() ?? [])], `offsets of partition ${partition}`)
      .toEqual(Array.from({ length: end }, (_, offset) => offset));
  }
  const verdict = lostOrMoved(log, producer.acknowledged());
  expect(verdict.problems).toEqual([]);
  expect(phantomReads(log, consumer.records())).toEqual([]);
  for (const [partition, end] of ends) {
    const read = new Set(consumer.records().filter((record) => record.partition === partition).map((record) => record.offset));
    expect(read.size, `offsets of partition ${partition} the following consumer read`).toBe(end);
  }
  for (const agreement of agreements) {
    const hashes = new Set([...agreement.replicas.values()].map((prefix) => prefix.sha256));
    expect(hashes.size, describeAgreement(agreement)).toBe(1);
  }
  return { agreements, retriedCopies: verdict.retriedCopies };
}
