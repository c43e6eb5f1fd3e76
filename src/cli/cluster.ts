// `weir cluster info` (src/cli/): the cluster id, the active controller and every broker with
// its address and rack (src/admin/cluster-admin.ts), the way `rpk cluster info` and
// kafka-metadata-quorum show them. `weir cluster start` (a local cluster) is cluster-start.ts.
import { describeCluster } from '../admin/cluster-admin.js';
import { cliSession } from './cli-session.js';
import { runClusterStart } from './cluster-start.js';
import { commonFlagsHelp, expectOnlySubcommand, parseFlags } from './flags.js';
import { runCommand } from './run-command.js';
import { renderTable } from './table.js';

const usage = `Usage: weir cluster info [options]
       weir cluster start [--nodes N] [--port P] [--data DIR] ...

  info                       the cluster id, the active controller and the brokers
  start                      run a local development cluster (weir cluster start --help)
${commonFlagsHelp}

Example:
  weir cluster info --bootstrap 127.0.0.1:9092`;

/** Runs `weir cluster ...`; resolves to the exit code. */
export function run(argv: string[]): Promise<number> {
  if (argv[0] === 'start') return runClusterStart(argv.slice(1));
  return runCommand('weir cluster', async (output) => {
    const { values, positionals } = parseFlags(argv, {});
    if (values.help) return output.write(`${usage}\n`);
    expectOnlySubcommand(positionals, 'info');
    const session = cliSession(values.bootstrap);
    try {
      const cluster = await describeCluster(session);
      const brokers = cluster.brokers.map((broker) => ({
        ID: broker.id, HOST: broker.host, PORT: broker.port, RACK: broker.rack, CONTROLLER: broker.id === cluster.controllerId,
      }));
      if (values.json) {
        output.write(`${JSON.stringify({ clusterId: cluster.clusterId, controllerId: cluster.controllerId, brokers }, null, 2)}\n`);
        return;
      }
      output.write(`CLUSTER ${cluster.clusterId}  CONTROLLER ${cluster.controllerId}\n\n`);
      output.write(`${renderTable(['ID', 'HOST', 'PORT', 'RACK', 'CONTROLLER'], brokers)}\n`);
    } finally {
      session.close();
    }
  });
}
