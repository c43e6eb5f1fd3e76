// The broker's log cleaner (Kafka's LogCleaner and LogCleanerManager, on the runtime seam):
// it compacts the hosted partitions whose cleanup.policy includes compact, one at a time, the
// one with the highest dirty ratio first (a cleaning that max.compaction.lag.ms or a passed
// tombstone horizon forces goes before any ratio). Leaders and followers clean their own logs,
// each below its own high watermark, as Kafka's replicas do; a follower appends its leader's
// compacted batches as they come (gaps and all), never the leader's cleaned files.
//
// A cleaning is a run of bounded steps (Partition.compactStep, log.cleaner.io.buffer.size bytes
// each); between two steps the cleaner yields with a zero-delay runtime timer, so the node's
// other events (produce, fetch, replication) run, and each waits for one step at most. When no
// partition needs cleaning it waits log.cleaner.backoff.ms. Each finished cleaning is logged
// with its bytes before and after and reported to the metrics (kafka_log_logcleaner_*).
import assert from 'node:assert/strict';
import { isLogRefusal } from '../../storage/mod.js';
import type { CleanableRange, CleaningStats } from '../../storage/mod.js';
import type { Logger } from '../log/logger.js';
import type { CancelTimer, Clock } from '../runtime/seam.js';
import type { BrokerMetrics } from './metrics.js';
import { PartitionClosedError, type Partition } from './partition/partition.js';

export interface LogCleanerOptions {
  readonly clock: Clock;
  readonly logger: Logger;
  readonly metrics: BrokerMetrics;
  /** The partitions hosted now (online ones). */
  readonly partitions: () => readonly Partition[];
  /** log.cleaner.backoff.ms: the wait when nothing needs cleaning. */
  readonly backoffMs: number;
  /** log.cleaner.io.buffer.size: bytes a step reads at most. */
  readonly stepBytes: number;
  /** log.cleaner.dedupe.buffer.size: memory bound of a cleaning's offset map. */
  readonly offsetMapBytesMax: number;
  /** A bug (not a refused log) surfaced while cleaning. */
  readonly onFatal: (error: unknown) => void;
}

/** The partition to clean first among `candidates`, or undefined when none is due (pure). */
export function filthiestPartition<T>(candidates: ReadonlyArray<{ readonly item: T; readonly range: CleanableRange }>):
  T | undefined {
  let best: { readonly item: T; readonly range: CleanableRange } | undefined;
  for (const candidate of candidates) {
    if (!candidate.range.due) continue;
    if (best === undefined || priorityOf(candidate.range) > priorityOf(best.range)) best = candidate;
  }
  return best?.item;
}

/** Forced cleanings first (above any ratio), then by dirty ratio. */
function priorityOf(range: CleanableRange): number {
  return (range.forcedBy === undefined ? 0 : 1) + range.dirtyRatio;
}

/** Compacts hosted partitions in the background, one bounded step at a time. */
export class LogCleaner {
  private stopped = false;
  private cancelPause: CancelTimer = () => {};
  private wakePause: () => void = () => {};
  private running: Promise<void> = Promise.resolve();
  /** Cleanings finished since start (tests and the status line). */
  cleaningCount = 0;

  constructor(private readonly options: LogCleanerOptions) {
    assert.ok(options.backoffMs > 0 && options.stepBytes > 0 && options.offsetMapBytesMax > 0,
      'the cleaner waits, reads and remembers something');
  }

  start(): void {
    this.running = this.loop().catch((error: unknown) => this.options.onFatal(error));
  }

  /** Stops after the step in progress, if any. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.cancelPause();
    this.wakePause();
    await this.running;
  }

  private async loop(): Promise<void> {
    while (!this.stopped) {
      const partition = this.choosePartition();
      const cleaned = partition !== undefined && await this.clean(partition);
      await this.pause(cleaned ? 0 : this.options.backoffMs);
    }
  }

  private choosePartition(): Partition | undefined {
    const candidates = [];
    for (const partition of this.options.partitions()) {
      const range = partition.cleanableRange();
      if (range !== undefined) candidates.push({ item: partition, range });
    }
    return filthiestPartition(candidates);
  }

  /** Runs one cleaning of `partition` to its end; false when it had nothing to do. */
  private async clean(partition: Partition): Promise<boolean> {
    const startedMs = this.options.clock.monotonicNow();
    try {
      for (;;) {
        if (this.stopped) return false;
        const step = await partition.compactStep({ stepBytes: this.options.stepBytes,
          offsetMapBytesMax: this.options.offsetMapBytesMax });
        if (step.kind === 'cleaned') {
          this.cleaned(partition, step.stats, this.options.clock.monotonicNow() - startedMs);
          return true;
        }
        if (step.kind !== 'working') return false;
        await this.pause(0);
      }
    } catch (error) {
      if (error instanceof PartitionClosedError) return false;
      if (!isLogRefusal(error)) throw error;
      this.options.logger.error('log cleaning failed', { topic: partition.id.topicName,
        partition: partition.id.partitionIndex, error: String(error) });
      return false;
    }
  }

  private cleaned(partition: Partition, stats: CleaningStats, durationMs: number): void {
    this.cleaningCount += 1;
    this.options.logger.info('log cleaned', { topic: partition.id.topicName, partition: partition.id.partitionIndex,
      bytesBefore: stats.bytesBefore, bytesAfter: stats.bytesAfter, segments: stats.segmentCount,
      recordsRemoved: stats.recordsRemoved, firstDirtyOffset: stats.firstDirtyOffset, cleanedTo: stats.endOffset,
      steps: stats.stepCount, durationMs });
    this.options.metrics.recordLogCleaning({ durationMs, bytesRead: stats.bytesRead, bytesAfter: stats.bytesAfter,
      bufferUtilization: stats.mapUtilization });
  }

  /** Yields to the node's other events for `delayMs` (0: until the timer queue comes round). */
  private pause(delayMs: number): Promise<void> {
    if (this.stopped) return Promise.resolve();
    return new Promise((resolve) => {
      this.wakePause = resolve;
      this.cancelPause = this.options.clock.setTimer(delayMs, resolve);
    });
  }
}
