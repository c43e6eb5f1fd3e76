// Generated from ConsumerGroupCurrentMemberAssignmentValue.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// ConsumerGroupCurrentMemberAssignmentValue: data schema codec, versions 0.
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';
import { ZERO_UUID, type Uuid } from '../../entity-types.js';

/** Versions of ConsumerGroupCurrentMemberAssignmentValue: valid 0, flexible 0+. */
export const consumerGroupCurrentMemberAssignmentValueVersions = {
  lowestVersion: 0,
  highestVersion: 0,
  flexibleLowestVersion: 0,
} as const;

/** The ConsumerGroupCurrentMemberAssignmentValue message; versions 0. */
export interface ConsumerGroupCurrentMemberAssignmentValue {
  /** The current member epoch that is expected from the member in the heartbeat request. Versions: 0+. */
  memberEpoch: number;
  /** If the last epoch bump is lost before reaching the member, the member will retry with the previous epoch. Versions: 0+. */
  previousMemberEpoch: number;
  /** The member state. See MemberState for the possible values. Versions: 0+. */
  state: number;
  /** The partitions assigned to (or owned by) this member. Versions: 0+. */
  assignedPartitions: ConsumerGroupCurrentMemberAssignmentValueTopicPartitions[];
  /** The partitions that must be revoked by this member. Versions: 0+. */
  partitionsPendingRevocation: ConsumerGroupCurrentMemberAssignmentValueTopicPartitions[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A ConsumerGroupCurrentMemberAssignmentValue with every field at its schema default, overridden by `init`. */
export function createConsumerGroupCurrentMemberAssignmentValue(init: Partial<ConsumerGroupCurrentMemberAssignmentValue> = {}): ConsumerGroupCurrentMemberAssignmentValue {
  return {
    memberEpoch: 0,
    previousMemberEpoch: 0,
    state: 0,
    assignedPartitions: [],
    partitionsPendingRevocation: [],
    ...init,
  };
}

/** Writes a ConsumerGroupCurrentMemberAssignmentValue in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeConsumerGroupCurrentMemberAssignmentValue(writer: Writer, value: ConsumerGroupCurrentMemberAssignmentValue, version: number): void {
  writer.writeInt32(value.memberEpoch);
  writer.writeInt32(value.previousMemberEpoch);
  writer.writeInt8(value.state);
  writer.writeArrayLength(value.assignedPartitions, true);
  for (const item of value.assignedPartitions) writeConsumerGroupCurrentMemberAssignmentValueTopicPartitions(writer, item, version);
  writer.writeArrayLength(value.partitionsPendingRevocation, true);
  for (const item of value.partitionsPendingRevocation) writeConsumerGroupCurrentMemberAssignmentValueTopicPartitions(writer, item, version);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a ConsumerGroupCurrentMemberAssignmentValue in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readConsumerGroupCurrentMemberAssignmentValue(reader: Reader, version: number): ConsumerGroupCurrentMemberAssignmentValue {
  const value: ConsumerGroupCurrentMemberAssignmentValue = {
    memberEpoch: reader.readInt32(),
    previousMemberEpoch: reader.readInt32(),
    state: reader.readInt8(),
    assignedPartitions: reader.readArray(true, () => readConsumerGroupCurrentMemberAssignmentValueTopicPartitions(reader, version)),
    partitionsPendingRevocation: reader.readArray(true, () => readConsumerGroupCurrentMemberAssignmentValueTopicPartitions(reader, version)),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** TopicPartitions of ConsumerGroupCurrentMemberAssignmentValue; versions 0. */
export interface ConsumerGroupCurrentMemberAssignmentValueTopicPartitions {
  /** The topic Id. Versions: 0+. */
  topicId: Uuid;
  /** The partition Ids. Versions: 0+. */
  partitions: number[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A ConsumerGroupCurrentMemberAssignmentValueTopicPartitions with every field at its schema default, overridden by `init`. */
export function createConsumerGroupCurrentMemberAssignmentValueTopicPartitions(init: Partial<ConsumerGroupCurrentMemberAssignmentValueTopicPartitions> = {}): ConsumerGroupCurrentMemberAssignmentValueTopicPartitions {
  return {
    topicId: ZERO_UUID,
    partitions: [],
    ...init,
  };
}

/** Writes a ConsumerGroupCurrentMemberAssignmentValueTopicPartitions in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeConsumerGroupCurrentMemberAssignmentValueTopicPartitions(writer: Writer, value: ConsumerGroupCurrentMemberAssignmentValueTopicPartitions, _version: number): void {
  writer.writeUuid(value.topicId);
  writer.writeArrayLength(value.partitions, true);
  for (const item of value.partitions) writer.writeInt32(item);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a ConsumerGroupCurrentMemberAssignmentValueTopicPartitions in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readConsumerGroupCurrentMemberAssignmentValueTopicPartitions(reader: Reader, _version: number): ConsumerGroupCurrentMemberAssignmentValueTopicPartitions {
  const value: ConsumerGroupCurrentMemberAssignmentValueTopicPartitions = {
    topicId: reader.readUuid(),
    partitions: reader.readInt32Array(true),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}
