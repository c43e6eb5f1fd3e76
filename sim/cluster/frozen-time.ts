// Detects a livelock in virtual time: events that keep scheduling events at the same instant, so
// the world never advances and the run never ends (a real timer loop at delay 0 would spin a
// real node's CPU the same way). Part of sim/cluster/. Reported as `livelock` with the instant
// and the process that ran last, so the run stops with its replay line instead of hanging.
import type { SimProcess, World } from '../world.js';

/** Events at one virtual instant beyond which the run is stuck (a busy run has a few hundred). */
export const eventsPerInstantMax = 100_000;

/** Registers the check after every event of `world`. */
export function watchForFrozenTime(world: World, limit = eventsPerInstantMax): void {
  let instantMs = -1;
  let events = 0;
  world.afterEachEvent((owner: SimProcess | null) => {
    if (world.nowMs !== instantMs) {
      instantMs = world.nowMs;
      events = 0;
      return;
    }
    events += 1;
    if (events < limit) return;
    world.fail('livelock', `${limit} events ran at ${Math.round(instantMs * 1000) / 1000} ms without the virtual clock moving; `
      + `the last was ${owner === null ? "the world's" : `${owner.name}#${owner.incarnation}'s`}`);
  });
}
