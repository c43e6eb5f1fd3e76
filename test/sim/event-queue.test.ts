// Goal: the world's event queue pops events in (time, sequence) order, so equal-time events run
// in scheduling order. Method: fast-check draws times; the heap's pop order is compared with a
// sort of the same events (the naive reference).
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { EventQueue, type SimEvent } from '../../sim/event-queue.js';

describe('EventQueue', () => {
  test('pops in (time, sequence) order, equal times in scheduling order', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 200 }), (times) => {
      const queue = new EventQueue();
      const events: SimEvent[] = times.map((timeMs, sequence) => ({ timeMs, sequence, owner: null, callback: () => {}, cancelled: false }));
      for (const event of events) queue.push(event);
      const popped: number[] = [];
      while (queue.size > 0) popped.push(queue.pop().sequence);
      const expected = [...events].sort((a, b) => a.timeMs - b.timeMs || a.sequence - b.sequence).map((event) => event.sequence);
      expect(popped).toEqual(expected);
    }), { numRuns: 200 });
  });
});
