// Generated from InitializeShareGroupStateRequest.json and InitializeShareGroupStateResponse.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// InitializeShareGroupState (API key 83): request and response codecs, versions 0.
// Kafka wire format: https://kafka.apache.org/protocol#The_Messages_InitializeShareGroupState
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';
import { ZERO_UUID, type Uuid } from '../../entity-types.js';

/** Versions of InitializeShareGroupStateRequest (API key 83): valid 0, flexible 0+. */
export const initializeShareGroupStateRequestVersions = {
  lowestVersion: 0,
  highestVersion: 0,
  flexibleLowestVersion: 0,
} as const;

/** The InitializeShareGroupStateRequest message; versions 0. */
export interface InitializeShareGroupStateRequest {
  /** The group identifier. Versions: 0+. */
  groupId: string;
  /** The data for the topics. Versions: 0+. */
  topics: InitializeShareGroupStateRequestInitializeStateData[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A InitializeShareGroupStateRequest with every field at its schema default, overridden by `init`. */
export function createInitializeShareGroupStateRequest(init: Partial<InitializeShareGroupStateRequest> = {}): InitializeShareGroupStateRequest {
  return {
    groupId: "",
    topics: [],
    ...init,
  };
}

/** Writes a InitializeShareGroupStateRequest in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeInitializeShareGroupStateRequest(writer: Writer, value: InitializeShareGroupStateRequest, version: number): void {
  writer.writeString(value.groupId, true);
  writer.writeArrayLength(value.topics, true);
  for (const item of value.topics) writeInitializeShareGroupStateRequestInitializeStateData(writer, item, version);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a InitializeShareGroupStateRequest in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readInitializeShareGroupStateRequest(reader: Reader, version: number): InitializeShareGroupStateRequest {
  const value: InitializeShareGroupStateRequest = {
    groupId: reader.readString(true),
    topics: reader.readArray(true, () => readInitializeShareGroupStateRequestInitializeStateData(reader, version)),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** InitializeStateData of InitializeShareGroupStateRequest; versions 0. */
export interface InitializeShareGroupStateRequestInitializeStateData {
  /** The topic identifier. Versions: 0+. */
  topicId: Uuid;
  /** The data for the partitions. Versions: 0+. */
  partitions: InitializeShareGroupStateRequestPartitionData[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A InitializeShareGroupStateRequestInitializeStateData with every field at its schema default, overridden by `init`. */
export function createInitializeShareGroupStateRequestInitializeStateData(init: Partial<InitializeShareGroupStateRequestInitializeStateData> = {}): InitializeShareGroupStateRequestInitializeStateData {
  return {
    topicId: ZERO_UUID,
    partitions: [],
    ...init,
  };
}

/** Writes a InitializeShareGroupStateRequestInitializeStateData in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeInitializeShareGroupStateRequestInitializeStateData(writer: Writer, value: InitializeShareGroupStateRequestInitializeStateData, version: number): void {
  writer.writeUuid(value.topicId);
  writer.writeArrayLength(value.partitions, true);
  for (const item of value.partitions) writeInitializeShareGroupStateRequestPartitionData(writer, item, version);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a InitializeShareGroupStateRequestInitializeStateData in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readInitializeShareGroupStateRequestInitializeStateData(reader: Reader, version: number): InitializeShareGroupStateRequestInitializeStateData {
  const value: InitializeShareGroupStateRequestInitializeStateData = {
    topicId: reader.readUuid(),
    partitions: reader.readArray(true, () => readInitializeShareGroupStateRequestPartitionData(reader, version)),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** PartitionData of InitializeShareGroupStateRequest; versions 0. */
export interface InitializeShareGroupStateRequestPartitionData {
  /** The partition index. Versions: 0+. */
  partition: number;
  /** The state epoch for this share-partition. Versions: 0+. */
  stateEpoch: number;
  /** The share-partition start offset, or -1 if the start offset is not being initialized. Versions: 0+. */
  startOffset: bigint;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A InitializeShareGroupStateRequestPartitionData with every field at its schema default, overridden by `init`. */
export function createInitializeShareGroupStateRequestPartitionData(init: Partial<InitializeShareGroupStateRequestPartitionData> = {}): InitializeShareGroupStateRequestPartitionData {
  return {
    partition: 0,
    stateEpoch: 0,
    startOffset: 0n,
    ...init,
  };
}

/** Writes a InitializeShareGroupStateRequestPartitionData in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeInitializeShareGroupStateRequestPartitionData(writer: Writer, value: InitializeShareGroupStateRequestPartitionData, _version: number): void {
  writer.writeInt32(value.partition);
  writer.writeInt32(value.stateEpoch);
  writer.writeInt64(value.startOffset);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a InitializeShareGroupStateRequestPartitionData in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readInitializeShareGroupStateRequestPartitionData(reader: Reader, _version: number): InitializeShareGroupStateRequestPartitionData {
  const value: InitializeShareGroupStateRequestPartitionData = {
    partition: reader.readInt32(),
    stateEpoch: reader.readInt32(),
    startOffset: reader.readInt64(),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** Versions of InitializeShareGroupStateResponse (API key 83): valid 0, flexible 0+. */
export const initializeShareGroupStateResponseVersions = {
  lowestVersion: 0,
  highestVersion: 0,
  flexibleLowestVersion: 0,
} as const;

/** The InitializeShareGroupStateResponse message; versions 0. */
export interface InitializeShareGroupStateResponse {
  /** The initialization results. Versions: 0+. */
  results: InitializeShareGroupStateResponseInitializeStateResult[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A InitializeShareGroupStateResponse with every field at its schema default, overridden by `init`. */
export function createInitializeShareGroupStateResponse(init: Partial<InitializeShareGroupStateResponse> = {}): InitializeShareGroupStateResponse {
  return {
    results: [],
    ...init,
  };
}

/** Writes a InitializeShareGroupStateResponse in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeInitializeShareGroupStateResponse(writer: Writer, value: InitializeShareGroupStateResponse, version: number): void {
  writer.writeArrayLength(value.results, true);
  for (const item of value.results) writeInitializeShareGroupStateResponseInitializeStateResult(writer, item, version);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a InitializeShareGroupStateResponse in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readInitializeShareGroupStateResponse(reader: Reader, version: number): InitializeShareGroupStateResponse {
  const value: InitializeShareGroupStateResponse = {
    results: reader.readArray(true, () => readInitializeShareGroupStateResponseInitializeStateResult(reader, version)),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** InitializeStateResult of InitializeShareGroupStateResponse; versions 0. */
export interface InitializeShareGroupStateResponseInitializeStateResult {
  /** The topic identifier. Versions: 0+. */
  topicId: Uuid;
  /** The results for the partitions. Versions: 0+. */
  partitions: InitializeShareGroupStateResponsePartitionResult[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A InitializeShareGroupStateResponseInitializeStateResult with every field at its schema default, overridden by `init`. */
export function createInitializeShareGroupStateResponseInitializeStateResult(init: Partial<InitializeShareGroupStateResponseInitializeStateResult> = {}): InitializeShareGroupStateResponseInitializeStateResult {
  return {
    topicId: ZERO_UUID,
    partitions: [],
    ...init,
  };
}

/** Writes a InitializeShareGroupStateResponseInitializeStateResult in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeInitializeShareGroupStateResponseInitializeStateResult(writer: Writer, value: InitializeShareGroupStateResponseInitializeStateResult, version: number): void {
  writer.writeUuid(value.topicId);
  writer.writeArrayLength(value.partitions, true);
  for (const item of value.partitions) writeInitializeShareGroupStateResponsePartitionResult(writer, item, version);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a InitializeShareGroupStateResponseInitializeStateResult in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readInitializeShareGroupStateResponseInitializeStateResult(reader: Reader, version: number): InitializeShareGroupStateResponseInitializeStateResult {
  const value: InitializeShareGroupStateResponseInitializeStateResult = {
    topicId: reader.readUuid(),
    partitions: reader.readArray(true, () => readInitializeShareGroupStateResponsePartitionResult(reader, version)),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** PartitionResult of InitializeShareGroupStateResponse; versions 0. */
export interface InitializeShareGroupStateResponsePartitionResult {
  /** The partition index. Versions: 0+. */
  partition: number;
  /** The error code, or 0 if there was no error. Versions: 0+. */
  errorCode: number;
  /** The error message, or null if there was no error. Versions: 0+. Nullable: 0+. Default: null. */
  errorMessage: string | null;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A InitializeShareGroupStateResponsePartitionResult with every field at its schema default, overridden by `init`. */
export function createInitializeShareGroupStateResponsePartitionResult(init: Partial<InitializeShareGroupStateResponsePartitionResult> = {}): InitializeShareGroupStateResponsePartitionResult {
  return {
    partition: 0,
    errorCode: 0,
    errorMessage: null,
    ...init,
  };
}

/** Writes a InitializeShareGroupStateResponsePartitionResult in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeInitializeShareGroupStateResponsePartitionResult(writer: Writer, value: InitializeShareGroupStateResponsePartitionResult, _version: number): void {
  writer.writeInt32(value.partition);
  writer.writeInt16(value.errorCode);
  writer.writeNullableString(value.errorMessage, true);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a InitializeShareGroupStateResponsePartitionResult in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readInitializeShareGroupStateResponsePartitionResult(reader: Reader, _version: number): InitializeShareGroupStateResponsePartitionResult {
  const value: InitializeShareGroupStateResponsePartitionResult = {
    partition: reader.readInt32(),
    errorCode: reader.readInt16(),
    errorMessage: reader.readNullableString(true),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}
