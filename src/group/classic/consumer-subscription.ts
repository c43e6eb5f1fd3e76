// The topics a consumer subscribes to, read from its JoinGroup metadata. Members of protocol
// type "consumer" put a ConsumerProtocolSubscription in their protocol metadata: an int16
// version, then the fields of that version. Every version starts with the fields of version 0
// (topics, user data), so the coordinator reads version 0 whatever version was written — as
// Kafka's ClassicGroup.computeSubscribedTopics does — and so understands future versions too.
// OffsetDelete asks this (GROUP_SUBSCRIBED_TO_TOPIC). Pure.
import { Reader } from '../../protocol/primitives/reader.js';
import { readConsumerProtocolSubscription } from '../../protocol/generated/data/consumer-protocol-subscription.js';

/**
 * The union of the topics in `metadatas`; undefined when one does not decode (the coordinator
 * then does not know what the group subscribes to).
 */
export function subscribedTopics(metadatas: Iterable<Uint8Array>): Set<string> | undefined {
  const topics = new Set<string>();
  try {
    for (const metadata of metadatas) {
      const reader = new Reader(metadata);
      const version = reader.readInt16();
      if (version < 0) return undefined;
      for (const topic of readConsumerProtocolSubscription(reader, 0).topics) topics.add(topic);
    }
  } catch {
    // A member's bytes are the client's own; malformed ones only make the subscription unknown.
    return undefined;
  }
  return topics;
}
