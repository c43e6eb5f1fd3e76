// The kafkajs (2.2.4) load the end-to-end and replication benchmarks drive against a running node
// or cluster: produce throughput with many requests in flight, a group-free consume of a whole
// topic (each partition fetched from its leader), and produce latency on a fixed open-loop
// schedule (single-record sends that never wait for one another).
import { performance } from 'node:perf_hooks';
import { CompressionTypes, type Kafka } from 'kafkajs';

export const recordBytes = 1024;
export const recordsPerSend = 100;
export const sendsInFlight = 8;

/** Produces `recordCount` 1 KiB records, `recordsPerSend` per request round-robin over the partitions; returns the ms taken. */
export async function produceThroughputMs(kafka: Kafka, options: { topic: string; acks: number; recordCount: number;
  partitions: number }): Promise<number> {
  const producer = kafka.producer({ allowAutoTopicCreation: false });
  await producer.connect();
  const value = Buffer.alloc(recordBytes, 0x61);
  let next = 0;
  const started = performance.now();
  const worker = async (): Promise<void> => {
    while (next < options.recordCount) {
      const partition = Math.floor(next / recordsPerSend) % options.partitions;
      next += recordsPerSend;
      await producer.send({
        topic: options.topic, acks: options.acks, compression: CompressionTypes.None,
        messages: Array.from({ length: recordsPerSend }, () => ({ partition, value })),
      });
    }
  };
  await Promise.all(Array.from({ length: sendsInFlight }, worker));
  const elapsed = performance.now() - started;
  await producer.disconnect();
  return elapsed;
}

/** kafkajs' internal cluster object: the only group-free fetch it offers (groups are not Weir's yet). */
type KafkajsCluster = any;

function clusterOf(kafka: Kafka): KafkajsCluster {
  const symbol = Object.getOwnPropertySymbols(kafka).find((entry) => entry.description === 'private:Kafka:createCluster');
  return (kafka as unknown as Record<symbol, (options: object) => KafkajsCluster>)[symbol as symbol]({ isolationLevel: 1 });
}

/** Reads `topic` from the start until `recordCount` records came back, each partition from its leader. */
export async function consumeAll(kafka: Kafka, options: { topic: string; recordCount: number; stallMs?: number }):
  Promise<{ elapsedMs: number; records: number }> {
  const cluster = clusterOf(kafka);
  await cluster.connect();
  await cluster.addTargetTopic(options.topic);
  const partitions = cluster.findTopicPartitionMetadata(options.topic) as Array<{ partitionId: number; leader: number }>;
  const leaders = [...new Set(partitions.map((partition) => partition.leader))];
  const offsets = new Map(partitions.map((partition) => [partition.partitionId, 0]));
  let records = 0;
  const started = performance.now();
  let lastProgress = started;
  const fetchFrom = async (leader: number): Promise<void> => {
    const broker = await cluster.findBroker({ nodeId: leader });
    const own = partitions.filter((partition) => partition.leader === leader).map((partition) => partition.partitionId);
    while (records < options.recordCount && performance.now() - lastProgress < (options.stallMs ?? 30_000)) {
      const response = await broker.fetch({
        replicaId: -1, isolationLevel: 1, maxWaitTime: 100, minBytes: 1, maxBytes: 64 * 1024 * 1024,
        topics: [{ topic: options.topic, partitions: own.map((partition) =>
          ({ partition, fetchOffset: String(offsets.get(partition)), maxBytes: 8 * 1024 * 1024 })) }],
      });
      for (const partition of response.responses[0].partitions) {
        for (const message of partition.messages) {
          const offset = Number(message.offset);
          if (offset < (offsets.get(partition.partition) as number)) continue;
          offsets.set(partition.partition, offset + 1);
          records += 1;
          lastProgress = performance.now();
        }
      }
    }
  };
  await Promise.all(leaders.map(fetchFrom));
  const elapsedMs = performance.now() - started;
  await cluster.disconnect();
  return { elapsedMs, records };
}

/**
 * Single-record acks=-1 sends at `ratePerSecond` for `seconds`, on schedule; returns the sorted
 * latencies in ms of those acknowledged, and how many sends failed (a send that fails is counted,
 * not waited for again: a broker that falls behind shows as failures, not as a crash).
 */
export async function produceLatencies(kafka: Kafka, options: { topic: string; ratePerSecond: number; seconds: number;
  partitions: number }): Promise<{ latencies: number[]; failures: number }> {
  // No retries: a send that fails is a failure of this schedule, not a late latency sample.
  const producer = kafka.producer({ allowAutoTopicCreation: false, retry: { retries: 0 } });
  await producer.connect();
  const value = Buffer.alloc(recordBytes, 0x62);
  const latencies: number[] = [];
  let failures = 0;
  const intervalMs = 1000 / options.ratePerSecond;
  const started = performance.now();
  const pending: Promise<void>[] = [];
  for (let index = 0; index < options.ratePerSecond * options.seconds; index += 1) {
    const due = started + index * intervalMs;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    const sentAt = performance.now();
    pending.push(producer.send({ topic: options.topic, acks: -1, messages: [{ partition: index % options.partitions, value }] })
      .then(() => { latencies.push(performance.now() - sentAt); }, () => { failures += 1; }));
  }
  await Promise.all(pending);
  await producer.disconnect();
  return { latencies: latencies.sort((a, b) => a - b), failures };
}

/** `count` single-record sends one after another (each waits for the last): the round trip of one produce, sorted, in ms. */
export async function sequentialLatencies(kafka: Kafka, options: { topic: string; acks: number; count: number }): Promise<number[]> {
  const producer = kafka.producer({ allowAutoTopicCreation: false });
  await producer.connect();
  const value = Buffer.alloc(recordBytes, 0x63);
  const latencies: number[] = [];
  for (let index = 0; index < options.count; index += 1) {
    const sentAt = performance.now();
    await producer.send({ topic: options.topic, acks: options.acks, messages: [{ partition: 0, value }] });
    latencies.push(performance.now() - sentAt);
  }
  await producer.disconnect();
  return latencies.sort((a, b) => a - b);
}
