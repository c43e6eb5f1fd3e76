// Generated from OffsetDeleteRequest.json and OffsetDeleteResponse.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// OffsetDelete (API key 47): request and response codecs, versions 0.
// Kafka wire format: https://kafka.apache.org/protocol#The_Messages_OffsetDelete
import type { Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';
import { type GroupId, type TopicName } from '../../entity-types.js';

/** Versions of OffsetDeleteRequest (API key 47): valid 0, flexible none. */
export const offsetDeleteRequestVersions = {
  lowestVersion: 0,
  highestVersion: 0,
  flexibleLowestVersion: null,
} as const;

/** The OffsetDeleteRequest message; versions 0. */
export interface OffsetDeleteRequest {
  /** The unique group identifier. Versions: 0+. Entity: groupId. */
  groupId: GroupId;
  /** The topics to delete offsets for. Versions: 0+. */
  topics: OffsetDeleteRequestTopic[];
}

/** A OffsetDeleteRequest with every field at its schema default, overridden by `init`. */
export function createOffsetDeleteRequest(init: Partial<OffsetDeleteRequest> = {}): OffsetDeleteRequest {
  return {
    groupId: "" as GroupId,
    topics: [],
    ...init,
  };
}

/** Writes a OffsetDeleteRequest in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeOffsetDeleteRequest(writer: Writer, value: OffsetDeleteRequest, version: number): void {
  writer.writeString(value.groupId, false);
  writer.writeArrayLength(value.topics, false);
  for (const item of value.topics) writeOffsetDeleteRequestTopic(writer, item, version);
}

/** Reads a OffsetDeleteRequest in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readOffsetDeleteRequest(reader: Reader, version: number): OffsetDeleteRequest {
  const value: OffsetDeleteRequest = {
    groupId: reader.readString(false) as GroupId,
    topics: reader.readArray(false, () => readOffsetDeleteRequestTopic(reader, version)),
  };
  return value;
}

/** OffsetDeleteRequestTopic of OffsetDeleteRequest; versions 0. */
export interface OffsetDeleteRequestTopic {
  /** The topic name. Versions: 0+. Entity: topicName. */
  name: TopicName;
  /** Each partition to delete offsets for. Versions: 0+. */
  partitions: OffsetDeleteRequestPartition[];
}

/** A OffsetDeleteRequestTopic with every field at its schema default, overridden by `init`. */
export function createOffsetDeleteRequestTopic(init: Partial<OffsetDeleteRequestTopic> = {}): OffsetDeleteRequestTopic {
  return {
    name: "" as TopicName,
    partitions: [],
    ...init,
  };
}

/** Writes a OffsetDeleteRequestTopic in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeOffsetDeleteRequestTopic(writer: Writer, value: OffsetDeleteRequestTopic, version: number): void {
  writer.writeString(value.name, false);
  writer.writeArrayLength(value.partitions, false);
  for (const item of value.partitions) writeOffsetDeleteRequestPartition(writer, item, version);
}

/** Reads a OffsetDeleteRequestTopic in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readOffsetDeleteRequestTopic(reader: Reader, version: number): OffsetDeleteRequestTopic {
  const value: OffsetDeleteRequestTopic = {
    name: reader.readString(false) as TopicName,
    partitions: reader.readArray(false, () => readOffsetDeleteRequestPartition(reader, version)),
  };
  return value;
}

/** OffsetDeleteRequestPartition of OffsetDeleteRequest; versions 0. */
export interface OffsetDeleteRequestPartition {
  /** The partition index. Versions: 0+. */
  partitionIndex: number;
}

/** A OffsetDeleteRequestPartition with every field at its schema default, overridden by `init`. */
export function createOffsetDeleteRequestPartition(init: Partial<OffsetDeleteRequestPartition> = {}): OffsetDeleteRequestPartition {
  return {
    partitionIndex: 0,
    ...init,
  };
}

/** Writes a OffsetDeleteRequestPartition in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeOffsetDeleteRequestPartition(writer: Writer, value: OffsetDeleteRequestPartition, _version: number): void {
  writer.writeInt32(value.partitionIndex);
}

/** Reads a OffsetDeleteRequestPartition in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readOffsetDeleteRequestPartition(reader: Reader, _version: number): OffsetDeleteRequestPartition {
  const value: OffsetDeleteRequestPartition = {
    partitionIndex: reader.readInt32(),
  };
  return value;
}

/** Versions of OffsetDeleteResponse (API key 47): valid 0, flexible none. */
export const offsetDeleteResponseVersions = {
  lowestVersion: 0,
  highestVersion: 0,
  flexibleLowestVersion: null,
} as const;

/** The OffsetDeleteResponse message; versions 0. */
export interface OffsetDeleteResponse {
  /** The top-level error code, or 0 if there was no error. Versions: 0+. */
  errorCode: number;
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions: 0+. Ignorable. */
  throttleTimeMs: number;
  /** The responses for each topic. Versions: 0+. */
  topics: OffsetDeleteResponseTopic[];
}

/** A OffsetDeleteResponse with every field at its schema default, overridden by `init`. */
export function createOffsetDeleteResponse(init: Partial<OffsetDeleteResponse> = {}): OffsetDeleteResponse {
  return {
    errorCode: 0,
    throttleTimeMs: 0,
    topics: [],
    ...init,
  };
}

/** Writes a OffsetDeleteResponse in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeOffsetDeleteResponse(writer: Writer, value: OffsetDeleteResponse, version: number): void {
  writer.writeInt16(value.errorCode);
  writer.writeInt32(value.throttleTimeMs);
  writer.writeArrayLength(value.topics, false);
  for (const item of value.topics) writeOffsetDeleteResponseTopic(writer, item, version);
}

/** Reads a OffsetDeleteResponse in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readOffsetDeleteResponse(reader: Reader, version: number): OffsetDeleteResponse {
  const value: OffsetDeleteResponse = {
    errorCode: reader.readInt16(),
    throttleTimeMs: reader.readInt32(),
    topics: reader.readArray(false, () => readOffsetDeleteResponseTopic(reader, version)),
  };
  return value;
}

/** OffsetDeleteResponseTopic of OffsetDeleteResponse; versions 0. */
export interface OffsetDeleteResponseTopic {
  /** The topic name. Versions: 0+. Entity: topicName. */
  name: TopicName;
  /** The responses for each partition in the topic. Versions: 0+. */
  partitions: OffsetDeleteResponsePartition[];
}

/** A OffsetDeleteResponseTopic with every field at its schema default, overridden by `init`. */
export function createOffsetDeleteResponseTopic(init: Partial<OffsetDeleteResponseTopic> = {}): OffsetDeleteResponseTopic {
  return {
    name: "" as TopicName,
    partitions: [],
    ...init,
  };
}

/** Writes a OffsetDeleteResponseTopic in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeOffsetDeleteResponseTopic(writer: Writer, value: OffsetDeleteResponseTopic, version: number): void {
  writer.writeString(value.name, false);
  writer.writeArrayLength(value.partitions, false);
  for (const item of value.partitions) writeOffsetDeleteResponsePartition(writer, item, version);
}

/** Reads a OffsetDeleteResponseTopic in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readOffsetDeleteResponseTopic(reader: Reader, version: number): OffsetDeleteResponseTopic {
  const value: OffsetDeleteResponseTopic = {
    name: reader.readString(false) as TopicName,
    partitions: reader.readArray(false, () => readOffsetDeleteResponsePartition(reader, version)),
  };
  return value;
}

/** OffsetDeleteResponsePartition of OffsetDeleteResponse; versions 0. */
export interface OffsetDeleteResponsePartition {
  /** The partition index. Versions: 0+. */
  partitionIndex: number;
  /** The error code, or 0 if there was no error. Versions: 0+. */
  errorCode: number;
}

/** A OffsetDeleteResponsePartition with every field at its schema default, overridden by `init`. */
export function createOffsetDeleteResponsePartition(init: Partial<OffsetDeleteResponsePartition> = {}): OffsetDeleteResponsePartition {
  return {
    partitionIndex: 0,
    errorCode: 0,
    ...init,
  };
}

/** Writes a OffsetDeleteResponsePartition in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeOffsetDeleteResponsePartition(writer: Writer, value: OffsetDeleteResponsePartition, _version: number): void {
  writer.writeInt32(value.partitionIndex);
  writer.writeInt16(value.errorCode);
}

/** Reads a OffsetDeleteResponsePartition in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readOffsetDeleteResponsePartition(reader: Reader, _version: number): OffsetDeleteResponsePartition {
  const value: OffsetDeleteResponsePartition = {
    partitionIndex: reader.readInt32(),
    errorCode: reader.readInt16(),
  };
  return value;
}
