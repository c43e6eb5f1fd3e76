// A test-only entry point: `weir node` exactly as src/cli/main.ts runs it, except that requests
// from the client id below fail an assertion in their handler, as a bug would. Only
// test/weir-node/fatal-exit.test.ts starts it (compiled to dist/test/weir-node/support/), to
// show that a node process with a fatal error exits in bounded time whatever its clients do.
// Arguments are main.ts's: the verb `node`, then the node's options.
import { run } from '../../../src/cli/node.js';
import { failingClientId } from './failing-client-id.js';

const [verb, ...rest] = process.argv.slice(2);
if (verb !== 'node') {
  process.stderr.write(`expected the verb "node", got "${verb ?? ''}"\n`);
  process.exitCode = 2;
} else {
  process.exitCode = await run(rest, { testOnly: { failRequestsOfClientId: failingClientId } });
}
