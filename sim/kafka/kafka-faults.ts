// Fault schedules of the Kafka workload (Jepsen's nemesis, simulation.md §4.2 and §7.2) and the
// code that applies and undoes them. Part of sim/kafka/. Like sim/nemesis.ts, a schedule is plain
// JSON, a list of timed steps each undone `durationMs` later, so it can be drawn from the seed,
// printed and passed back. The node faults are the ones that matter to a single node's
// durability: crash (with or without a torn last write) and restart from the disk, a clean stop
// followed by a power loss (nothing acknowledged may be lost then, flushed or not), and pause;
// the network faults cut clients off (a partition between client machines and the node resets
// their connections) or slow every link so that client timeouts fire. The machine faults are a
// disk error on the metadata log (the node must fail, never retry, and start again from its
// disk), clock skew (the node's clock runs fast or slow and its wall clock jumps), and
// corruption of synced bytes while the node is down (it must be detected by CRC, never served).
//
// A crash can wait for a write in flight (`waitForUnsyncedMs`): the fsync of a flush.messages=1
// append takes a millisecond or two, so a crash at a random instant seldom finds unsynced bytes
// to lose or a write to tear; one that waits up to that bound for unsynced bytes usually does.
import assert from 'node:assert/strict';
import type { Prng } from '../prng.js';
import type { SimNetwork } from '../sim-network.js';
import type { World } from '../world.js';
import type { WeirNode } from '../../src/node/weir-node.js';
import type { SimMachine } from '../machine.js';
import { isLogSegment } from './weir-node-program.js';

/** Fault families the Kafka workload's random schedule draws from. */
export type KafkaFaultKind = 'crash' | 'restart' | 'pause' | 'partition' | 'slow' | 'disk-error' | 'skew' | 'corrupt';
export const allKafkaFaultKinds: readonly KafkaFaultKind[] =
  ['crash', 'restart', 'pause', 'partition', 'slow', 'disk-error', 'skew', 'corrupt'];

/** Disk operations a `disk-error` step makes fail. */
export type KafkaDiskErrorOperation = 'write' | 'sync';
/** Where a `disk-error` strikes: the metadata log, whose failure the node treats as fatal. */
export const diskErrorPath = '/data/metadata';

export type KafkaFaultStep =
  /**
   * The process dies; with `waitForUnsyncedMs` > 0 the crash waits up to that long for the disk
   * to hold unsynced bytes (a write whose fsync has not completed) and lands then.
   */
  | { readonly kind: 'crash'; readonly atMs: number; readonly durationMs: number; readonly tear: boolean;
    readonly waitForUnsyncedMs?: number }
  /** A clean stop (SIGTERM), a power loss once stopped, a start `durationMs` after the stop began. */
  | { readonly kind: 'restart'; readonly atMs: number; readonly durationMs: number }
  | { readonly kind: 'pause'; readonly atMs: number; readonly durationMs: number }
  /** Blocks both directions between the node and the listed client machines. */
  | { readonly kind: 'partition'; readonly atMs: number; readonly durationMs: number; readonly clients: readonly string[] }
  /** Every link's mean extra latency becomes `meanExtraLatencyMs`. */
  | { readonly kind: 'slow'; readonly atMs: number; readonly durationMs: number; readonly meanExtraLatencyMs: number }
  /** The next `operation` on the metadata log fails with a DiskError (disarmed when undone). */
  | { readonly kind: 'disk-error'; readonly atMs: number; readonly durationMs: number; readonly operation: KafkaDiskErrorOperation }
  /** The node machine's clock runs at `rate` and its wall clock moves by `jumpMs`. */
  | { readonly kind: 'skew'; readonly atMs: number; readonly durationMs: number; readonly rate: number; readonly jumpMs: number }
  /** A crash, then one bit flipped in a synced byte of a log segment; restarts after `durationMs`. */
  | { readonly kind: 'corrupt'; readonly atMs: number; readonly durationMs: number };

export type KafkaSchedule = readonly KafkaFaultStep[];

/** Draws a schedule for a fault phase of `timeMs` over the client machines `clients`. */
export function randomKafkaSchedule(random: Prng, options: {
  timeMs: number; faults: readonly KafkaFaultKind[]; clients: readonly string[];
}): KafkaSchedule {
  const steps: KafkaFaultStep[] = [];
  if (options.faults.length === 0) return steps;
  const meanGapMs = 400 + random.nextInt(1200);
  const busyUntil = new Map<string, number>();
  let atMs = 100 + random.nextInt(400);
  // A corruption ends what the single node can serve of the damaged log, and with it the
  // end-of-run checks of that data: at most one per run, late in the fault phase.
  let corruptionDrawn = false;
  while (atMs < options.timeMs * 0.9) {
    let kind = random.pick(options.faults);
    if (kind === 'corrupt' && (corruptionDrawn || atMs < options.timeMs / 2)) kind = 'crash';
    if (kind === 'crash' && !options.faults.includes('crash')) {
      atMs += random.nextExponential(meanGapMs);
      continue;
    }
    corruptionDrawn ||= kind === 'corrupt';
    const lane = laneOf(kind);
    // One step per lane at a time, with a gap so an undo never lands on the next step's start;
    // after a node fault the node gets time to restart and serve (about 400 ms to be ready).
    const gapMs = lane === 'node' ? 200 + random.nextInt(1000) : 1;
    const startMs = Math.round(Math.max(atMs, (busyUntil.get(lane) ?? -gapMs) + gapMs));
    const durationMs = 50 + random.nextInt(kind === 'crash' || kind === 'corrupt' ? 600 : 1500);
    steps.push(drawStep(random, kind, startMs, durationMs, options.clients));
    busyUntil.set(lane, startMs + durationMs);
    atMs += random.nextExponential(meanGapMs);
  }
  return steps.filter((step) => step.atMs < options.timeMs);
}

/** Steps of one lane never overlap: the node's process, its machine (disk, clock), the network. */
function laneOf(kind: KafkaFaultKind): 'node' | 'machine' | 'network' {
  switch (kind) {
    case 'crash': case 'restart': case 'pause': case 'corrupt': return 'node';
    case 'disk-error': case 'skew': return 'machine';
    case 'partition': case 'slow': return 'network';
    default: {
      const unexpected: never = kind;
      assert.fail(`unknown fault kind ${String(unexpected)}`);
    }
  }
}

function drawStep(random: Prng, kind: KafkaFaultKind, atMs: number, durationMs: number,
  clients: readonly string[]): KafkaFaultStep {
  switch (kind) {
    case 'crash': {
      const tear = random.chance(0.5);
      return random.chance(0.5) ? { kind, atMs, durationMs, tear, waitForUnsyncedMs: 20 } : { kind, atMs, durationMs, tear };
    }
    case 'restart':
    case 'pause':
    case 'corrupt': return { kind, atMs, durationMs };
    case 'disk-error': return { kind, atMs, durationMs, operation: random.chance(0.5) ? 'write' : 'sync' };
    case 'skew': return { kind, atMs, durationMs, rate: random.pick([0.5, 0.8, 1.25, 2]),
      jumpMs: random.nextInt(20_001) - 10_000 };
    case 'partition': {
      const count = 1 + random.nextInt(clients.length);
      return { kind, atMs, durationMs, clients: random.shuffled(clients).slice(0, count).sort() };
    }
    case 'slow': return { kind, atMs, durationMs, meanExtraLatencyMs: 20 + random.nextInt(400) };
    default: {
      const unexpected: never = kind;
      assert.fail(`unknown fault kind ${String(unexpected)}`);
    }
  }
}

/** How often a crash that waits for a write in flight looks at the disk, in virtual ms. */
const crashPollMs = 0.1;

/** Carries out a schedule on the node machine and the network. */
export class KafkaNemesis {
  /** Fault steps actually injected (a crash of a node already down is skipped). */
  injected = 0;
  private readonly undos = new Set<() => void>();

  /** The machine the node faults strike: the workload's first node. */
  private readonly host: SimMachine<WeirNode>;

  constructor(private readonly world: World, private readonly machines: readonly SimMachine<WeirNode>[],
    private readonly network: SimNetwork) {
    const first = machines[0];
    assert(first !== undefined, 'a Kafka run has at least one node machine');
    this.host = first;
  }

  /** Schedules every step that starts before `untilMs`. */
  install(schedule: KafkaSchedule, untilMs: number): void {
    for (const step of schedule) {
      if (step.atMs >= untilMs) continue;
      this.world.schedule(step.atMs, null, () => this.begin(step));
    }
  }

  /** Undoes every fault still in force: the node runs again and the network is whole. */
  healAll(): void {
    for (const undo of [...this.undos]) undo();
    this.undos.clear();
    this.network.heal();
    for (const machine of this.machines) {
      machine.disk.clearFailures();
      machine.clock.reset();
      if (machine.status === 'paused') machine.resume();
      machine.startWhenDown();
    }
    this.world.record('heal', {});
  }

  private begin(step: KafkaFaultStep, waitedMs = 0): void {
    if (this.world.violation !== null) return;
    if (step.kind === 'crash' && waitedMs < (step.waitForUnsyncedMs ?? 0) && this.host.disk.unsyncedBytes() === 0) {
      this.world.schedule(crashPollMs, null, () => this.begin(step, waitedMs + crashPollMs));
      return;
    }
    const undo = this.apply(step);
    if (undo === null) return;
    this.injected += 1;
    this.world.record('fault', { ...step, clients: 'clients' in step ? step.clients.join(',') : null });
    let undone = false;
    const once = (): void => {
      if (undone) return;
      undone = true;
      this.undos.delete(once);
      undo();
      this.world.record('fault-end', { kind: step.kind });
    };
    this.undos.add(once);
    this.world.schedule(step.durationMs, null, once);
  }

  /** Applies one step; returns how to undo it, or null when it does not apply now. */
  private apply(step: KafkaFaultStep): (() => void) | null {
    const host = this.host;
    switch (step.kind) {
      case 'crash':
        if (host.status !== 'up' && host.status !== 'paused') return null;
        host.crash({ tear: step.tear });
        return () => host.startWhenDown();
      case 'restart':
        if (host.status !== 'up' || host.node === null) return null;
        host.stopCleanly();
        return () => host.startWhenDown();
      case 'pause':
        if (host.status !== 'up') return null;
        host.pause();
        return () => { if (host.status === 'paused') host.resume(); };
      case 'partition':
        for (const client of step.clients) {
          this.network.block(client, host.name);
          this.network.block(host.name, client);
        }
        return () => this.network.clearPartitions();
      case 'slow': {
        this.network.conditions.meanExtraLatencyMs = step.meanExtraLatencyMs;
        return () => this.network.restoreConditions();
      }
      case 'disk-error':
        host.disk.failNext(step.operation, diskErrorPath);
        return () => { host.disk.clearFailures(); };
      case 'skew':
        host.clock.setRate(step.rate);
        host.clock.jump(step.jumpMs);
        return () => host.clock.reset();
      case 'corrupt':
        if (host.status !== 'up' && host.status !== 'paused') return null;
        host.crash({ tear: true });
        host.corrupt(isLogSegment);
        return () => host.startWhenDown();
      default: {
        const unexpected: never = step;
        assert.fail(`unknown fault step ${JSON.stringify(unexpected)}`);
      }
    }
  }
}
