// Raft safety checkers run by test harnesses after every step: election safety (Raft §5.2),
// monotonic epochs, log matching (§5.3), leader completeness (§5.4.1), committed entries never
// lost or changed (§5.4.3, Kafka's `ConsistentCommittedData`) and a monotonic high watermark
// (Kafka's `MonotonicHighWatermark`). The list and its sources are in
// ../shared/research/simulation.md §5.1. The checkers live in checkers/; this file is their
// surface and bundles them into one set that reports violations as readable values.
import { CommittedNeverLost, HighWatermarkMonotonic } from './checkers/committed.js';
import { ElectionSafety, EpochMonotonic, LeaderCompleteness, LogMatching } from './checkers/logs.js';
import type { Checker, NodeView, Violation } from './checkers/view.js';

export { CommittedHistory, CommittedNeverLost, HighWatermarkMonotonic } from './checkers/committed.js';
export { ElectionSafety, EpochMonotonic, LeaderCompleteness, LogMatching } from './checkers/logs.js';
export {
  contentKey,
  describeEntry,
  entryAt,
  logEndOffset,
  logStartOffset,
  type CheckedEntry,
  type CheckedSnapshotId,
  type Checker,
  type NodeView,
  type Violation,
} from './checkers/view.js';

/** Names of the safety checkers, for switching one off in a negative control. */
export type SafetyCheckerName =
  | 'ElectionSafety'
  | 'EpochMonotonic'
  | 'LogMatching'
  | 'CommittedNeverLost'
  | 'LeaderCompleteness'
  | 'HighWatermarkMonotonic';

/**
 * Every safety checker, in the order they must run (CommittedNeverLost builds the committed
 * history LeaderCompleteness reads). Feed it one view per step; it remembers the history.
 *
 * @example
 * const safety = new SafetyCheckers();
 * const violations = safety.check(harness.views()); // [] while the run is safe
 */
export class SafetyCheckers {
  readonly checkers: readonly Checker[];

  constructor() {
    const committed = new CommittedNeverLost();
    this.checkers = [
      new ElectionSafety(),
      new EpochMonotonic(),
      new LogMatching(),
      committed,
      new LeaderCompleteness(committed.history),
      new HighWatermarkMonotonic(),
    ];
  }

  /** Runs every checker on the views of one step and returns what they found. */
  check(nodes: readonly NodeView[]): Violation[] {
    return this.checkers.flatMap((checker) => checker.check(nodes));
  }
}

/** One violation as a line: `[LogMatching] nodes 1 and 2 ...`. */
export function renderViolation(violation: Violation): string {
  return `[${violation.checker}] ${violation.message}`;
}
