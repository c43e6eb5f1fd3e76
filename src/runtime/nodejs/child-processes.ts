// Child processes for the commands that run other programs (`weir cluster start` runs one `weir
// node` per node). Part of src/runtime/nodejs/, beside the other adapters to the operating system:
// node logic never starts processes, only the command line does, through this file. A child's
// output arrives as whole lines (stdout and stderr alike), and its end as one exit event.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

/** How a child process ended: its exit code, or the signal that ended it. */
export interface ChildExit {
  readonly code: number | null;
  readonly signal: string | null;
}

/** A running child process. */
export interface ChildProcessHandle {
  readonly pid: number;
  /** Sends a signal; ignored once the child has exited. */
  signal(name: 'SIGTERM' | 'SIGINT' | 'SIGKILL'): void;
  /** Settles once the child has exited and its output has been delivered. */
  readonly exited: Promise<ChildExit>;
}

export interface StartChildOptions {
  readonly command: string;
  readonly args: readonly string[];
  /** Called for every line the child prints, without its line ending. */
  readonly onLine: (line: string, stream: 'stdout' | 'stderr') => void;
}

/** Starts a child process whose output is read line by line (stdin is closed). */
export function startChildProcess(options: StartChildOptions): ChildProcessHandle {
  const child = spawn(options.command, [...options.args], { stdio: ['ignore', 'pipe', 'pipe'] });
  const outputsDone = (['stdout', 'stderr'] as const).map((stream) => new Promise<void>((resolve) => {
    const source = child[stream];
    assert.ok(source !== null, 'the child was spawned with piped output');
    const lines = createInterface({ input: source, crlfDelay: Infinity });
    lines.on('line', (line) => options.onLine(line, stream));
    lines.once('close', () => resolve());
  }));
  let ended = false;
  const exited = new Promise<ChildExit>((resolve) => {
    child.once('close', (code, signal) => {
      ended = true;
      void Promise.all(outputsDone).then(() => resolve({ code, signal }));
    });
    // A command that cannot be started (no such file) ends the same way, with no code.
    child.once('error', (error) => {
      if (child.pid !== undefined) return;
      ended = true;
      options.onLine(`cannot start "${options.command}": ${error.message}`, 'stderr');
      resolve({ code: null, signal: null });
    });
  });
  return {
    pid: child.pid ?? -1,
    signal: (name) => {
      if (!ended) child.kill(name);
    },
    exited,
  };
}

/** Calls `handler` on each SIGINT and SIGTERM this process receives; returns the unsubscribe. */
export function onStopSignals(handler: (signal: 'SIGINT' | 'SIGTERM') => void): () => void {
  const onInterrupt = (): void => handler('SIGINT');
  const onTerminate = (): void => handler('SIGTERM');
  process.on('SIGINT', onInterrupt);
  process.on('SIGTERM', onTerminate);
  return () => {
    process.off('SIGINT', onInterrupt);
    process.off('SIGTERM', onTerminate);
  };
}
