// Generated from ConsumerProtocolSubscription.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// ConsumerProtocolSubscription: data schema codec, versions 0-3.
import type { Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';
import { type TopicName } from '../../entity-types.js';

/** Versions of ConsumerProtocolSubscription: valid 0-3, flexible none. */
export const consumerProtocolSubscriptionVersions = {
  lowestVersion: 0,
  highestVersion: 3,
  flexibleLowestVersion: null,
} as const;

/** The ConsumerProtocolSubscription message; versions 0-3. */
export interface ConsumerProtocolSubscription {
  /** The Topics field. Versions: 0+. */
  topics: string[];
  /** The UserData field. Versions: 0+. Nullable: 0+. Default: null. */
  userData: Uint8Array | null;
  /** The OwnedPartitions field. Versions: 1+. Ignorable. */
  ownedPartitions: ConsumerProtocolSubscriptionTopicPartition[];
  /** The GenerationId field. Versions: 2+. Ignorable. Default: -1. */
  generationId: number;
  /** The RackId field. Versions: 3+. Nullable: 3+. Ignorable. Default: null. */
  rackId: string | null;
}

/** A ConsumerProtocolSubscription with every field at its schema default, overridden by `init`. */
export function createConsumerProtocolSubscription(init: Partial<ConsumerProtocolSubscription> = {}): ConsumerProtocolSubscription {
  return {
    topics: [],
    userData: null,
    ownedPartitions: [],
    generationId: -1,
    rackId: null,
    ...init,
  };
}

/** Writes a ConsumerProtocolSubscription in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeConsumerProtocolSubscription(writer: Writer, value: ConsumerProtocolSubscription, version: number): void {
  writer.writeArrayLength(value.topics, false);
  for (const item of value.topics) writer.writeString(item, false);
  writer.writeNullableBytes(value.userData, false);
  if (version >= 1) {
    writer.writeArrayLength(value.ownedPartitions, false);
    for (const item of value.ownedPartitions) writeConsumerProtocolSubscriptionTopicPartition(writer, item, version);
  }
  if (version >= 2) {
    writer.writeInt32(value.generationId);
  }
  if (version >= 3) {
    writer.writeNullableString(value.rackId, false);
  }
}

/** Reads a ConsumerProtocolSubscription in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readConsumerProtocolSubscription(reader: Reader, version: number): ConsumerProtocolSubscription {
  const value: ConsumerProtocolSubscription = {
    topics: reader.readStringArray(false),
    userData: reader.readNullableBytes(false),
    ownedPartitions: (version >= 1) ? reader.readArray(false, () => readConsumerProtocolSubscriptionTopicPartition(reader, version)) : [],
    generationId: (version >= 2) ? reader.readInt32() : -1,
    rackId: (version >= 3) ? reader.readNullableString(false) : null,
  };
  return value;
}

/** TopicPartition of ConsumerProtocolSubscription; versions 1-3. */
export interface ConsumerProtocolSubscriptionTopicPartition {
  /** The Topic field. Versions: 1+. Entity: topicName. */
  topic: TopicName;
  /** The Partitions field. Versions: 1+. */
  partitions: number[];
}

/** A ConsumerProtocolSubscriptionTopicPartition with every field at its schema default, overridden by `init`. */
export function createConsumerProtocolSubscriptionTopicPartition(init: Partial<ConsumerProtocolSubscriptionTopicPartition> = {}): ConsumerProtocolSubscriptionTopicPartition {
  return {
    topic: "" as TopicName,
    partitions: [],
    ...init,
  };
}

/** Writes a ConsumerProtocolSubscriptionTopicPartition in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeConsumerProtocolSubscriptionTopicPartition(writer: Writer, value: ConsumerProtocolSubscriptionTopicPartition, _version: number): void {
  writer.writeString(value.topic, false);
  writer.writeArrayLength(value.partitions, false);
  for (const item of value.partitions) writer.writeInt32(item);
}

/** Reads a ConsumerProtocolSubscriptionTopicPartition in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readConsumerProtocolSubscriptionTopicPartition(reader: Reader, _version: number): ConsumerProtocolSubscriptionTopicPartition {
  const value: ConsumerProtocolSubscriptionTopicPartition = {
    topic: reader.readString(false) as TopicName,
    partitions: reader.readInt32Array(false),
  };
  return value;
}
