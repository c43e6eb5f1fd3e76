// Helpers every whole-node workload's run uses (sim/kafka/, sim/cluster/, sim/replication/):
// stepping the world while a condition holds, and summing the machines' counters for a summary.
import type { MachineCounts, SimMachine } from './machine.js';
import type { SimNetwork } from './sim-network.js';
import type { Violation, World } from './world.js';

/** What every whole-node workload's summary line holds besides its own counts. */
export interface WholeNodeRunSummary {
  readonly seed: number;
  readonly simulatedMs: number;
  readonly events: number;
  readonly node: MachineCounts;
  readonly faults: number;
  readonly messages: SimNetwork['counts'];
  readonly violations: readonly Violation[];
  readonly traceHash: string;
  readonly replay: string;
  readonly wallMs: number;
}

/** Runs the world in 50 ms steps while `condition` holds, up to `untilMs`, or until a violation. */
export async function runWhile(world: World, condition: () => boolean, untilMs: number): Promise<void> {
  const stepMs = 50;
  while (condition() && world.violation === null && world.nowMs < untilMs) {
    await world.runUntil(Math.min(untilMs, world.nowMs + stepMs));
  }
}

/** The machines' counters, summed key by key. Precondition: at least one machine. */
export function sumMachineCounts(machines: readonly SimMachine<unknown>[]): MachineCounts {
  const first = machines[0];
  if (first === undefined) throw new RangeError('Cannot sum the counters of no machines');
  const total = { ...first.counts };
  for (const machine of machines.slice(1)) {
    for (const key of Object.keys(total) as Array<keyof MachineCounts>) total[key] += machine.counts[key];
  }
  return total;
}
