// The nemesis: the fault steps every workload's schedules are made of, and the one code that
// carries them out on the machines of a world (Jepsen's nemesis; simulation.md §4.2 and §7.2).
// Part of sim/. A schedule is plain JSON data, a list of timed steps, so it can be drawn from the
// seed, named, printed, passed back on the command line and shrunk by fast-check; the workloads
// draw their own (raft-schedules.ts, kafka/kafka-faults.ts). Every step starts at `atMs` and is
// undone `durationMs` later. At the end of the fault phase `healAll` restores everything at once:
// the network, every machine's disk and clock, paused and downed nodes. Every undo is idempotent,
// so a step's own undo that falls due after the heal finds nothing left to do.
//
// Faults apply between any machines: partitions (symmetric, one-way, bridge, ring) over machine
// ids, or cutting client machines off a node; loss, duplication, delay (and with it reordering);
// crash (torn or not), clean restart, pause, clock skew, disk errors and corruption of any
// machine. Node ids in steps are 1-based; 0 means "whoever is leader when the step starts" (for
// the workloads that know a leader), and a step without `node` strikes machine 1. A crash may wait
// for a moment when the node's I/O is in flight, since one at a fixed time mostly finds every
// write already fsynced, and so loses nothing: `afterAppendWithinMs` waits for the workload's own
// notion of "an append in flight" (a Raft follower's written, unsynced entries),
// `waitForUnsyncedMs` for any unsynced byte on the machine's disk.
import assert from 'node:assert/strict';
import type { SimMachine } from './machine.js';
import type { SimNetwork } from './sim-network.js';
import type { TraceValue } from './trace.js';
import type { World } from './world.js';

/** Fault families that the Raft workload's `--faults` can enable. */
export type FaultKind = 'partition' | 'loss' | 'crash' | 'pause' | 'skew' | 'corrupt';
export const allFaultKinds: readonly FaultKind[] = ['partition', 'loss', 'crash', 'pause', 'skew', 'corrupt'];

/**
 * Partition shapes over an ordering `nodes` of the machines: `halves` splits it in two,
 * `isolate` cuts nodes[0] off, `one-way` lets nodes[0] receive but not send, `bridge` joins two
 * halves through one middle node only, `ring` connects each node to its neighbours in the order
 * (Jepsen's majorities-ring: every node sees a majority, no two see the same one).
 */
export type PartitionShape = 'halves' | 'isolate' | 'one-way' | 'bridge' | 'ring';

/** Disk operations a `disk-error` step makes fail. */
export type DiskErrorOperation = 'write' | 'sync';

export type FaultStep =
  | { readonly kind: 'partition'; readonly atMs: number; readonly durationMs: number; readonly shape: PartitionShape; readonly nodes: readonly number[] }
  /** Blocks both directions between the node and the listed client machines. */
  | { readonly kind: 'partition'; readonly atMs: number; readonly durationMs: number; readonly clients: readonly string[]; readonly node?: number }
  | {
    readonly kind: 'loss'; readonly atMs: number; readonly durationMs: number; readonly lossRate: number;
    readonly duplicateRate: number; readonly meanExtraLatencyMs: number;
    /** One directed link made `factor` times slower than the rest (per-link latency). */
    readonly slowLink?: { readonly from: number; readonly to: number; readonly factor: number };
  }
  /** Every link's mean extra latency becomes `meanExtraLatencyMs` (no loss, no duplication). */
  | { readonly kind: 'slow'; readonly atMs: number; readonly durationMs: number; readonly meanExtraLatencyMs: number }
  | {
    readonly kind: 'crash'; readonly atMs: number; readonly durationMs: number; readonly node?: number; readonly tear: boolean;
    /**
     * A crash right after an append: from `atMs` on, wait (at most this long) for the moment the
     * node, as a follower, has written fetched entries to its log but not yet fsynced them, and
     * crash it then. Without it the crash lands at `atMs`, wherever the node's I/O stands.
     */
    readonly afterAppendWithinMs?: number;
    /** Wait up to this long for the machine's disk to hold unsynced bytes, and crash then. */
    readonly waitForUnsyncedMs?: number;
  }
  /** A clean stop (SIGTERM), a power loss once stopped, a start `durationMs` after the stop began. */
  | { readonly kind: 'restart'; readonly atMs: number; readonly durationMs: number; readonly node?: number }
  | { readonly kind: 'pause'; readonly atMs: number; readonly durationMs: number; readonly node?: number }
  /** The machine's clock runs at `rate` and its wall clock moves by `jumpMs`. */
  | { readonly kind: 'skew'; readonly atMs: number; readonly durationMs: number; readonly node?: number; readonly rate: number; readonly jumpMs: number }
  /** The next `operation` under the workload's disk-error path fails with a DiskError (disarmed when undone). */
  | { readonly kind: 'disk-error'; readonly atMs: number; readonly durationMs: number; readonly node?: number; readonly operation: DiskErrorOperation }
  /** A torn crash, then one bit flipped in a synced byte the workload calls corruptible; restarts after `durationMs`. */
  | { readonly kind: 'corrupt'; readonly atMs: number; readonly durationMs: number; readonly node?: number }
  /** A client process (a group member) crashes; a new incarnation of it starts after `durationMs`. */
  | { readonly kind: 'client-crash'; readonly atMs: number; readonly durationMs: number; readonly client: string };

export type Schedule = readonly FaultStep[];

/** The machines a nemesis strikes, and what it must know of the workload to aim. */
export interface NemesisTargets {
  /** The node machines, machine `id` at index `id - 1`. */
  readonly machines: readonly SimMachine<unknown>[];
  /** The leader now (node 0 in a step); without it node 0 strikes nobody. */
  readonly leader?: () => SimMachine<unknown> | null;
  /** Whether the machine's node has an append in flight (for `afterAppendWithinMs`). */
  readonly appendInFlight?: (machine: SimMachine<unknown>) => boolean;
  /** Files a `corrupt` step may flip a synced bit in. */
  readonly corruptible: (path: string) => boolean;
  /** Where `disk-error` strikes (a path prefix); without it the step is skipped. */
  readonly diskErrorPath?: string;
  /** Crashes the named client; returns how to start it again, or null when it is not running. */
  readonly crashClient?: (name: string) => (() => void) | null;
}

/** How often a crash that waits for unsynced bytes looks at the disk, in virtual ms. */
const crashPollMs = 0.1;

/** Carries out schedules on the machines and the network of one world. */
export class Nemesis {
  /** Faults actually injected (steps whose node was not available are skipped). */
  injected = 0;
  /** Crash steps waiting for an append in flight, with the time they stop waiting. */
  private readonly waiting: Array<{ readonly step: FaultStep & { kind: 'crash' }; readonly untilMs: number }> = [];

  constructor(
    private readonly world: World,
    private readonly network: SimNetwork,
    private readonly targets: NemesisTargets,
  ) {
    world.afterEachEvent(() => this.crashWaitingSteps());
  }

  /** Schedules every step of `schedule` that starts before `endMs`. */
  install(schedule: Schedule, endMs: number): void {
    for (const step of schedule) {
      if (step.atMs >= endMs) continue;
      this.world.schedule(step.atMs, null, () => this.begin(step));
    }
  }

  /** Undoes every fault still in force: the network is whole, every node runs on a healthy machine. */
  healAll(): void {
    this.network.heal();
    for (const machine of this.targets.machines) {
      machine.disk.clearFailures();
      machine.clock.reset();
      if (machine.status === 'paused') machine.resume();
      machine.startWhenDown();
    }
    this.world.record('heal', {});
  }

  private resolve(node: number | undefined): SimMachine<unknown> | null {
    if (node === 0) return this.targets.leader?.() ?? null;
    const machine = this.targets.machines[(node ?? 1) - 1];
    assert(machine !== undefined, `no node ${node}`);
    return machine;
  }

  private begin(step: FaultStep, waitedMs = 0): void {
    if (this.world.violation !== null) return;
    if (step.kind === 'crash' && step.afterAppendWithinMs !== undefined) {
      this.waiting.push({ step, untilMs: this.world.nowMs + step.afterAppendWithinMs });
      return;
    }
    if (step.kind === 'crash' && waitedMs < (step.waitForUnsyncedMs ?? 0) && this.resolve(step.node)?.disk.unsyncedBytes() === 0) {
      this.world.schedule(crashPollMs, null, () => this.begin(step, waitedMs + crashPollMs));
      return;
    }
    this.beginNow(step);
  }

  /** After every event: starts the waiting crash steps whose node now has an append in flight. */
  private crashWaitingSteps(): void {
    if (this.waiting.length === 0) return;
    const inFlight = this.targets.appendInFlight ?? (() => false);
    const stillWaiting = this.waiting.filter(({ step, untilMs }) => {
      if (this.world.nowMs > untilMs) return false;
      const machine = this.resolve(step.node);
      if (machine === null || !inFlight(machine)) return true;
      this.beginNow(step);
      return false;
    });
    this.waiting.splice(0, this.waiting.length, ...stillWaiting);
  }

  private beginNow(step: FaultStep): void {
    const undo = this.apply(step);
    if (undo === null) return;
    this.injected += 1;
    this.world.record('fault', traceFields(step));
    this.world.schedule(step.durationMs, null, () => {
      undo();
      this.world.record('fault-end', { kind: step.kind, atMs: step.atMs });
    });
  }

  /** Starts a step; returns how to undo it (idempotently), or null when it cannot apply now. */
  private apply(step: FaultStep): (() => void) | null {
    switch (step.kind) {
      case 'partition':
        return 'clients' in step ? this.cutOff(step.clients, step.node) : this.partition(step.shape, step.nodes);
      case 'loss': {
        Object.assign(this.network.conditions, { lossRate: step.lossRate, duplicateRate: step.duplicateRate, meanExtraLatencyMs: step.meanExtraLatencyMs });
        const slow = step.slowLink;
        if (slow !== undefined) this.network.setLinkSlowness(this.nameOf(slow.from), this.nameOf(slow.to), slow.factor);
        return () => this.network.restoreConditions();
      }
      case 'slow':
        this.network.conditions.meanExtraLatencyMs = step.meanExtraLatencyMs;
        return () => this.network.restoreConditions();
      case 'crash':
        return this.crash(step.node, step.tear, false);
      case 'corrupt':
        return this.crash(step.node, true, true);
      case 'restart': {
        const machine = this.resolve(step.node);
        if (machine === null || !machine.canStopCleanly || machine.status !== 'up' || machine.node === null) return null;
        machine.stopCleanly();
        return () => machine.startWhenDown();
      }
      case 'pause': {
        const machine = this.resolve(step.node);
        if (machine === null || machine.status !== 'up') return null;
        machine.pause();
        return () => { if (machine.status === 'paused') machine.resume(); };
      }
      case 'skew': {
        const machine = this.resolve(step.node);
        if (machine === null) return null;
        machine.clock.setRate(step.rate);
        machine.clock.jump(step.jumpMs);
        return () => machine.clock.reset();
      }
      case 'disk-error': {
        const machine = this.resolve(step.node);
        const path = this.targets.diskErrorPath;
        if (machine === null || path === undefined) return null;
        machine.disk.failNext(step.operation, path);
        return () => machine.disk.clearFailures();
      }
      case 'client-crash':
        return this.targets.crashClient?.(step.client) ?? null;
      default: {
        const unexpected: never = step;
        assert.fail(`unknown fault step ${JSON.stringify(unexpected)}`);
      }
    }
  }

  private nameOf(id: number): string {
    const machine = this.targets.machines[id - 1];
    assert(machine !== undefined, `no node ${id}`);
    return machine.name;
  }

  private crash(node: number | undefined, tear: boolean, corrupt: boolean): (() => void) | null {
    const machine = this.resolve(node);
    if (machine === null || (machine.status !== 'up' && machine.status !== 'paused')) return null;
    machine.crash({ tear });
    if (corrupt) machine.corrupt(this.targets.corruptible);
    return () => machine.startWhenDown();
  }

  /** Blocks both directions between client machines and a node. */
  private cutOff(clients: readonly string[], node: number | undefined): (() => void) | null {
    const machine = this.resolve(node);
    if (machine === null) return null;
    for (const client of clients) {
      this.network.block(client, machine.name);
      this.network.block(machine.name, client);
    }
    return () => this.network.clearPartitions();
  }

  private partition(shape: PartitionShape, order: readonly number[]): (() => void) | null {
    const ids = order.map((node) => this.resolve(node)?.id ?? null);
    if (ids.some((id) => id === null)) return null;
    const nodes = ids as number[];
    const all = this.targets.machines.map((machine) => machine.id);
    for (const id of all) if (!nodes.includes(id)) nodes.push(id);
    const connected = connectivity(shape, nodes);
    for (const from of all) {
      for (const to of all) {
        if (from !== to && !connected(from, to)) this.network.block(this.nameOf(from), this.nameOf(to));
      }
    }
    return () => this.network.clearPartitions();
  }
}

/** A step as flat trace fields (objects such as `slowLink` become [from, to, factor]). */
function traceFields(step: FaultStep): Record<string, TraceValue> {
  const fields: Record<string, TraceValue> = {};
  for (const [key, value] of Object.entries(step) as Array<[string, unknown]>) {
    if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') fields[key] = value;
    else if (Array.isArray(value)) fields[key] = [...(value as Array<string | number>)];
    else if (typeof value === 'object' && value !== null) fields[key] = Object.values(value as Record<string, number>);
  }
  return fields;
}

/** Whether `from` can send to `to` under a partition shape over the ordering `nodes`. */
function connectivity(shape: PartitionShape, nodes: readonly number[]): (from: number, to: number) => boolean {
  const position = (id: number): number => nodes.indexOf(id);
  const count = nodes.length;
  const half = Math.floor(count / 2);
  switch (shape) {
    case 'halves':
      return (from, to) => (position(from) < half) === (position(to) < half);
    case 'isolate':
      return (from, to) => position(from) !== 0 && position(to) !== 0;
    case 'one-way':
      return (from) => position(from) !== 0;
    case 'bridge': {
      const bridge = half;
      return (from, to) => {
        const a = position(from);
        const b = position(to);
        return a === bridge || b === bridge || (a < bridge) === (b < bridge);
      };
    }
    case 'ring':
      return (from, to) => {
        const distance = Math.abs(position(from) - position(to));
        return Math.min(distance, count - distance) <= 1;
      };
    default: {
      const unexpected: never = shape;
      assert.fail(`unknown partition shape ${String(unexpected)}`);
    }
  }
}
