// `weir quorum describe` (src/cli/): the KRaft metadata quorum as DescribeQuorum (KIP-595,
// KIP-836) reports it: the leader and its epoch, the high watermark, and for every voter and
// observer its log end offset and lag behind the leader, as kafka-metadata-quorum
// --describe --status/--replication show them.
import { describeQuorum } from '../admin/cluster-admin.js';
import { cliSession } from './cli-session.js';
import { commonFlagsHelp, expectOnlySubcommand, parseFlags } from './flags.js';
import { runCommand } from './run-command.js';
import { renderTable } from './table.js';

const usage = `Usage: weir quorum describe [options]

  describe                   the metadata quorum: leader, epoch, high watermark, each voter's lag
${commonFlagsHelp}

Example:
  weir quorum describe`;

/** Runs `weir quorum ...`; resolves to the exit code. */
export function run(argv: string[]): Promise<number> {
  return runCommand('weir quorum', async (output) => {
    const { values, positionals } = parseFlags(argv, {});
    if (values.help) return output.write(`${usage}\n`);
    expectOnlySubcommand(positionals, 'describe');
    const session = cliSession(values.bootstrap);
    try {
      const quorum = await describeQuorum(session);
      const replicas = quorum.replicas.map((replica) => ({
        NODE: replica.nodeId, ROLE: replica.role, 'LOG-END': replica.logEndOffset, LAG: replica.lag,
      }));
      const summary = { leaderId: quorum.leaderId, leaderEpoch: quorum.leaderEpoch, highWatermark: quorum.highWatermark };
      if (values.json) {
        output.write(`${JSON.stringify({ ...summary, replicas }, null, 2)}\n`);
        return;
      }
      output.write(`LEADER ${summary.leaderId}  EPOCH ${summary.leaderEpoch}  HIGH-WATERMARK ${summary.highWatermark}\n\n`);
      output.write(`${renderTable(['NODE', 'ROLE', 'LOG-END', 'LAG'], replicas)}\n`);
    } finally {
      session.close();
    }
  });
}
