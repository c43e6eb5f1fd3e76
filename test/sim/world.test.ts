// Goal: the world runs events in virtual-time order, lets promise chains settle between events,
// defers a paused process's events to its resume, discards a stopped one's, and stops on the
// first violation. Method: small hand-built schedules with recorded effects.
import { describe, expect, test } from 'vitest';
import { SimProcess, World } from '../../sim/world.js';

describe('World', () => {
  test('events run in time order and the clock follows them', async () => {
    const world = new World({ seed: 1 });
    const seen: string[] = [];
    world.schedule(20, null, () => seen.push(`b@${world.nowMs}`));
    world.schedule(10, null, () => seen.push(`a@${world.nowMs}`));
    world.schedule(20, null, () => seen.push(`c@${world.nowMs}`));
    await world.runUntil(100);
    expect(seen).toEqual(['a@10', 'b@20', 'c@20']);
    expect(world.nowMs).toBe(100);
  });

  test('a promise chain started by an event settles before the next event runs', async () => {
    const world = new World({ seed: 1 });
    const seen: string[] = [];
    world.schedule(1, null, () => {
      void (async () => {
        for (let depth = 0; depth < 50; depth += 1) await Promise.resolve();
        seen.push('chain done');
      })();
    });
    world.schedule(1, null, () => seen.push('next event'));
    await world.runUntil(5);
    expect(seen).toEqual(['chain done', 'next event']);
  });

  test('a paused process runs its due events on resume, in order; a stopped one never', async () => {
    const world = new World({ seed: 1 });
    const paused = new SimProcess('node-1', 0);
    const stopped = new SimProcess('node-2', 0);
    const seen: string[] = [];
    world.schedule(5, paused, () => seen.push(`p1@${world.nowMs}`));
    world.schedule(6, paused, () => seen.push(`p2@${world.nowMs}`));
    world.schedule(5, stopped, () => seen.push('stopped ran'));
    world.pause(paused);
    world.stop(stopped);
    world.schedule(30, null, () => world.resume(paused));
    await world.runUntil(100);
    expect(seen).toEqual(['p1@30', 'p2@30']);
  });

  test('a cancelled event does not run', async () => {
    const world = new World({ seed: 1 });
    let ran = false;
    const event = world.schedule(5, null, () => { ran = true; });
    world.cancel(event);
    await world.runUntil(10);
    expect(ran).toBe(false);
  });

  test('the first violation stops the run and is kept; a thrown error is one', async () => {
    const world = new World({ seed: 1 });
    world.schedule(5, new SimProcess('node-3', 0), () => { throw new Error('boom'); });
    world.schedule(6, null, () => world.fail('other', 'later'));
    await world.runUntil(100);
    expect(world.violation?.anomaly).toBe('assertion');
    expect(world.violation?.timeMs).toBe(5);
  });
});
