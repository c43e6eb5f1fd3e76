// The metadata reads several admin operations share (src/admin/): the topics a broker knows, and
// one topic's partitions. Each answer also teaches the session where the partition leaders are.
import { ApiKey, topicName } from '../protocol/mod.js';
import {
  createMetadataRequest, createMetadataRequestTopic, type MetadataResponse, type MetadataResponseTopic,
} from '../protocol/generated/messages/metadata.js';
import { expectNoError, type AdminSession } from './admin-session.js';

/** Metadata for `names` (null: every topic); creates no topic unless asked to. */
export async function readMetadata(session: AdminSession, names: readonly string[] | null,
  options: { allowAutoTopicCreation?: boolean } = {}): Promise<MetadataResponse> {
  return session.request<MetadataResponse>({
    apiKey: ApiKey.Metadata,
    body: createMetadataRequest({
      topics: names === null ? null : names.map((name) => createMetadataRequestTopic({ name: topicName(name) })),
      allowAutoTopicCreation: options.allowAutoTopicCreation ?? false,
    }),
  });
}

/** The metadata of one existing topic; a missing topic is an AdminError (not-found). */
export async function readTopic(session: AdminSession, name: string): Promise<MetadataResponseTopic> {
  const metadata = await readMetadata(session, [name]);
  const topic = metadata.topics.find((entry) => entry.name === name);
  if (topic === undefined) expectNoError(3, null, `describe topic "${name}"`);
  expectNoError((topic as MetadataResponseTopic).errorCode, null, `describe topic "${name}"`);
  return topic as MetadataResponseTopic;
}
