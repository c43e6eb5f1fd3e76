// The replication workload's fault schedules: drawn from the seed, or named regression schedules
// for the published bug classes of replicated logs (simulation.md §4.3, §5.2). Part of
// sim/replication/; the one nemesis (../nemesis.ts) carries them out. Node 0 in a step is the
// leader of the first partition (`sim-a/0`) when the step starts, so "crash the leader" follows
// leadership as it moves.
//
// Drawn schedules keep one node fault at a time (crash with a torn write, clean restart, pause),
// spaced so the victim restarts and the cluster fails over (a crashed broker is fenced after the
// session timeout), and, on their own lane, partitions between brokers (the leader or one node
// isolated, one-way, halves, ring) and clock skew. Every fault is survivable: at most one node
// is down, every append is fsynced (flush.messages=1), so an acks=-1 write has an ISR member
// whose disk holds it whatever the nemesis does.
import assert from 'node:assert/strict';
import type { FaultStep, Schedule } from '../nemesis.js';
import type { Prng } from '../prng.js';

/** The named regression schedules (`--schedule NAME`). */
export const namedReplicationSchedules = ['kip-101', 'kip-279', 'zombie-leader', 'redpanda-lost-writes'] as const;
export type NamedReplicationSchedule = typeof namedReplicationSchedules[number];

/** Leader failovers take a session timeout (1500 ms) to notice a crash, then an election. */
const failoverMs = 2000;

/** Draws a schedule for `nodes` machines and a fault phase of `timeMs`. */
export function randomReplicationSchedule(random: Prng, options: { nodes: number; timeMs: number }): Schedule {
  const steps: FaultStep[] = [];
  const pick = (): number => random.chance(0.6) ? 0 : 1 + random.nextInt(options.nodes);
  for (let atMs = 600 + random.nextInt(600); atMs < options.timeMs * 0.85; atMs += 300 + random.nextInt(failoverMs)) {
    const durationMs = 100 + random.nextInt(600);
    switch (random.nextInt(3)) {
      case 0: steps.push({ kind: 'crash', atMs, durationMs, node: pick(), tear: random.chance(0.7), waitForUnsyncedMs: 20 }); break;
      case 1: steps.push({ kind: 'restart', atMs, durationMs, node: pick() }); break;
      default: steps.push({ kind: 'pause', atMs, durationMs: durationMs + random.nextInt(1500), node: pick() });
    }
    atMs += durationMs;
  }
  const order = (): number[] => random.shuffled(Array.from({ length: options.nodes }, (_, index) => index + 1));
  for (let atMs = 400 + random.nextInt(1500); atMs < options.timeMs * 0.85; atMs += 800 + random.nextInt(2500)) {
    const durationMs = 200 + random.nextInt(2000);
    if (random.chance(0.25)) {
      steps.push({ kind: 'skew', atMs, durationMs, node: 1 + random.nextInt(options.nodes),
        rate: random.pick([0.5, 0.8, 1.25, 2]), jumpMs: random.nextInt(20_001) - 10_000 });
    } else {
      const shape = random.pick(['isolate', 'isolate', 'one-way', 'halves', 'ring'] as const);
      steps.push({ kind: 'partition', atMs, durationMs, shape, nodes: random.chance(0.5) ? [0] : order() });
    }
    atMs += durationMs;
  }
  return steps.sort((a, b) => a.atMs - b.atMs);
}

/**
 * The named schedule `name` over `nodes` machines:
 * - `kip-101`: leader crashes in a row, each torn, each after the cluster failed over from the
 *   last, while producers write with acks=-1: every failover makes the followers truncate to
 *   where they agree with the new leader. Truncating to the high watermark instead, which a
 *   follower learns one fetch late, drops committed records from an in-sync replica (KIP-101);
 * - `kip-279`: two fast failovers: the leader crashes and is back at once, the next leader is
 *   crashed as soon as it leads, so a replica that led an epoch with an unreplicated tail meets a
 *   leader that never had it (KIP-279: truncate by epoch, through every diverging epoch);
 * - `zombie-leader`: the leader is cut off from every other broker, while clients still reach it
 *   (KAFKA-15489's shape, for partitions): it keeps believing it leads until its image says
 *   otherwise, and must never acknowledge an acks=-1 write its followers do not have;
 * - `redpanda-lost-writes`: a follower is cut off long enough to leave the ISR, then the leader
 *   crashes right after the heal, while the stale follower is back and able to lead (the lost and
 *   stale writes Jepsen found in Redpanda 21.10.1: only an in-sync replica may become leader).
 */
export function namedReplicationSchedule(name: NamedReplicationSchedule, nodes: number): Schedule {
  assert.ok(nodes >= 3, 'the regression schedules need three replicas');
  switch (name) {
    case 'kip-101':
      return [1500, 1500 + failoverMs + 300, 1500 + 2 * (failoverMs + 300)].map((atMs) =>
        ({ kind: 'crash', atMs, durationMs: 300, node: 0, tear: true, waitForUnsyncedMs: 20 }));
    case 'kip-279':
      return [
        { kind: 'crash', atMs: 1500, durationMs: 100, node: 0, tear: true, waitForUnsyncedMs: 20 },
        { kind: 'crash', atMs: 1500 + failoverMs, durationMs: 100, node: 0, tear: true, waitForUnsyncedMs: 20 },
        { kind: 'crash', atMs: 1500 + 2 * failoverMs, durationMs: 100, node: 0, tear: true, waitForUnsyncedMs: 20 },
      ];
    case 'zombie-leader':
      return [{ kind: 'partition', atMs: 1500, durationMs: 3000, shape: 'isolate', nodes: [0] }];
    case 'redpanda-lost-writes':
      return [
        { kind: 'partition', atMs: 1200, durationMs: 2500, shape: 'isolate', nodes: [nodes] },
        { kind: 'crash', atMs: 3750, durationMs: 2500, node: 0, tear: true },
      ];
    default: {
      const unexpected: never = name;
      assert.fail(`unknown schedule ${String(unexpected)}`);
    }
  }
}
