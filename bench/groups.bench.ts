// Consumer-group benchmark (`make bench`, or `node dist/bench/run.js groups`), the figures issue 12
// asks for, on three combined node processes (replication factor 3, as `weir cluster start` lays
// them out), beside the loopback and disk limits measured in the same run:
// - the time for a group of N kafkajs members (1, 10, 100) to form (every member started at once
//   until each holds its share of the partitions, none held twice) and to rebalance after one
//   leaves (its LeaveGroup until the others hold every partition again);
// - offset commits per second (OffsetCommit to the coordinator over 1 and 8 connections);
// - group consume throughput of 1 KiB records with the peers harness's consume loop (a fresh
//   kafkajs group from the beginning, eachBatch, large fetch sizes, no commits) beside the produce
//   figure of the same records.
// Compaction throughput is the compaction benchmark's. The group settings are printed with the
// figures: a rebalance takes at least a heartbeat interval to be noticed by the members.
// Environment: WEIR_BENCH_MIB (data for the throughput runs, default 64), WEIR_BENCH_DIR (temp
// root), WEIR_BENCH_GROUP_SIZES (default 1,10,100), WEIR_BENCH_GROUPS_PORT (first Kafka port, 39492).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Kafka, logLevel, type Consumer } from 'kafkajs';
import { createReplicated, startBenchCluster } from './bench-cluster.js';
import { commitsMs } from './group-commits.js';
import { produceThroughputMs, recordBytes, sequentialLatencies } from './kafkajs-load.js';
import { limitsLine, megabytesPerSecond, percentile } from './limits.js';

const totalMib = Number(process.env['WEIR_BENCH_MIB'] ?? 64);
const groupSizes = (process.env['WEIR_BENCH_GROUP_SIZES'] ?? '1,10,100').split(',').map(Number);
const clusterId = 'YmVuY2gtZ3JvdXBzLXJ1bg';
const membershipPartitions = 12;
const throughputPartitions = 3;
const commitCount = 2000;
const heartbeatIntervalMs = 300;
const groupSettings: ReadonlyArray<readonly [string, string]> = [['group.initial.rebalance.delay.ms', '0']];
/** How long forming or rebalancing may take before the benchmark gives up on that size. */
const settleLimitMs = 180_000;

/** The partitions each member of a group holds after its latest join, kept up to date from kafkajs' GROUP_JOIN. */
class Assignments {
  readonly latest = new Map<string, readonly number[]>();
  private readonly joinedAt = new Map<string, number>();

  joined(member: string, partitions: readonly number[]): void {
    this.latest.set(member, partitions);
    this.joinedAt.set(member, performance.now());
  }

  /** True when every one of `members` joined after `since` and together they hold all `partitions` once, split evenly. */
  settled(members: readonly string[], partitions: number, since: number): boolean {
    if (members.some((member) => (this.joinedAt.get(member) ?? -1) < since)) return false;
    const held = members.flatMap((member) => this.latest.get(member) ?? []);
    const sizes = members.map((member) => (this.latest.get(member) ?? []).length);
    return held.length === partitions && new Set(held).size === partitions && Math.max(...sizes) - Math.min(...sizes) <= 1;
  }
}

async function waitUntil(condition: () => boolean, what: string): Promise<void> {
  const deadline = performance.now() + settleLimitMs;
  while (!condition()) {
    if (performance.now() > deadline) throw new Error(`${what}: not within ${settleLimitMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** Forms a group of `size` members on `topic`, then lets one leave; returns both times in ms. */
async function membershipFigures(kafka: Kafka, options: { topic: string; size: number }):
  Promise<{ formMs: number; rebalanceMs: number | null }> {
  const group = `bench-members-${options.size}`;
  const assignments = new Assignments();
  const names = Array.from({ length: options.size }, (_, index) => `member-${index}`);
  const consumers = new Map<string, Consumer>();
  const started = performance.now();
  try {
    await Promise.all(names.map(async (name) => {
      // kafkajs heartbeats between fetches: a short fetch wait lets it notice a rebalance within
      // its heartbeat interval instead of after its default 5 s long poll.
      const consumer = kafka.consumer({ groupId: group, heartbeatInterval: heartbeatIntervalMs, sessionTimeout: 30_000,
        rebalanceTimeout: 60_000, maxWaitTimeInMs: 100 });
      consumer.on(consumer.events.GROUP_JOIN, (event) => {
        assignments.joined(name, event.payload.memberAssignment[options.topic] ?? []);
      });
      consumers.set(name, consumer);
      await consumer.connect();
      await consumer.subscribe({ topic: options.topic, fromBeginning: false });
      await consumer.run({ eachMessage: async () => {} });
    }));
    await waitUntil(() => assignments.settled(names, membershipPartitions, started), `a group of ${options.size} forming`);
    const formMs = performance.now() - started;
    if (options.size === 1) return { formMs, rebalanceMs: null };
    // A member holding partitions leaves (with 100 members on 12 partitions most hold none).
    const leaving = names.find((name) => (assignments.latest.get(name) ?? []).length > 0) as string;
    const staying = names.filter((name) => name !== leaving);
    const leftAt = performance.now();
    await (consumers.get(leaving) as Consumer).disconnect();
    consumers.delete(leaving);
    await waitUntil(() => assignments.settled(staying, membershipPartitions, leftAt), `a group of ${options.size} rebalancing`);
    return { formMs, rebalanceMs: performance.now() - leftAt };
  } finally {
    await Promise.all([...consumers.values()].map((consumer) => consumer.disconnect().catch(() => {})));
  }
}

/** The peers harness's consume loop: a fresh group from the beginning, eachBatch, until `recordCount` came back. */
async function groupConsumeMs(kafka: Kafka, options: { topic: string; recordCount: number }): Promise<{ ms: number; records: number }> {
  const consumer = kafka.consumer({ groupId: `bench-consume-${options.topic}`, maxBytes: 64 << 20,
    maxBytesPerPartition: 16 << 20, maxWaitTimeInMs: 100 });
  await consumer.connect();
  await consumer.subscribe({ topic: options.topic, fromBeginning: true });
  let records = 0;
  let done: () => void = () => {};
  const finished = new Promise<void>((resolve) => { done = resolve; });
  const started = performance.now();
  await consumer.run({
    autoCommit: false,
    eachBatch: async ({ batch }) => {
      records += batch.messages.length;
      if (records >= options.recordCount) done();
    },
  });
  const timer = setTimeout(done, settleLimitMs);
  await finished;
  const ms = performance.now() - started;
  clearTimeout(timer);
  await consumer.disconnect();
  return { ms, records };
}

const perSecond = (count: number, milliseconds: number): string => Math.round(count / (milliseconds / 1000)).toLocaleString('en-US');

export default async function run(): Promise<void> {
  const root = await mkdtemp(join(process.env['WEIR_BENCH_DIR'] ?? tmpdir(), 'weir-bench-groups-'));
  const totalBytes = totalMib * 1024 * 1024;
  const recordCount = Math.floor(totalBytes / recordBytes / 100) * 100;
  process.stdout.write(await limitsLine(root, totalBytes));
  const cluster = await startBenchCluster({ root, clusterId, settings: groupSettings,
    port: Number(process.env['WEIR_BENCH_GROUPS_PORT'] ?? 39492), httpPort: 39844 });
  try {
    const kafka = new Kafka({ clientId: 'weir-bench-groups', brokers: [...cluster.bootstrap], logLevel: logLevel.NOTHING });
    await createReplicated(cluster.session, 'groups-membership', membershipPartitions);
    await createReplicated(cluster.session, 'groups-throughput', throughputPartitions);
    await createReplicated(cluster.session, 'groups-round-trip', 1);
    process.stdout.write(`3 nodes, replication factor 3; kafkajs members with heartbeat.interval.ms ${heartbeatIntervalMs}; ` +
      `${groupSettings.map(([key, value]) => `${key}=${value}`).join(', ')}\n`);
    for (const size of groupSizes) {
      const figures = await membershipFigures(kafka, { topic: 'groups-membership', size }).catch((error: unknown) => {
        process.stdout.write(`group of ${size}: failed: ${String(error)}\n`);
        return undefined;
      });
      if (figures === undefined) continue;
      process.stdout.write(`group of ${size} on ${membershipPartitions} partitions: formed in ${figures.formMs.toFixed(0)} ms; ` +
        `rebalanced after one left in ${figures.rebalanceMs === null ? '- (no one left to take over)' : `${figures.rebalanceMs.toFixed(0)} ms`}\n`);
    }
    // A commit is one replicated append to __consumer_offsets answered at its high watermark: the
    // round trip of one acks=all produce at a time is its floor.
    const roundTrips = await sequentialLatencies(kafka, { topic: 'groups-round-trip', acks: -1, count: 300 });
    process.stdout.write(`kafkajs one produce at a time, acks=all: p50 ${percentile(roundTrips, 0.5).toFixed(2)} ms ` +
      `(${Math.round(1000 / percentile(roundTrips, 0.5))} per second)\n`);
    for (const connections of [1, 8]) {
      const ms = await commitsMs(cluster.session, { group: `bench-commits-${connections}`, topic: 'groups-throughput',
        count: commitCount, connections });
      process.stdout.write(`offset commits, one at a time on each of ${connections} connection(s): ` +
        `${perSecond(commitCount, ms)} commits/s (${commitCount} commits)\n`);
    }
    const producedMs = await produceThroughputMs(kafka, { topic: 'groups-throughput', acks: -1, recordCount,
      partitions: throughputPartitions });
    process.stdout.write(`kafkajs produce acks=all: ${perSecond(recordCount, producedMs)} records/s, ` +
      `${megabytesPerSecond(recordCount * recordBytes, producedMs).toFixed(1)} MB/s (${recordCount} records of ${recordBytes} B)\n`);
    const consumed = await groupConsumeMs(kafka, { topic: 'groups-throughput', recordCount });
    process.stdout.write(`kafkajs group consume (eachBatch, one member, ${throughputPartitions} partitions): ` +
      `${perSecond(consumed.records, consumed.ms)} records/s, ${megabytesPerSecond(consumed.records * recordBytes, consumed.ms).toFixed(1)} MB/s ` +
      `(${consumed.records} of ${recordCount} records)\n`);
  } finally {
    await cluster.stop();
    await rm(root, { recursive: true, force: true });
  }
}
