// `weir group list|describe|reset-offsets|delete-offsets|delete` (src/cli/): consumer groups, the
// counterpart of Kafka's kafka-consumer-groups and `rpk group`, through the group operations of
// src/admin/. describe shows the group's state, protocol and members (client id, host,
// assignment), and per partition the committed offset, log end and lag; reset-offsets plans a
// reset (a dry run unless --execute) and commits it only while the group has no members, as
// kafka-consumer-groups does. Every subcommand prints tables, or JSON with --json.
import type { AdminSession } from '../admin/admin-session.js';
import { describeGroupLag, type GroupLagDescription } from '../admin/group-lag.js';
import { listGroups } from '../admin/group-reads.js';
import { deleteGroup, deleteGroupOffsets } from '../admin/group-writes.js';
import { readTopic } from '../admin/metadata-reads.js';
import { resetGroupOffsets } from '../admin/offset-reset.js';
import { usageError } from './cli-error.js';
import { cliSession } from './cli-session.js';
import { commonFlagsHelp, parseFlags } from './flags.js';
import { parseTopicPartitions, resetRequest } from './reset-options.js';
import { runCommand, type CommandOutput } from './run-command.js';
import { printRows, renderTable } from './table.js';

const usage = `Usage: weir group <list|describe|reset-offsets|delete-offsets|delete> [GROUP] [options]

  list                    every group with its type, state and coordinator
  describe GROUP          state, protocol, members (client id, host, assignment), and per
                          partition the committed offset, log end and lag
  reset-offsets GROUP     move the committed offsets of a group without members
      --to-earliest | --to-latest | --to-offset N | --shift-by N (negative: --shift-by=-N)
      | --to-datetime 2026-12-02T10:00:00.000 (local time unless a zone is given)
      --topic TOPIC[:P,P]   the topic's partitions (all, or those listed); repeatable
      --all-topics          every partition the group has committed
      --dry-run             print the plan only (the default)
      --execute             commit the plan
  delete-offsets GROUP    --topic TOPIC[:P,P]: forget the group's offsets there
  delete GROUP            delete a group without members, and its offsets
${commonFlagsHelp}

Examples:
  weir group describe billing
  weir group reset-offsets billing --topic orders --to-earliest --execute
  weir group reset-offsets billing --all-topics --shift-by=-100 --dry-run`;

const flags = {
  'to-earliest': { type: 'boolean' },
  'to-latest': { type: 'boolean' },
  'to-datetime': { type: 'string' },
  'to-offset': { type: 'string' },
  'shift-by': { type: 'string' },
  topic: { type: 'string', multiple: true },
  'all-topics': { type: 'boolean' },
  'dry-run': { type: 'boolean' },
  execute: { type: 'boolean' },
} as const;

type Values = ReturnType<typeof parseFlags<typeof flags>>['values'];

interface Context {
  readonly session: AdminSession;
  readonly output: CommandOutput & { readonly json: boolean };
  readonly values: Values;
}

/** Runs `weir group ...`; resolves to the exit code. */
export function run(argv: string[]): Promise<number> {
  return runCommand('weir group', async (output) => {
    const { values, positionals } = parseFlags(argv, flags);
    if (values.help) return output.write(`${usage}\n`);
    const [subcommand, name, ...extra] = positionals;
    if (extra.length > 0) throw usageError(`Unexpected argument "${extra[0]}"`);
    const session = cliSession(values.bootstrap);
    const context: Context = { session, output: { ...output, json: values.json }, values };
    try {
      switch (subcommand) {
        case 'list': return await runList(context);
        case 'describe': return await runDescribe(context, required(name));
        case 'reset-offsets': return await runResetOffsets(context, required(name));
        case 'delete-offsets': return await runDeleteOffsets(context, required(name));
        case 'delete': return await runDelete(context, required(name));
        case undefined: throw usageError('Missing the subcommand (list, describe, reset-offsets, delete-offsets, delete)');
        default: throw usageError(`Unknown subcommand "${subcommand}"`);
      }
    } finally {
      session.close();
    }
  });
}

function required(name: string | undefined): string {
  if (name === undefined || name === '') throw usageError('Missing the group id');
  return name;
}

async function runList({ session, output }: Context): Promise<void> {
  const rows = (await listGroups(session)).map((group) => ({
    GROUP: group.groupId, TYPE: group.type, STATE: group.state, 'PROTOCOL-TYPE': group.protocolType, COORDINATOR: group.coordinator,
  }));
  printRows(output, ['GROUP', 'TYPE', 'STATE', 'PROTOCOL-TYPE', 'COORDINATOR'], rows);
}

async function runDescribe({ session, output }: Context, groupId: string): Promise<void> {
  const group = await describeGroupLag(session, groupId);
  if (output.json) return output.write(`${JSON.stringify(group, null, 2)}\n`);
  output.write(`${describeText(group)}\n`);
}

/** The group as kafka-consumer-groups --describe --members and --offsets show it, in one page. */
function describeText(group: GroupLagDescription): string {
  const members = group.members.map((member) => ({
    'MEMBER-ID': member.memberId, 'CLIENT-ID': member.clientId, HOST: member.clientHost, 'INSTANCE-ID': member.groupInstanceId,
    ASSIGNMENT: member.assignment === null ? '(not a consumer assignment)'
      : member.assignment.map((entry) => `${entry.topic}:${entry.partitions.join(',')}`).join(' '),
  }));
  const partitions = group.partitions.map((row) => ({
    TOPIC: row.topic, PARTITION: row.partition, 'CURRENT-OFFSET': row.committedOffset, 'LOG-END-OFFSET': row.logEndOffset,
    LAG: row.lag, 'CONSUMER-ID': row.memberId, HOST: row.clientHost, 'CLIENT-ID': row.clientId,
  }));
  const protocol = group.assignor === '' ? group.protocolType : `${group.protocolType}/${group.assignor}`;
  return [
    `GROUP ${group.groupId}  TYPE ${group.type}  STATE ${group.state}  PROTOCOL ${protocol || '-'}  `
      + `MEMBERS ${group.members.length}  TOTAL-LAG ${group.totalLag}`,
    '',
    members.length === 0 ? 'MEMBERS (none)' : renderTable(['MEMBER-ID', 'CLIENT-ID', 'HOST', 'INSTANCE-ID', 'ASSIGNMENT'], members),
    '',
    partitions.length === 0 ? 'OFFSETS (none committed)'
      : renderTable(['TOPIC', 'PARTITION', 'CURRENT-OFFSET', 'LOG-END-OFFSET', 'LAG', 'CONSUMER-ID', 'HOST', 'CLIENT-ID'], partitions),
  ].join('\n');
}

async function runResetOffsets({ session, output, values }: Context, groupId: string): Promise<void> {
  const reset = resetRequest(values);
  const result = await resetGroupOffsets(session, groupId, reset);
  const rows = result.partitions.map((row) => ({
    GROUP: groupId, TOPIC: row.topic, PARTITION: row.partition, 'CURRENT-OFFSET': row.currentOffset, 'NEW-OFFSET': row.newOffset,
  }));
  if (output.json) return output.write(`${JSON.stringify({ groupId, executed: result.executed, partitions: result.partitions }, null, 2)}\n`);
  printRows(output, ['GROUP', 'TOPIC', 'PARTITION', 'CURRENT-OFFSET', 'NEW-OFFSET'], rows);
  if (!result.executed) output.write('(dry run: nothing committed; add --execute to commit these offsets)\n');
}

async function runDeleteOffsets({ session, output, values }: Context, groupId: string): Promise<void> {
  const [entry, ...others] = values.topic ?? [];
  if (entry === undefined || others.length > 0) throw usageError('Give one --topic TOPIC[:PARTITIONS]');
  const { topic, partitions } = parseTopicPartitions(entry);
  const chosen = partitions ?? (await readTopic(session, topic)).partitions.map((partition) => partition.partitionIndex);
  await deleteGroupOffsets(session, groupId, topic, chosen);
  printRows(output, ['GROUP', 'TOPIC', 'PARTITIONS', 'STATUS'],
    [{ GROUP: groupId, TOPIC: topic, PARTITIONS: [...chosen].sort((a, b) => a - b).join(','), STATUS: 'offsets deleted' }]);
}

async function runDelete({ session, output }: Context, groupId: string): Promise<void> {
  await deleteGroup(session, groupId);
  printRows(output, ['GROUP', 'STATUS'], [{ GROUP: groupId, STATUS: 'deleted' }]);
}
