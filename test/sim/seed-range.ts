// Shared by the seed-range tests: runs a fixed range of seeds through the simulator with every
// fault family and returns one line per failing seed (its first violation and the command that
// replays it).
import { describeFailure } from '../../sim/command.js';
import { allFaultKinds, type FaultKind } from '../../sim/nemesis.js';
import { runSimulation } from '../../sim/run.js';

export async function failingSeeds(
  range: { first: number; last: number },
  options: { nodes: number; timeMs: number; faults?: readonly FaultKind[] },
): Promise<string[]> {
  const failures: string[] = [];
  for (let seed = range.first; seed <= range.last; seed += 1) {
    const summary = await runSimulation({ seed, nodes: options.nodes, timeMs: options.timeMs, faults: options.faults ?? allFaultKinds });
    if (summary.violations.length > 0) failures.push(describeFailure(summary));
  }
  return failures;
}
