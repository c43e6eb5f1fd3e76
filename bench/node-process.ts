// A `weir node` process for the benchmarks (bench/*.bench.ts): started from this build with
// `--set` overrides, awaited until it prints its ready line, and stopped with SIGTERM (SIGKILL if
// it has not exited within the grace period, so a benchmark always ends).
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface BenchNode {
  readonly child: ChildProcess;
  /** Everything the node printed until it was ready (its ready line names the bound addresses). */
  readonly output: string;
}

/** Starts `weir node` with `settings` (and `extraArgs` before them); resolves once it is ready. */
export function startNodeProcess(settings: ReadonlyArray<readonly [string, string]>, extraArgs: readonly string[] = [],
  timeoutMs = 60_000): Promise<BenchNode> {
  const main = fileURLToPath(new URL('../src/cli/main.js', import.meta.url));
  const child = spawn(process.execPath, [main, 'node', ...extraArgs,
    ...settings.flatMap(([key, value]) => ['--set', `${key}=${value}`])], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`node not ready within ${timeoutMs} ms:\n${output}`)), timeoutMs);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      // The whole ready line, up to its newline: it names the bound addresses.
      const ready = output.indexOf(': ready; try:');
      if (ready >= 0 && output.indexOf('\n', ready) > ready) { clearTimeout(timer); resolve({ child, output }); }
    });
    child.stderr?.on('data', (chunk: Buffer) => { output += chunk.toString(); });
    child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`node exited ${String(code)}:\n${output}`)); });
  });
}

/** SIGTERM, and SIGKILL if the node has not exited within `graceMs`. */
export async function stopNodeProcess(child: ChildProcess, graceMs = 20_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => {
    process.stdout.write(`node did not stop within ${graceMs} ms after SIGTERM; killing it\n`);
    child.kill('SIGKILL');
  }, graceMs);
  await exited;
  clearTimeout(timer);
}
