// The machine's own limits, measured in the same run as the figures they stand beside
// (bench/e2e.bench.ts, bench/replication.bench.ts): one loopback TCP socket from this process to
// a sink that discards, and sequential 1 MiB writes to the benchmark's disk.
import { open } from 'node:fs/promises';
import { createServer, connect } from 'node:net';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

export const megabytesPerSecond = (bytes: number, milliseconds: number): number => bytes / 1e6 / (milliseconds / 1000);

/** One TCP socket on loopback, this process to a sink that discards: the wire's ceiling. */
export async function loopbackMegabytesPerSecond(totalBytes: number): Promise<number> {
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
export async function diskMegabytesPerSecond(directory: string, totalBytes: number): Promise<{ buffered: number; synced: number }> {
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

/** Both limits as one line, printed before the figures. */
export async function limitsLine(directory: string, totalBytes: number): Promise<string> {
  const loopback = await loopbackMegabytesPerSecond(totalBytes);
  const disk = await diskMegabytesPerSecond(directory, totalBytes);
  return `limits: loopback ${loopback.toFixed(0)} MB/s (one socket); disk ${disk.buffered.toFixed(0)} MB/s buffered, ` +
    `${disk.synced.toFixed(0)} MB/s with fsync at the end\n`;
}

/** The value at `fraction` (0..1) of an ascending list. */
export function percentile(sorted: readonly number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? Number.NaN;
}
