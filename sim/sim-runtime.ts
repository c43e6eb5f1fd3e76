// The runtime seam (src/runtime/seam.ts) as the simulator provides it to one node process:
// virtual clock and timers, a named stream of the run's generator, the machine's simulated disk
// and the simulated network. Everything a node does reaches the world through these four.
import type { Disk, Runtime } from '../src/runtime/seam.js';
import { SimClock, type HostClock } from './sim-clock.js';
import type { SimNetwork } from './sim-network.js';
import type { SimProcess, World } from './world.js';

/** Builds the `Runtime` of one process on `host`. */
export function createSimRuntime(init: {
  readonly world: World;
  readonly process: SimProcess;
  readonly host: string;
  readonly hostClock: HostClock;
  readonly disk: Disk;
  readonly network: SimNetwork;
}): Runtime {
  const { world, process, host } = init;
  return {
    clock: new SimClock(world, process, init.hostClock),
    random: world.random.fork(`${host}#${process.incarnation}`),
    disk: init.disk,
    network: init.network.forProcess(host, process),
  };
}
