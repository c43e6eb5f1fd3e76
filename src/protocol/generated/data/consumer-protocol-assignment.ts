// Generated from ConsumerProtocolAssignment.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// ConsumerProtocolAssignment: data schema codec, versions 0-3.
import type { Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';
import { type TopicName } from '../../entity-types.js';

/** Versions of ConsumerProtocolAssignment: valid 0-3, flexible none. */
export const consumerProtocolAssignmentVersions = {
  lowestVersion: 0,
  highestVersion: 3,
  flexibleLowestVersion: null,
} as const;

/** The ConsumerProtocolAssignment message; versions 0-3. */
export interface ConsumerProtocolAssignment {
  /** The AssignedPartitions field. Versions: 0+. */
  assignedPartitions: ConsumerProtocolAssignmentTopicPartition[];
  /** The UserData field. Versions: 0+. Nullable: 0+. Default: null. */
  userData: Uint8Array | null;
}

/** A ConsumerProtocolAssignment with every field at its schema default, overridden by `init`. */
export function createConsumerProtocolAssignment(init: Partial<ConsumerProtocolAssignment> = {}): ConsumerProtocolAssignment {
  return {
    assignedPartitions: [],
    userData: null,
    ...init,
  };
}

/** Writes a ConsumerProtocolAssignment in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeConsumerProtocolAssignment(writer: Writer, value: ConsumerProtocolAssignment, version: number): void {
  writer.writeArrayLength(value.assignedPartitions, false);
  for (const item of value.assignedPartitions) writeConsumerProtocolAssignmentTopicPartition(writer, item, version);
  writer.writeNullableBytes(value.userData, false);
}

/** Reads a ConsumerProtocolAssignment in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readConsumerProtocolAssignment(reader: Reader, version: number): ConsumerProtocolAssignment {
  const value: ConsumerProtocolAssignment = {
    assignedPartitions: reader.readArray(false, () => readConsumerProtocolAssignmentTopicPartition(reader, version)),
    userData: reader.readNullableBytes(false),
  };
  return value;
}

/** TopicPartition of ConsumerProtocolAssignment; versions 0-3. */
export interface ConsumerProtocolAssignmentTopicPartition {
  /** The Topic field. Versions: 0+. Entity: topicName. */
  topic: TopicName;
  /** The Partitions field. Versions: 0+. */
  partitions: number[];
}

/** A ConsumerProtocolAssignmentTopicPartition with every field at its schema default, overridden by `init`. */
export function createConsumerProtocolAssignmentTopicPartition(init: Partial<ConsumerProtocolAssignmentTopicPartition> = {}): ConsumerProtocolAssignmentTopicPartition {
  return {
    topic: "" as TopicName,
    partitions: [],
    ...init,
  };
}

/** Writes a ConsumerProtocolAssignmentTopicPartition in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeConsumerProtocolAssignmentTopicPartition(writer: Writer, value: ConsumerProtocolAssignmentTopicPartition, _version: number): void {
  writer.writeString(value.topic, false);
  writer.writeArrayLength(value.partitions, false);
  for (const item of value.partitions) writer.writeInt32(item);
}

/** Reads a ConsumerProtocolAssignmentTopicPartition in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readConsumerProtocolAssignmentTopicPartition(reader: Reader, _version: number): ConsumerProtocolAssignmentTopicPartition {
  const value: ConsumerProtocolAssignmentTopicPartition = {
    topic: reader.readString(false) as TopicName,
    partitions: reader.readInt32Array(false),
  };
  return value;
}
