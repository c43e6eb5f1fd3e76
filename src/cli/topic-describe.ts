// `weir topic describe TOPIC` (src/cli/): a topic's partitions, each with its leader, replicas,
// in-sync replicas, log start offset and high watermark (ListOffsets at the earliest and latest
// timestamps), then the configs set on the topic itself (DescribeConfigs entries whose source is
// the topic, Kafka's DYNAMIC_TOPIC_CONFIG), which is what kafka-topics --describe shows.
import { ApiKey } from '../protocol/mod.js';
import {
  createDescribeConfigsRequest, createDescribeConfigsRequestDescribeConfigsResource, type DescribeConfigsResponse,
} from '../protocol/generated/messages/describe-configs.js';
import { expectNoError, type AdminSession } from '../admin/admin-session.js';
import { EARLIEST_TIMESTAMP, LATEST_TIMESTAMP, readOffsets, readTopic } from '../admin/metadata-reads.js';
import type { CommandOutput } from './run-command.js';
import { renderTable } from './table.js';

/** DescribeConfigs' resource type of a topic. */
export const TOPIC_RESOURCE_TYPE = 2;
/** DescribeConfigs' config source of a value set on the topic itself. */
const TOPIC_CONFIG_SOURCE = 1;

/** Prints the description of topic `name`. */
export async function describeTopic(session: AdminSession, output: CommandOutput & { json: boolean },
  name: string): Promise<void> {
  const topic = await readTopic(session, name);
  const indexes = topic.partitions.map((partition) => partition.partitionIndex).sort((a, b) => a - b);
  const [logStarts, highWatermarks, configs] = await Promise.all([
    readOffsets(session, name, indexes, EARLIEST_TIMESTAMP),
    readOffsets(session, name, indexes, LATEST_TIMESTAMP),
    readTopicConfigs(session, name),
  ]);
  const partitions = [...topic.partitions].sort((a, b) => a.partitionIndex - b.partitionIndex).map((partition) => ({
    PARTITION: partition.partitionIndex,
    LEADER: partition.leaderId,
    EPOCH: partition.leaderEpoch,
    REPLICAS: partition.replicaNodes.join(','),
    ISR: partition.isrNodes.join(','),
    'LOG-START': logStarts.get(partition.partitionIndex) ?? null,
    'HIGH-WATERMARK': highWatermarks.get(partition.partitionIndex) ?? null,
  }));
  if (output.json) {
    output.write(`${JSON.stringify({ name, topicId: topic.topicId, partitions, configs: Object.fromEntries(configs) }, null, 2)}\n`);
    return;
  }
  const lines = [
    `TOPIC ${name}  ID ${topic.topicId}  PARTITIONS ${partitions.length}`,
    '',
    renderTable(['PARTITION', 'LEADER', 'EPOCH', 'REPLICAS', 'ISR', 'LOG-START', 'HIGH-WATERMARK'], partitions),
    '',
    configs.length === 0 ? 'CONFIGS (none set on the topic)'
      : renderTable(['CONFIG', 'VALUE'], configs.map(([config, value]) => ({ CONFIG: config, VALUE: value }))),
  ];
  output.write(`${lines.join('\n')}\n`);
}

/** The configs set on the topic itself, as [name, value] pairs sorted by name. */
async function readTopicConfigs(session: AdminSession, name: string): Promise<Array<[string, string | null]>> {
  const response = await session.request<DescribeConfigsResponse>({
    apiKey: ApiKey.DescribeConfigs,
    // v1+ reports each value's source.
    versions: { lowestVersion: 1, highestVersion: 4 },
    body: createDescribeConfigsRequest({ resources: [createDescribeConfigsRequestDescribeConfigsResource({
      resourceType: TOPIC_RESOURCE_TYPE, resourceName: name, configurationKeys: null })] }),
  });
  const result = response.results[0];
  expectNoError(result?.errorCode ?? 0, result?.errorMessage, `describe the configs of "${name}"`);
  return (result?.configs ?? [])
    .filter((config) => config.configSource === TOPIC_CONFIG_SOURCE)
    .map((config): [string, string | null] => [config.name, config.value])
    .sort(([a], [b]) => a.localeCompare(b));
}
