// The whole-cluster workload's fault schedules. Part of sim/cluster/. The Raft workload's
// random schedule (../raft-schedules.ts) over every machine — partitions between machines
// (halves, isolate, one-way, bridge, ring), loss with duplication and delay, crashes (torn, or
// right after a follower's append, before its fsync), pauses, clock skew, corruption — plus disk
// errors on the metadata log. Corruption stays on a minority of the controllers (a corrupted node
// refuses its disk and stays down): the quorum keeps a majority of intact disks.
import { allFaultKinds, type FaultStep, type Schedule } from '../nemesis.js';
import type { Prng } from '../prng.js';
import { randomSchedule } from '../raft-schedules.js';
import type { ClusterShape } from './cluster-node-program.js';

/** Where a `disk-error` strikes: the metadata log, whose failure a node treats as fatal. */
export const clusterDiskErrorPath = '/data/metadata';

/** Draws a schedule for a fault phase of `timeMs` over the machines of `shape`. */
export function randomClusterSchedule(random: Prng, shape: ClusterShape, timeMs: number): Schedule {
  const machines = shape.controllers + shape.brokers;
  const drawn = randomSchedule(random.fork('steps'), { nodes: machines, timeMs, faults: allFaultKinds });
  const corruptedControllers = new Set<number>();
  const minority = Math.floor((shape.controllers - 1) / 2);
  const steps: FaultStep[] = drawn.filter((step) => {
    if (step.kind !== 'corrupt' || step.node === undefined || step.node > shape.controllers) return true;
    if (corruptedControllers.has(step.node)) return true;
    if (corruptedControllers.size >= minority) return false;
    corruptedControllers.add(step.node);
    return true;
  });
  const errors = random.fork('disk-errors');
  for (let atMs = 300 + errors.nextInt(2000); atMs < timeMs * 0.9; atMs += 1500 + errors.nextInt(3000)) {
    steps.push({ kind: 'disk-error', atMs, durationMs: 200 + errors.nextInt(800), node: 1 + errors.nextInt(machines),
      operation: errors.chance(0.5) ? 'write' : 'sync' });
  }
  return steps.sort((a, b) => a.atMs - b.atMs);
}
