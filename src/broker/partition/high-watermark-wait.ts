// Waiting for a partition's high watermark to pass an offset, bounded by a runtime timer: what
// an acks=-1 produce does until every in-sync replica holds its batch (Kafka's DelayedProduce).
// With one replica the high watermark is already there when the append returns, whatever
// happened to the leadership meanwhile. Otherwise the wait ends 'not-leader' as soon as this
// replica's leadership (its leader epoch) ends before the high watermark covered the batch: the
// batch may not be in the new leader's log. 'replicated' needs the log not truncated since the
// append (else the offset may hold another batch now). A partition
// that closes meanwhile (topic deleted, leadership moved, broker stopping) ends the wait at once,
// as Kafka completes its delayed produces when a partition stops (ReplicaManager.stopPartitions);
// so does the broker stopping, which answers what it received before it closes its logs.
import assert from 'node:assert/strict';
import type { Clock } from '../../runtime/seam.js';
import type { Partition } from './partition.js';

/** How a wait for the high watermark ended. */
export type HighWatermarkWait = 'replicated' | 'timed-out' | 'closed' | 'stopping' | 'not-leader';

/** What the wait needs from the broker: its clock and whether (and when) it stops. */
export interface HighWatermarkWaitOptions {
  readonly clock: Clock;
  readonly timeoutMs: number;
  /** The leader epoch the batch was appended in. */
  readonly leaderEpoch: number;
  isStopping(): boolean;
  /** Calls `listener` once when the broker starts stopping; returns its removal. */
  onStopping(listener: () => void): () => void;
}

/**
 * Resolves 'replicated' once the high watermark is ≥ `offset`, 'closed' as soon as the partition
 * closes, 'not-leader' as soon as the leadership of `leaderEpoch` ends, 'stopping' as soon as the
 * broker stops, 'timed-out' after `timeoutMs`.
 */
export function waitForHighWatermark(partition: Partition, offset: number,
  options: HighWatermarkWaitOptions): Promise<HighWatermarkWait> {
  // Covered with no truncation since the append: the batch is still below the high watermark.
  const truncations = partition.truncationCount;
  const covered = (): boolean => partition.highWatermark >= offset && partition.truncationCount === truncations;
  if (covered()) return Promise.resolve('replicated');
  if (partition.isClosed) return Promise.resolve('closed');
  if (partition.leaderEpoch !== options.leaderEpoch || !partition.isLeader) return Promise.resolve('not-leader');
  if (options.isStopping()) return Promise.resolve('stopping');
  if (options.timeoutMs <= 0) return Promise.resolve('timed-out');
  return new Promise((resolve) => {
    let settled = false;
    const cleanups: Array<() => void> = [];
    const settle = (outcome: HighWatermarkWait): void => {
      if (settled) return;
      settled = true;
      for (const cleanup of cleanups) cleanup();
      resolve(outcome);
    };
    cleanups.push(partition.onOffsetsChange(() => {
      if (covered()) settle('replicated');
    }));
    cleanups.push(partition.onClose(() => settle('closed')));
    cleanups.push(partition.onLeadershipEnd(() => settle(covered() ? 'replicated' : partition.isClosed ? 'closed' : 'not-leader')));
    cleanups.push(options.onStopping(() => settle('stopping')));
    cleanups.push(options.clock.setTimer(options.timeoutMs, () => settle('timed-out')));
    assert.ok(!partition.isClosed || settled, 'a wait on a closed partition has ended');
  });
}
