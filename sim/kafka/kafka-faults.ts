// The Kafka workload's fault schedules (Jepsen's nemesis, simulation.md §4.2 and §7.2), drawn
// from the seed; the one nemesis (../nemesis.ts) carries them out. Part of sim/kafka/. The node
// faults are the ones that matter to a single node's durability: crash (with or without a torn
// last write) and restart from the disk, a clean stop followed by a power loss (nothing
// acknowledged may be lost then, flushed or not), and pause; the network faults cut clients off
// (a partition between client machines and the node resets their connections) or slow every
// link so that client timeouts fire. The machine faults are a disk error on the metadata log (the
// node must fail, never retry, and start again from its disk), clock skew (the node's clock runs
// fast or slow and its wall clock jumps), and corruption of synced bytes while the node is down
// (it must be detected by CRC, never served). Steps name no node: they strike machine 1.
//
// A crash can wait for a write in flight (`waitForUnsyncedMs`): the fsync of a flush.messages=1
// append takes a millisecond or two, so a crash at a random instant seldom finds unsynced bytes
// to lose or a write to tear; one that waits up to that bound for unsynced bytes usually does.
import assert from 'node:assert/strict';
import type { Prng } from '../prng.js';
import type { FaultStep, Schedule } from '../nemesis.js';

/** Fault families the Kafka workload's random schedule draws from. */
export type KafkaFaultKind = 'crash' | 'restart' | 'pause' | 'partition' | 'slow' | 'disk-error' | 'skew' | 'corrupt';
export const allKafkaFaultKinds: readonly KafkaFaultKind[] =
  ['crash', 'restart', 'pause', 'partition', 'slow', 'disk-error', 'skew', 'corrupt'];

/** Where a `disk-error` strikes: the metadata log, whose failure the node treats as fatal. */
export const diskErrorPath = '/data/metadata';

/** Draws a schedule for a fault phase of `timeMs` over the client machines `clients`. */
export function randomKafkaSchedule(random: Prng, options: {
  timeMs: number; faults: readonly KafkaFaultKind[]; clients: readonly string[];
}): Schedule {
  const steps: FaultStep[] = [];
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
  clients: readonly string[]): FaultStep {
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
