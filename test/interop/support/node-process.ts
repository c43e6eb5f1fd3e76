// A Weir node as a separate operating-system process, for the interop tests: spawns
// `node dist/src/cli/main.js node` with port 0 on every listener and a temporary data directory,
// reads the bound ports from the node's ready line, and offers SIGTERM, SIGKILL and restart on
// the same data. Everything the process prints is kept, so a failing test can show it.
// Waiting is event-driven (the ready line, the exit event) and bounded; nothing sleeps.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runProcess, type ProcessResult } from './external-clients.js';

const repositoryRoot = resolve(new URL('../../..', import.meta.url).pathname);
/** The compiled CLI; WEIR_MAIN_SCRIPT points elsewhere (a private build while others rebuild dist/). */
const mainScript = process.env['WEIR_MAIN_SCRIPT'] ?? join(repositoryRoot, 'dist', 'src', 'cli', 'main.js');

/** The compiled `weir` entry point the tests run (dist/, or WEIR_MAIN_SCRIPT). */
export function weirMainScript(): string {
  return mainScript;
}

/** How long a node may take to print its ready line before the test fails. */
const readyTimeoutMs = 30_000;
const exitTimeoutMs = 20_000;

/** A ready line's fields: `kafka="127.0.0.1:40001" controller="..." http="127.0.0.1:40003"`. */
const readyPattern = /: ready; .* kafka="([^"]+)" controller="([^"]*)" http="([^"]+)"/;

export interface NodeProcessOptions {
  /** The data directory; a fresh temporary one when absent. */
  readonly dataDirectory?: string;
  /** Extra `--set key=value` overrides (they win over the test defaults). */
  readonly settings?: Readonly<Record<string, string>>;
  /** A properties file passed with --config (the overrides still apply on top). */
  readonly configFile?: string;
  /** A compiled entry point taking main.js's arguments (a test-only variant of the CLI). */
  readonly mainScript?: string;
  /** Further `weir node` arguments, such as `--cluster-id ID` (kept by restart). */
  readonly extraArgs?: readonly string[];
}

/** Creates an empty temporary directory for a node's data. */
export function temporaryDataDirectory(): string {
  return mkdtempSync(join(tmpdir(), 'weir-interop-'));
}

/** Fails with a clear message when the project has not been built. */
export function assertBuilt(): void {
  if (!existsSync(mainScript)) {
    throw new Error(`Cannot start a node: "${mainScript}" is missing; run "make build" first`);
  }
}

/** Spawns `weir` with `args` (and `input` on stdin) and collects its output and exit code (for CLI tests). */
export function runWeir(args: readonly string[], timeoutMs = 20_000, input = ''): Promise<ProcessResult> {
  assertBuilt();
  return runProcess(process.execPath, [mainScript, ...args], input, timeoutMs);
}

/** Starts `weir` with `args` and piped stdin/stdout/stderr, for a test that feeds it input over time. */
export function spawnWeir(args: readonly string[]): ChildProcess {
  assertBuilt();
  return spawn(process.execPath, [mainScript, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
}

/** One running node process. */
export class NodeProcess {
  private output = '';
  private exited: Promise<number | null>;
  private exitCode: number | null | undefined = undefined;

  private constructor(
    private readonly child: ChildProcess,
    readonly dataDirectory: string,
    private readonly settings: Readonly<Record<string, string>>,
    private readonly extraArgs: readonly string[] = [],
  ) {
    child.stdout?.on('data', (chunk: Buffer) => { this.output += chunk.toString(); });
    child.stderr?.on('data', (chunk: Buffer) => { this.output += chunk.toString(); });
    this.exited = new Promise((resolvePromise) => {
      child.once('exit', (code, signal) => {
        this.exitCode = code;
        this.output += `\n[process exited: code ${code} signal ${signal}]\n`;
        resolvePromise(code);
      });
    });
  }

  /** The Kafka client address, "127.0.0.1:port", as bound. Set once ready. */
  kafkaAddress = '';
  /** The HTTP listener's bound address. */
  httpAddress = '';

  /** Starts a node and resolves once it printed its ready line; rejects with its output otherwise. */
  static async start(options: NodeProcessOptions = {}): Promise<NodeProcess> {
    assertBuilt();
    const dataDirectory = options.dataDirectory ?? temporaryDataDirectory();
    const settings: Record<string, string> = {
      'node.id': '1',
      'controller.quorum.voters': '1@127.0.0.1:0',
      listeners: 'PLAINTEXT://127.0.0.1:0,CONTROLLER://127.0.0.1:0',
      'http.listener': '127.0.0.1:0',
      'log.dirs': dataDirectory,
      // A quorum of one elects itself after one election timeout; keep start-up short.
      'controller.quorum.election.timeout.ms': '200',
      ...options.settings,
    };
    const configArgs = options.configFile === undefined ? [] : ['--config', options.configFile];
    const args = [options.mainScript ?? mainScript, 'node', ...configArgs, ...(options.extraArgs ?? []), ...Object.entries(settings).flatMap(([key, value]) => ['--set', `${key}=${value}`])];
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], cwd: repositoryRoot });
    const node = new NodeProcess(child, dataDirectory, settings, options.extraArgs ?? []);
    try {
      await node.waitForReady();
    } catch (error) {
      await node.kill();
      if (options.dataDirectory === undefined) rmSync(dataDirectory, { recursive: true, force: true });
      throw error;
    }
    return node;
  }

  /** The operating system's process id. */
  get pid(): number {
    assert.ok(this.child.pid !== undefined, 'a spawned process has a pid');
    return this.child.pid;
  }

  /** Everything the process printed so far (for failure messages). */
  log(): string {
    return this.output;
  }

  /** True until the process exits. */
  isRunning(): boolean {
    return this.exitCode === undefined;
  }

  /** SIGTERM, then waits for the exit; resolves to the exit code. */
  async stop(): Promise<number | null> {
    if (!this.isRunning()) return this.exitCode ?? null;
    this.child.kill('SIGTERM');
    return this.waitForExit();
  }

  /** Sends a signal without waiting (SIGSTOP and SIGCONT pause and resume the process). */
  signal(name: 'SIGSTOP' | 'SIGCONT' | 'SIGTERM' | 'SIGINT'): void {
    if (this.isRunning()) this.child.kill(name);
  }

  /** SIGKILL (kill -9), then waits for the exit. */
  async kill(): Promise<void> {
    if (!this.isRunning()) return;
    this.child.kill('SIGKILL');
    await this.waitForExit();
  }

  /** A new process on the same data directory and settings (ports are new). */
  async restart(): Promise<NodeProcess> {
    assert.ok(!this.isRunning(), 'restart a node only after it stopped');
    const { 'log.dirs': _ignored, ...rest } = this.settings;
    return NodeProcess.start({ dataDirectory: this.dataDirectory, settings: rest, extraArgs: this.extraArgs });
  }

  /** Stops the node if running and removes its data directory. */
  async dispose(): Promise<void> {
    await this.kill();
    rmSync(this.dataDirectory, { recursive: true, force: true });
  }

  /** Waits, bounded, for the process to exit by itself; resolves to the exit code. */
  waitForExit(): Promise<number | null> {
    return withTimeout(this.exited, exitTimeoutMs, () => `node did not exit within ${exitTimeoutMs} ms:\n${this.output}`);
  }

  private waitForReady(): Promise<void> {
    return new Promise((resolvePromise, reject) => {
      const check = (): void => {
        const match = readyPattern.exec(this.output);
        if (match === null) return;
        this.kafkaAddress = (match[1] ?? '').split(',')[0] ?? '';
        this.httpAddress = match[3] ?? '';
        finish();
        resolvePromise();
      };
      const onExit = (): void => {
        finish();
        reject(new Error(`node exited before it was ready:\n${this.output}`));
      };
      const timer = setTimeout(() => {
        finish();
        this.child.kill('SIGKILL');
        reject(new Error(`node not ready within ${readyTimeoutMs} ms:\n${this.output}`));
      }, readyTimeoutMs);
      const finish = (): void => {
        clearTimeout(timer);
        this.child.stdout?.off('data', check);
        this.child.off('exit', onExit);
      };
      this.child.stdout?.on('data', check);
      this.child.once('exit', onExit);
      check();
    });
  }
}

function withTimeout<T>(promise: Promise<T>, timeoutMs: number, describe: () => string): Promise<T> {
  return new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => reject(new Error(describe())), timeoutMs);
    promise.then(
      (value) => { clearTimeout(timer); resolvePromise(value); },
      (error: unknown) => { clearTimeout(timer); reject(error); },
    );
  });
}
