// Storage benchmark (`make bench`, or `node dist/bench/run.js storage`): append and sequential read
// throughput of the log on the real disk (NodeDisk), each printed beside the raw speed of the
// same disk in the same run, measured with plain sequential writes and reads of the same sizes
// through node:fs, and the ratio of the two. Batches are 16 KiB of 1 KiB records (16 per batch).
// The target (issue 4) is appends within 80% of the raw disk without fsync.
// Environment: WEIR_BENCH_DIR (default the OS temp dir), WEIR_BENCH_MIB (default 128).
import { mkdtemp, open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { NodeDisk } from '../src/runtime/nodejs/node-disk.js';
import { Log, encodeRecordBatch } from '../storage/mod.js';

const recordBytes = 1024;
const recordsPerBatch = 16;
const totalMib = Number(process.env.WEIR_BENCH_MIB ?? 64);
const fsyncAppendCount = 200;
const readChunkBytes = 1024 * 1024;

function makeBatches(count: number): Uint8Array[] {
  return Array.from({ length: count }, (_, batchIndex) => encodeRecordBatch({
    records: Array.from({ length: recordsPerBatch }, (_, recordIndex) => ({
      key: new TextEncoder().encode(`key-${batchIndex}-${recordIndex}`),
      value: new Uint8Array(recordBytes).fill((batchIndex + recordIndex) & 0xff),
      timestampMs: 1_700_000_000_000 + batchIndex,
    })),
  }));
}

const megabytesPerSecond = (bytes: number, milliseconds: number): number => bytes / 1e6 / (milliseconds / 1000);

/** Appends batches to the log or writes them to a raw file, timing only the writing. */
interface Writer {
  write(batch: Uint8Array): Promise<void>;
  elapsedMs: number;
  bytes: number;
}

async function rawWriter(path: string, fsync: boolean): Promise<Writer & { close(): Promise<void> }> {
  const handle = await open(path, 'w');
  let position = 0;
  const writer = {
    elapsedMs: 0,
    bytes: 0,
    async write(batch: Uint8Array): Promise<void> {
      await handle.write(batch, 0, batch.length, position);
      position += batch.length;
      if (fsync) await handle.sync();
      writer.bytes += batch.length;
    },
    close: () => handle.close(),
  };
  return writer;
}

async function logWriter(directory: string, options: { fsync: boolean; validateRecords: boolean }):
  Promise<Writer & { log: Log }> {
  const clock = { now: (): number => 1_700_000_000_000 };
  const log = await Log.open({ disk: new NodeDisk(), directory, clock, config: options.fsync ? { flushMessages: 1 } : {} });
  const writer = {
    log,
    elapsedMs: 0,
    bytes: 0,
    async write(batch: Uint8Array): Promise<void> {
      await log.append(batch, { validateRecords: options.validateRecords });
      writer.bytes += batch.length;
    },
  };
  return writer;
}

/**
 * Runs the writers in turns of `turnCount` writes each until `totalCount` writes per writer, so
 * that every writer sees the same machine load (the benchmark shares its cores).
 */
async function interleave(writers: readonly Writer[], batches: readonly Uint8Array[],
  counts: { totalCount: number; turnCount: number }): Promise<void> {
  for (let done = 0; done < counts.totalCount; done += counts.turnCount) {
    for (const writer of writers) {
      const started = performance.now();
      for (let writeIndex = done; writeIndex < Math.min(counts.totalCount, done + counts.turnCount); writeIndex += 1) {
        await writer.write(batches[writeIndex % batches.length] ?? new Uint8Array(0));
      }
      writer.elapsedMs += performance.now() - started;
    }
  }
}

/** Reads a raw file and the log alternately, 1 MiB per read, timing each side. */
async function interleaveReads(path: string, log: Log, verifyCrc: boolean): Promise<{ raw: number; weir: number }> {
  const handle = await open(path, 'r');
  const buffer = new Uint8Array(readChunkBytes);
  let rawPosition = 0;
  let rawMs = 0;
  let offset = log.logStartOffset;
  let logBytes = 0;
  let logMs = 0;
  for (let turn = 0; offset < log.logEndOffset; turn += 1) {
    let started = performance.now();
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, rawPosition);
    rawPosition += bytesRead;
    rawMs += performance.now() - started;
    started = performance.now();
    const read = await log.read(offset, { maxBytes: readChunkBytes, verifyCrc });
    logBytes += read.records.length;
    offset = read.nextOffset;
    logMs += performance.now() - started;
  }
  await handle.close();
  return { raw: megabytesPerSecond(rawPosition, rawMs), weir: megabytesPerSecond(logBytes, logMs) };
}

interface Figures {
  name: string;
  weir: number;
  raw: number;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((left, right) => left - right);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Prints each measure's median over the rounds: MB/s of Weir and of the raw disk, and their ratio. */
function report(rounds: readonly Figures[][]): void {
  for (const [measureIndex, first] of (rounds[0] ?? []).entries()) {
    const ratios = rounds.map((round) => (round[measureIndex]?.weir ?? 0) / (round[measureIndex]?.raw ?? 1));
    const weir = median(rounds.map((round) => round[measureIndex]?.weir ?? 0));
    const raw = median(rounds.map((round) => round[measureIndex]?.raw ?? 0));
    const line = `${first.name.padEnd(50)} weir ${weir.toFixed(1).padStart(8)} MB/s   raw ${raw.toFixed(1).padStart(8)} MB/s` +
      `   ratio ${median(ratios).toFixed(2)} (rounds: ${ratios.map((ratio) => ratio.toFixed(2)).join(' ')})`;
    process.stdout.write(line + '\n');
  }
}

async function measureRound(root: string, batches: readonly Uint8Array[], round: number): Promise<Figures[]> {
  const batchBytes = batches[0]?.length ?? 1;
  const appendCount = Math.ceil((totalMib * 1024 * 1024) / batchBytes);
  const figures: Figures[] = [];
  const raw = await rawWriter(join(root, `raw-${round}`), false);
  const plain = await logWriter(join(root, `log-plain-${round}`), { fsync: false, validateRecords: false });
  const validated = await logWriter(join(root, `log-validated-${round}`), { fsync: false, validateRecords: true });
  await interleave([raw, plain, validated], batches, { totalCount: appendCount, turnCount: 64 });
  const rawRate = megabytesPerSecond(raw.bytes, raw.elapsedMs);
  figures.push({ name: 'append, no fsync', weir: megabytesPerSecond(plain.bytes, plain.elapsedMs), raw: rawRate });
  figures.push({ name: 'append + record validation, no fsync',
    weir: megabytesPerSecond(validated.bytes, validated.elapsedMs), raw: rawRate });
  await validated.log.delete();
  await raw.close();

  const rawFsync = await rawWriter(join(root, `raw-fsync-${round}`), true);
  const fsynced = await logWriter(join(root, `log-fsync-${round}`), { fsync: true, validateRecords: false });
  await interleave([rawFsync, fsynced], batches, { totalCount: fsyncAppendCount, turnCount: 10 });
  figures.push({ name: 'append, fsync every append', weir: megabytesPerSecond(fsynced.bytes, fsynced.elapsedMs),
    raw: megabytesPerSecond(rawFsync.bytes, rawFsync.elapsedMs) });
  await fsynced.log.delete();
  await rawFsync.close();

  const checked = await interleaveReads(join(root, `raw-${round}`), plain.log, true);
  figures.push({ name: 'sequential read, 1 MiB, CRC checked (page cache)', weir: checked.weir, raw: checked.raw });
  const unchecked = await interleaveReads(join(root, `raw-${round}`), plain.log, false);
  figures.push({ name: 'sequential read, 1 MiB, no CRC pass (as Kafka)', weir: unchecked.weir, raw: unchecked.raw });
  await plain.log.delete();
  await rm(join(root, `raw-${round}`), { force: true });
  return figures;
}

export default async function storageBenchmark(): Promise<void> {
  const root = await mkdtemp(join(process.env.WEIR_BENCH_DIR ?? tmpdir(), 'weir-storage-bench-'));
  try {
    const batches = makeBatches(64);
    const roundCount = Number(process.env.WEIR_BENCH_ROUNDS ?? 5);
    process.stdout.write(`batches of ${batches[0]?.length ?? 0} bytes (${recordsPerBatch} records of ${recordBytes} B), ` +
      `${totalMib} MiB per no-fsync run, ${fsyncAppendCount} appends per fsync run, ${roundCount} rounds, in ${root}\n`);
    process.stdout.write('raw = node:fs FileHandle.write/read of the same sizes on a plain file in the same directory, ' +
      'interleaved with the log in turns so both see the same machine load; medians over the rounds\n');
    const rounds: Figures[][] = [];
    for (let round = 0; round < roundCount; round += 1) rounds.push(await measureRound(root, batches, round));
    report(rounds);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
