// Every Raft safety checker of sim/checkers/, wired in the order they depend on one another,
// behind the hooks of checked-node.ts. Part of sim/checkers/. The test harness
// (test/support/raft-harness.ts) and the whole-cluster workload (sim/cluster/) use this set; the
// Raft simulation (sim/run.ts) builds the same checkers one by one because it also feeds the
// client workload and a tracer.
import type { Entry, RaftEvent, Ready } from '../../raft/mod.js';
import type { CheckedNode, NodeObserver, RecoveredState } from './checked-node.js';
import { CommittedHistory } from './committed-history.js';
import { DurableLogs, type Report } from './durable-logs.js';
import { ElectionSafety } from './election-safety.js';
import { HighWatermarkBounds, type HighWatermarkOf } from './high-watermark-bounds.js';
import { LeaderCompleteness } from './leader-completeness.js';
import { LogMatching } from './log-matching.js';
import { MonotonicProgress, type ProgressStatus } from './monotonic-progress.js';

/**
 * The Raft safety checkers as one observer.
 *
 * @example
 * const safety = new RaftSafetyCheckers((anomaly, message) => found.push({ anomaly, message }), (node) => hw(node));
 * // call safety.onPersisted(node, ready) ... from the driver, and after each input:
 * safety.afterInput(node, core.status());
 */
export class RaftSafetyCheckers implements NodeObserver {
  readonly logs: DurableLogs;
  readonly committed: CommittedHistory;
  readonly elections: ElectionSafety;
  readonly progress: MonotonicProgress;
  readonly bounds: HighWatermarkBounds;
  /** In hook order: the committed history sees a truncation before the mirror applies it. */
  private readonly observers: readonly NodeObserver[];

  constructor(report: Report, highWatermarkOf: HighWatermarkOf) {
    this.logs = new DurableLogs(report);
    this.committed = new CommittedHistory(this.logs, report);
    this.elections = new ElectionSafety(report);
    this.progress = new MonotonicProgress(null, report);
    this.bounds = new HighWatermarkBounds(this.logs, highWatermarkOf, report);
    this.observers = [
      this.committed,
      this.logs,
      new LogMatching(this.logs, report),
      this.elections,
      new LeaderCompleteness(this.logs, this.committed, report),
      this.progress,
      this.bounds,
    ];
  }

  onRaftEvent(host: CheckedNode, event: RaftEvent): void {
    for (const observer of this.observers) observer.onRaftEvent?.(host, event);
  }

  onRecovered(host: CheckedNode, recovered: RecoveredState): void {
    for (const observer of this.observers) observer.onRecovered?.(host, recovered);
  }

  onPersisting(host: CheckedNode, ready: Ready): void {
    for (const observer of this.observers) observer.onPersisting?.(host, ready);
  }

  onPersisted(host: CheckedNode, ready: Ready): void {
    for (const observer of this.observers) observer.onPersisted?.(host, ready);
  }

  onApplied(host: CheckedNode, entries: readonly Entry[]): void {
    for (const observer of this.observers) observer.onApplied?.(host, entries);
  }

  onDown(host: CheckedNode): void {
    for (const observer of this.observers) observer.onDown?.(host);
  }

  /** After an input to a running node: its high watermark and epoch against what came before. */
  afterInput(host: CheckedNode, status: ProgressStatus): void {
    if (this.progress.observe(host, status)) this.bounds.observe(host);
  }
}
