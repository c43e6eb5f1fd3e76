// The nemesis: fault schedules and the code that carries them out (Jepsen's nemesis; simulation.md
// §4.2 and §7.2). Part of sim/. A schedule is plain JSON data, a list of timed fault steps, so it
// can be drawn from the seed, named, printed, passed back on the command line, and shrunk by
// fast-check. Every step starts at `atMs` and is undone `durationMs` later; at the end of the
// fault phase `healAll` undoes everything that is still in force (the liveness phase follows).
//
// Node ids in steps are 1-based; 0 means "whoever is leader when the step starts". A crash step
// may instead wait for a moment when the node's I/O is in flight (`afterAppendWithinMs`): a
// crash at a fixed time mostly finds every write already fsynced, and so loses nothing.
import assert from 'node:assert/strict';
import { followerAppendInFlight, type SimCluster, type SimHost } from './cluster.js';
import type { Prng } from './prng.js';
import type { SimNetwork } from './sim-network.js';
import type { TraceValue } from './trace.js';
import type { World } from './world.js';

/** Fault families that `--faults` can enable. */
export type FaultKind = 'partition' | 'loss' | 'crash' | 'pause' | 'skew' | 'corrupt';
export const allFaultKinds: readonly FaultKind[] = ['partition', 'loss', 'crash', 'pause', 'skew', 'corrupt'];

/**
 * Partition shapes over an ordering `nodes` of the cluster: `halves` splits it in two,
 * `isolate` cuts nodes[0] off, `one-way` lets nodes[0] receive but not send, `bridge` joins two
 * halves through one middle node only, `ring` connects each node to its neighbours in the order
 * (Jepsen's majorities-ring: every node sees a majority, no two see the same one).
 */
export type PartitionShape = 'halves' | 'isolate' | 'one-way' | 'bridge' | 'ring';

export type FaultStep =
  | { readonly kind: 'partition'; readonly atMs: number; readonly durationMs: number; readonly shape: PartitionShape; readonly nodes: readonly number[] }
  | {
    readonly kind: 'loss'; readonly atMs: number; readonly durationMs: number; readonly lossRate: number;
    readonly duplicateRate: number; readonly meanExtraLatencyMs: number;
    /** One directed link made `factor` times slower than the rest (per-link latency). */
    readonly slowLink?: { readonly from: number; readonly to: number; readonly factor: number };
  }
  | {
    readonly kind: 'crash'; readonly atMs: number; readonly durationMs: number; readonly node: number; readonly tear: boolean;
    /**
     * A crash right after an append: from `atMs` on, wait (at most this long) for the moment the
     * node, as a follower, has written fetched entries to its log but not yet fsynced them, and
     * crash it then. Without it the crash lands at `atMs`, wherever the node's I/O stands.
     */
    readonly afterAppendWithinMs?: number;
  }
  | { readonly kind: 'pause'; readonly atMs: number; readonly durationMs: number; readonly node: number }
  | { readonly kind: 'skew'; readonly atMs: number; readonly durationMs: number; readonly node: number; readonly rate: number; readonly jumpMs: number }
  | { readonly kind: 'corrupt'; readonly atMs: number; readonly durationMs: number; readonly node: number };

export type Schedule = readonly FaultStep[];

/** Draws a random schedule for a fault phase of `timeMs` (swarm style: gaps and kinds vary). */
export function randomSchedule(random: Prng, options: { nodes: number; timeMs: number; faults: readonly FaultKind[] }): Schedule {
  const steps: FaultStep[] = [];
  if (options.faults.length === 0) return steps;
  const meanGapMs = 300 + random.nextInt(1500);
  const busyUntil = new Map<string, number>();
  // Corruption stays on a fixed minority of machines, so a quorum of intact disks always exists
  // (TigerBeetle's fault atlas idea): a corrupted node refuses to start and stays down.
  const corruptible = random.shuffled(range(options.nodes)).slice(0, Math.floor((options.nodes - 1) / 2));
  let atMs = 200 + random.nextInt(800);
  while (atMs < options.timeMs * 0.9) {
    const kind = random.pick(options.faults);
    const durationMs = 200 + random.nextInt(3800);
    const lane = kind === 'partition' || kind === 'loss' ? kind : 'node';
    const startMs = Math.max(atMs, kind === 'partition' || kind === 'loss' ? busyUntil.get(lane) ?? 0 : 0);
    const step = drawStep(random, kind, { atMs: Math.round(startMs), durationMs, nodes: options.nodes, corruptible });
    if (step !== null) {
      steps.push(step);
      busyUntil.set(lane, startMs + durationMs);
    }
    atMs += 1 + random.nextExponential(meanGapMs);
  }
  return steps;
}

function drawStep(
  random: Prng,
  kind: FaultKind,
  base: { atMs: number; durationMs: number; nodes: number; corruptible: readonly number[] },
): FaultStep | null {
  const { atMs, durationMs } = base;
  const anyNode = (): number => (random.chance(0.3) ? 0 : 1 + random.nextInt(base.nodes));
  switch (kind) {
    case 'partition': {
      const shapes: PartitionShape[] = ['halves', 'isolate', 'one-way', 'bridge', 'ring'];
      return { kind, atMs, durationMs, shape: random.pick(shapes), nodes: random.shuffled(range(base.nodes)) };
    }
    case 'loss': {
      const step = {
        kind, atMs, durationMs,
        lossRate: round3(random.nextFloat() * 0.3),
        duplicateRate: round3(random.nextFloat() * 0.2),
        meanExtraLatencyMs: 1 + random.nextInt(60),
      };
      if (base.nodes < 2 || !random.chance(0.5)) return step;
      const [from, to] = random.shuffled(range(base.nodes)) as [number, number];
      return { ...step, slowLink: { from, to, factor: 2 + random.nextInt(19) } };
    }
    case 'crash': {
      const step = { kind, atMs, durationMs, node: anyNode(), tear: random.chance(0.7) };
      // Half the crashes of a named follower wait for an append in flight (the leader never fetches).
      return step.node !== 0 && random.chance(0.5) ? { ...step, afterAppendWithinMs: 100 + random.nextInt(400) } : step;
    }
    case 'pause':
      return { kind, atMs, durationMs, node: anyNode() };
    case 'skew':
      return { kind, atMs, durationMs, node: 1 + random.nextInt(base.nodes), rate: round3(0.5 + random.nextFloat() * 1.5), jumpMs: random.nextInt(120_001) - 60_000 };
    case 'corrupt':
      return base.corruptible.length === 0 ? null : { kind, atMs, durationMs, node: random.pick(base.corruptible) };
    default: {
      const unexpected: never = kind;
      assert.fail(`unknown fault kind ${String(unexpected)}`);
    }
  }
}

/** Built-in schedules for `--schedule NAME`. */
export const namedSchedules: Readonly<Record<string, (nodes: number, timeMs: number) => Schedule>> = {
  'isolate-leader': (_nodes, timeMs) => every(timeMs, 3000, (atMs) => ({ kind: 'partition', atMs, durationMs: 1500, shape: 'isolate', nodes: [0] })),
  'crash-leader': (_nodes, timeMs) => every(timeMs, 2500, (atMs) => ({ kind: 'crash', atMs, durationMs: 800, node: 0, tear: true })),
  'pause-leader': (_nodes, timeMs) => every(timeMs, 2500, (atMs) => ({ kind: 'pause', atMs, durationMs: 1200, node: 0 })),
  'rolling-restart': (nodes, timeMs) => every(timeMs, 1500, (atMs, index) => ({ kind: 'crash', atMs, durationMs: 700, node: 1 + (index % nodes), tear: false })),
  // Every follower crashes right after an append (its fetch offset may already have gone out),
  // then the leader, so the followers must elect a leader among themselves from what their disks
  // kept. A driver that acknowledges before its append is durable loses committed entries here.
  'crash-after-append': (nodes, timeMs) => every(timeMs, 1500, (atMs) => [
    ...range(nodes).map((node): FaultStep => ({ kind: 'crash', atMs, durationMs: 60, node, tear: false, afterAppendWithinMs: 20 })),
    { kind: 'crash', atMs: atMs + 40, durationMs: 600, node: 0, tear: true },
  ]),
  // One node falls behind (cut off), and the leader crashes while it is away: when it comes back
  // it races the voters that kept up for the next election, which only the log check (Raft
  // §5.4.1) keeps it from winning without the entries committed in its absence.
  'lagging-voter': (nodes, timeMs) => every(timeMs, 1200, (atMs, index) => [
    { kind: 'partition', atMs, durationMs: 600, shape: 'isolate', nodes: [1 + (index % nodes)] },
    { kind: 'crash', atMs: atMs + 300, durationMs: 500, node: 0, tear: true },
  ]),
  // Every machine loses power at once, every 300 ms, and all restart together, so their election timers run in
  // step and several candidates often stand in the same epoch.
  'power-loss': (nodes, timeMs) => every(timeMs, 300, (atMs) =>
    range(nodes).map((node): FaultStep => ({ kind: 'crash', atMs, durationMs: 50, node, tear: true }))),
  'majorities-ring': (nodes, timeMs) => every(timeMs, 4000, (atMs) => ({ kind: 'partition', atMs, durationMs: 3000, shape: 'ring', nodes: range(nodes) })),
  'flaky-network': (_nodes, timeMs) => [{ kind: 'loss', atMs: 100, durationMs: timeMs, lossRate: 0.2, duplicateRate: 0.1, meanExtraLatencyMs: 40 }],
};

function every(timeMs: number, periodMs: number, make: (atMs: number, index: number) => FaultStep | FaultStep[]): FaultStep[] {
  const steps: FaultStep[] = [];
  for (let atMs = periodMs / 2, index = 0; atMs < timeMs; atMs += periodMs, index += 1) steps.push(...[make(atMs, index)].flat());
  return steps;
}

function range(count: number): number[] {
  return Array.from({ length: count }, (_, index) => index + 1);
}

function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** Carries out a schedule on a cluster. */
export class Nemesis {
  /** Faults actually injected (steps whose node was not available are skipped). */
  injected = 0;
  private readonly skewed = new Set<SimHost>();
  /** Crash steps waiting for an append in flight, with the time they stop waiting. */
  private readonly waiting: Array<{ readonly step: FaultStep & { kind: 'crash' }; readonly untilMs: number }> = [];

  constructor(
    private readonly world: World,
    private readonly cluster: SimCluster,
    private readonly network: SimNetwork,
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

  /** Undoes every fault still in force: partitions, network conditions, pauses, skew, downed nodes. */
  healAll(): void {
    this.network.heal();
    for (const host of this.skewed) host.clock.reset();
    this.skewed.clear();
    for (const host of this.cluster.hosts) {
      if (host.status === 'paused') host.resume();
      if (host.status === 'down') host.start();
    }
    this.world.record('heal', {});
  }

  private resolve(node: number): SimHost | null {
    if (node !== 0) return this.cluster.host(node);
    for (const host of this.cluster.hosts) {
      if (host.status === 'up' && host.node?.status().role === 'leader') return host;
    }
    return null;
  }

  private begin(step: FaultStep): void {
    if (step.kind === 'crash' && step.afterAppendWithinMs !== undefined) {
      this.waiting.push({ step, untilMs: this.world.nowMs + step.afterAppendWithinMs });
      return;
    }
    this.beginNow(step);
  }

  /** After every event: starts the waiting crash steps whose node now has an append in flight. */
  private crashWaitingSteps(): void {
    if (this.waiting.length === 0) return;
    const stillWaiting = this.waiting.filter(({ step, untilMs }) => {
      if (this.world.nowMs > untilMs) return false;
      const host = this.resolve(step.node);
      if (host === null || !followerAppendInFlight(host)) return true;
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

  /** Starts a step; returns how to undo it, or null when it cannot apply now. */
  private apply(step: FaultStep): (() => void) | null {
    switch (step.kind) {
      case 'partition':
        return this.partition(step.shape, step.nodes);
      case 'loss': {
        Object.assign(this.network.conditions, { lossRate: step.lossRate, duplicateRate: step.duplicateRate, meanExtraLatencyMs: step.meanExtraLatencyMs });
        const slow = step.slowLink;
        if (slow !== undefined) this.network.setLinkSlowness(`node-${slow.from}`, `node-${slow.to}`, slow.factor);
        return () => this.network.restoreConditions();
      }
      case 'crash':
        return this.crash(step.node, step.tear, false);
      case 'corrupt':
        return this.crash(step.node, true, true);
      case 'pause': {
        const host = this.resolve(step.node);
        if (host === null || host.status !== 'up') return null;
        host.pause();
        return () => { if (host.status === 'paused') host.resume(); };
      }
      case 'skew': {
        const host = this.cluster.host(step.node);
        host.clock.setRate(step.rate);
        host.clock.jump(step.jumpMs);
        this.skewed.add(host);
        return () => { host.clock.reset(); this.skewed.delete(host); };
      }
      default: {
        const unexpected: never = step;
        assert.fail(`unknown fault step ${JSON.stringify(unexpected)}`);
      }
    }
  }

  private crash(node: number, tear: boolean, corrupt: boolean): (() => void) | null {
    const host = this.resolve(node);
    if (host === null || (host.status !== 'up' && host.status !== 'paused')) return null;
    host.crash({ tear });
    if (corrupt) this.cluster.corrupt(host);
    return () => { if (host.status === 'down') host.start(); };
  }

  private partition(shape: PartitionShape, order: readonly number[]): (() => void) | null {
    const ids = order.map((node) => this.resolve(node)?.id ?? null);
    if (ids.some((id) => id === null)) return null;
    const nodes = ids as number[];
    const all = this.cluster.hosts.map((host) => host.id);
    for (const id of all) if (!nodes.includes(id)) nodes.push(id);
    const connected = connectivity(shape, nodes);
    for (const from of all) {
      for (const to of all) {
        if (from !== to && !connected(from, to)) this.network.block(`node-${from}`, `node-${to}`);
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
    else if (Array.isArray(value)) fields[key] = [...(value as number[])];
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
