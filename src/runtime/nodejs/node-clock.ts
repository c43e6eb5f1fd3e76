// The runtime seam's `Clock` on Node: wall-clock time from Date.now, monotonic time from
// performance.now, timers from setTimeout. Part of src/runtime/nodejs/, the only folder allowed
// to touch Node's timers (test/tidy.test.ts).
import assert from 'node:assert/strict';
import type { CancelTimer, Clock } from '../seam.js';

export class NodeClock implements Clock {
  now(): number {
    return Date.now();
  }

  monotonicNow(): number {
    return performance.now();
  }

  setTimer(delayMs: number, callback: () => void): CancelTimer {
    assert(delayMs >= 0, `timer delay must not be negative, got ${delayMs}`);
    const handle = setTimeout(callback, delayMs);
    return () => clearTimeout(handle);
  }
}
