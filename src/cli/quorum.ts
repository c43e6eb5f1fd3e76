// `weir quorum describe|add-voter|remove-voter` (src/cli/): the KRaft metadata quorum.
// describe shows it as DescribeQuorum (KIP-595, KIP-836) reports it: the leader and its epoch,
// the high watermark, and for every voter and observer its log end offset and lag behind the
// leader, as kafka-metadata-quorum --describe --status/--replication show them. add-voter and
// remove-voter change the voter set one voter at a time (KIP-853), as kafka-metadata-quorum
// add-controller / remove-controller do: through the --bootstrap broker, which forwards them to
// the active controller, or with --bootstrap-controller straight to the active controller.
import { describeQuorum } from '../admin/cluster-admin.js';
import type { AdminSession } from '../admin/admin-session.js';
import { activeControllerAddress, addVoter, removeVoter } from '../admin/quorum-voters.js';
import { isUuid, type Uuid } from '../protocol/mod.js';
import { usageError } from './cli-error.js';
import { cliSession } from './cli-session.js';
import { commonFlagsHelp, parseFlags, wholeNumber } from './flags.js';
import { runCommand, type CommandOutput } from './run-command.js';
import { renderTable } from './table.js';

const usage = `Usage: weir quorum describe|add-voter|remove-voter [options]

  describe                   the metadata quorum: leader, epoch, high watermark, each voter's lag
  add-voter                  add a controller (running, caught up as an observer) to the voters
      --controller-id N                 its node.id
      --controller-directory-id ID      its metadata log directory's directory.id (meta.properties)
      --controller-endpoint HOST:PORT   its controller listener
      --controller-listener NAME        that listener's name (default CONTROLLER)
  remove-voter               remove a voter
      --controller-id N --controller-directory-id ID
      --bootstrap-controller HOST:PORT  ask this controller (and then the active one) instead of a broker
${commonFlagsHelp}

Examples:
  weir quorum describe
  weir quorum add-voter --controller-id 4 --controller-directory-id Xk2Qd9aQRT2b3pW1m8ZcQw --controller-endpoint 127.0.0.1:9097
  weir quorum remove-voter --controller-id 1 --controller-directory-id AAAAAAAAAAAAAAAAAAAAAA`;

const voterFlags = {
  'controller-id': { type: 'string' },
  'controller-directory-id': { type: 'string' },
  'controller-endpoint': { type: 'string' },
  'controller-listener': { type: 'string', default: 'CONTROLLER' },
  'bootstrap-controller': { type: 'string' },
} as const;

/** Runs `weir quorum ...`; resolves to the exit code. */
export function run(argv: string[]): Promise<number> {
  return runCommand('weir quorum', async (output) => {
    const { values, positionals } = parseFlags(argv, voterFlags);
    if (values.help) return output.write(`${usage}\n`);
    const [subcommand, ...extra] = positionals;
    if (subcommand === undefined) throw usageError('Missing the subcommand (describe, add-voter or remove-voter)');
    if (extra.length > 0) throw usageError(`Unexpected argument "${extra[0]}"`);
    switch (subcommand) {
      case 'describe': return describe(values.bootstrap, values.json === true, output);
      case 'add-voter': {
        const id = wholeNumber(required(values['controller-id'], '--controller-id'), '--controller-id');
        const directoryId = directoryIdOf(values['controller-directory-id']);
        const { host, port } = endpointOf(required(values['controller-endpoint'], '--controller-endpoint'));
        await withVoterSession(values.bootstrap, values['bootstrap-controller'], (session) =>
          addVoter(session, { id, directoryId, listenerName: values['controller-listener'], host, port }));
        return report(output, values.json === true, { added: id });
      }
      case 'remove-voter': {
        const id = wholeNumber(required(values['controller-id'], '--controller-id'), '--controller-id');
        const directoryId = directoryIdOf(values['controller-directory-id']);
        await withVoterSession(values.bootstrap, values['bootstrap-controller'], (session) => removeVoter(session, id, directoryId));
        return report(output, values.json === true, { removed: id });
      }
      default:
        throw usageError(`Unknown subcommand "${subcommand}"`);
    }
  });
}

async function describe(bootstrap: string, json: boolean, output: CommandOutput): Promise<void> {
  const session = cliSession(bootstrap);
  try {
    const quorum = await describeQuorum(session);
    const replicas = quorum.replicas.map((replica) => ({
      NODE: replica.nodeId, ROLE: replica.role, 'LOG-END': replica.logEndOffset, LAG: replica.lag,
    }));
    const summary = { leaderId: quorum.leaderId, leaderEpoch: quorum.leaderEpoch, highWatermark: quorum.highWatermark };
    if (json) {
      output.write(`${JSON.stringify({ ...summary, replicas }, null, 2)}\n`);
      return;
    }
    output.write(`LEADER ${summary.leaderId}  EPOCH ${summary.leaderEpoch}  HIGH-WATERMARK ${summary.highWatermark}\n\n`);
    output.write(`${renderTable(['NODE', 'ROLE', 'LOG-END', 'LAG'], replicas)}\n`);
  } finally {
    session.close();
  }
}

/** Runs `change` on a session with the broker, or with the active controller a controller names. */
async function withVoterSession(bootstrap: string, bootstrapController: string | undefined,
  change: (session: AdminSession) => Promise<void>): Promise<void> {
  let session = cliSession(bootstrapController ?? bootstrap);
  try {
    if (bootstrapController !== undefined) {
      const active = await activeControllerAddress(session);
      session.close();
      session = cliSession(active);
    }
    await change(session);
  } finally {
    session.close();
  }
}

function report(output: CommandOutput, json: boolean, result: { added?: number; removed?: number }): void {
  if (json) return output.write(`${JSON.stringify(result)}\n`);
  output.write(result.added !== undefined ? `Added voter ${result.added}\n` : `Removed voter ${result.removed}\n`);
}

function required(value: string | undefined, flag: string): string {
  if (value === undefined || value === '') throw usageError(`Missing ${flag}`);
  return value;
}

function directoryIdOf(value: string | undefined): Uuid {
  const given = required(value, '--controller-directory-id');
  if (!isUuid(given)) throw usageError(`The value of --controller-directory-id must be a directory id (22 base64url characters), got "${given}"`);
  return given;
}

function endpointOf(value: string): { host: string; port: number } {
  const match = /^(\[[0-9a-fA-F:.]+\]|[^:[\]]+):(\d+)$/.exec(value);
  if (match === null) throw usageError(`The value of --controller-endpoint must be HOST:PORT, got "${value}"`);
  const port = Number(match[2]);
  if (port < 1 || port > 65_535) throw usageError(`The port of --controller-endpoint must be 1-65535, got ${port}`);
  return { host: (match[1] ?? '').replace(/^\[|\]$/g, ''), port };
}
