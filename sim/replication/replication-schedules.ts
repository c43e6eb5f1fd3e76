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
 * - `kip-101`: a follower crashes and is back within its session (still in the ISR), then the
 *   leader crashes and an ISR member is elected: KIP-101's story. A follower that truncates to its
 *   high watermark on the way back, which lags the leader's, drops committed records while it is
 *   in the ISR, and would lose them for good once elected;
 * - `kip-279`: fast failovers: the leader is stopped cleanly (its leadership moves at once) and
 *   back 300 ms later, three times in a second, so replicas that led an epoch with an unreplicated
 *   tail meet leaders that never had it (KIP-279: truncate by epoch, through every diverging epoch);
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
      // Node 2 stops cleanly (its leaderships move away), so it is only a follower when it then
      // crashes and is back within its session, still in the ISRs; then the leader crashes for
      // long enough to be fenced, and an ISR member, node 2 perhaps, is elected.
      return [
        { kind: 'restart', atMs: 1200, durationMs: 300, node: 2 },
        { kind: 'crash', atMs: 2800, durationMs: 200, node: 2, tear: true, waitForUnsyncedMs: 20 },
        { kind: 'crash', atMs: 3100, durationMs: failoverMs, node: 0, tear: true },
      ];
    case 'kip-279':
      // A clean stop moves leadership at once (controlled shutdown) to a follower that may lack
      // the old leader's last batches; the new leader is cut off at once, appends in its epoch
      // what clients send it, and is fenced; the other follower, with those batches, leads next.
      return [
        { kind: 'restart', atMs: 1500, durationMs: 300, node: 0 },
        { kind: 'partition', atMs: 1530, durationMs: 2500, shape: 'isolate', nodes: [0] },
      ];
    case 'zombie-leader':
      return [{ kind: 'partition', atMs: 1500, durationMs: 3000, shape: 'isolate', nodes: [0] }];
    case 'redpanda-lost-writes':
      return [
        { kind: 'partition', atMs: 1200, durationMs: 2500, shape: 'isolate', nodes: [nodes] },
        { kind: 'crash', atMs: 3750, durationMs: failoverMs, node: 0, tear: true },
      ];
    default: {
      const unexpected: never = name;
      assert.fail(`unknown schedule ${String(unexpected)}`);
    }
  }
}
