// Generated from AssignReplicasToDirsRequest.json and AssignReplicasToDirsResponse.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// AssignReplicasToDirs (API key 73): request and response codecs, versions 0.
// Kafka wire format: https://kafka.apache.org/protocol#The_Messages_AssignReplicasToDirs
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';
import { ZERO_UUID, type NodeId, type Uuid } from '../../entity-types.js';

/** Versions of AssignReplicasToDirsRequest (API key 73): valid 0, flexible 0+. */
export const assignReplicasToDirsRequestVersions = {
  lowestVersion: 0,
  highestVersion: 0,
  flexibleLowestVersion: 0,
} as const;

/** The AssignReplicasToDirsRequest message; versions 0. */
export interface AssignReplicasToDirsRequest {
  /** The ID of the requesting broker. Versions: 0+. Entity: brokerId. */
  brokerId: NodeId;
  /** The epoch of the requesting broker. Versions: 0+. Default: -1. */
  brokerEpoch: bigint;
  /** The Directories field. Versions: 0+. */
  directories: AssignReplicasToDirsRequestDirectoryData[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A AssignReplicasToDirsRequest with every field at its schema default, overridden by `init`. */
export function createAssignReplicasToDirsRequest(init: Partial<AssignReplicasToDirsRequest> = {}): AssignReplicasToDirsRequest {
  return {
    brokerId: 0 as NodeId,
    brokerEpoch: -1n,
    directories: [],
    ...init,
  };
}

/** Writes a AssignReplicasToDirsRequest in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeAssignReplicasToDirsRequest(writer: Writer, value: AssignReplicasToDirsRequest, version: number): void {
  writer.writeInt32(value.brokerId);
  writer.writeInt64(value.brokerEpoch);
  writer.writeArrayLength(value.directories, true);
  for (const item of value.directories) writeAssignReplicasToDirsRequestDirectoryData(writer, item, version);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a AssignReplicasToDirsRequest in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readAssignReplicasToDirsRequest(reader: Reader, version: number): AssignReplicasToDirsRequest {
  const value: AssignReplicasToDirsRequest = {
    brokerId: reader.readInt32() as NodeId,
    brokerEpoch: reader.readInt64(),
    directories: reader.readArray(true, () => readAssignReplicasToDirsRequestDirectoryData(reader, version)),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** DirectoryData of AssignReplicasToDirsRequest; versions 0. */
export interface AssignReplicasToDirsRequestDirectoryData {
  /** The ID of the directory. Versions: 0+. */
  id: Uuid;
  /** The Topics field. Versions: 0+. */
  topics: AssignReplicasToDirsRequestTopicData[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A AssignReplicasToDirsRequestDirectoryData with every field at its schema default, overridden by `init`. */
export function createAssignReplicasToDirsRequestDirectoryData(init: Partial<AssignReplicasToDirsRequestDirectoryData> = {}): AssignReplicasToDirsRequestDirectoryData {
  return {
    id: ZERO_UUID,
    topics: [],
    ...init,
  };
}

/** Writes a AssignReplicasToDirsRequestDirectoryData in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeAssignReplicasToDirsRequestDirectoryData(writer: Writer, value: AssignReplicasToDirsRequestDirectoryData, version: number): void {
  writer.writeUuid(value.id);
  writer.writeArrayLength(value.topics, true);
  for (const item of value.topics) writeAssignReplicasToDirsRequestTopicData(writer, item, version);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a AssignReplicasToDirsRequestDirectoryData in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readAssignReplicasToDirsRequestDirectoryData(reader: Reader, version: number): AssignReplicasToDirsRequestDirectoryData {
  const value: AssignReplicasToDirsRequestDirectoryData = {
    id: reader.readUuid(),
    topics: reader.readArray(true, () => readAssignReplicasToDirsRequestTopicData(reader, version)),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** TopicData of AssignReplicasToDirsRequest; versions 0. */
export interface AssignReplicasToDirsRequestTopicData {
  /** The ID of the assigned topic. Versions: 0+. */
  topicId: Uuid;
  /** The Partitions field. Versions: 0+. */
  partitions: AssignReplicasToDirsRequestPartitionData[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A AssignReplicasToDirsRequestTopicData with every field at its schema default, overridden by `init`. */
export function createAssignReplicasToDirsRequestTopicData(init: Partial<AssignReplicasToDirsRequestTopicData> = {}): AssignReplicasToDirsRequestTopicData {
  return {
    topicId: ZERO_UUID,
    partitions: [],
    ...init,
  };
}

/** Writes a AssignReplicasToDirsRequestTopicData in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeAssignReplicasToDirsRequestTopicData(writer: Writer, value: AssignReplicasToDirsRequestTopicData, version: number): void {
  writer.writeUuid(value.topicId);
  writer.writeArrayLength(value.partitions, true);
  for (const item of value.partitions) writeAssignReplicasToDirsRequestPartitionData(writer, item, version);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a AssignReplicasToDirsRequestTopicData in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readAssignReplicasToDirsRequestTopicData(reader: Reader, version: number): AssignReplicasToDirsRequestTopicData {
  const value: AssignReplicasToDirsRequestTopicData = {
    topicId: reader.readUuid(),
    partitions: reader.readArray(true, () => readAssignReplicasToDirsRequestPartitionData(reader, version)),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** PartitionData of AssignReplicasToDirsRequest; versions 0. */
export interface AssignReplicasToDirsRequestPartitionData {
  /** The partition index. Versions: 0+. */
  partitionIndex: number;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A AssignReplicasToDirsRequestPartitionData with every field at its schema default, overridden by `init`. */
export function createAssignReplicasToDirsRequestPartitionData(init: Partial<AssignReplicasToDirsRequestPartitionData> = {}): AssignReplicasToDirsRequestPartitionData {
  return {
    partitionIndex: 0,
    ...init,
  };
}

/** Writes a AssignReplicasToDirsRequestPartitionData in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeAssignReplicasToDirsRequestPartitionData(writer: Writer, value: AssignReplicasToDirsRequestPartitionData, _version: number): void {
  writer.writeInt32(value.partitionIndex);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a AssignReplicasToDirsRequestPartitionData in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readAssignReplicasToDirsRequestPartitionData(reader: Reader, _version: number): AssignReplicasToDirsRequestPartitionData {
  const value: AssignReplicasToDirsRequestPartitionData = {
    partitionIndex: reader.readInt32(),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** Versions of AssignReplicasToDirsResponse (API key 73): valid 0, flexible 0+. */
export const assignReplicasToDirsResponseVersions = {
  lowestVersion: 0,
  highestVersion: 0,
  flexibleLowestVersion: 0,
} as const;

/** The AssignReplicasToDirsResponse message; versions 0. */
export interface AssignReplicasToDirsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions: 0+. */
  throttleTimeMs: number;
  /** The top level response error code. Versions: 0+. */
  errorCode: number;
  /** The Directories field. Versions: 0+. */
  directories: AssignReplicasToDirsResponseDirectoryData[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A AssignReplicasToDirsResponse with every field at its schema default, overridden by `init`. */
export function createAssignReplicasToDirsResponse(init: Partial<AssignReplicasToDirsResponse> = {}): AssignReplicasToDirsResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    directories: [],
    ...init,
  };
}

/** Writes a AssignReplicasToDirsResponse in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeAssignReplicasToDirsResponse(writer: Writer, value: AssignReplicasToDirsResponse, version: number): void {
  writer.writeInt32(value.throttleTimeMs);
  writer.writeInt16(value.errorCode);
  writer.writeArrayLength(value.directories, true);
  for (const item of value.directories) writeAssignReplicasToDirsResponseDirectoryData(writer, item, version);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a AssignReplicasToDirsResponse in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readAssignReplicasToDirsResponse(reader: Reader, version: number): AssignReplicasToDirsResponse {
  const value: AssignReplicasToDirsResponse = {
    throttleTimeMs: reader.readInt32(),
    errorCode: reader.readInt16(),
    directories: reader.readArray(true, () => readAssignReplicasToDirsResponseDirectoryData(reader, version)),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** DirectoryData of AssignReplicasToDirsResponse; versions 0. */
export interface AssignReplicasToDirsResponseDirectoryData {
  /** The ID of the directory. Versions: 0+. */
  id: Uuid;
  /** The Topics field. Versions: 0+. */
  topics: AssignReplicasToDirsResponseTopicData[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A AssignReplicasToDirsResponseDirectoryData with every field at its schema default, overridden by `init`. */
export function createAssignReplicasToDirsResponseDirectoryData(init: Partial<AssignReplicasToDirsResponseDirectoryData> = {}): AssignReplicasToDirsResponseDirectoryData {
  return {
    id: ZERO_UUID,
    topics: [],
    ...init,
  };
}

/** Writes a AssignReplicasToDirsResponseDirectoryData in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeAssignReplicasToDirsResponseDirectoryData(writer: Writer, value: AssignReplicasToDirsResponseDirectoryData, version: number): void {
  writer.writeUuid(value.id);
  writer.writeArrayLength(value.topics, true);
  for (const item of value.topics) writeAssignReplicasToDirsResponseTopicData(writer, item, version);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a AssignReplicasToDirsResponseDirectoryData in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readAssignReplicasToDirsResponseDirectoryData(reader: Reader, version: number): AssignReplicasToDirsResponseDirectoryData {
  const value: AssignReplicasToDirsResponseDirectoryData = {
    id: reader.readUuid(),
    topics: reader.readArray(true, () => readAssignReplicasToDirsResponseTopicData(reader, version)),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** TopicData of AssignReplicasToDirsResponse; versions 0. */
export interface AssignReplicasToDirsResponseTopicData {
  /** The ID of the assigned topic. Versions: 0+. */
  topicId: Uuid;
  /** The Partitions field. Versions: 0+. */
  partitions: AssignReplicasToDirsResponsePartitionData[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A AssignReplicasToDirsResponseTopicData with every field at its schema default, overridden by `init`. */
export function createAssignReplicasToDirsResponseTopicData(init: Partial<AssignReplicasToDirsResponseTopicData> = {}): AssignReplicasToDirsResponseTopicData {
  return {
    topicId: ZERO_UUID,
    partitions: [],
    ...init,
  };
}

/** Writes a AssignReplicasToDirsResponseTopicData in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeAssignReplicasToDirsResponseTopicData(writer: Writer, value: AssignReplicasToDirsResponseTopicData, version: number): void {
  writer.writeUuid(value.topicId);
  writer.writeArrayLength(value.partitions, true);
  for (const item of value.partitions) writeAssignReplicasToDirsResponsePartitionData(writer, item, version);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a AssignReplicasToDirsResponseTopicData in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readAssignReplicasToDirsResponseTopicData(reader: Reader, version: number): AssignReplicasToDirsResponseTopicData {
  const value: AssignReplicasToDirsResponseTopicData = {
    topicId: reader.readUuid(),
    partitions: reader.readArray(true, () => readAssignReplicasToDirsResponsePartitionData(reader, version)),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** PartitionData of AssignReplicasToDirsResponse; versions 0. */
export interface AssignReplicasToDirsResponsePartitionData {
  /** The partition index. Versions: 0+. */
  partitionIndex: number;
  /** The partition level error code. Versions: 0+. */
  errorCode: number;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A AssignReplicasToDirsResponsePartitionData with every field at its schema default, overridden by `init`. */
export function createAssignReplicasToDirsResponsePartitionData(init: Partial<AssignReplicasToDirsResponsePartitionData> = {}): AssignReplicasToDirsResponsePartitionData {
  return {
    partitionIndex: 0,
    errorCode: 0,
    ...init,
  };
}

/** Writes a AssignReplicasToDirsResponsePartitionData in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeAssignReplicasToDirsResponsePartitionData(writer: Writer, value: AssignReplicasToDirsResponsePartitionData, _version: number): void {
  writer.writeInt32(value.partitionIndex);
  writer.writeInt16(value.errorCode);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a AssignReplicasToDirsResponsePartitionData in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readAssignReplicasToDirsResponsePartitionData(reader: Reader, _version: number): AssignReplicasToDirsResponsePartitionData {
  const value: AssignReplicasToDirsResponsePartitionData = {
    partitionIndex: reader.readInt32(),
    errorCode: reader.readInt16(),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}
