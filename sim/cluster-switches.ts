// The test-only switches of the whole-node cluster workloads (sim/cluster/, sim/replication/) on
// the command line: `--unsafe SWITCH@NODE,...` parsed into switches per machine id, rendered back
// into a replay line, and the loop that runs one seed or a range and reports the failures. The
// switches themselves are node-switches.ts's; each workload names the ones it accepts.
import { UsageError } from './command-values.js';
import type { NodeSwitches } from './node-switches.js';

/** The test-only options of a cluster workload's run (negative controls). */
export interface ClusterTestOnlyOptions {
  /** Test only: switches that break one node's real code, by machine id (negative controls). */
  readonly testOnly?: ReadonlyMap<number, NodeSwitches>;
  /** Test only: the nodes skip their own image invariant checks (so the checkers meet the fault first). */
  readonly noNodeInvariants?: boolean;
}

/** Parses `--unsafe SWITCH@NODE,...` with SWITCH among `names`. Throws UsageError. */
export function parseClusterSwitches(text: string, names: ReadonlyArray<keyof NodeSwitches>):
  Map<number, NodeSwitches> {
  const switches = new Map<number, Record<string, boolean>>();
  for (const item of text.split(',')) {
    const match = /^(\w+)@(\d+)$/.exec(item.trim());
    if (match === null || !(names as readonly string[]).includes(match[1] as string)) {
      throw new UsageError(`Unknown --unsafe item "${item}": expected SWITCH@NODE with SWITCH one of ${names.join(', ')}`);
    }
    const id = Number(match[2]);
    switches.set(id, { ...switches.get(id), [match[1] as string]: true });
  }
  return switches as Map<number, NodeSwitches>;
}

/** The replay line's `--unsafe ...` for `testOnly` (and `--no-node-invariants`), as argument words. */
export function clusterSwitchArguments(testOnly: ReadonlyMap<number, NodeSwitches> | undefined,
  noNodeInvariants: boolean | undefined): string[] {
  const parts: string[] = [];
  if (testOnly !== undefined && testOnly.size > 0) {
    const switches = [...testOnly].flatMap(([id, switches]) =>
      Object.entries(switches).filter(([, on]) => on === true).map(([name]) => `${name}@${id}`));
    parts.push(`--unsafe ${switches.join(',')}`);
  }
  if (noNodeInvariants === true) parts.push('--no-node-invariants');
  return parts;
}

/** The replay line's `--schedule ...` for a named or explicit schedule, as argument words. */
export function scheduleArguments(schedule: string | readonly object[] | undefined): string[] {
  if (typeof schedule === 'string') return [`--schedule ${schedule}`];
  return schedule === undefined ? [] : [`--schedule '${JSON.stringify(schedule)}'`];
}

/** What a seed loop needs of a run's summary. */
export interface SeedSummary {
  readonly seed: number;
  readonly violations: ReadonlyArray<{ readonly anomaly: string; readonly timeMs: number; readonly message: string }>;
  readonly replay: string;
}

/** Explains a failed run: the violation, then the replay line ('' for a clean run). */
export function describeSeedFailure(summary: SeedSummary): string {
  const violation = summary.violations[0];
  if (violation === undefined) return '';
  return `seed ${summary.seed}: ${violation.anomaly} at ${violation.timeMs} ms: ${violation.message}\nreplay: ${summary.replay}`;
}

/**
 * Runs seeds `first` to `last`: one seed prints its summary (and its failure on stderr), a range
 * (`--seeds`) prints each failure and then the failing seeds. Returns the exit code (0 clean, 1 violation).
 */
export async function runSeeds(seeds: { first: number; last: number; range: boolean }, run: (seed: number) => Promise<SeedSummary>,
  out: { stdout: (text: string) => void; stderr: (text: string) => void }): Promise<number> {
  const { first, last, range } = seeds;
  const failing: number[] = [];
  for (let seed = first; seed <= last; seed += 1) {
    const summary = await run(seed);
    if (!range) out.stdout(`${JSON.stringify(summary)}\n`);
    if (summary.violations.length === 0) continue;
    failing.push(seed);
    (range ? out.stdout : out.stderr)(`${describeSeedFailure(summary)}\n`);
  }
  if (range) out.stdout(`${JSON.stringify({ seeds: last - first + 1, failing })}\n`);
  return failing.length === 0 ? 0 : 1;
}
