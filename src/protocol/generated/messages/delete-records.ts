// Generated from DeleteRecordsRequest.json and DeleteRecordsResponse.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// DeleteRecords (API key 21): request and response codecs, versions 0-2.
// Kafka wire format: https://kafka.apache.org/protocol#The_Messages_DeleteRecords
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';
import { taggedFieldsNotInVersion } from '../../primitives/errors.js';
import { type TopicName } from '../../entity-types.js';

/** Versions of DeleteRecordsRequest (API key 21): valid 0-2, flexible 2+. */
export const deleteRecordsRequestVersions = {
  lowestVersion: 0,
  highestVersion: 2,
  flexibleLowestVersion: 2,
} as const;

/** The DeleteRecordsRequest message; versions 0-2. */
export interface DeleteRecordsRequest {
  /** Each topic that we want to delete records from. Versions: 0+. */
  topics: DeleteRecordsRequestDeleteRecordsTopic[];
  /** How long to wait for the deletion to complete, in milliseconds. Versions: 0+. */
  timeoutMs: number;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A DeleteRecordsRequest with every field at its schema default, overridden by `init`. */
export function createDeleteRecordsRequest(init: Partial<DeleteRecordsRequest> = {}): DeleteRecordsRequest {
  return {
    topics: [],
    timeoutMs: 0,
    ...init,
  };
}

/** Writes a DeleteRecordsRequest in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeDeleteRecordsRequest(writer: Writer, value: DeleteRecordsRequest, version: number): void {
  const flexible = version >= 2;
  writer.writeArrayLength(value.topics, flexible);
  for (const item of value.topics) writeDeleteRecordsRequestDeleteRecordsTopic(writer, item, version);
  writer.writeInt32(value.timeoutMs);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('DeleteRecordsRequest', version);
  }
}

/** Reads a DeleteRecordsRequest in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readDeleteRecordsRequest(reader: Reader, version: number): DeleteRecordsRequest {
  const flexible = version >= 2;
  const value: DeleteRecordsRequest = {
    topics: reader.readArray(flexible, () => readDeleteRecordsRequestDeleteRecordsTopic(reader, version)),
    timeoutMs: reader.readInt32(),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** DeleteRecordsTopic of DeleteRecordsRequest; versions 0-2. */
export interface DeleteRecordsRequestDeleteRecordsTopic {
  /** The topic name. Versions: 0+. Entity: topicName. */
  name: TopicName;
  /** Each partition that we want to delete records from. Versions: 0+. */
  partitions: DeleteRecordsRequestDeleteRecordsPartition[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A DeleteRecordsRequestDeleteRecordsTopic with every field at its schema default, overridden by `init`. */
export function createDeleteRecordsRequestDeleteRecordsTopic(init: Partial<DeleteRecordsRequestDeleteRecordsTopic> = {}): DeleteRecordsRequestDeleteRecordsTopic {
  return {
    name: "" as TopicName,
    partitions: [],
    ...init,
  };
}

/** Writes a DeleteRecordsRequestDeleteRecordsTopic in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeDeleteRecordsRequestDeleteRecordsTopic(writer: Writer, value: DeleteRecordsRequestDeleteRecordsTopic, version: number): void {
  const flexible = version >= 2;
  writer.writeString(value.name, flexible);
  writer.writeArrayLength(value.partitions, flexible);
  for (const item of value.partitions) writeDeleteRecordsRequestDeleteRecordsPartition(writer, item, version);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('DeleteRecordsRequestDeleteRecordsTopic', version);
  }
}

/** Reads a DeleteRecordsRequestDeleteRecordsTopic in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readDeleteRecordsRequestDeleteRecordsTopic(reader: Reader, version: number): DeleteRecordsRequestDeleteRecordsTopic {
  const flexible = version >= 2;
  const value: DeleteRecordsRequestDeleteRecordsTopic = {
    name: reader.readString(flexible) as TopicName,
    partitions: reader.readArray(flexible, () => readDeleteRecordsRequestDeleteRecordsPartition(reader, version)),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** DeleteRecordsPartition of DeleteRecordsRequest; versions 0-2. */
export interface DeleteRecordsRequestDeleteRecordsPartition {
  /** The partition index. Versions: 0+. */
  partitionIndex: number;
  /** The deletion offset. Versions: 0+. */
  offset: bigint;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A DeleteRecordsRequestDeleteRecordsPartition with every field at its schema default, overridden by `init`. */
export function createDeleteRecordsRequestDeleteRecordsPartition(init: Partial<DeleteRecordsRequestDeleteRecordsPartition> = {}): DeleteRecordsRequestDeleteRecordsPartition {
  return {
    partitionIndex: 0,
    offset: 0n,
    ...init,
  };
}

/** Writes a DeleteRecordsRequestDeleteRecordsPartition in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeDeleteRecordsRequestDeleteRecordsPartition(writer: Writer, value: DeleteRecordsRequestDeleteRecordsPartition, version: number): void {
  const flexible = version >= 2;
  writer.writeInt32(value.partitionIndex);
  writer.writeInt64(value.offset);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('DeleteRecordsRequestDeleteRecordsPartition', version);
  }
}

/** Reads a DeleteRecordsRequestDeleteRecordsPartition in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readDeleteRecordsRequestDeleteRecordsPartition(reader: Reader, version: number): DeleteRecordsRequestDeleteRecordsPartition {
  const flexible = version >= 2;
  const value: DeleteRecordsRequestDeleteRecordsPartition = {
    partitionIndex: reader.readInt32(),
    offset: reader.readInt64(),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** Versions of DeleteRecordsResponse (API key 21): valid 0-2, flexible 2+. */
export const deleteRecordsResponseVersions = {
  lowestVersion: 0,
  highestVersion: 2,
  flexibleLowestVersion: 2,
} as const;

/** The DeleteRecordsResponse message; versions 0-2. */
export interface DeleteRecordsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions: 0+. */
  throttleTimeMs: number;
  /** Each topic that we wanted to delete records from. Versions: 0+. */
  topics: DeleteRecordsResponseDeleteRecordsTopicResult[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A DeleteRecordsResponse with every field at its schema default, overridden by `init`. */
export function createDeleteRecordsResponse(init: Partial<DeleteRecordsResponse> = {}): DeleteRecordsResponse {
  return {
    throttleTimeMs: 0,
    topics: [],
    ...init,
  };
}

/** Writes a DeleteRecordsResponse in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeDeleteRecordsResponse(writer: Writer, value: DeleteRecordsResponse, version: number): void {
  const flexible = version >= 2;
  writer.writeInt32(value.throttleTimeMs);
  writer.writeArrayLength(value.topics, flexible);
  for (const item of value.topics) writeDeleteRecordsResponseDeleteRecordsTopicResult(writer, item, version);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('DeleteRecordsResponse', version);
  }
}

/** Reads a DeleteRecordsResponse in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readDeleteRecordsResponse(reader: Reader, version: number): DeleteRecordsResponse {
  const flexible = version >= 2;
  const value: DeleteRecordsResponse = {
    throttleTimeMs: reader.readInt32(),
    topics: reader.readArray(flexible, () => readDeleteRecordsResponseDeleteRecordsTopicResult(reader, version)),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** DeleteRecordsTopicResult of DeleteRecordsResponse; versions 0-2. */
export interface DeleteRecordsResponseDeleteRecordsTopicResult {
  /** The topic name. Versions: 0+. Entity: topicName. */
  name: TopicName;
  /** Each partition that we wanted to delete records from. Versions: 0+. */
  partitions: DeleteRecordsResponseDeleteRecordsPartitionResult[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A DeleteRecordsResponseDeleteRecordsTopicResult with every field at its schema default, overridden by `init`. */
export function createDeleteRecordsResponseDeleteRecordsTopicResult(init: Partial<DeleteRecordsResponseDeleteRecordsTopicResult> = {}): DeleteRecordsResponseDeleteRecordsTopicResult {
  return {
    name: "" as TopicName,
    partitions: [],
    ...init,
  };
}

/** Writes a DeleteRecordsResponseDeleteRecordsTopicResult in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeDeleteRecordsResponseDeleteRecordsTopicResult(writer: Writer, value: DeleteRecordsResponseDeleteRecordsTopicResult, version: number): void {
  const flexible = version >= 2;
  writer.writeString(value.name, flexible);
  writer.writeArrayLength(value.partitions, flexible);
  for (const item of value.partitions) writeDeleteRecordsResponseDeleteRecordsPartitionResult(writer, item, version);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('DeleteRecordsResponseDeleteRecordsTopicResult', version);
  }
}

/** Reads a DeleteRecordsResponseDeleteRecordsTopicResult in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readDeleteRecordsResponseDeleteRecordsTopicResult(reader: Reader, version: number): DeleteRecordsResponseDeleteRecordsTopicResult {
  const flexible = version >= 2;
  const value: DeleteRecordsResponseDeleteRecordsTopicResult = {
    name: reader.readString(flexible) as TopicName,
    partitions: reader.readArray(flexible, () => readDeleteRecordsResponseDeleteRecordsPartitionResult(reader, version)),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** DeleteRecordsPartitionResult of DeleteRecordsResponse; versions 0-2. */
export interface DeleteRecordsResponseDeleteRecordsPartitionResult {
  /** The partition index. Versions: 0+. */
  partitionIndex: number;
  /** The partition low water mark. Versions: 0+. */
  lowWatermark: bigint;
  /** The deletion error code, or 0 if the deletion succeeded. Versions: 0+. */
  errorCode: number;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A DeleteRecordsResponseDeleteRecordsPartitionResult with every field at its schema default, overridden by `init`. */
export function createDeleteRecordsResponseDeleteRecordsPartitionResult(init: Partial<DeleteRecordsResponseDeleteRecordsPartitionResult> = {}): DeleteRecordsResponseDeleteRecordsPartitionResult {
  return {
    partitionIndex: 0,
    lowWatermark: 0n,
    errorCode: 0,
    ...init,
  };
}

/** Writes a DeleteRecordsResponseDeleteRecordsPartitionResult in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeDeleteRecordsResponseDeleteRecordsPartitionResult(writer: Writer, value: DeleteRecordsResponseDeleteRecordsPartitionResult, version: number): void {
  const flexible = version >= 2;
  writer.writeInt32(value.partitionIndex);
  writer.writeInt64(value.lowWatermark);
  writer.writeInt16(value.errorCode);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('DeleteRecordsResponseDeleteRecordsPartitionResult', version);
  }
}

/** Reads a DeleteRecordsResponseDeleteRecordsPartitionResult in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readDeleteRecordsResponseDeleteRecordsPartitionResult(reader: Reader, version: number): DeleteRecordsResponseDeleteRecordsPartitionResult {
  const flexible = version >= 2;
  const value: DeleteRecordsResponseDeleteRecordsPartitionResult = {
    partitionIndex: reader.readInt32(),
    lowWatermark: reader.readInt64(),
    errorCode: reader.readInt16(),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}
