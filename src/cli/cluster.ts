// `weir cluster` (src/cli/): `info` shows the cluster id, the active controller and every broker
// with its address and rack (src/admin/cluster-admin.ts), the way `rpk cluster info` and
// kafka-metadata-quorum show them; `start` runs a local development cluster (cluster-start.ts).
import { describeCluster } from '../admin/cluster-admin.js';
import { cliSession } from './cli-session.js';
import { usageError } from './cli-error.js';
import { clusterStartFlags, clusterStartHelp, startCluster } from './cluster-start.js';
import { commonFlagsHelp, expectOnlySubcommand, parseFlags } from './flags.js';
import { runCommand } from './run-command.js';
import { renderTable } from './table.js';

const usage = `Usage: weir cluster info|start [options]

  info                       the cluster id, the active controller and the brokers
${clusterStartHelp}
${commonFlagsHelp}

Examples:
  weir cluster start --nodes 3
  weir cluster info --bootstrap 127.0.0.1:9092`;

/** Runs `weir cluster ...`; resolves to the exit code. */
export function run(argv: string[]): Promise<number> {
  return runCommand('weir cluster', async (output) => {
    const { values, positionals } = parseFlags(argv, clusterStartFlags);
    if (values.help) return output.write(`${usage}\n`);
    if (positionals[0] === 'start') {
      if (positionals.length > 1) throw usageError(`Unexpected argument "${positionals[1]}"`);
      return startCluster(output, values);
    }
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
