// Generated from ConsumerGroupTargetAssignmentMemberValue.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// ConsumerGroupTargetAssignmentMemberValue: data schema codec, versions 0.
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';
import { ZERO_UUID, type Uuid } from '../../entity-types.js';

/** Versions of ConsumerGroupTargetAssignmentMemberValue: valid 0, flexible 0+. */
export const consumerGroupTargetAssignmentMemberValueVersions = {
  lowestVersion: 0,
  highestVersion: 0,
  flexibleLowestVersion: 0,
} as const;

/** The ConsumerGroupTargetAssignmentMemberValue message; versions 0. */
export interface ConsumerGroupTargetAssignmentMemberValue {
  /** The assigned partitions. Versions: 0+. */
  topicPartitions: ConsumerGroupTargetAssignmentMemberValueTopicPartition[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A ConsumerGroupTargetAssignmentMemberValue with every field at its schema default, overridden by `init`. */
export function createConsumerGroupTargetAssignmentMemberValue(init: Partial<ConsumerGroupTargetAssignmentMemberValue> = {}): ConsumerGroupTargetAssignmentMemberValue {
  return {
    topicPartitions: [],
    ...init,
  };
}

/** Writes a ConsumerGroupTargetAssignmentMemberValue in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeConsumerGroupTargetAssignmentMemberValue(writer: Writer, value: ConsumerGroupTargetAssignmentMemberValue, version: number): void {
  writer.writeArrayLength(value.topicPartitions, true);
  for (const item of value.topicPartitions) writeConsumerGroupTargetAssignmentMemberValueTopicPartition(writer, item, version);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a ConsumerGroupTargetAssignmentMemberValue in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readConsumerGroupTargetAssignmentMemberValue(reader: Reader, version: number): ConsumerGroupTargetAssignmentMemberValue {
  const value: ConsumerGroupTargetAssignmentMemberValue = {
    topicPartitions: reader.readArray(true, () => readConsumerGroupTargetAssignmentMemberValueTopicPartition(reader, version)),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** TopicPartition of ConsumerGroupTargetAssignmentMemberValue; versions 0. */
export interface ConsumerGroupTargetAssignmentMemberValueTopicPartition {
  /** The TopicId field. Versions: 0+. */
  topicId: Uuid;
  /** The Partitions field. Versions: 0+. */
  partitions: number[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A ConsumerGroupTargetAssignmentMemberValueTopicPartition with every field at its schema default, overridden by `init`. */
export function createConsumerGroupTargetAssignmentMemberValueTopicPartition(init: Partial<ConsumerGroupTargetAssignmentMemberValueTopicPartition> = {}): ConsumerGroupTargetAssignmentMemberValueTopicPartition {
  return {
    topicId: ZERO_UUID,
    partitions: [],
    ...init,
  };
}

/** Writes a ConsumerGroupTargetAssignmentMemberValueTopicPartition in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeConsumerGroupTargetAssignmentMemberValueTopicPartition(writer: Writer, value: ConsumerGroupTargetAssignmentMemberValueTopicPartition, _version: number): void {
  writer.writeUuid(value.topicId);
  writer.writeArrayLength(value.partitions, true);
  for (const item of value.partitions) writer.writeInt32(item);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a ConsumerGroupTargetAssignmentMemberValueTopicPartition in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readConsumerGroupTargetAssignmentMemberValueTopicPartition(reader: Reader, _version: number): ConsumerGroupTargetAssignmentMemberValueTopicPartition {
  const value: ConsumerGroupTargetAssignmentMemberValueTopicPartition = {
    topicId: reader.readUuid(),
    partitions: reader.readInt32Array(true),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}
