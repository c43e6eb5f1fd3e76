// Simulated time for one node: the runtime seam's `Clock` on top of the world's virtual clock.
// Clock faults live in `HostClock`, which belongs to the simulated machine and so survives a
// process restart: a wall-clock offset that a "jump" moves (record timestamps, retention), and a
// rate that a "skew" changes, making the node's monotonic time and its timers run fast or slow
// relative to everyone else's (the fault that matters to election and fetch timeouts).
import assert from 'node:assert/strict';
import type { CancelTimer, Clock } from '../src/runtime/seam.js';
import type { SimProcess, World } from './world.js';

/** Wall-clock time of virtual time zero: 2023-11-14T22:13:20Z, fixed so traces are stable. */
export const simulationEpochMs = 1_700_000_000_000;

/** The clock hardware of one simulated machine. */
export class HostClock {
  private wallOffsetMs = 0;
  private rate = 1;
  private anchorWorldMs = 0;
  private anchorMonotonicMs = 0;

  constructor(private readonly world: World) {}

  /** How fast this machine's clock runs relative to virtual time (1 = exact). */
  get rateFactor(): number {
    return this.rate;
  }

  /** This machine's monotonic time now. */
  monotonicNow(): number {
    return this.anchorMonotonicMs + (this.world.nowMs - this.anchorWorldMs) * this.rate;
  }

  /** This machine's wall-clock time now. */
  wallNow(): number {
    return simulationEpochMs + this.monotonicNow() + this.wallOffsetMs;
  }

  /**
   * The virtual delay after which this clock has advanced by at least `delayMs`, and for
   * `delayMs` > 0 by something: `delayMs / rate` alone may land, by float rounding, a hair before
   * the local deadline or on the very instant the timer was set, and code that re-arms its timer
   * for the time still left (deadline - now, a few ulps) then spins at one virtual instant forever
   * (found as a `livelock` of the cluster workload under a clock skew). A real clock never fires
   * a timer before its delay has passed on that clock; neither does this one.
   */
  virtualDelayFor(delayMs: number): number {
    const startWorldMs = this.world.nowMs;
    const startMs = this.monotonicNow();
    const targetMs = startMs + delayMs;
    let delay = delayMs / this.rate;
    for (let attempt = 0; attempt < 64; attempt += 1) {
      const atMs = startWorldMs + delay;
      const reachedMs = this.anchorMonotonicMs + (atMs - this.anchorWorldMs) * this.rate;
      const advanced = delayMs === 0 || (atMs > startWorldMs && reachedMs > startMs);
      if (reachedMs >= targetMs && advanced) return delay;
      // Up by a few ulps of the numbers involved (at least the smallest step of the instant).
      delay += Math.max(Math.abs(startWorldMs) * Number.EPSILON, Math.abs(startMs) * Number.EPSILON / this.rate,
        delay * Number.EPSILON, Number.MIN_VALUE);
    }
    assert.fail(`no virtual delay reaches ${delayMs} ms on a clock of rate ${this.rate}`);
  }

  /** Makes the clock run at `rate` times virtual speed from now on (skew). */
  setRate(rate: number): void {
    assert(rate > 0 && Number.isFinite(rate), `clock rate must be positive, got ${rate}`);
    this.anchorMonotonicMs = this.monotonicNow();
    this.anchorWorldMs = this.world.nowMs;
    this.rate = rate;
  }

  /** Moves the wall clock by `deltaMs` (may be negative); monotonic time is unaffected. */
  jump(deltaMs: number): void {
    this.wallOffsetMs += deltaMs;
  }

  /** Undoes skew and jumps (heal). */
  reset(): void {
    this.setRate(1);
    this.wallOffsetMs = 0;
  }
}

/** The `Clock` a simulated node process sees; its timers are world events owned by the process. */
export class SimClock implements Clock {
  constructor(
    private readonly world: World,
    private readonly process: SimProcess,
    private readonly host: HostClock,
  ) {}

  now(): number {
    return this.host.wallNow();
  }

  monotonicNow(): number {
    return this.host.monotonicNow();
  }

  setTimer(delayMs: number, callback: () => void): CancelTimer {
    assert(delayMs >= 0, `timer delay must not be negative, got ${delayMs}`);
    const event = this.world.schedule(this.host.virtualDelayFor(delayMs), this.process, callback);
    return () => this.world.cancel(event);
  }
}
