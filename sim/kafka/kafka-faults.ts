// Fault schedules of the Kafka workload (Jepsen's nemesis, simulation.md §4.2 and §7.2) and the
// code that applies and undoes them. Part of sim/kafka/. Like sim/nemesis.ts, a schedule is plain
// JSON, a list of timed steps each undone `durationMs` later, so it can be drawn from the seed,
// printed and passed back. The node faults are the ones that matter to a single node's
// durability: crash (with or without a torn last write) and restart from the disk, a clean stop
// followed by a power loss (nothing acknowledged may be lost then, flushed or not), and pause;
// the network faults cut clients off (a partition between client machines and the node resets
// their connections) or slow every link so that client timeouts fire.
import assert from 'node:assert/strict';
import type { Prng } from '../prng.js';
import type { SimNetwork } from '../sim-network.js';
import type { World } from '../world.js';
import type { KafkaHost } from './kafka-host.js';

/** Fault families the Kafka workload's random schedule draws from. */
export type KafkaFaultKind = 'crash' | 'restart' | 'pause' | 'partition' | 'slow';
export const allKafkaFaultKinds: readonly KafkaFaultKind[] = ['crash', 'restart', 'pause', 'partition', 'slow'];

export type KafkaFaultStep =
  | { readonly kind: 'crash'; readonly atMs: number; readonly durationMs: number; readonly tear: boolean }
  /** A clean stop (SIGTERM), a power loss once stopped, a start `durationMs` after the stop began. */
  | { readonly kind: 'restart'; readonly atMs: number; readonly durationMs: number }
  | { readonly kind: 'pause'; readonly atMs: number; readonly durationMs: number }
  /** Blocks both directions between the node and the listed client machines. */
  | { readonly kind: 'partition'; readonly atMs: number; readonly durationMs: number; readonly clients: readonly string[] }
  /** Every link's mean extra latency becomes `meanExtraLatencyMs`. */
  | { readonly kind: 'slow'; readonly atMs: number; readonly durationMs: number; readonly meanExtraLatencyMs: number };

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
  while (atMs < options.timeMs * 0.9) {
    const kind = random.pick(options.faults);
    const lane = kind === 'crash' || kind === 'restart' || kind === 'pause' ? 'node' : 'network';
    // One step per lane at a time, with a gap so an undo never lands on the next step's start;
    // after a node fault the node gets time to restart and serve (about 400 ms to be ready).
    const gapMs = lane === 'node' ? 200 + random.nextInt(1000) : 1;
    const startMs = Math.round(Math.max(atMs, (busyUntil.get(lane) ?? -gapMs) + gapMs));
    const durationMs = 50 + random.nextInt(kind === 'crash' ? 600 : 1500);
    steps.push(drawStep(random, kind, startMs, durationMs, options.clients));
    busyUntil.set(lane, startMs + durationMs);
    atMs += random.nextExponential(meanGapMs);
  }
  return steps.filter((step) => step.atMs < options.timeMs);
}

function drawStep(random: Prng, kind: KafkaFaultKind, atMs: number, durationMs: number,
  clients: readonly string[]): KafkaFaultStep {
  switch (kind) {
    case 'crash': return { kind, atMs, durationMs, tear: random.chance(0.5) };
    case 'restart':
    case 'pause': return { kind, atMs, durationMs };
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

/** Carries out a schedule on the node machine and the network. */
export class KafkaNemesis {
  /** Fault steps actually injected (a crash of a node already down is skipped). */
  injected = 0;
  private readonly undos = new Set<() => void>();

  constructor(private readonly world: World, private readonly host: KafkaHost, private readonly network: SimNetwork) {}

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
    if (this.host.status === 'paused') this.host.resume();
    this.host.startWhenDown();
    this.world.record('heal', {});
  }

  private begin(step: KafkaFaultStep): void {
    if (this.world.violation !== null) return;
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
      default: {
        const unexpected: never = step;
        assert.fail(`unknown fault step ${JSON.stringify(unexpected)}`);
      }
    }
  }
}
