// Shared by the seed-range tests: runs a fixed range of seeds through the simulator with every
// fault family and returns one line per failing seed (its first violation and the command that
// replays it), and how many runs' crashes had teeth: lost unsynced bytes, or tore a write.
import { expect } from 'vitest';
import { describeFailure } from '../../sim/command.js';
import { allFaultKinds, type FaultKind } from '../../sim/nemesis.js';
import { runSimulation } from '../../sim/run.js';

/** What a seed range found, and how much damage its crash faults did to the disks. */
export interface SeedRangeResult {
  readonly failures: readonly string[];
  /** Runs with at least one crash. */
  readonly runsWithCrashes: number;
  /** Runs in which a crash discarded unsynced bytes. */
  readonly runsThatLostBytes: number;
  /** Runs in which a crash cut a write at a byte inside it. */
  readonly runsThatToreWrites: number;
}

export async function runSeedRange(
  range: { first: number; last: number },
  options: { nodes: number; timeMs: number; faults?: readonly FaultKind[] },
): Promise<SeedRangeResult> {
  const failures: string[] = [];
  let runsWithCrashes = 0;
  let runsThatLostBytes = 0;
  let runsThatToreWrites = 0;
  for (let seed = range.first; seed <= range.last; seed += 1) {
    const summary = await runSimulation({ seed, nodes: options.nodes, timeMs: options.timeMs, faults: options.faults ?? allFaultKinds });
    if (summary.violations.length > 0) failures.push(describeFailure(summary));
    if (summary.disks.crashes > 0) runsWithCrashes += 1;
    if (summary.disks.bytesLost > 0) runsThatLostBytes += 1;
    if (summary.disks.tornWrites > 0) runsThatToreWrites += 1;
  }
  return { failures, runsWithCrashes, runsThatLostBytes, runsThatToreWrites };
}

/** A clean range whose crashes had teeth: at least so many runs crashed, lost bytes, tore a write. */
export function expectCleanWithTeeth(result: SeedRangeResult, atLeast: { crashed: number; lost: number; torn: number }): void {
  expect(result.failures).toEqual([]);
  expect(result.runsWithCrashes).toBeGreaterThanOrEqual(atLeast.crashed);
  expect(result.runsThatLostBytes).toBeGreaterThanOrEqual(atLeast.lost);
  expect(result.runsThatToreWrites).toBeGreaterThanOrEqual(atLeast.torn);
}
