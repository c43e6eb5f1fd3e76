// Generated from ConsumerGroupPartitionMetadataValue.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// ConsumerGroupPartitionMetadataValue: data schema codec, versions 0.
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';
import { ZERO_UUID, type Uuid } from '../../entity-types.js';

/** Versions of ConsumerGroupPartitionMetadataValue: valid 0, flexible 0+. */
export const consumerGroupPartitionMetadataValueVersions = {
  lowestVersion: 0,
  highestVersion: 0,
  flexibleLowestVersion: 0,
} as const;

/** The ConsumerGroupPartitionMetadataValue message; versions 0. */
export interface ConsumerGroupPartitionMetadataValue {
  /** The list of topic metadata. Versions: 0+. */
  topics: ConsumerGroupPartitionMetadataValueTopicMetadata[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A ConsumerGroupPartitionMetadataValue with every field at its schema default, overridden by `init`. */
export function createConsumerGroupPartitionMetadataValue(init: Partial<ConsumerGroupPartitionMetadataValue> = {}): ConsumerGroupPartitionMetadataValue {
  return {
    topics: [],
    ...init,
  };
}

/** Writes a ConsumerGroupPartitionMetadataValue in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeConsumerGroupPartitionMetadataValue(writer: Writer, value: ConsumerGroupPartitionMetadataValue, version: number): void {
  writer.writeArrayLength(value.topics, true);
  for (const item of value.topics) writeConsumerGroupPartitionMetadataValueTopicMetadata(writer, item, version);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a ConsumerGroupPartitionMetadataValue in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readConsumerGroupPartitionMetadataValue(reader: Reader, version: number): ConsumerGroupPartitionMetadataValue {
  const value: ConsumerGroupPartitionMetadataValue = {
    topics: reader.readArray(true, () => readConsumerGroupPartitionMetadataValueTopicMetadata(reader, version)),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** TopicMetadata of ConsumerGroupPartitionMetadataValue; versions 0. */
export interface ConsumerGroupPartitionMetadataValueTopicMetadata {
  /** The topic id. Versions: 0+. */
  topicId: Uuid;
  /** The topic name. Versions: 0+. */
  topicName: string;
  /** The number of partitions of the topic. Versions: 0+. */
  numPartitions: number;
  /** Deprecated: this field is not used after 4.0. Partitions mapped to a set of racks. If the rack information is unavailable for all the partitions, an empty list is stored. Versions: 0+. */
  partitionMetadata: ConsumerGroupPartitionMetadataValuePartitionMetadata[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A ConsumerGroupPartitionMetadataValueTopicMetadata with every field at its schema default, overridden by `init`. */
export function createConsumerGroupPartitionMetadataValueTopicMetadata(init: Partial<ConsumerGroupPartitionMetadataValueTopicMetadata> = {}): ConsumerGroupPartitionMetadataValueTopicMetadata {
  return {
    topicId: ZERO_UUID,
    topicName: "",
    numPartitions: 0,
    partitionMetadata: [],
    ...init,
  };
}

/** Writes a ConsumerGroupPartitionMetadataValueTopicMetadata in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeConsumerGroupPartitionMetadataValueTopicMetadata(writer: Writer, value: ConsumerGroupPartitionMetadataValueTopicMetadata, version: number): void {
  writer.writeUuid(value.topicId);
  writer.writeString(value.topicName, true);
  writer.writeInt32(value.numPartitions);
  writer.writeArrayLength(value.partitionMetadata, true);
  for (const item of value.partitionMetadata) writeConsumerGroupPartitionMetadataValuePartitionMetadata(writer, item, version);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a ConsumerGroupPartitionMetadataValueTopicMetadata in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readConsumerGroupPartitionMetadataValueTopicMetadata(reader: Reader, version: number): ConsumerGroupPartitionMetadataValueTopicMetadata {
  const value: ConsumerGroupPartitionMetadataValueTopicMetadata = {
    topicId: reader.readUuid(),
    topicName: reader.readString(true),
    numPartitions: reader.readInt32(),
    partitionMetadata: reader.readArray(true, () => readConsumerGroupPartitionMetadataValuePartitionMetadata(reader, version)),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** PartitionMetadata of ConsumerGroupPartitionMetadataValue; versions 0. */
export interface ConsumerGroupPartitionMetadataValuePartitionMetadata {
  /** The partition number. Versions: 0+. */
  partition: number;
  /** The set of racks that the partition is mapped to. Versions: 0+. */
  racks: string[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A ConsumerGroupPartitionMetadataValuePartitionMetadata with every field at its schema default, overridden by `init`. */
export function createConsumerGroupPartitionMetadataValuePartitionMetadata(init: Partial<ConsumerGroupPartitionMetadataValuePartitionMetadata> = {}): ConsumerGroupPartitionMetadataValuePartitionMetadata {
  return {
    partition: 0,
    racks: [],
    ...init,
  };
}

/** Writes a ConsumerGroupPartitionMetadataValuePartitionMetadata in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeConsumerGroupPartitionMetadataValuePartitionMetadata(writer: Writer, value: ConsumerGroupPartitionMetadataValuePartitionMetadata, _version: number): void {
  writer.writeInt32(value.partition);
  writer.writeArrayLength(value.racks, true);
  for (const item of value.racks) writer.writeString(item, true);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a ConsumerGroupPartitionMetadataValuePartitionMetadata in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readConsumerGroupPartitionMetadataValuePartitionMetadata(reader: Reader, _version: number): ConsumerGroupPartitionMetadataValuePartitionMetadata {
  const value: ConsumerGroupPartitionMetadataValuePartitionMetadata = {
    partition: reader.readInt32(),
    racks: reader.readStringArray(true),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}
