// The production `Runtime`: Node's timers, crypto randomness, file system and TCP. Part of
// src/runtime/nodejs/. A node process builds one of these and hands it to the node at start.
import type { Runtime } from '../seam.js';
import { NodeClock } from './node-clock.js';
import { NodeDisk } from './node-disk.js';
import { NodeNetwork } from './node-network.js';
import { NodeRandom } from './node-random.js';

/** The runtime seam backed by the real world. */
export function createNodeRuntime(): Runtime {
  return { clock: new NodeClock(), random: new NodeRandom(), disk: new NodeDisk(), network: new NodeNetwork() };
}
