// What a group subscribes to, resolved against the metadata image: the topic names its members
// list, plus the topics whose whole name matches a member's regex (KIP-848 regex subscriptions,
// ConsumerGroupHeartbeat v1). Kafka matches with RE2J; Weir uses JavaScript's RegExp, which
// agrees on the patterns clients send (librdkafka turns "^prefix.*" subscriptions into one
// alternation). Internal topics never match a regex, as in Kafka.
//
// The result, as "subscription metadata" (topic name -> id and partition count), is persisted
// in ConsumerGroupPartitionMetadata; when it changes (a topic created, deleted or grown) the group
// epoch is bumped and a new target assignment computed.
import type { MetadataImage } from '../../metadata/image/metadata-image.js';
import type { TopicName, Uuid } from '../../protocol/entity-types.js';
import type { MemberSubscription } from './consumer-group-member.js';

const INTERNAL_TOPICS: ReadonlySet<string> = new Set(['__consumer_offsets', '__transaction_state', '__share_group_state']);

/** One subscribed topic as the group last saw it. */
export interface SubscribedTopic {
  readonly topicId: Uuid;
  readonly partitionCount: number;
}

/** Subscribed topics by name (only topics the image has). */
export type SubscriptionMetadata = ReadonlyMap<string, SubscribedTopic>;

/** The regex as a whole-name matcher, or undefined when it does not compile. */
export function compileTopicRegex(regex: string): RegExp | undefined {
  try {
    return new RegExp(`^(?:${regex})$`, 'u');
  } catch {
    return undefined;
  }
}

/** The topic names one member subscribes to in `image`'s terms (regex matches included). */
export function memberTopicNames(member: MemberSubscription, image: MetadataImage): Set<string> {
  const names = new Set(member.subscribedTopicNames);
  const regex = member.subscribedTopicRegex === null ? undefined : compileTopicRegex(member.subscribedTopicRegex);
  if (regex !== undefined) {
    for (const name of image.topicsByName.keys()) {
      if (!INTERNAL_TOPICS.has(name) && regex.test(name)) names.add(name);
    }
  }
  return names;
}

/** The subscription metadata of `names`: those the image has, with id and partition count. */
export function subscriptionMetadata(names: Iterable<string>, image: MetadataImage): Map<string, SubscribedTopic> {
  const result = new Map<string, SubscribedTopic>();
  for (const name of [...names].sort()) {
    const topic = image.topicsByName.get(name as TopicName);
    if (topic !== undefined) result.set(name, { topicId: topic.topicId, partitionCount: topic.partitions.length });
  }
  return result;
}

export function sameSubscriptionMetadata(left: SubscriptionMetadata, right: SubscriptionMetadata): boolean {
  if (left.size !== right.size) return false;
  for (const [name, topic] of left) {
    const other = right.get(name);
    if (other === undefined || other.topicId !== topic.topicId || other.partitionCount !== topic.partitionCount) {
      return false;
    }
  }
  return true;
}
