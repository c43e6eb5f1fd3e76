// Goal: a simulated timer never fires before its delay has passed on its machine's clock, even on
// a skewed clock whose float arithmetic rounds (sim/sim-clock.ts), so code that re-arms its timer
// for the time still left reaches its deadline instead of spinning at one virtual instant; and a
// run that does spin is stopped and reported as `livelock` (sim/cluster/frozen-time.ts) instead of
// hanging. Method: a world with one process; a deadline loop as the controller's session check
// runs it (re-arm with deadline - now), on clocks skewed at many rates after a jump of time.
import { describe, expect, test } from 'vitest';
import { watchForFrozenTime } from '../../sim/cluster/frozen-time.js';
import { HostClock, SimClock } from '../../sim/sim-clock.js';
import { SimProcess, World } from '../../sim/world.js';

/** Arms a timer for `deadline - now` until the deadline has passed; returns the timers it took. */
async function reachDeadline(rate: number, startMs: number, waitMs: number): Promise<{ timers: number; late: boolean }> {
  const world = new World({ seed: 1 });
  const process = new SimProcess('node-1', 0);
  const host = new HostClock(world);
  const clock = new SimClock(world, process, host);
  let timers = 0;
  let reached = false;
  world.schedule(startMs, process, () => {
    host.setRate(rate);
    const deadlineMs = clock.monotonicNow() + waitMs;
    const check = (): void => {
      if (clock.monotonicNow() >= deadlineMs) {
        reached = true;
        return;
      }
      timers += 1;
      if (timers < 1000) clock.setTimer(Math.max(0, deadlineMs - clock.monotonicNow()), check);
    };
    check();
  });
  await world.runUntil(startMs + waitMs * 4);
  return { timers, late: reached };
}

describe('timers on a skewed clock', () => {
  test('reach their deadline in at most two re-arms, at every rate and instant tried', async () => {
    for (const rate of [0.5, 0.731, 1, 1.345, 1.457, 2.9]) {
      for (const startMs of [0.3, 977.123, 8329.609]) {
        const { timers, late } = await reachDeadline(rate, startMs, 1500.0000001);
        expect(late, `rate ${rate} at ${startMs} ms`).toBe(true);
        expect(timers, `rate ${rate} at ${startMs} ms`).toBeLessThanOrEqual(2);
      }
    }
  });

  test('a positive delay, however small, moves the clock', async () => {
    const world = new World({ seed: 1 });
    const process = new SimProcess('node-1', 0);
    const host = new HostClock(world);
    const clock = new SimClock(world, process, host);
    const seen: number[] = [];
    world.schedule(8329.609, process, () => {
      host.setRate(1.457);
      seen.push(clock.monotonicNow());
      clock.setTimer(1e-13, () => seen.push(clock.monotonicNow()));
    });
    await world.runUntil(9000);
    expect(seen).toHaveLength(2);
    expect(seen[1]).toBeGreaterThan(seen[0] as number);
  });
});

describe('watchForFrozenTime', () => {
  test('an event that reschedules itself at the same instant is reported as livelock', async () => {
    const world = new World({ seed: 1 });
    const process = new SimProcess('node-1', 0);
    watchForFrozenTime(world, 1000);
    const spin = (): void => { world.schedule(0, process, spin); };
    world.schedule(5, process, spin);
    await world.runUntil(100);
    expect(world.violation?.anomaly).toBe('livelock');
    expect(world.violation?.message).toContain('node-1#0');
    expect(world.violation?.timeMs).toBe(5);
  });

  test('many events at one instant below the bound are not', async () => {
    const world = new World({ seed: 1 });
    const process = new SimProcess('node-1', 0);
    watchForFrozenTime(world, 1000);
    for (let index = 0; index < 900; index += 1) world.schedule(5, process, () => {});
    await world.runUntil(100);
    expect(world.violation).toBeNull();
  });
});
