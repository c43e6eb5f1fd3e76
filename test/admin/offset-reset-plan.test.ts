// Goal: an offset reset moves each partition where kafka-consumer-groups --reset-offsets would:
// earliest and latest to the log's ends, an offset or a shift clamped into the log, a time to the
// first offset at or after it (the log end when none is), and a shift without a committed offset
// refused with the partition named.
// Method: one partition's positions against each target, then a property that every plan stays
// inside the log.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';

import { AdminError } from '../../src/admin/admin-error.js';
import { planReset, type PartitionPosition, type ResetTarget } from '../../src/admin/offset-reset-plan.js';

const position: PartitionPosition = { topic: 'orders', partition: 1, logStartOffset: 10, logEndOffset: 50, committedOffset: 30 };

describe('where a reset moves a partition', () => {
  test.each<[string, ResetTarget, Partial<PartitionPosition>, number]>([
    ['earliest', { kind: 'beginning' }, {}, 10],
    ['latest', { kind: 'end' }, {}, 50],
    ['an offset inside the log', { kind: 'offset', offset: 20 }, {}, 20],
    ['an offset below the log start', { kind: 'offset', offset: 3 }, {}, 10],
    ['an offset past the log end', { kind: 'offset', offset: 99 }, {}, 50],
    ['a shift back', { kind: 'shift-by', shift: -5 }, {}, 25],
    ['a shift back past the log start', { kind: 'shift-by', shift: -500 }, {}, 10],
    ['a shift forward past the end', { kind: 'shift-by', shift: 500 }, {}, 50],
    ['a time with a record at or after it', { kind: 'timestamp', timestampMs: 1 }, { offsetAtTimestamp: 42 }, 42],
    ['a time later than every record', { kind: 'timestamp', timestampMs: 1 }, { offsetAtTimestamp: -1 }, 50],
  ])('%s', (_what, target, overrides, expected) => {
    expect(planReset(target, [{ ...position, ...overrides }])).toEqual([
      { topic: 'orders', partition: 1, currentOffset: 30, newOffset: expected },
    ]);
  });

  test('a shift of a partition without a committed offset is refused, naming it', () => {
    const refusal = (() => {
      try { planReset({ kind: 'shift-by', shift: 1 }, [{ ...position, committedOffset: null }]); } catch (error) { return error; }
      return null;
    })();
    expect(refusal).toBeInstanceOf(AdminError);
    expect((refusal as AdminError).failure).toBe('invalid');
    expect((refusal as AdminError).message).toContain('orders/1');
  });

  test('every plan stays inside the log (property)', () => {
    const target: fc.Arbitrary<ResetTarget> = fc.oneof(
      fc.constant({ kind: 'beginning' as const }), fc.constant({ kind: 'end' as const }),
      fc.nat().map((offset) => ({ kind: 'offset' as const, offset })),
      fc.integer({ min: -1000, max: 1000 }).map((shift) => ({ kind: 'shift-by' as const, shift })),
      fc.nat().map((timestampMs) => ({ kind: 'timestamp' as const, timestampMs })));
    fc.assert(fc.property(target, fc.nat(100), fc.nat(100), fc.nat(300), fc.integer({ min: -1, max: 300 }),
      (chosen, start, length, committed, atTime) => {
        const [row] = planReset(chosen, [{ topic: 't', partition: 0, logStartOffset: start, logEndOffset: start + length,
          committedOffset: committed, offsetAtTimestamp: atTime }]);
        expect(row?.newOffset).toBeGreaterThanOrEqual(start);
        expect(row?.newOffset).toBeLessThanOrEqual(start + length);
      }));
  });
});
