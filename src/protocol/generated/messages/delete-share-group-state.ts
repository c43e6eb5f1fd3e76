// Generated from DeleteShareGroupStateRequest.json and DeleteShareGroupStateResponse.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// DeleteShareGroupState (API key 86): request and response codecs, versions 0.
// Kafka wire format: https://kafka.apache.org/protocol#The_Messages_DeleteShareGroupState
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';
import { ZERO_UUID, type Uuid } from '../../entity-types.js';

/** Versions of DeleteShareGroupStateRequest (API key 86): valid 0, flexible 0+. */
export const deleteShareGroupStateRequestVersions = {
  lowestVersion: 0,
  highestVersion: 0,
  flexibleLowestVersion: 0,
} as const;

/** The DeleteShareGroupStateRequest message; versions 0. */
export interface DeleteShareGroupStateRequest {
  /** The group identifier. Versions: 0+. */
  groupId: string;
  /** The data for the topics. Versions: 0+. */
  topics: DeleteShareGroupStateRequestDeleteStateData[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A DeleteShareGroupStateRequest with every field at its schema default, overridden by `init`. */
export function createDeleteShareGroupStateRequest(init: Partial<DeleteShareGroupStateRequest> = {}): DeleteShareGroupStateRequest {
  return {
    groupId: "",
    topics: [],
    ...init,
  };
}

/** Writes a DeleteShareGroupStateRequest in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeDeleteShareGroupStateRequest(writer: Writer, value: DeleteShareGroupStateRequest, version: number): void {
  writer.writeString(value.groupId, true);
  writer.writeArrayLength(value.topics, true);
  for (const item of value.topics) writeDeleteShareGroupStateRequestDeleteStateData(writer, item, version);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a DeleteShareGroupStateRequest in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readDeleteShareGroupStateRequest(reader: Reader, version: number): DeleteShareGroupStateRequest {
  const value: DeleteShareGroupStateRequest = {
    groupId: reader.readString(true),
    topics: reader.readArray(true, () => readDeleteShareGroupStateRequestDeleteStateData(reader, version)),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** DeleteStateData of DeleteShareGroupStateRequest; versions 0. */
export interface DeleteShareGroupStateRequestDeleteStateData {
  /** The topic identifier. Versions: 0+. */
  topicId: Uuid;
  /** The data for the partitions. Versions: 0+. */
  partitions: DeleteShareGroupStateRequestPartitionData[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A DeleteShareGroupStateRequestDeleteStateData with every field at its schema default, overridden by `init`. */
export function createDeleteShareGroupStateRequestDeleteStateData(init: Partial<DeleteShareGroupStateRequestDeleteStateData> = {}): DeleteShareGroupStateRequestDeleteStateData {
  return {
    topicId: ZERO_UUID,
    partitions: [],
    ...init,
  };
}

/** Writes a DeleteShareGroupStateRequestDeleteStateData in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeDeleteShareGroupStateRequestDeleteStateData(writer: Writer, value: DeleteShareGroupStateRequestDeleteStateData, version: number): void {
  writer.writeUuid(value.topicId);
  writer.writeArrayLength(value.partitions, true);
  for (const item of value.partitions) writeDeleteShareGroupStateRequestPartitionData(writer, item, version);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a DeleteShareGroupStateRequestDeleteStateData in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readDeleteShareGroupStateRequestDeleteStateData(reader: Reader, version: number): DeleteShareGroupStateRequestDeleteStateData {
  const value: DeleteShareGroupStateRequestDeleteStateData = {
    topicId: reader.readUuid(),
    partitions: reader.readArray(true, () => readDeleteShareGroupStateRequestPartitionData(reader, version)),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** PartitionData of DeleteShareGroupStateRequest; versions 0. */
export interface DeleteShareGroupStateRequestPartitionData {
  /** The partition index. Versions: 0+. */
  partition: number;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A DeleteShareGroupStateRequestPartitionData with every field at its schema default, overridden by `init`. */
export function createDeleteShareGroupStateRequestPartitionData(init: Partial<DeleteShareGroupStateRequestPartitionData> = {}): DeleteShareGroupStateRequestPartitionData {
  return {
    partition: 0,
    ...init,
  };
}

/** Writes a DeleteShareGroupStateRequestPartitionData in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeDeleteShareGroupStateRequestPartitionData(writer: Writer, value: DeleteShareGroupStateRequestPartitionData, _version: number): void {
  writer.writeInt32(value.partition);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a DeleteShareGroupStateRequestPartitionData in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readDeleteShareGroupStateRequestPartitionData(reader: Reader, _version: number): DeleteShareGroupStateRequestPartitionData {
  const value: DeleteShareGroupStateRequestPartitionData = {
    partition: reader.readInt32(),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** Versions of DeleteShareGroupStateResponse (API key 86): valid 0, flexible 0+. */
export const deleteShareGroupStateResponseVersions = {
  lowestVersion: 0,
  highestVersion: 0,
  flexibleLowestVersion: 0,
} as const;

/** The DeleteShareGroupStateResponse message; versions 0. */
export interface DeleteShareGroupStateResponse {
  /** The delete results. Versions: 0+. */
  results: DeleteShareGroupStateResponseDeleteStateResult[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A DeleteShareGroupStateResponse with every field at its schema default, overridden by `init`. */
export function createDeleteShareGroupStateResponse(init: Partial<DeleteShareGroupStateResponse> = {}): DeleteShareGroupStateResponse {
  return {
    results: [],
    ...init,
  };
}

/** Writes a DeleteShareGroupStateResponse in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeDeleteShareGroupStateResponse(writer: Writer, value: DeleteShareGroupStateResponse, version: number): void {
  writer.writeArrayLength(value.results, true);
  for (const item of value.results) writeDeleteShareGroupStateResponseDeleteStateResult(writer, item, version);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a DeleteShareGroupStateResponse in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readDeleteShareGroupStateResponse(reader: Reader, version: number): DeleteShareGroupStateResponse {
  const value: DeleteShareGroupStateResponse = {
    results: reader.readArray(true, () => readDeleteShareGroupStateResponseDeleteStateResult(reader, version)),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** DeleteStateResult of DeleteShareGroupStateResponse; versions 0. */
export interface DeleteShareGroupStateResponseDeleteStateResult {
  /** The topic identifier. Versions: 0+. */
  topicId: Uuid;
  /** The results for the partitions. Versions: 0+. */
  partitions: DeleteShareGroupStateResponsePartitionResult[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A DeleteShareGroupStateResponseDeleteStateResult with every field at its schema default, overridden by `init`. */
export function createDeleteShareGroupStateResponseDeleteStateResult(init: Partial<DeleteShareGroupStateResponseDeleteStateResult> = {}): DeleteShareGroupStateResponseDeleteStateResult {
  return {
    topicId: ZERO_UUID,
    partitions: [],
    ...init,
  };
}

/** Writes a DeleteShareGroupStateResponseDeleteStateResult in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeDeleteShareGroupStateResponseDeleteStateResult(writer: Writer, value: DeleteShareGroupStateResponseDeleteStateResult, version: number): void {
  writer.writeUuid(value.topicId);
  writer.writeArrayLength(value.partitions, true);
  for (const item of value.partitions) writeDeleteShareGroupStateResponsePartitionResult(writer, item, version);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a DeleteShareGroupStateResponseDeleteStateResult in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readDeleteShareGroupStateResponseDeleteStateResult(reader: Reader, version: number): DeleteShareGroupStateResponseDeleteStateResult {
  const value: DeleteShareGroupStateResponseDeleteStateResult = {
    topicId: reader.readUuid(),
    partitions: reader.readArray(true, () => readDeleteShareGroupStateResponsePartitionResult(reader, version)),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** PartitionResult of DeleteShareGroupStateResponse; versions 0. */
export interface DeleteShareGroupStateResponsePartitionResult {
  /** The partition index. Versions: 0+. */
  partition: number;
  /** The error code, or 0 if there was no error. Versions: 0+. */
  errorCode: number;
  /** The error message, or null if there was no error. Versions: 0+. Nullable: 0+. Default: null. */
  errorMessage: string | null;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A DeleteShareGroupStateResponsePartitionResult with every field at its schema default, overridden by `init`. */
export function createDeleteShareGroupStateResponsePartitionResult(init: Partial<DeleteShareGroupStateResponsePartitionResult> = {}): DeleteShareGroupStateResponsePartitionResult {
  return {
    partition: 0,
    errorCode: 0,
    errorMessage: null,
    ...init,
  };
}

/** Writes a DeleteShareGroupStateResponsePartitionResult in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeDeleteShareGroupStateResponsePartitionResult(writer: Writer, value: DeleteShareGroupStateResponsePartitionResult, _version: number): void {
  writer.writeInt32(value.partition);
  writer.writeInt16(value.errorCode);
  writer.writeNullableString(value.errorMessage, true);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a DeleteShareGroupStateResponsePartitionResult in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readDeleteShareGroupStateResponsePartitionResult(reader: Reader, _version: number): DeleteShareGroupStateResponsePartitionResult {
  const value: DeleteShareGroupStateResponsePartitionResult = {
    partition: reader.readInt32(),
    errorCode: reader.readInt16(),
    errorMessage: reader.readNullableString(true),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}
