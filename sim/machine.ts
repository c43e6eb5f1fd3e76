// One simulated machine: a name, a disk and a clock that outlive its processes, and the node
// program it runs (a Raft driver with a test register, a whole WeirNode, ...). Part of sim/.
// Every workload builds N of these; the node faults are carried out here, the same for every
// program: crash (the process stops, its connections reset, its disk loses unsynced bytes and,
// with `tear`, keeps a random prefix of them cut at a random byte), restart from the same disk as
// a new process, pause and resume (a GC-pause stand-in: its timers and deliveries wait), a clean
// stop (the program's own stop, e.g. WeirNode.stop on SIGTERM) followed by a power loss, and
// corruption of synced bytes while the node is down. A disk error the program reports as fatal
// ends the process like a torn crash, and the machine's supervisor starts it again; a refusal to
// start on corruption is the expected detection after a corrupt fault, and a violation otherwise.
//
// Each incarnation is a new SimProcess with its own named PRNG streams (`node-2#3/io`, ...), so
// a stale timer of an old incarnation never fires into a new one, and a change in what one
// incarnation draws leaves every other stream where it was.
import assert from 'node:assert/strict';
import type { Disk, Runtime } from '../src/runtime/seam.js';
import { CorruptionError, DiskError } from '../storage/mod.js';
import { fsyncOnlyLatency, withDiskLatency, type DiskLatencyProfile } from './disk-latency.js';
import type { Prng } from './prng.js';
import { HostClock } from './sim-clock.js';
import { SimDisk } from './sim-disk.js';
import type { SimNetwork } from './sim-network.js';
import { createSimRuntime } from './sim-runtime.js';
import { describeError, SimProcess, type World } from './world.js';

/** What a node program gets for one incarnation on its machine. */
export interface ProgramContext {
  readonly world: World;
  readonly machine: SimMachine<unknown>;
  readonly process: SimProcess;
  readonly runtime: Runtime;
  /** A PRNG stream of this incarnation, named `<machine>#<incarnation>/<stream>`. */
  random(stream: string): Prng;
  /** The node reports an error it cannot go on from (a disk error restarts it; anything else fails the run). */
  fatal(error: unknown): void;
}

/** The code one machine runs: a Raft driver, a WeirNode, any program on the runtime seam. */
export interface NodeProgram<N> {
  /** Starts the node in a fresh process from the machine's disk; resolves once it runs. */
  start(context: ProgramContext): Promise<N>;
  /** Called once `start` resolved and the process still runs: periodic work, readiness trace. */
  started?(context: ProgramContext, node: N): void;
  /** Stops the node cleanly (the SIGTERM path); a machine without it cannot `stopCleanly`. */
  stop?(node: N): Promise<void>;
  /** Wraps the process's disk on `machine` (test-only faults such as a skipped quorum-state fsync). */
  wrapDisk?(disk: Disk, machine: SimMachine<unknown>): Disk;
}

export interface MachineOptions {
  readonly world: World;
  readonly network: SimNetwork;
  /** How long this machine's disk takes; fsync latency only when left out. */
  readonly diskLatency?: DiskLatencyProfile;
  /** Called when the node's process ended (crash, fatal exit, clean stop) or refused to start. */
  readonly onDown?: (machine: SimMachine<unknown>) => void;
}

/** How long the machine's supervisor waits before it starts a node that exited on a disk error. */
export const restartAfterFatalMs = 200;

/** Counters of what happened to one machine, for run summaries. */
export interface MachineCounts {
  starts: number;
  crashes: number;
  cleanStops: number;
  pauses: number;
  bytesLost: number;
  tornWrites: number;
  fatalExits: number;
  corruptions: number;
}

/** One simulated machine running node program `N`; machine ids are 1-based. */
export class SimMachine<N> {
  readonly name: string;
  readonly disk: SimDisk;
  readonly clock: HostClock;
  process: SimProcess | null = null;
  node: N | null = null;
  incarnation = -1;
  /** 'refused': recovery found corruption; the node stays down for the rest of the run. */
  status: 'down' | 'up' | 'paused' | 'stopping' | 'refused' = 'down';
  /** Whether a corrupt fault ever flipped a bit on this machine's disk (a refusal is then expected). */
  corrupted = false;
  readonly counts: MachineCounts = { starts: 0, crashes: 0, cleanStops: 0, pauses: 0, bytesLost: 0, tornWrites: 0,
    fatalExits: 0, corruptions: 0 };
  /** Start again as soon as a clean stop under way completes. */
  private startAfterStop = false;

  constructor(readonly id: number, private readonly program: NodeProgram<N>, private readonly options: MachineOptions) {
    assert(Number.isSafeInteger(id) && id >= 1, `machine ids are 1-based, got ${id}`);
    this.name = `node-${id}`;
    this.disk = new SimDisk({ random: options.world.random.fork(`${this.name}/disk`) });
    this.clock = new HostClock(options.world);
  }

  /** Starts (or restarts) the node from the machine's disk, as a new process. */
  start(): void {
    assert.equal(this.status, 'down', `cannot start ${this.name} while ${this.status}`);
    const world = this.options.world;
    this.incarnation += 1;
    this.counts.starts += 1;
    const process = new SimProcess(this.name, this.incarnation);
    this.process = process;
    this.status = 'up';
    this.startAfterStop = false;
    world.record('start', { node: this.id, incarnation: this.incarnation });
    const streamPrefix = `${this.name}#${this.incarnation}`;
    const latent = withDiskLatency(this.disk, {
      world, process, random: world.random.fork(`${streamPrefix}/io`), profile: this.options.diskLatency ?? fsyncOnlyLatency,
    });
    const disk = this.program.wrapDisk?.(latent, this) ?? latent;
    const runtime = createSimRuntime({ world, process, host: this.name, hostClock: this.clock, disk, network: this.options.network });
    const context: ProgramContext = {
      world, machine: this, process, runtime,
      random: (stream) => world.random.fork(`${streamPrefix}/${stream}`),
      fatal: (error) => this.onFatal(process, error),
    };
    world.schedule(0, process, () => {
      this.program.start(context).then(
        (node) => {
          if (process.state === 'stopped') return;
          this.node = node;
          this.program.started?.(context, node);
        },
        (error: unknown) => this.startFailed(process, error),
      );
    });
  }

  /** Crashes the node: its process stops, connections reset, its disk loses unsynced bytes. */
  crash(options: { tear: boolean }): void {
    assert.ok(this.status === 'up' || this.status === 'paused' || this.status === 'stopping',
      `cannot crash ${this.name} while ${this.status}`);
    const world = this.options.world;
    this.startAfterStop = false;
    world.stop(this.process as SimProcess);
    this.options.network.crashHost(this.name);
    const report = this.disk.crash({ tear: options.tear });
    this.node = null;
    this.process = null;
    this.status = 'down';
    this.counts.crashes += 1;
    this.counts.bytesLost += report.bytesLost;
    this.counts.tornWrites += report.tornWrites;
    world.record('crash', { node: this.id, tear: options.tear, bytesLost: report.bytesLost, tornWrites: report.tornWrites });
    this.options.onDown?.(this);
  }

  /**
   * Stops the node cleanly (the program's `stop`), then cuts the power: the disk then loses what
   * was not synced, which must be nothing a client was promised. Precondition: the node started.
   */
  stopCleanly(): void {
    const stop = this.program.stop;
    assert.ok(stop !== undefined, `the program of ${this.name} has no clean stop`);
    assert.ok(this.status === 'up' && this.node !== null, `cannot stop ${this.name} cleanly while ${this.status}`);
    const world = this.options.world;
    const process = this.process as SimProcess;
    this.status = 'stopping';
    world.record('stop', { node: this.id });
    stop.call(this.program, this.node).then(() => {
      if (process.state === 'stopped') return;
      world.stop(process);
      this.options.network.crashHost(this.name);
      const report = this.disk.crash({ tear: true });
      this.node = null;
      this.process = null;
      this.status = 'down';
      this.counts.cleanStops += 1;
      world.record('stopped', { node: this.id, bytesLost: report.bytesLost });
      this.options.onDown?.(this);
      if (this.startAfterStop) this.start();
    }, (error: unknown) => this.onFatal(process, error));
  }

  /** Whether the program has a clean stop (a `restart` fault needs one). */
  get canStopCleanly(): boolean {
    return this.program.stop !== undefined;
  }

  /** Starts the node once it is down (now, or when a clean stop under way completes). */
  startWhenDown(): void {
    if (this.status === 'down') this.start();
    else if (this.status === 'stopping') this.startAfterStop = true;
  }

  pause(): void {
    assert.equal(this.status, 'up', `cannot pause ${this.name} while ${this.status}`);
    this.options.world.pause(this.process as SimProcess);
    this.status = 'paused';
    this.counts.pauses += 1;
    this.options.world.record('pause', { node: this.id });
  }

  resume(): void {
    assert.equal(this.status, 'paused', `cannot resume ${this.name} while ${this.status}`);
    this.options.world.resume(this.process as SimProcess);
    this.status = 'up';
    this.options.world.record('resume', { node: this.id });
  }

  /**
   * Flips one bit of synced data in a file `where` accepts, while the node is down; recovery or a
   * later read must notice it. False when no such file has synced bytes yet.
   */
  corrupt(where: (path: string) => boolean): boolean {
    assert.equal(this.status, 'down', 'the disk is corrupted while its node is down');
    const flipped = this.disk.corruptRandom(where);
    if (flipped === undefined) return false;
    this.corrupted = true;
    this.counts.corruptions += 1;
    this.options.world.record('corrupt', { node: this.id, path: flipped.path, position: flipped.position });
    return true;
  }

  private onFatal(process: SimProcess, error: unknown): void {
    if (process.state === 'stopped') return;
    if (causedByDiskError(error)) {
      this.exitOnDiskError(error);
      return;
    }
    this.options.world.fail('assertion', `${this.name} stopped on an error: ${describeError(error)}`);
  }

  /**
   * The node reported a disk error as fatal (STYLE.md §8: a failed fsync is never retried): the
   * process ends, and the machine's supervisor starts it again from the disk a little later.
   * Whatever the process had not synced counts as lost (after a failed fsync the kernel may have
   * dropped the dirty pages), so this is a crash, torn, for the disk.
   */
  private exitOnDiskError(error: unknown): void {
    const world = this.options.world;
    world.record('fatal-exit', { node: this.id, reason: describeError(error) });
    this.counts.fatalExits += 1;
    this.crash({ tear: true });
    const incarnation = this.incarnation;
    world.schedule(restartAfterFatalMs, null, () => {
      if (this.incarnation === incarnation && this.status === 'down') this.start();
    });
  }

  private startFailed(process: SimProcess, error: unknown): void {
    if (process.state === 'stopped') return;
    const world = this.options.world;
    if (error instanceof CorruptionError) {
      // Detected corruption: the node refuses its disk and stays down. Expected after the
      // corrupt fault; otherwise the node could not read back what it wrote itself.
      world.stop(process);
      this.options.network.crashHost(this.name);
      this.process = null;
      this.status = 'refused';
      world.record('refused', { node: this.id, reason: describeError(error) });
      this.options.onDown?.(this);
      if (!this.corrupted) world.fail('refused', `${this.name} refused to start after a crash: ${describeError(error)}`);
      return;
    }
    if (causedByDiskError(error)) {
      this.exitOnDiskError(error);
      return;
    }
    world.fail('assertion', `${this.name} failed to start: ${describeError(error)}`);
  }
}

/** Whether `error`, or an error in its `cause` chain, is a DiskError of the seam. */
function causedByDiskError(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current instanceof Error && depth < 8; depth += 1) {
    if (current instanceof DiskError) return true;
    current = current.cause;
  }
  return false;
}
