// End-to-end benchmark (`make bench`, or `node dist/bench/run.js e2e`): a real client (kafkajs
// 2.2.4, in this process; kcat too when installed) against a Weir node process over loopback. It prints produce
// throughput (MB/s and records/s of 1 KiB records, acks=1 and acks=-1), consume throughput, and
// produce latency p50/p99 at a fixed moderate rate, beside the limits measured in the same run:
// loopback TCP throughput (one socket, this process to a sink) and sequential disk writes.
// Environment: WEIR_BENCH_MIB (data per throughput run, default 64), WEIR_BENCH_DIR (temp root).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Kafka, logLevel } from 'kafkajs';
import {
  consumeAll, produceLatencies, produceThroughputMs, recordBytes, recordsPerSend, sendsInFlight,
} from './kafkajs-load.js';
import { limitsLine, megabytesPerSecond, percentile } from './limits.js';
import { startNodeProcess, stopNodeProcess } from './node-process.js';

const totalMib = Number(process.env['WEIR_BENCH_MIB'] ?? 64);
const partitions = 4;
const latencyRatePerSecond = 500;
const latencySeconds = 5;

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

export default async function run(): Promise<void> {
  const root = await mkdtemp(join(process.env['WEIR_BENCH_DIR'] ?? tmpdir(), 'weir-e2e-'));
  const totalBytes = totalMib * 1024 * 1024;
  const recordCount = Math.floor(totalBytes / recordBytes / recordsPerSend) * recordsPerSend;
  process.stdout.write(await limitsLine(root, totalBytes));
  const node = await startNode(join(root, 'data'));
  try {
    const kafka = new Kafka({ clientId: 'weir-bench', brokers: [node.kafkaAddress], logLevel: logLevel.NOTHING });
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({
      topics: ['bench-warm-up', 'bench-acks-1', 'bench-acks-all', 'bench-latency', 'bench-kcat-acks-1', 'bench-kcat-acks-all'].map((topic) => ({ topic, numPartitions: partitions })),
    });
    await admin.disconnect();
    // A short unmeasured run first, so JIT compilation on both sides is not charged to the first figure.
    await produceThroughputMs(kafka, { topic: 'bench-warm-up', acks: 1, recordCount: Math.min(recordCount, 10_000), partitions });
    for (const [topic, acks] of [['bench-acks-1', 1], ['bench-acks-all', -1]] as const) {
      const elapsed = await produceThroughputMs(kafka, { topic, acks, recordCount, partitions });
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
    const consumed = await consumeAll(kafka, { topic: 'bench-acks-1', recordCount });
    process.stdout.write(`consume: ${megabytesPerSecond(consumed.records * recordBytes, consumed.elapsedMs).toFixed(1)} MB/s, ` +
      `${Math.round(consumed.records / (consumed.elapsedMs / 1000))} records/s (${consumed.records} records)\n`);
    const { latencies } = await produceLatencies(kafka, { topic: 'bench-latency', ratePerSecond: latencyRatePerSecond,
      seconds: latencySeconds, partitions });
    process.stdout.write(`produce latency acks=-1 at ${latencyRatePerSecond} records/s for ${latencySeconds} s: ` +
      `p50 ${percentile(latencies, 0.5).toFixed(2)} ms, p99 ${percentile(latencies, 0.99).toFixed(2)} ms, max ${percentile(latencies, 1).toFixed(2)} ms\n`);
  } finally {
    await stopNodeProcess(node.child);
    await rm(root, { recursive: true, force: true });
  }
}
