// Generated from AlterPartitionReassignmentsRequest.json and AlterPartitionReassignmentsResponse.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// AlterPartitionReassignments (API key 45): request and response codecs, versions 0.
// Kafka wire format: https://kafka.apache.org/protocol#The_Messages_AlterPartitionReassignments
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';
import { type NodeId, type TopicName } from '../../entity-types.js';

/** Versions of AlterPartitionReassignmentsRequest (API key 45): valid 0, flexible 0+. */
export const alterPartitionReassignmentsRequestVersions = {
  lowestVersion: 0,
  highestVersion: 0,
  flexibleLowestVersion: 0,
} as const;

/** The AlterPartitionReassignmentsRequest message; versions 0. */
export interface AlterPartitionReassignmentsRequest {
  /** The time in ms to wait for the request to complete. Versions: 0+. Default: 60000. */
  timeoutMs: number;
  /** The topics to reassign. Versions: 0+. */
  topics: AlterPartitionReassignmentsRequestReassignableTopic[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A AlterPartitionReassignmentsRequest with every field at its schema default, overridden by `init`. */
export function createAlterPartitionReassignmentsRequest(init: Partial<AlterPartitionReassignmentsRequest> = {}): AlterPartitionReassignmentsRequest {
  return {
    timeoutMs: 60000,
    topics: [],
    ...init,
  };
}

/** Writes a AlterPartitionReassignmentsRequest in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeAlterPartitionReassignmentsRequest(writer: Writer, value: AlterPartitionReassignmentsRequest, version: number): void {
  writer.writeInt32(value.timeoutMs);
  writer.writeArrayLength(value.topics, true);
  for (const item of value.topics) writeAlterPartitionReassignmentsRequestReassignableTopic(writer, item, version);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a AlterPartitionReassignmentsRequest in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readAlterPartitionReassignmentsRequest(reader: Reader, version: number): AlterPartitionReassignmentsRequest {
  const value: AlterPartitionReassignmentsRequest = {
    timeoutMs: reader.readInt32(),
    topics: reader.readArray(true, () => readAlterPartitionReassignmentsRequestReassignableTopic(reader, version)),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** ReassignableTopic of AlterPartitionReassignmentsRequest; versions 0. */
export interface AlterPartitionReassignmentsRequestReassignableTopic {
  /** The topic name. Versions: 0+. Entity: topicName. */
  name: TopicName;
  /** The partitions to reassign. Versions: 0+. */
  partitions: AlterPartitionReassignmentsRequestReassignablePartition[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A AlterPartitionReassignmentsRequestReassignableTopic with every field at its schema default, overridden by `init`. */
export function createAlterPartitionReassignmentsRequestReassignableTopic(init: Partial<AlterPartitionReassignmentsRequestReassignableTopic> = {}): AlterPartitionReassignmentsRequestReassignableTopic {
  return {
    name: "" as TopicName,
    partitions: [],
    ...init,
  };
}

/** Writes a AlterPartitionReassignmentsRequestReassignableTopic in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeAlterPartitionReassignmentsRequestReassignableTopic(writer: Writer, value: AlterPartitionReassignmentsRequestReassignableTopic, version: number): void {
  writer.writeString(value.name, true);
  writer.writeArrayLength(value.partitions, true);
  for (const item of value.partitions) writeAlterPartitionReassignmentsRequestReassignablePartition(writer, item, version);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a AlterPartitionReassignmentsRequestReassignableTopic in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readAlterPartitionReassignmentsRequestReassignableTopic(reader: Reader, version: number): AlterPartitionReassignmentsRequestReassignableTopic {
  const value: AlterPartitionReassignmentsRequestReassignableTopic = {
    name: reader.readString(true) as TopicName,
    partitions: reader.readArray(true, () => readAlterPartitionReassignmentsRequestReassignablePartition(reader, version)),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** ReassignablePartition of AlterPartitionReassignmentsRequest; versions 0. */
export interface AlterPartitionReassignmentsRequestReassignablePartition {
  /** The partition index. Versions: 0+. */
  partitionIndex: number;
  /** The replicas to place the partitions on, or null to cancel a pending reassignment for this partition. Versions: 0+. Nullable: 0+. Default: null. Entity: brokerId. */
  replicas: NodeId[] | null;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A AlterPartitionReassignmentsRequestReassignablePartition with every field at its schema default, overridden by `init`. */
export function createAlterPartitionReassignmentsRequestReassignablePartition(init: Partial<AlterPartitionReassignmentsRequestReassignablePartition> = {}): AlterPartitionReassignmentsRequestReassignablePartition {
  return {
    partitionIndex: 0,
    replicas: null,
    ...init,
  };
}

/** Writes a AlterPartitionReassignmentsRequestReassignablePartition in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeAlterPartitionReassignmentsRequestReassignablePartition(writer: Writer, value: AlterPartitionReassignmentsRequestReassignablePartition, _version: number): void {
  writer.writeInt32(value.partitionIndex);
  writer.writeArrayLength(value.replicas, true);
  if (value.replicas !== null) for (const item of value.replicas) writer.writeInt32(item);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a AlterPartitionReassignmentsRequestReassignablePartition in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readAlterPartitionReassignmentsRequestReassignablePartition(reader: Reader, _version: number): AlterPartitionReassignmentsRequestReassignablePartition {
  const value: AlterPartitionReassignmentsRequestReassignablePartition = {
    partitionIndex: reader.readInt32(),
    replicas: reader.readNullableInt32Array(true) as NodeId[] | null,
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** Versions of AlterPartitionReassignmentsResponse (API key 45): valid 0, flexible 0+. */
export const alterPartitionReassignmentsResponseVersions = {
  lowestVersion: 0,
  highestVersion: 0,
  flexibleLowestVersion: 0,
} as const;

/** The AlterPartitionReassignmentsResponse message; versions 0. */
export interface AlterPartitionReassignmentsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions: 0+. */
  throttleTimeMs: number;
  /** The top-level error code, or 0 if there was no error. Versions: 0+. */
  errorCode: number;
  /** The top-level error message, or null if there was no error. Versions: 0+. Nullable: 0+. */
  errorMessage: string | null;
  /** The responses to topics to reassign. Versions: 0+. */
  responses: AlterPartitionReassignmentsResponseReassignableTopicResponse[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A AlterPartitionReassignmentsResponse with every field at its schema default, overridden by `init`. */
export function createAlterPartitionReassignmentsResponse(init: Partial<AlterPartitionReassignmentsResponse> = {}): AlterPartitionReassignmentsResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    errorMessage: "",
    responses: [],
    ...init,
  };
}

/** Writes a AlterPartitionReassignmentsResponse in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeAlterPartitionReassignmentsResponse(writer: Writer, value: AlterPartitionReassignmentsResponse, version: number): void {
  writer.writeInt32(value.throttleTimeMs);
  writer.writeInt16(value.errorCode);
  writer.writeNullableString(value.errorMessage, true);
  writer.writeArrayLength(value.responses, true);
  for (const item of value.responses) writeAlterPartitionReassignmentsResponseReassignableTopicResponse(writer, item, version);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a AlterPartitionReassignmentsResponse in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readAlterPartitionReassignmentsResponse(reader: Reader, version: number): AlterPartitionReassignmentsResponse {
  const value: AlterPartitionReassignmentsResponse = {
    throttleTimeMs: reader.readInt32(),
    errorCode: reader.readInt16(),
    errorMessage: reader.readNullableString(true),
    responses: reader.readArray(true, () => readAlterPartitionReassignmentsResponseReassignableTopicResponse(reader, version)),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** ReassignableTopicResponse of AlterPartitionReassignmentsResponse; versions 0. */
export interface AlterPartitionReassignmentsResponseReassignableTopicResponse {
  /** The topic name. Versions: 0+. Entity: topicName. */
  name: TopicName;
  /** The responses to partitions to reassign. Versions: 0+. */
  partitions: AlterPartitionReassignmentsResponseReassignablePartitionResponse[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A AlterPartitionReassignmentsResponseReassignableTopicResponse with every field at its schema default, overridden by `init`. */
export function createAlterPartitionReassignmentsResponseReassignableTopicResponse(init: Partial<AlterPartitionReassignmentsResponseReassignableTopicResponse> = {}): AlterPartitionReassignmentsResponseReassignableTopicResponse {
  return {
    name: "" as TopicName,
    partitions: [],
    ...init,
  };
}

/** Writes a AlterPartitionReassignmentsResponseReassignableTopicResponse in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeAlterPartitionReassignmentsResponseReassignableTopicResponse(writer: Writer, value: AlterPartitionReassignmentsResponseReassignableTopicResponse, version: number): void {
  writer.writeString(value.name, true);
  writer.writeArrayLength(value.partitions, true);
  for (const item of value.partitions) writeAlterPartitionReassignmentsResponseReassignablePartitionResponse(writer, item, version);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a AlterPartitionReassignmentsResponseReassignableTopicResponse in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readAlterPartitionReassignmentsResponseReassignableTopicResponse(reader: Reader, version: number): AlterPartitionReassignmentsResponseReassignableTopicResponse {
  const value: AlterPartitionReassignmentsResponseReassignableTopicResponse = {
    name: reader.readString(true) as TopicName,
    partitions: reader.readArray(true, () => readAlterPartitionReassignmentsResponseReassignablePartitionResponse(reader, version)),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** ReassignablePartitionResponse of AlterPartitionReassignmentsResponse; versions 0. */
export interface AlterPartitionReassignmentsResponseReassignablePartitionResponse {
  /** The partition index. Versions: 0+. */
  partitionIndex: number;
  /** The error code for this partition, or 0 if there was no error. Versions: 0+. */
  errorCode: number;
  /** The error message for this partition, or null if there was no error. Versions: 0+. Nullable: 0+. */
  errorMessage: string | null;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A AlterPartitionReassignmentsResponseReassignablePartitionResponse with every field at its schema default, overridden by `init`. */
export function createAlterPartitionReassignmentsResponseReassignablePartitionResponse(init: Partial<AlterPartitionReassignmentsResponseReassignablePartitionResponse> = {}): AlterPartitionReassignmentsResponseReassignablePartitionResponse {
  return {
    partitionIndex: 0,
    errorCode: 0,
    errorMessage: "",
    ...init,
  };
}

/** Writes a AlterPartitionReassignmentsResponseReassignablePartitionResponse in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeAlterPartitionReassignmentsResponseReassignablePartitionResponse(writer: Writer, value: AlterPartitionReassignmentsResponseReassignablePartitionResponse, _version: number): void {
  writer.writeInt32(value.partitionIndex);
  writer.writeInt16(value.errorCode);
  writer.writeNullableString(value.errorMessage, true);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a AlterPartitionReassignmentsResponseReassignablePartitionResponse in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readAlterPartitionReassignmentsResponseReassignablePartitionResponse(reader: Reader, _version: number): AlterPartitionReassignmentsResponseReassignablePartitionResponse {
  const value: AlterPartitionReassignmentsResponseReassignablePartitionResponse = {
    partitionIndex: reader.readInt32(),
    errorCode: reader.readInt16(),
    errorMessage: reader.readNullableString(true),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}
