// `weir topic`: create, list, describe, alter the configs of, add partitions to, and delete
// topics, over the Kafka protocol (src/cli/). The counterpart of Kafka's kafka-topics and
// Redpanda's `rpk topic`; every subcommand prints a table, or JSON with --json.
import { ApiKey, ZERO_UUID, topicName } from '../protocol/mod.js';
import {
  createCreatePartitionsRequest, createCreatePartitionsRequestCreatePartitionsTopic, type CreatePartitionsResponse,
} from '../protocol/generated/messages/create-partitions.js';
import {
  createCreateTopicsRequest, createCreateTopicsRequestCreatableTopic, createCreateTopicsRequestCreatableTopicConfig,
  type CreateTopicsResponse,
} from '../protocol/generated/messages/create-topics.js';
import {
  createDeleteTopicsRequest, createDeleteTopicsRequestDeleteTopicState, type DeleteTopicsResponse,
} from '../protocol/generated/messages/delete-topics.js';
import {
  createIncrementalAlterConfigsRequest, createIncrementalAlterConfigsRequestAlterConfigsResource,
  createIncrementalAlterConfigsRequestAlterableConfig, type IncrementalAlterConfigsResponse,
} from '../protocol/generated/messages/incremental-alter-configs.js';
import { expectNoError, type AdminSession } from '../admin/admin-session.js';
import { cliSession } from './cli-session.js';
import { readMetadata } from '../admin/metadata-reads.js';
import { usageError } from './cli-error.js';
import { commonFlagsHelp, keyValues, parseFlags, wholeNumber } from './flags.js';
import { runCommand, type CommandOutput } from './run-command.js';
import { printRows } from './table.js';
import { describeTopic, TOPIC_RESOURCE_TYPE } from './topic-describe.js';

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
  return runCommand(usage, async (output) => {
    const { values, positionals } = parseFlags(argv, flags);
    if (values.help) return output.write(`${usage}\n`);
    const [subcommand, name, ...extra] = positionals;
    if (extra.length > 0) throw usageError(`Unexpected argument "${extra[0]}"`);
    const session = cliSession(values.bootstrap);
    const context = { session, output: { ...output, json: values.json }, values };
    try {
      switch (subcommand) {
        case 'list': return await listTopics(context);
        case 'create': return await createTopic(context, required(name));
        case 'describe': return await describeTopic(session, context.output, required(name));
        case 'alter-config': return await alterConfig(context, required(name));
        case 'add-partitions': return await addPartitions(context, required(name));
        case 'delete': return await deleteTopic(context, required(name));
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

async function listTopics({ session, output }: Context): Promise<void> {
  const metadata = await readMetadata(session, null);
  const rows = metadata.topics
    .map((topic) => ({ NAME: topic.name, PARTITIONS: topic.partitions.length, INTERNAL: topic.isInternal }))
    .sort((a, b) => String(a.NAME).localeCompare(String(b.NAME)));
  printRows(output, ['NAME', 'PARTITIONS', 'INTERNAL'], rows);
}

async function createTopic({ session, output, values }: Context, name: string): Promise<void> {
  const response = await session.request<CreateTopicsResponse>({
    apiKey: ApiKey.CreateTopics,
    body: createCreateTopicsRequest({
      timeoutMs: 30_000,
      topics: [createCreateTopicsRequestCreatableTopic({
        name: topicName(name),
        numPartitions: values.partitions === undefined ? -1 : wholeNumber(values.partitions, '--partitions'),
        replicationFactor: values.replicas === undefined ? -1 : wholeNumber(values.replicas, '--replicas'),
        configs: keyValues(values.config, '--config')
          .map(([key, value]) => createCreateTopicsRequestCreatableTopicConfig({ name: key, value })),
      })],
    }),
  });
  const result = response.topics[0];
  expectNoError(result?.errorCode ?? 0, result?.errorMessage, `create topic "${name}"`);
  printRows(output, ['TOPIC', 'STATUS'], [{ TOPIC: name, STATUS: 'created' }]);
}

async function alterConfig({ session, output, values }: Context, name: string): Promise<void> {
  const set = keyValues(values.config, '--config')
    .map(([key, value]) => createIncrementalAlterConfigsRequestAlterableConfig({ name: key, configOperation: 0, value }));
  const reset = (values.delete ?? [])
    .map((key) => createIncrementalAlterConfigsRequestAlterableConfig({ name: key, configOperation: 1, value: null }));
  if (set.length + reset.length === 0) throw usageError('Give at least one --config key=value or --delete key');
  const response = await session.request<IncrementalAlterConfigsResponse>({
    apiKey: ApiKey.IncrementalAlterConfigs,
    body: createIncrementalAlterConfigsRequest({ resources: [createIncrementalAlterConfigsRequestAlterConfigsResource({
      resourceType: TOPIC_RESOURCE_TYPE, resourceName: name, configs: [...set, ...reset] })] }),
  });
  const result = response.responses[0];
  expectNoError(result?.errorCode ?? 0, result?.errorMessage, `alter the configs of "${name}"`);
  printRows(output, ['TOPIC', 'STATUS'], [{ TOPIC: name, STATUS: `${set.length} set, ${reset.length} reset` }]);
}

async function addPartitions({ session, output, values }: Context, name: string): Promise<void> {
  if (values.partitions === undefined) throw usageError('Give the new total with --partitions N');
  const count = wholeNumber(values.partitions, '--partitions');
  const response = await session.request<CreatePartitionsResponse>({
    apiKey: ApiKey.CreatePartitions,
    body: createCreatePartitionsRequest({ timeoutMs: 30_000,
      topics: [createCreatePartitionsRequestCreatePartitionsTopic({ name: topicName(name), count, assignments: null })] }),
  });
  const result = response.results[0];
  expectNoError(result?.errorCode ?? 0, result?.errorMessage, `add partitions to "${name}"`);
  printRows(output, ['TOPIC', 'PARTITIONS'], [{ TOPIC: name, PARTITIONS: count }]);
}

async function deleteTopic({ session, output }: Context, name: string): Promise<void> {
  const response = await session.request<DeleteTopicsResponse>({
    apiKey: ApiKey.DeleteTopics,
    // v6 names topics in `topics` (by name or id); older versions in `topicNames`.
    versions: { lowestVersion: 6, highestVersion: 6 },
    body: createDeleteTopicsRequest({ timeoutMs: 30_000,
      topics: [createDeleteTopicsRequestDeleteTopicState({ name: topicName(name), topicId: ZERO_UUID })] }),
  });
  const result = response.responses[0];
  expectNoError(result?.errorCode ?? 0, result?.errorMessage, `delete topic "${name}"`);
  printRows(output, ['TOPIC', 'STATUS'], [{ TOPIC: name, STATUS: 'deleted' }]);
}
