// The child processes of `weir cluster start`: one `weir node` process per node (a binary per
// node, as in production), their output merged line by line with a `[node-N]` prefix, and a
// stop that asks every child to stop cleanly (SIGTERM: a controlled shutdown) and waits for all
// of them. A child that ends while the cluster is not stopping is reported with its exit code or
// signal, and the supervisor then stops the others: a development cluster with a dead node would
// only hide the reason.
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { Clock } from '../runtime/seam.js';

/** How long a child may take to stop after SIGTERM before it is killed. */
const stopGraceMs = 30_000;

/** One child to start. */
export interface ChildSpec {
  readonly name: string;
  readonly args: readonly string[];
}

/** How a child ended. */
export interface ChildExit {
  readonly name: string;
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
}

interface Running {
  readonly spec: ChildSpec;
  readonly child: ChildProcess;
  readonly exited: Promise<ChildExit>;
}

/** Runs `weir node` children and stops them together. */
export class NodeSupervisor {
  private readonly running: Running[] = [];
  private stopping = false;
  private firstUnexpected: ((exit: ChildExit) => void) | null = null;
  /** Resolves with the first child that ended while nothing asked it to. */
  readonly unexpectedExit: Promise<ChildExit>;

  constructor(private readonly clock: Clock, private readonly onLine: (name: string, line: string) => void) {
    this.unexpectedExit = new Promise((resolve) => { this.firstUnexpected = resolve; });
  }

  /** Starts one `weir node` child (this same build's entry point). */
  start(spec: ChildSpec): void {
    const main = fileURLToPath(new URL('./main.js', import.meta.url));
    // Each child in its own process group: a Ctrl-C in the terminal reaches only this process,
    // which stops the nodes one SIGTERM each, instead of every node at once getting the SIGINT too.
    const child = spawn(process.execPath, ['--enable-source-maps', main, 'node', ...spec.args], {
      stdio: ['ignore', 'pipe', 'pipe'], detached: true,
    });
    for (const stream of [child.stdout, child.stderr]) {
      if (stream === null) continue;
      createInterface({ input: stream, crlfDelay: Infinity }).on('line', (line) => this.onLine(spec.name, line));
    }
    const exited = new Promise<ChildExit>((resolve) => {
      child.once('exit', (code, signal) => {
        const exit = { name: spec.name, code, signal };
        if (!this.stopping) this.firstUnexpected?.(exit);
        resolve(exit);
      });
      child.once('error', (error) => {
        this.onLine(spec.name, `cannot start: ${error.message}`);
        const exit = { name: spec.name, code: null, signal: null };
        if (!this.stopping) this.firstUnexpected?.(exit);
        resolve(exit);
      });
    });
    this.running.push({ spec, child, exited });
  }

  /** Asks every child to stop (SIGTERM), kills those still running after the grace period, waits for all. */
  async stopAll(): Promise<ChildExit[]> {
    this.stopping = true;
    const cancels = this.running.map(({ child }) => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return this.clock.setTimer(stopGraceMs, () => {
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      });
    });
    const exits = await Promise.all(this.running.map(({ exited }) => exited));
    for (const cancel of cancels) cancel();
    return exits;
  }
}

/** "exit code 1", "signal SIGKILL": how a child ended, for a log line. */
export function describeExit(exit: ChildExit): string {
  if (exit.signal !== null) return `signal ${exit.signal}`;
  return exit.code === null ? 'a failure to start' : `exit code ${exit.code}`;
}
