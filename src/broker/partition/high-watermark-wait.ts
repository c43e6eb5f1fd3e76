// Waiting for a partition's high watermark to pass an offset, bounded by a runtime timer: what
// an acks=-1 produce does until every in-sync replica holds its batch (Kafka's DelayedProduce).
// With one replica the high watermark is already there when the append returns.
import type { Clock } from '../../runtime/seam.js';
import type { Partition } from './partition.js';

/** Resolves true once the high watermark is ≥ `offset`, false after `timeoutMs` or on stop. */
export function waitForHighWatermark(partition: Partition, offset: number,
  options: { clock: Clock; timeoutMs: number; isStopping: () => boolean }): Promise<boolean> {
  if (partition.highWatermark >= offset) return Promise.resolve(true);
  if (options.timeoutMs <= 0 || options.isStopping()) return Promise.resolve(false);
  return new Promise((resolve) => {
    let settled = false;
    const settle = (value: boolean): void => {
      if (settled) return;
      settled = true;
      unsubscribe();
      cancel();
      resolve(value);
    };
    const unsubscribe = partition.onOffsetsChange((offsets) => {
      if (offsets.highWatermark >= offset) settle(true);
    });
    const cancel = options.clock.setTimer(options.timeoutMs, () => settle(false));
  });
}
