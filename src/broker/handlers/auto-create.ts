// Topic auto-creation on behalf of a Metadata request (auto.create.topics.enable): a CreateTopics
// sent to the controller with the broker defaults (num.partitions, default.replication.factor),
// as Kafka's AutoTopicCreationManager forwards one (to this node's controller or the active one). Resolves once the controller answered, with
// each topic's error code (NONE or TOPIC_ALREADY_EXISTS mean the image now holds it).
// `__consumer_offsets` is created as the group coordinator creates it (its partitions,
// replication factor and compacted configs, src/group/runtime/offsets-topic.ts), never with the
// defaults, as Kafka's AutoTopicCreationManager does for its internal topics.
import type { TopicName } from '../../protocol/mod.js';
import { ErrorCode } from '../../protocol/mod.js';
import { createCreateTopicsRequest } from '../../protocol/generated/messages/create-topics.js';
import type { BrokerServices, RequestContext } from '../broker-services.js';
import { OFFSETS_TOPIC } from '../../group/runtime/offsets-topic.js';

const createTopicsVersion = 7;

/** Asks the controller to create `names` with default settings; error code per name. */
export async function createTopicsThroughController(services: BrokerServices, names: readonly TopicName[],
  metadataContext: RequestContext): Promise<Map<string, number>> {
  const outcome = new Map<string, number>();
  // The CreateTopics carries the Metadata request's client, so a forwarded one names who caused it.
  const context: RequestContext = { ...metadataContext, apiVersion: createTopicsVersion };
  if (names.includes(OFFSETS_TOPIC)) {
    outcome.set(OFFSETS_TOPIC, await services.groups.ensureOffsetsTopic((request) =>
      services.controller.createTopics(request, context)));
  }
  const ordinary = names.filter((name) => name !== OFFSETS_TOPIC);
  if (ordinary.length === 0) return outcome;
  const response = await services.controller.createTopics(createCreateTopicsRequest({
    topics: ordinary.map((name) => ({ name, numPartitions: -1, replicationFactor: -1, assignments: [], configs: [] })),
    timeoutMs: 30_000,
    validateOnly: false,
  }), context);
  for (const result of response.topics) {
    outcome.set(result.name, result.errorCode);
    if (result.errorCode !== ErrorCode.NONE && result.errorCode !== ErrorCode.TOPIC_ALREADY_EXISTS) {
      services.logger.info('auto-creation refused', { topic: result.name, errorCode: result.errorCode });
    } else if (result.errorCode === ErrorCode.NONE) {
      services.logger.info('topic auto-created', { topic: result.name });
    }
  }
  return outcome;
}
