// `weir topic`: create, list, describe, alter the configs of, add partitions to, and delete
// topics (src/cli/), through the topic operations of src/admin/. The counterpart of Kafka's
// kafka-topics and Redpanda's `rpk topic`; every subcommand prints a table, or JSON with --json.
import type { AdminSession } from '../admin/admin-session.js';
import {
  addPartitions, alterTopicConfigs, createTopic, deleteTopic, describeTopic, listTopics,
} from '../admin/topic-admin.js';
import { usageError } from './cli-error.js';
import { cliSession } from './cli-session.js';
import { commonFlagsHelp, keyValues, parseFlags, wholeNumber } from './flags.js';
import { runCommand, type CommandOutput } from './run-command.js';
import { printRows, renderTable } from './table.js';

const usage = `Usage: weir topic <create|list|describe|alter-config|add-partitions|delete> [TOPIC] [options]

  create TOPIC          -p, --partitions N (default: the broker's num.partitions)
                        -r, --replicas N   (default: the broker's default.replication.factor)
                        -c, --config key=value (repeatable)
  list                  every topic with its partition count
  describe TOPIC        partitions (leader, replicas, ISR, log start, high watermark) and the
                        topic's non-default configs
  alter-config TOPIC    -c, --config key=value to set, --delete key to reset (both repeatable)
  add-partitions TOPIC  -p, --partitions N: the new total number of partitions
  delete TOPIC
${commonFlagsHelp}

Example:
  weir topic create orders --partitions 3 -c retention.ms=86400000
  weir topic describe orders`;

const flags = {
  partitions: { type: 'string', short: 'p' },
  replicas: { type: 'string', short: 'r' },
  config: { type: 'string', short: 'c', multiple: true },
  delete: { type: 'string', multiple: true },
} as const;

/** Runs `weir topic ...`; resolves to the exit code. */
export function run(argv: string[]): Promise<number> {
  return runCommand('weir topic', async (output) => {
    const { values, positionals } = parseFlags(argv, flags);
    if (values.help) return output.write(`${usage}\n`);
    const [subcommand, name, ...extra] = positionals;
    if (extra.length > 0) throw usageError(`Unexpected argument "${extra[0]}"`);
    const session = cliSession(values.bootstrap);
    const context = { session, output: { ...output, json: values.json }, values };
    try {
      switch (subcommand) {
        case 'list': return await runList(context);
        case 'create': return await runCreate(context, required(name));
        case 'describe': return await runDescribe(context, required(name));
        case 'alter-config': return await runAlterConfig(context, required(name));
        case 'add-partitions': return await runAddPartitions(context, required(name));
        case 'delete': return await runDelete(context, required(name));
        case undefined: throw usageError('Missing the subcommand (create, list, describe, alter-config, add-partitions, delete)');
        default: throw usageError(`Unknown subcommand "${subcommand}"`);
      }
    } finally {
      session.close();
    }
  });
}

interface Context {
  readonly session: AdminSession;
  readonly output: CommandOutput & { readonly json: boolean };
  readonly values: { partitions?: string; replicas?: string; config?: string[]; delete?: string[] };
}

function required(name: string | undefined): string {
  if (name === undefined || name === '') throw usageError('Missing the topic name');
  return name;
}

function done(output: Context['output'], topic: string, status: string): void {
  printRows(output, ['TOPIC', 'STATUS'], [{ TOPIC: topic, STATUS: status }]);
}

async function runList({ session, output }: Context): Promise<void> {
  const rows = (await listTopics(session)).map((topic) => ({ NAME: topic.name, PARTITIONS: topic.partitions, INTERNAL: topic.internal }));
  printRows(output, ['NAME', 'PARTITIONS', 'INTERNAL'], rows);
}

async function runCreate({ session, output, values }: Context, name: string): Promise<void> {
  await createTopic(session, {
    name,
    partitions: values.partitions === undefined ? -1 : wholeNumber(values.partitions, '--partitions'),
    replicationFactor: values.replicas === undefined ? -1 : wholeNumber(values.replicas, '--replicas'),
    configs: keyValues(values.config, '--config'),
  });
  done(output, name, 'created');
}

async function runAlterConfig({ session, output, values }: Context, name: string): Promise<void> {
  const set = keyValues(values.config, '--config');
  const reset = values.delete ?? [];
  if (set.length + reset.length === 0) throw usageError('Give at least one --config key=value or --delete key');
  await alterTopicConfigs(session, name, { set, reset });
  done(output, name, `${set.length} set, ${reset.length} reset`);
}

async function runAddPartitions({ session, output, values }: Context, name: string): Promise<void> {
  if (values.partitions === undefined) throw usageError('Give the new total with --partitions N');
  const count = wholeNumber(values.partitions, '--partitions');
  await addPartitions(session, name, count);
  printRows(output, ['TOPIC', 'PARTITIONS'], [{ TOPIC: name, PARTITIONS: count }]);
}

async function runDelete({ session, output }: Context, name: string): Promise<void> {
  await deleteTopic(session, name);
  done(output, name, 'deleted');
}

/** Partitions as a table, then the configs set on the topic; or the description as JSON. */
async function runDescribe({ session, output }: Context, name: string): Promise<void> {
  const topic = await describeTopic(session, name);
  const partitions = topic.partitions.map((partition) => ({
    PARTITION: partition.partition, LEADER: partition.leader, EPOCH: partition.leaderEpoch,
    REPLICAS: partition.replicas.join(','), ISR: partition.isr.join(','),
    'LOG-START': partition.logStartOffset, 'HIGH-WATERMARK': partition.highWatermark,
  }));
  if (output.json) {
    output.write(`${JSON.stringify({ name, topicId: topic.topicId, partitions, configs: topic.configs }, null, 2)}\n`);
    return;
  }
  const configs = Object.entries(topic.configs);
  output.write(`${[
    `TOPIC ${name}  ID ${topic.topicId}  PARTITIONS ${partitions.length}`,
    '',
    renderTable(['PARTITION', 'LEADER', 'EPOCH', 'REPLICAS', 'ISR', 'LOG-START', 'HIGH-WATERMARK'], partitions),
    '',
    configs.length === 0 ? 'CONFIGS (none set on the topic)'
      : renderTable(['CONFIG', 'VALUE'], configs.map(([config, value]) => ({ CONFIG: config, VALUE: value }))),
  ].join('\n')}\n`);
}
