// The admin session of one `weir` command (src/cli/): an AdminSession (src/admin/) on the real
// runtime, pointed at the `--bootstrap` broker.
import { AdminSession } from '../admin/admin-session.js';
import { createNodeRuntime } from '../runtime/nodejs/node-runtime.js';

/** Opens the session a command talks to its broker through; close it when the command ends. */
export function cliSession(bootstrap: string): AdminSession {
  return new AdminSession(createNodeRuntime(), bootstrap, { clientId: 'weir-cli' });
}
