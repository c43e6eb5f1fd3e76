// The groups workload's fault schedules: drawn from the seed, or named. Part of sim/groups/; the
// one nemesis (../nemesis.ts) carries them out. Node 0 in a step is the group's coordinator as
// the members last found it, so "crash the coordinator" follows the group as it moves.
//
// Drawn schedules have three lanes: node faults one at a time (the coordinator crashed with a
// torn write, stopped cleanly, paused; now and then another node), partitions (the coordinator
// cut off from the other brokers, or a member cut off from the coordinator, shorter or longer
// than its session), and member crashes (a new incarnation joins as a new member after a while,
// the old one is removed when its session expires). Every fault is survivable: at most one node
// is down, every append is fsynced.
import assert from 'node:assert/strict';
import type { FaultStep, Schedule } from '../nemesis.js';
import type { Prng } from '../prng.js';

export const namedGroupSchedules = ['coordinator-crash', 'member-cut-off', 'coordinator-isolated'] as const;
export type NamedGroupSchedule = typeof namedGroupSchedules[number];

/** A crashed broker is fenced after its session (1500 ms), then leaderships move. */
const failoverMs = 2000;

export function randomGroupSchedule(random: Prng, options: { nodes: number; members: readonly string[]; timeMs: number;
  memberSessionMs: number }): Schedule {
  const steps: FaultStep[] = [];
  const endMs = options.timeMs * 0.85;
  const node = (): number => random.chance(0.6) ? 0 : 1 + random.nextInt(options.nodes);
  for (let atMs = 1500 + random.nextInt(800); atMs < endMs; atMs += 400 + random.nextInt(failoverMs)) {
    const durationMs = 100 + random.nextInt(700);
    switch (random.nextInt(3)) {
      case 0: steps.push({ kind: 'crash', atMs, durationMs: durationMs + failoverMs / 2, node: node(), tear: random.chance(0.7),
        waitForUnsyncedMs: 20 }); break;
      case 1: steps.push({ kind: 'restart', atMs, durationMs, node: node() }); break;
      default: steps.push({ kind: 'pause', atMs, durationMs: durationMs + random.nextInt(1200), node: node() });
    }
    atMs += durationMs;
  }
  for (let atMs = 1800 + random.nextInt(1500); atMs < endMs; atMs += 800 + random.nextInt(2500)) {
    const durationMs = 200 + random.nextInt(options.memberSessionMs * 2);
    if (random.chance(0.5)) steps.push({ kind: 'partition', atMs, durationMs, clients: [random.pick(options.members)], node: 0 });
    else steps.push({ kind: 'partition', atMs, durationMs, shape: 'isolate', nodes: [0] });
    atMs += durationMs;
  }
  for (let atMs = 2000 + random.nextInt(2000); atMs < endMs; atMs += 1000 + random.nextInt(3000)) {
    steps.push({ kind: 'client-crash', atMs, durationMs: 200 + random.nextInt(1500), client: random.pick(options.members) });
  }
  return steps.sort((a, b) => a.atMs - b.atMs);
}

/**
 * - `coordinator-crash`: the coordinator's node crashes once the group is stable and stays down
 *   until it is fenced and the offsets partition has a new leader, which loads the group;
 * - `member-cut-off`: member-1 is cut off from the coordinator for one and a half sessions, so the
 *   coordinator removes it and rebalances while it still believes it owns its partitions, and
 *   its next heartbeat must be told it is gone;
 * - `coordinator-isolated`: the coordinator is cut off from the other brokers (while members
 *   still reach it) until its leadership of the offsets partition moves.
 */
export function namedGroupSchedule(name: NamedGroupSchedule, options: { memberSessionMs: number }): Schedule {
  switch (name) {
    case 'coordinator-crash':
      return [{ kind: 'crash', atMs: 3000, durationMs: failoverMs + 500, node: 0, tear: true }];
    case 'member-cut-off':
      return [{ kind: 'partition', atMs: 3000, durationMs: options.memberSessionMs * 1.5, clients: ['member-1'], node: 0 }];
    case 'coordinator-isolated':
      return [{ kind: 'partition', atMs: 3000, durationMs: failoverMs + 1000, shape: 'isolate', nodes: [0] }];
    default: {
      const unexpected: never = name;
      assert.fail(`unknown schedule ${String(unexpected)}`);
    }
  }
}
