// Generated from DescribeTopicPartitionsRequest.json and DescribeTopicPartitionsResponse.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// DescribeTopicPartitions (API key 75): request and response codecs, versions 0.
// Kafka wire format: https://kafka.apache.org/protocol#The_Messages_DescribeTopicPartitions
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';
import { ZERO_UUID, type NodeId, type TopicName, type Uuid } from '../../entity-types.js';

/** Versions of DescribeTopicPartitionsRequest (API key 75): valid 0, flexible 0+. */
export const describeTopicPartitionsRequestVersions = {
  lowestVersion: 0,
  highestVersion: 0,
  flexibleLowestVersion: 0,
} as const;

/** The DescribeTopicPartitionsRequest message; versions 0. */
export interface DescribeTopicPartitionsRequest {
  /** The topics to fetch details for. Versions: 0+. */
  topics: DescribeTopicPartitionsRequestTopicRequest[];
  /** The maximum number of partitions included in the response. Versions: 0+. Default: 2000. */
  responsePartitionLimit: number;
  /** The first topic and partition index to fetch details for. Versions: 0+. Nullable: 0+. Default: null. */
  cursor: DescribeTopicPartitionsRequestCursor | null;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A DescribeTopicPartitionsRequest with every field at its schema default, overridden by `init`. */
export function createDescribeTopicPartitionsRequest(init: Partial<DescribeTopicPartitionsRequest> = {}): DescribeTopicPartitionsRequest {
  return {
    topics: [],
    responsePartitionLimit: 2000,
    cursor: null,
    ...init,
  };
}

/** Writes a DescribeTopicPartitionsRequest in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeDescribeTopicPartitionsRequest(writer: Writer, value: DescribeTopicPartitionsRequest, version: number): void {
  writer.writeArrayLength(value.topics, true);
  for (const item of value.topics) writeDescribeTopicPartitionsRequestTopicRequest(writer, item, version);
  writer.writeInt32(value.responsePartitionLimit);
  if (value.cursor === null) writer.writeInt8(-1);
  else { writer.writeInt8(1); writeDescribeTopicPartitionsRequestCursor(writer, value.cursor, version); }
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a DescribeTopicPartitionsRequest in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readDescribeTopicPartitionsRequest(reader: Reader, version: number): DescribeTopicPartitionsRequest {
  const value: DescribeTopicPartitionsRequest = {
    topics: reader.readArray(true, () => readDescribeTopicPartitionsRequestTopicRequest(reader, version)),
    responsePartitionLimit: reader.readInt32(),
    cursor: reader.readInt8() < 0 ? null : readDescribeTopicPartitionsRequestCursor(reader, version),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** TopicRequest of DescribeTopicPartitionsRequest; versions 0. */
export interface DescribeTopicPartitionsRequestTopicRequest {
  /** The topic name. Versions: 0+. Entity: topicName. */
  name: TopicName;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A DescribeTopicPartitionsRequestTopicRequest with every field at its schema default, overridden by `init`. */
export function createDescribeTopicPartitionsRequestTopicRequest(init: Partial<DescribeTopicPartitionsRequestTopicRequest> = {}): DescribeTopicPartitionsRequestTopicRequest {
  return {
    name: "" as TopicName,
    ...init,
  };
}

/** Writes a DescribeTopicPartitionsRequestTopicRequest in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeDescribeTopicPartitionsRequestTopicRequest(writer: Writer, value: DescribeTopicPartitionsRequestTopicRequest, _version: number): void {
  writer.writeString(value.name, true);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a DescribeTopicPartitionsRequestTopicRequest in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readDescribeTopicPartitionsRequestTopicRequest(reader: Reader, _version: number): DescribeTopicPartitionsRequestTopicRequest {
  const value: DescribeTopicPartitionsRequestTopicRequest = {
    name: reader.readString(true) as TopicName,
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** Cursor of DescribeTopicPartitionsRequest; versions 0. */
export interface DescribeTopicPartitionsRequestCursor {
  /** The name for the first topic to process. Versions: 0+. Entity: topicName. */
  topicName: TopicName;
  /** The partition index to start with. Versions: 0+. */
  partitionIndex: number;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A DescribeTopicPartitionsRequestCursor with every field at its schema default, overridden by `init`. */
export function createDescribeTopicPartitionsRequestCursor(init: Partial<DescribeTopicPartitionsRequestCursor> = {}): DescribeTopicPartitionsRequestCursor {
  return {
    topicName: "" as TopicName,
    partitionIndex: 0,
    ...init,
  };
}

/** Writes a DescribeTopicPartitionsRequestCursor in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeDescribeTopicPartitionsRequestCursor(writer: Writer, value: DescribeTopicPartitionsRequestCursor, _version: number): void {
  writer.writeString(value.topicName, true);
  writer.writeInt32(value.partitionIndex);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a DescribeTopicPartitionsRequestCursor in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readDescribeTopicPartitionsRequestCursor(reader: Reader, _version: number): DescribeTopicPartitionsRequestCursor {
  const value: DescribeTopicPartitionsRequestCursor = {
    topicName: reader.readString(true) as TopicName,
    partitionIndex: reader.readInt32(),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** Versions of DescribeTopicPartitionsResponse (API key 75): valid 0, flexible 0+. */
export const describeTopicPartitionsResponseVersions = {
  lowestVersion: 0,
  highestVersion: 0,
  flexibleLowestVersion: 0,
} as const;

/** The DescribeTopicPartitionsResponse message; versions 0. */
export interface DescribeTopicPartitionsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions: 0+. Ignorable. */
  throttleTimeMs: number;
  /** Each topic in the response. Versions: 0+. */
  topics: DescribeTopicPartitionsResponseTopic[];
  /** The next topic and partition index to fetch details for. Versions: 0+. Nullable: 0+. Default: null. */
  nextCursor: DescribeTopicPartitionsResponseCursor | null;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A DescribeTopicPartitionsResponse with every field at its schema default, overridden by `init`. */
export function createDescribeTopicPartitionsResponse(init: Partial<DescribeTopicPartitionsResponse> = {}): DescribeTopicPartitionsResponse {
  return {
    throttleTimeMs: 0,
    topics: [],
    nextCursor: null,
    ...init,
  };
}

/** Writes a DescribeTopicPartitionsResponse in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeDescribeTopicPartitionsResponse(writer: Writer, value: DescribeTopicPartitionsResponse, version: number): void {
  writer.writeInt32(value.throttleTimeMs);
  writer.writeArrayLength(value.topics, true);
  for (const item of value.topics) writeDescribeTopicPartitionsResponseTopic(writer, item, version);
  if (value.nextCursor === null) writer.writeInt8(-1);
  else { writer.writeInt8(1); writeDescribeTopicPartitionsResponseCursor(writer, value.nextCursor, version); }
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a DescribeTopicPartitionsResponse in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readDescribeTopicPartitionsResponse(reader: Reader, version: number): DescribeTopicPartitionsResponse {
  const value: DescribeTopicPartitionsResponse = {
    throttleTimeMs: reader.readInt32(),
    topics: reader.readArray(true, () => readDescribeTopicPartitionsResponseTopic(reader, version)),
    nextCursor: reader.readInt8() < 0 ? null : readDescribeTopicPartitionsResponseCursor(reader, version),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** DescribeTopicPartitionsResponseTopic of DescribeTopicPartitionsResponse; versions 0. */
export interface DescribeTopicPartitionsResponseTopic {
  /** The topic error, or 0 if there was no error. Versions: 0+. */
  errorCode: number;
  /** The topic name. Versions: 0+. Nullable: 0+. Entity: topicName. */
  name: TopicName | null;
  /** The topic id. Versions: 0+. Ignorable. */
  topicId: Uuid;
  /** True if the topic is internal. Versions: 0+. Ignorable. Default: false. */
  isInternal: boolean;
  /** Each partition in the topic. Versions: 0+. */
  partitions: DescribeTopicPartitionsResponsePartition[];
  /** 32-bit bitfield to represent authorized operations for this topic. Versions: 0+. Default: -2147483648. */
  topicAuthorizedOperations: number;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A DescribeTopicPartitionsResponseTopic with every field at its schema default, overridden by `init`. */
export function createDescribeTopicPartitionsResponseTopic(init: Partial<DescribeTopicPartitionsResponseTopic> = {}): DescribeTopicPartitionsResponseTopic {
  return {
    errorCode: 0,
    name: "" as TopicName,
    topicId: ZERO_UUID,
    isInternal: false,
    partitions: [],
    topicAuthorizedOperations: -2147483648,
    ...init,
  };
}

/** Writes a DescribeTopicPartitionsResponseTopic in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeDescribeTopicPartitionsResponseTopic(writer: Writer, value: DescribeTopicPartitionsResponseTopic, version: number): void {
  writer.writeInt16(value.errorCode);
  writer.writeNullableString(value.name, true);
  writer.writeUuid(value.topicId);
  writer.writeBool(value.isInternal);
  writer.writeArrayLength(value.partitions, true);
  for (const item of value.partitions) writeDescribeTopicPartitionsResponsePartition(writer, item, version);
  writer.writeInt32(value.topicAuthorizedOperations);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a DescribeTopicPartitionsResponseTopic in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readDescribeTopicPartitionsResponseTopic(reader: Reader, version: number): DescribeTopicPartitionsResponseTopic {
  const value: DescribeTopicPartitionsResponseTopic = {
    errorCode: reader.readInt16(),
    name: reader.readNullableString(true) as TopicName | null,
    topicId: reader.readUuid(),
    isInternal: reader.readBool(),
    partitions: reader.readArray(true, () => readDescribeTopicPartitionsResponsePartition(reader, version)),
    topicAuthorizedOperations: reader.readInt32(),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** DescribeTopicPartitionsResponsePartition of DescribeTopicPartitionsResponse; versions 0. */
export interface DescribeTopicPartitionsResponsePartition {
  /** The partition error, or 0 if there was no error. Versions: 0+. */
  errorCode: number;
  /** The partition index. Versions: 0+. */
  partitionIndex: number;
  /** The ID of the leader broker. Versions: 0+. Entity: brokerId. */
  leaderId: NodeId;
  /** The leader epoch of this partition. Versions: 0+. Ignorable. Default: -1. */
  leaderEpoch: number;
  /** The set of all nodes that host this partition. Versions: 0+. Entity: brokerId. */
  replicaNodes: NodeId[];
  /** The set of nodes that are in sync with the leader for this partition. Versions: 0+. Entity: brokerId. */
  isrNodes: NodeId[];
  /** The new eligible leader replicas otherwise. Versions: 0+. Nullable: 0+. Default: null. Entity: brokerId. */
  eligibleLeaderReplicas: NodeId[] | null;
  /** The last known ELR. Versions: 0+. Nullable: 0+. Default: null. Entity: brokerId. */
  lastKnownElr: NodeId[] | null;
  /** The set of offline replicas of this partition. Versions: 0+. Ignorable. Entity: brokerId. */
  offlineReplicas: NodeId[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A DescribeTopicPartitionsResponsePartition with every field at its schema default, overridden by `init`. */
export function createDescribeTopicPartitionsResponsePartition(init: Partial<DescribeTopicPartitionsResponsePartition> = {}): DescribeTopicPartitionsResponsePartition {
  return {
    errorCode: 0,
    partitionIndex: 0,
    leaderId: 0 as NodeId,
    leaderEpoch: -1,
    replicaNodes: [],
    isrNodes: [],
    eligibleLeaderReplicas: null,
    lastKnownElr: null,
    offlineReplicas: [],
    ...init,
  };
}

/** Writes a DescribeTopicPartitionsResponsePartition in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeDescribeTopicPartitionsResponsePartition(writer: Writer, value: DescribeTopicPartitionsResponsePartition, _version: number): void {
  writer.writeInt16(value.errorCode);
  writer.writeInt32(value.partitionIndex);
  writer.writeInt32(value.leaderId);
  writer.writeInt32(value.leaderEpoch);
  writer.writeArrayLength(value.replicaNodes, true);
  for (const item of value.replicaNodes) writer.writeInt32(item);
  writer.writeArrayLength(value.isrNodes, true);
  for (const item of value.isrNodes) writer.writeInt32(item);
  writer.writeArrayLength(value.eligibleLeaderReplicas, true);
  if (value.eligibleLeaderReplicas !== null) for (const item of value.eligibleLeaderReplicas) writer.writeInt32(item);
  writer.writeArrayLength(value.lastKnownElr, true);
  if (value.lastKnownElr !== null) for (const item of value.lastKnownElr) writer.writeInt32(item);
  writer.writeArrayLength(value.offlineReplicas, true);
  for (const item of value.offlineReplicas) writer.writeInt32(item);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a DescribeTopicPartitionsResponsePartition in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readDescribeTopicPartitionsResponsePartition(reader: Reader, _version: number): DescribeTopicPartitionsResponsePartition {
  const value: DescribeTopicPartitionsResponsePartition = {
    errorCode: reader.readInt16(),
    partitionIndex: reader.readInt32(),
    leaderId: reader.readInt32() as NodeId,
    leaderEpoch: reader.readInt32(),
    replicaNodes: reader.readInt32Array(true) as NodeId[],
    isrNodes: reader.readInt32Array(true) as NodeId[],
    eligibleLeaderReplicas: reader.readNullableInt32Array(true) as NodeId[] | null,
    lastKnownElr: reader.readNullableInt32Array(true) as NodeId[] | null,
    offlineReplicas: reader.readInt32Array(true) as NodeId[],
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** Cursor of DescribeTopicPartitionsResponse; versions 0. */
export interface DescribeTopicPartitionsResponseCursor {
  /** The name for the first topic to process. Versions: 0+. Entity: topicName. */
  topicName: TopicName;
  /** The partition index to start with. Versions: 0+. */
  partitionIndex: number;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A DescribeTopicPartitionsResponseCursor with every field at its schema default, overridden by `init`. */
export function createDescribeTopicPartitionsResponseCursor(init: Partial<DescribeTopicPartitionsResponseCursor> = {}): DescribeTopicPartitionsResponseCursor {
  return {
    topicName: "" as TopicName,
    partitionIndex: 0,
    ...init,
  };
}

/** Writes a DescribeTopicPartitionsResponseCursor in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeDescribeTopicPartitionsResponseCursor(writer: Writer, value: DescribeTopicPartitionsResponseCursor, _version: number): void {
  writer.writeString(value.topicName, true);
  writer.writeInt32(value.partitionIndex);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a DescribeTopicPartitionsResponseCursor in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readDescribeTopicPartitionsResponseCursor(reader: Reader, _version: number): DescribeTopicPartitionsResponseCursor {
  const value: DescribeTopicPartitionsResponseCursor = {
    topicName: reader.readString(true) as TopicName,
    partitionIndex: reader.readInt32(),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}
