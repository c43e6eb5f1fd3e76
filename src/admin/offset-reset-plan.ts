// Where an offset reset moves each partition, pure (src/admin/), by kafka-consumer-groups'
// --reset-offsets rules: --to-earliest the log start, --to-latest the log end, --to-offset N and
// --shift-by N clamped into [log start, log end], --to-datetime the first offset at or after the
// time (the log end when no record is that late); a shift needs a committed offset to shift.
import assert from 'node:assert/strict';

import { AdminError } from './admin-error.js';
import type { StartAt } from './record-reader.js';

/** Where to reset to: where a reader would start (beginning: the earliest offset), or a shift of the committed offset. */
export type ResetTarget = StartAt | { readonly kind: 'shift-by'; readonly shift: number };

/** What the plan knows of one partition. */
export interface PartitionPosition {
  readonly topic: string;
  readonly partition: number;
  readonly logStartOffset: number;
  readonly logEndOffset: number;
  /** null: the group has committed nothing there. */
  readonly committedOffset: number | null;
  /** ListOffsets at the target's time (−1: no record that late); only for a timestamp target. */
  readonly offsetAtTimestamp?: number;
}

/** One partition's move. */
export interface PlannedReset {
  readonly topic: string;
  readonly partition: number;
  readonly currentOffset: number | null;
  readonly newOffset: number;
}

/**
 * The new offset of every partition in `positions`, in their order.
 *
 * @example
 * planReset({ kind: 'shift-by', shift: -5 },
 *   [{ topic: 't', partition: 0, logStartOffset: 2, logEndOffset: 9, committedOffset: 4 }])[0]?.newOffset; // 2
 */
export function planReset(target: ResetTarget, positions: readonly PartitionPosition[]): PlannedReset[] {
  return positions.map((position) => {
    assert.ok(position.logStartOffset <= position.logEndOffset, 'log start <= log end');
    const newOffset = clamp(unclampedOffset(target, position), position);
    assert.ok(newOffset >= position.logStartOffset && newOffset <= position.logEndOffset, 'a reset stays inside the log');
    return { topic: position.topic, partition: position.partition, currentOffset: position.committedOffset, newOffset };
  });
}

function unclampedOffset(target: ResetTarget, position: PartitionPosition): number {
  switch (target.kind) {
    case 'beginning': return position.logStartOffset;
    case 'end': return position.logEndOffset;
    case 'offset': return target.offset;
    case 'timestamp': {
      assert.ok(position.offsetAtTimestamp !== undefined, 'a timestamp reset reads the offset at that time');
      return position.offsetAtTimestamp < 0 ? position.logEndOffset : position.offsetAtTimestamp;
    }
    case 'shift-by': {
      if (position.committedOffset === null) {
        throw new AdminError(`Cannot shift the offset of ${position.topic}/${position.partition}: the group has no committed offset there`,
          'invalid');
      }
      return position.committedOffset + target.shift;
    }
    default: {
      const unexpected: never = target;
      throw new Error(`unexpected reset target ${JSON.stringify(unexpected)}`);
    }
  }
}

function clamp(offset: number, position: PartitionPosition): number {
  return Math.min(Math.max(offset, position.logStartOffset), position.logEndOffset);
}
