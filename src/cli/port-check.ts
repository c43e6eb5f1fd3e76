// Before a node opens anything (src/cli/): every fixed port it will listen on is tried once and
// released, so that an address already in use is reported first, naming the listener, the address
// and the configuration key to change, instead of surfacing later as a confusing failure of a node
// that has already opened its logs and won an election. Port 0 (a free port) is never busy. A
// port taken between this check and the real listen still fails the start; this check is for
// the common case of a second node or another program on the same port.
import type { NodeConfig } from '../config/node-config.js';
import type { Network } from '../runtime/seam.js';

/** One address the node will listen on, with where it was configured. */
interface PlannedListener {
  readonly description: string;
  readonly key: string;
  readonly address: string;
}

function plannedListeners(config: NodeConfig): PlannedListener[] {
  const listeners = config.listeners.map((listener) => ({
    description: `listener ${listener.name}`, key: 'listeners', address: `${listener.host}:${listener.port}`, port: listener.port,
  }));
  const http = { description: 'the HTTP listener', key: 'http.listener', port: config.httpListener.port,
    address: `${config.httpListener.host}:${config.httpListener.port}` };
  return [...listeners, http].filter((listener) => listener.port !== 0);
}

/** The first fixed address that cannot be listened on, as a sentence, or null when all are free. */
export async function findBusyAddress(network: Network, config: NodeConfig): Promise<string | null> {
  for (const planned of plannedListeners(config)) {
    try {
      const listener = await network.listen(planned.address, (connection) => connection.close());
      await listener.close();
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      return `Cannot listen on "${planned.address}" for ${planned.description} (change "${planned.key}"): ${why}`;
    }
  }
  return null;
}
