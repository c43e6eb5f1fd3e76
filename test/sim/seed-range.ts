// Shared by the seed-range tests: runs a fixed range of seeds through the simulator and returns
// one line per failing seed (its first violation and the command that replays it).
import { describeFailure } from '../../sim/command.js';
import { allFaultKinds, type FaultKind } from '../../sim/nemesis.js';
import { runSimulation } from '../../sim/run.js';

/**
 * The fault families of the CI seed ranges. `corrupt` is left out until the Raft liveness bug
 * below is fixed: a corrupted disk keeps its node down for good, and when that node was the
 * leader, the survivors' pre-vote answers keep naming it, so each prospective goes back to
 * following the dead leader (raft/roles/prospective.ts onPreVoteResponse) and no election ever
 * completes. Replay: ./bin/weir sim --seed 3 --nodes 3 --time 8s --faults partition,loss,crash,pause,skew,corrupt
 * TODO(#3): put `corrupt` back (use allFaultKinds) once that is fixed; known-bugs.test.ts says when.
 */
export const ciFaultKinds: readonly FaultKind[] = allFaultKinds.filter((fault) => fault !== 'corrupt');

export async function failingSeeds(
  range: { first: number; last: number },
  options: { nodes: number; timeMs: number; faults?: readonly FaultKind[] },
): Promise<string[]> {
  const failures: string[] = [];
  for (let seed = range.first; seed <= range.last; seed += 1) {
    const summary = await runSimulation({ seed, nodes: options.nodes, timeMs: options.timeMs, faults: options.faults ?? ciFaultKinds });
    if (summary.violations.length > 0) failures.push(describeFailure(summary));
  }
  return failures;
}
