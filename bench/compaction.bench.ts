// Compaction benchmark (issue 12; `make bench`, or `node dist/bench/run.js compaction`): how fast
// the log cleaner (storage/cleaner/) compacts a log on the real disk (NodeDisk). A log of keyed
// 1 KiB records (16 per batch, keys drawn from a fixed set so that most records are superseded)
// is sealed into segments, then cleaned in the broker's step size (log.cleaner.io.buffer.size,
// 512 KiB) with the default offset map bound; the figures are the bytes read per second, the
// bytes before and after, and the longest single step (how long an append or fetch may wait
// behind the cleaner). Environment: WEIR_BENCH_DIR, WEIR_BENCH_MIB (default 64),
// WEIR_BENCH_ROUNDS (default 3); medians over the rounds.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { NodeDisk } from '../src/runtime/nodejs/node-disk.js';
import { Log, encodeRecordBatch } from '../storage/mod.js';

const recordBytes = 1024;
const recordsPerBatch = 16;
const keyCount = 4096;
const stepBytes = 512 * 1024;
const offsetMapBytesMax = 128 * 1024 * 1024;
const totalMib = Number(process.env.WEIR_BENCH_MIB ?? 64);

interface RoundFigures {
  readonly megabytesPerSecond: number;
  readonly bytesBefore: number;
  readonly bytesAfter: number;
  readonly longestStepMs: number;
  readonly stepCount: number;
}

function keyedBatch(batchIndex: number): Uint8Array {
  return encodeRecordBatch({ records: Array.from({ length: recordsPerBatch }, (_, recordIndex) => ({
    key: new TextEncoder().encode(`key-${(batchIndex * recordsPerBatch + recordIndex) % keyCount}`),
    value: new Uint8Array(recordBytes).fill((batchIndex + recordIndex) & 0xff),
    timestampMs: 1_700_000_000_000 + batchIndex,
  })) });
}

async function measureRound(root: string, round: number): Promise<RoundFigures> {
  const clock = { now: (): number => 1_700_000_000_000 };
  const log = await Log.open({ disk: new NodeDisk(), directory: join(root, `compacted-${round}`), clock,
    config: { cleanupPolicy: 'compact', segmentBytes: 8 * 1024 * 1024 } });
  const batchCount = Math.ceil((totalMib * 1024 * 1024) / (recordBytes * recordsPerBatch));
  for (let batchIndex = 0; batchIndex < batchCount; batchIndex += 1) await log.append(keyedBatch(batchIndex));
  await log.roll();
  await log.flush();
  let longestStepMs = 0;
  const started = performance.now();
  for (;;) {
    const stepStarted = performance.now();
    const step = await log.compactStep({ maxOffset: log.logEndOffset, stepBytes, offsetMapBytesMax });
    longestStepMs = Math.max(longestStepMs, performance.now() - stepStarted);
    if (step.kind === 'working') continue;
    if (step.kind !== 'cleaned') throw new Error(`the log was not cleaned: ${step.kind}`);
    const elapsedMs = performance.now() - started;
    await log.delete();
    return { megabytesPerSecond: step.stats.bytesRead / 1e6 / (elapsedMs / 1000), bytesBefore: step.stats.bytesBefore,
      bytesAfter: step.stats.bytesAfter, longestStepMs, stepCount: step.stats.stepCount };
  }
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((left, right) => left - right);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

export default async function compactionBenchmark(): Promise<void> {
  const root = await mkdtemp(join(process.env.WEIR_BENCH_DIR ?? tmpdir(), 'weir-compaction-bench-'));
  try {
    const roundCount = Number(process.env.WEIR_BENCH_ROUNDS ?? 3);
    process.stdout.write(`${totalMib} MiB of ${recordBytes} B records over ${keyCount} keys, 8 MiB segments, ` +
      `steps of ${stepBytes / 1024} KiB, ${roundCount} rounds, in ${root}\n`);
    const rounds: RoundFigures[] = [];
    for (let round = 0; round < roundCount; round += 1) rounds.push(await measureRound(root, round));
    const mib = (bytes: number): string => (bytes / 1024 / 1024).toFixed(1);
    const first = rounds[0];
    process.stdout.write(`compaction: ${median(rounds.map((figures) => figures.megabytesPerSecond)).toFixed(0)} MB/s ` +
      `read (median; rounds ${rounds.map((figures) => figures.megabytesPerSecond.toFixed(0)).join(', ')})\n`);
    process.stdout.write(`log: ${mib(first?.bytesBefore ?? 0)} MiB before, ${mib(first?.bytesAfter ?? 0)} MiB after, ` +
      `${first?.stepCount ?? 0} steps; longest step ${median(rounds.map((figures) => figures.longestStepMs)).toFixed(1)} ms ` +
      '(median over rounds): the longest an append or fetch waits behind the cleaner\n');
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
