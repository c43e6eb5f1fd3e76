// `weir quorum describe` (src/cli/): the KRaft metadata quorum as DescribeQuorum (KIP-595,
// KIP-836) reports it: the leader and its epoch, the high watermark, and for every voter and
// observer its log end offset and lag behind the leader, as kafka-metadata-quorum
// --describe --status/--replication show them.
import { ApiKey, topicName } from '../protocol/mod.js';
import {
  createDescribeQuorumRequest, createDescribeQuorumRequestPartitionData, createDescribeQuorumRequestTopicData,
  type DescribeQuorumResponse, type DescribeQuorumResponseReplicaState,
} from '../protocol/generated/messages/describe-quorum.js';
import { expectNoError } from '../admin/admin-session.js';
import { cliSession } from './cli-session.js';
import { usageError } from './cli-error.js';
import { commonFlagsHelp, parseFlags } from './flags.js';
import { runCommand } from './run-command.js';
import { renderTable } from './table.js';

const usage = `Usage: weir quorum describe [options]

  describe                   the metadata quorum: leader, epoch, high watermark, each voter's lag
${commonFlagsHelp}

Example:
  weir quorum describe`;

/** The metadata log's topic and partition (KIP-500). */
const METADATA_TOPIC = '__cluster_metadata';

/** Runs `weir quorum ...`; resolves to the exit code. */
export function run(argv: string[]): Promise<number> {
  return runCommand(usage, async (output) => {
    const { values, positionals } = parseFlags(argv, {});
    if (values.help) return output.write(`${usage}\n`);
    const [subcommand, ...extra] = positionals;
    if (subcommand !== 'describe') throw usageError(subcommand === undefined ? 'Missing the subcommand (describe)' : `Unknown subcommand "${subcommand}"`);
    if (extra.length > 0) throw usageError(`Unexpected argument "${extra[0]}"`);
    const session = cliSession(values.bootstrap);
    try {
      const response = await session.request<DescribeQuorumResponse>({
        apiKey: ApiKey.DescribeQuorum,
        body: createDescribeQuorumRequest({ topics: [createDescribeQuorumRequestTopicData({
          topicName: topicName(METADATA_TOPIC), partitions: [createDescribeQuorumRequestPartitionData({ partitionIndex: 0 })] })] }),
      });
      expectNoError(response.errorCode, response.errorMessage, 'describe the quorum');
      const partition = response.topics[0]?.partitions[0];
      if (partition === undefined) throw usageError('The broker answered DescribeQuorum without the metadata partition');
      expectNoError(partition.errorCode, partition.errorMessage, 'describe the quorum');
      const leaderEnd = partition.currentVoters.find((voter) => voter.replicaId === partition.leaderId)?.logEndOffset ?? 0n;
      const row = (role: string) => (replica: DescribeQuorumResponseReplicaState) => ({
        NODE: replica.replicaId, ROLE: replica.replicaId === partition.leaderId ? 'leader' : role,
        'LOG-END': Number(replica.logEndOffset), LAG: Number(leaderEnd - replica.logEndOffset),
      });
      const replicas = [...partition.currentVoters.map(row('voter')), ...partition.observers.map(row('observer'))];
      const summary = { leaderId: partition.leaderId, leaderEpoch: partition.leaderEpoch, highWatermark: Number(partition.highWatermark) };
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
