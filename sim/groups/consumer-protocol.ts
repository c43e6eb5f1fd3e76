// The "consumer" protocol type's embedded bytes, as the simulated classic members put them in
// JoinGroup (a subscription: the topics a member wants) and SyncGroup (an assignment: the
// partitions a member gets). Part of sim/groups/. Kafka's clients prefix each with an int16
// version of ConsumerProtocolSubscription / ConsumerProtocolAssignment (the generated data
// codecs of src/protocol/generated/data/); the coordinator only stores and relays them, so these
// bytes are the members' own business, exactly as between real clients.
import { Reader } from '../../src/protocol/primitives/reader.js';
import { Writer } from '../../src/protocol/primitives/writer.js';
import type { TopicName } from '../../src/protocol/mod.js';
import {
  createConsumerProtocolAssignment, createConsumerProtocolAssignmentTopicPartition, readConsumerProtocolAssignment,
  writeConsumerProtocolAssignment,
} from '../../src/protocol/generated/data/consumer-protocol-assignment.js';
import {
  createConsumerProtocolSubscription, readConsumerProtocolSubscription, writeConsumerProtocolSubscription,
} from '../../src/protocol/generated/data/consumer-protocol-subscription.js';

/** The versions the members write (v1 of each: what the eager Java consumer writes). */
const subscriptionVersion = 1;
const assignmentVersion = 1;

/** The JoinGroup metadata of a member subscribed to `topics`. */
export function encodeSubscription(topics: readonly string[]): Uint8Array {
  const writer = new Writer();
  writer.writeInt16(subscriptionVersion);
  writeConsumerProtocolSubscription(writer, createConsumerProtocolSubscription({ topics: [...topics] }), subscriptionVersion);
  return writer.finish();
}

/** The topics of a JoinGroup member's metadata (any version a client writes). */
export function decodeSubscription(bytes: Uint8Array): string[] {
  const reader = new Reader(bytes);
  const version = reader.readInt16();
  return readConsumerProtocolSubscription(reader, Math.min(version, 3)).topics;
}

/** SyncGroup assignment bytes for "topic/partition" names. */
export function encodeAssignment(partitions: readonly string[]): Uint8Array {
  const byTopic = new Map<string, number[]>();
  for (const name of partitions) {
    const { topic, partition } = splitPartitionName(name);
    byTopic.set(topic, [...byTopic.get(topic) ?? [], partition]);
  }
  const writer = new Writer();
  writer.writeInt16(assignmentVersion);
  writeConsumerProtocolAssignment(writer, createConsumerProtocolAssignment({ assignedPartitions: [...byTopic].map(([topic, indexes]) =>
    createConsumerProtocolAssignmentTopicPartition({ topic: topic as TopicName, partitions: indexes })) }), assignmentVersion);
  return writer.finish();
}

/** The "topic/partition" names of SyncGroup assignment bytes (empty bytes: nothing assigned). */
export function decodeAssignment(bytes: Uint8Array): string[] {
  if (bytes.length === 0) return [];
  const reader = new Reader(bytes);
  const version = reader.readInt16();
  return readConsumerProtocolAssignment(reader, Math.min(version, 3)).assignedPartitions
    .flatMap((entry) => entry.partitions.map((partition) => `${entry.topic}/${partition}`));
}

/** "topic/3" as its topic and partition index. */
export function splitPartitionName(name: string): { topic: string; partition: number } {
  const slash = name.lastIndexOf('/');
  const partition = Number(name.slice(slash + 1));
  if (slash <= 0 || !Number.isSafeInteger(partition) || partition < 0) throw new RangeError(`Cannot read partition name "${name}"`);
  return { topic: name.slice(0, slash), partition };
}
