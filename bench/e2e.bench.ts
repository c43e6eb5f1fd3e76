// End-to-end benchmark (`make bench`, or `node dist/bench/run.js e2e`): a real client (kafkajs
// 2.2.4, in this process; kcat too when installed) against a Weir node process over loopback. It prints produce
// throughput (MB/s and records/s of 1 KiB records, acks=1 and acks=-1), consume throughput, and
// produce latency p50/p99 at a fixed moderate rate, beside the limits measured in the same run:
// loopback TCP throughput (one socket, this process to a sink) and sequential disk writes.
// Environment: WEIR_BENCH_MIB (data per throughput run, default 64), WEIR_BENCH_DIR (temp root).
import { spawn, type ChildProcess } from 'node:child_process';
import { startNodeProcess, stopNodeProcess } from './node-process.js';
import { mkdtemp, open, rm } from 'node:fs/promises';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { CompressionTypes, Kafka, logLevel } from 'kafkajs';

const recordBytes = 1024;
const totalMib = Number(process.env['WEIR_BENCH_MIB'] ?? 64);
const recordsPerSend = 100;
const sendsInFlight = 8;
const latencyRatePerSecond = 500;
const latencySeconds = 5;

const megabytesPerSecond = (bytes: number, milliseconds: number): number => bytes / 1e6 / (milliseconds / 1000);

interface RunningNode {
  readonly child: ChildProcess;
  readonly kafkaAddress: string;
}

async function startNode(dataDirectory: string): Promise<RunningNode> {
  const { child, output } = await startNodeProcess([
    ['node.id', '1'], ['controller.quorum.voters', '1@127.0.0.1:0'], ['listeners', 'PLAINTEXT://127.0.0.1:0,CONTROLLER://127.0.0.1:0'],
    ['http.listener', '127.0.0.1:0'], ['log.dirs', dataDirectory], ['num.partitions', '4'],
  ], [], 30_000);
  const address = /: ready; .* kafka="([^",]+)/.exec(output)?.[1];
  if (address === undefined) throw new Error(`no Kafka address in the ready line:\n${output}`);
  return { child, kafkaAddress: address };
}

/** One TCP socket on loopback, this process to a sink that discards: the wire's ceiling. */
async function loopbackMegabytesPerSecond(totalBytes: number): Promise<number> {
  let received = 0;
  let done: () => void = () => {};
  const finished = new Promise<void>((resolve) => { done = resolve; });
  const server = createServer((socket) => socket.on('data', (chunk: Buffer) => {
    received += chunk.length;
    if (received >= totalBytes) done();
  }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  const socket = connect({ host: '127.0.0.1', port });
  await new Promise((resolve) => socket.once('connect', resolve));
  const chunk = Buffer.alloc(256 * 1024, 7);
  const started = performance.now();
  for (let sent = 0; sent < totalBytes; sent += chunk.length) {
    if (!socket.write(chunk)) await new Promise((resolve) => socket.once('drain', resolve));
  }
  await finished;
  const elapsed = performance.now() - started;
  socket.destroy();
  server.close();
  return megabytesPerSecond(received, elapsed);
}

/** Sequential 1 MiB writes through node:fs, then one fsync: the disk's ceiling for the log. */
async function diskMegabytesPerSecond(directory: string, totalBytes: number): Promise<{ buffered: number; synced: number }> {
  const handle = await open(join(directory, 'disk-probe'), 'w');
  const chunk = Buffer.alloc(1024 * 1024, 3);
  const started = performance.now();
  for (let written = 0; written < totalBytes; written += chunk.length) await handle.write(chunk);
  const bufferedMs = performance.now() - started;
  await handle.sync();
  const syncedMs = performance.now() - started;
  await handle.close();
  return { buffered: megabytesPerSecond(totalBytes, bufferedMs), synced: megabytesPerSecond(totalBytes, syncedMs) };
}

async function produceThroughput(kafka: Kafka, topic: string, acks: number, recordCount: number): Promise<number> {
  const producer = kafka.producer({ allowAutoTopicCreation: false });
  await producer.connect();
  const value = Buffer.alloc(recordBytes, 0x61);
  let next = 0;
  const started = performance.now();
  const worker = async (): Promise<void> => {
    while (next < recordCount) {
      const partition = (next / recordsPerSend) % 4;
      next += recordsPerSend;
      await producer.send({
        topic, acks, compression: CompressionTypes.None,
        messages: Array.from({ length: recordsPerSend }, () => ({ partition: Math.floor(partition), value })),
      });
    }
  };
  await Promise.all(Array.from({ length: sendsInFlight }, worker));
  const elapsed = performance.now() - started;
  await producer.disconnect();
  return elapsed;
}

/** Produces `recordCount` 1 KiB lines with kcat (librdkafka, C); null when kcat is not installed. */
async function kcatProduceMs(bootstrap: string, topic: string, acks: number, recordCount: number): Promise<number | null> {
  const line = `${'k'.repeat(recordBytes - 1)}\n`;
  const input = Buffer.from(line.repeat(recordCount));
  const started = performance.now();
  const code = await new Promise<number | null>((resolve) => {
    const child = spawn('kcat', ['-b', bootstrap, '-P', '-t', topic, '-X', `acks=${acks}`, '-X', 'linger.ms=5',
      '-X', 'batch.size=1000000', '-X', 'queue.buffering.max.kbytes=262144'], { stdio: ['pipe', 'ignore', 'ignore'] });
    child.once('error', () => resolve(null));
    child.once('exit', (exitCode) => resolve(exitCode));
    child.stdin.on('error', () => {});
    child.stdin.end(input);
  });
  return code === 0 ? performance.now() - started : null;
}

async function consumeThroughput(kafka: Kafka, topic: string, recordCount: number): Promise<{ elapsedMs: number; records: number }> {
  // Group-free reads through kafkajs' own broker fetch (groups are not part of this issue).
  const symbol = Object.getOwnPropertySymbols(kafka).find((entry) => entry.description === 'private:Kafka:createCluster');
  const cluster = (kafka as unknown as Record<symbol, (options: object) => any>)[symbol as symbol]({ isolationLevel: 1 });
  await cluster.connect();
  await cluster.addTargetTopic(topic);
  const broker = await cluster.findBroker({ nodeId: 1 });
  const offsets = [0, 0, 0, 0];
  let records = 0;
  const started = performance.now();
  while (records < recordCount) {
    const response = await broker.fetch({
      replicaId: -1, isolationLevel: 1, maxWaitTime: 100, minBytes: 1, maxBytes: 64 * 1024 * 1024,
      topics: [{ topic, partitions: offsets.map((offset, partition) => ({ partition, fetchOffset: String(offset), maxBytes: 8 * 1024 * 1024 })) }],
    });
    let progress = 0;
    for (const partition of response.responses[0].partitions) {
      for (const message of partition.messages) {
        const offset = Number(message.offset);
        if (offset < (offsets[partition.partition] as number)) continue;
        offsets[partition.partition] = offset + 1;
        records += 1;
        progress += 1;
      }
    }
    if (progress === 0 && performance.now() - started > 120_000) break;
  }
  const elapsedMs = performance.now() - started;
  await cluster.disconnect();
  return { elapsedMs, records };
}

async function produceLatency(kafka: Kafka, topic: string): Promise<number[]> {
  const producer = kafka.producer({ allowAutoTopicCreation: false });
  await producer.connect();
  const value = Buffer.alloc(recordBytes, 0x62);
  const latencies: number[] = [];
  const intervalMs = 1000 / latencyRatePerSecond;
  const started = performance.now();
  const pending: Promise<void>[] = [];
  for (let index = 0; index < latencyRatePerSecond * latencySeconds; index += 1) {
    const due = started + index * intervalMs;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const sentAt = performance.now();
    pending.push(producer.send({ topic, acks: -1, messages: [{ partition: index % 4, value }] })
      .then(() => { latencies.push(performance.now() - sentAt); }));
  }
  await Promise.all(pending);
  await producer.disconnect();
  return latencies.sort((a, b) => a - b);
}

function percentile(sorted: readonly number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? Number.NaN;
}

export default async function run(): Promise<void> {
  const root = await mkdtemp(join(process.env['WEIR_BENCH_DIR'] ?? tmpdir(), 'weir-e2e-'));
  const totalBytes = totalMib * 1024 * 1024;
  const recordCount = Math.floor(totalBytes / recordBytes / recordsPerSend) * recordsPerSend;
  const loopback = await loopbackMegabytesPerSecond(totalBytes);
  const disk = await diskMegabytesPerSecond(root, totalBytes);
  process.stdout.write(`limits: loopback ${loopback.toFixed(0)} MB/s (one socket); disk ${disk.buffered.toFixed(0)} MB/s buffered, ${disk.synced.toFixed(0)} MB/s with fsync at the end\n`);
  const node = await startNode(join(root, 'data'));
  try {
    const kafka = new Kafka({ clientId: 'weir-bench', brokers: [node.kafkaAddress], logLevel: logLevel.NOTHING });
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({
      topics: ['bench-warm-up', 'bench-acks-1', 'bench-acks-all', 'bench-latency', 'bench-kcat-acks-1', 'bench-kcat-acks-all'].map((topic) => ({ topic, numPartitions: 4 })),
    });
    await admin.disconnect();
    // A short unmeasured run first, so JIT compilation on both sides is not charged to the first figure.
    await produceThroughput(kafka, 'bench-warm-up', 1, Math.min(recordCount, 10_000));
    for (const [topic, acks] of [['bench-acks-1', 1], ['bench-acks-all', -1]] as const) {
      const elapsed = await produceThroughput(kafka, topic, acks, recordCount);
      process.stdout.write(`produce acks=${acks}: ${megabytesPerSecond(recordCount * recordBytes, elapsed).toFixed(1)} MB/s, ` +
        `${Math.round(recordCount / (elapsed / 1000))} records/s (${recordCount} records of ${recordBytes} B, ` +
        `${recordsPerSend} per request, ${sendsInFlight} requests in flight)\n`);
    }
    for (const [topic, acks] of [['bench-kcat-acks-1', 1], ['bench-kcat-acks-all', -1]] as const) {
      const elapsed = await kcatProduceMs(node.kafkaAddress, topic, acks, recordCount);
      if (elapsed === null) {
        process.stdout.write('produce with kcat: skipped (kcat not installed)\n');
        break;
      }
      process.stdout.write(`produce acks=${acks} with kcat (librdkafka): ${megabytesPerSecond(recordCount * recordBytes, elapsed).toFixed(1)} MB/s, ` +
        `${Math.round(recordCount / (elapsed / 1000))} records/s (process start included)\n`);
    }
    const consumed = await consumeThroughput(kafka, 'bench-acks-1', recordCount);
    process.stdout.write(`consume: ${megabytesPerSecond(consumed.records * recordBytes, consumed.elapsedMs).toFixed(1)} MB/s, ` +
      `${Math.round(consumed.records / (consumed.elapsedMs / 1000))} records/s (${consumed.records} records)\n`);
    const latencies = await produceLatency(kafka, 'bench-latency');
    process.stdout.write(`produce latency acks=-1 at ${latencyRatePerSecond} records/s for ${latencySeconds} s: ` +
      `p50 ${percentile(latencies, 0.5).toFixed(2)} ms, p99 ${percentile(latencies, 0.99).toFixed(2)} ms, max ${percentile(latencies, 1).toFixed(2)} ms\n`);
  } finally {
    await stopNodeProcess(node.child);
    await rm(root, { recursive: true, force: true });
  }
}
