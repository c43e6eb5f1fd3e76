// The whole-cluster workload's fault schedules. Part of sim/cluster/. The Raft workload's
// random schedule (../raft-schedules.ts) over every machine — partitions between machines
// (halves, isolate, one-way, bridge, ring), loss with duplication and delay, crashes (torn, or
// right after a follower's append, before its fsync), pauses, clock skew, corruption — plus disk
// errors on the metadata log. Corruption stays on a minority of the controllers (a corrupted node
// refuses its disk and stays down): the quorum keeps a majority of intact disks. Duplication
// strikes the Raft peer frames only (`duplicableFrame`): every link is a byte stream here.
import { opensWithPeerMark } from '../../src/quorum/peer-frame.js';
import { SIZE_PREFIX_BYTES } from '../../src/protocol/mod.js';
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

/**
 * Whether one send is a whole Raft peer frame (size prefix, then the peer mark; the peer
 * messenger sends exactly one frame per send), which the nemesis's duplication may deliver twice:
 * each peer frame stands alone and Raft takes a repeated message as it takes a late one. Kafka
 * requests and responses on the same links are never duplicated (README.md: why).
 */
export function duplicableFrame(bytes: Uint8Array): boolean {
  if (bytes.length <= SIZE_PREFIX_BYTES || !opensWithPeerMark(bytes)) return false;
  const view = new DataView(bytes.buffer, bytes.byteOffset, SIZE_PREFIX_BYTES);
  return view.getInt32(0) === bytes.length - SIZE_PREFIX_BYTES;
}
