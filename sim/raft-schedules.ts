// The Raft workload's fault schedules: drawn from the seed (swarm style: gaps and kinds vary) or
// named (`--schedule crash-leader`). Part of sim/. They are plain data for the one nemesis
// (nemesis.ts), which carries them out; node ids are 1-based and 0 means "whoever is leader
// when the step starts".
import assert from 'node:assert/strict';
import type { FaultKind, FaultStep, PartitionShape, Schedule } from './nemesis.js';
import type { Prng } from './prng.js';

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
