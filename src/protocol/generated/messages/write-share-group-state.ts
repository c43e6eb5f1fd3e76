// Generated from WriteShareGroupStateRequest.json and WriteShareGroupStateResponse.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// WriteShareGroupState (API key 85): request and response codecs, versions 0.
// Kafka wire format: https://kafka.apache.org/protocol#The_Messages_WriteShareGroupState
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';
import { ZERO_UUID, type Uuid } from '../../entity-types.js';

/** Versions of WriteShareGroupStateRequest (API key 85): valid 0, flexible 0+. */
export const writeShareGroupStateRequestVersions = {
  lowestVersion: 0,
  highestVersion: 0,
  flexibleLowestVersion: 0,
} as const;

/** The WriteShareGroupStateRequest message; versions 0. */
export interface WriteShareGroupStateRequest {
  /** The group identifier. Versions: 0+. */
  groupId: string;
  /** The data for the topics. Versions: 0+. */
  topics: WriteShareGroupStateRequestWriteStateData[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A WriteShareGroupStateRequest with every field at its schema default, overridden by `init`. */
export function createWriteShareGroupStateRequest(init: Partial<WriteShareGroupStateRequest> = {}): WriteShareGroupStateRequest {
  return {
    groupId: "",
    topics: [],
    ...init,
  };
}

/** Writes a WriteShareGroupStateRequest in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeWriteShareGroupStateRequest(writer: Writer, value: WriteShareGroupStateRequest, version: number): void {
  writer.writeString(value.groupId, true);
  writer.writeArrayLength(value.topics, true);
  for (const item of value.topics) writeWriteShareGroupStateRequestWriteStateData(writer, item, version);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a WriteShareGroupStateRequest in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readWriteShareGroupStateRequest(reader: Reader, version: number): WriteShareGroupStateRequest {
  const value: WriteShareGroupStateRequest = {
    groupId: reader.readString(true),
    topics: reader.readArray(true, () => readWriteShareGroupStateRequestWriteStateData(reader, version)),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** WriteStateData of WriteShareGroupStateRequest; versions 0. */
export interface WriteShareGroupStateRequestWriteStateData {
  /** The topic identifier. Versions: 0+. */
  topicId: Uuid;
  /** The data for the partitions. Versions: 0+. */
  partitions: WriteShareGroupStateRequestPartitionData[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A WriteShareGroupStateRequestWriteStateData with every field at its schema default, overridden by `init`. */
export function createWriteShareGroupStateRequestWriteStateData(init: Partial<WriteShareGroupStateRequestWriteStateData> = {}): WriteShareGroupStateRequestWriteStateData {
  return {
    topicId: ZERO_UUID,
    partitions: [],
    ...init,
  };
}

/** Writes a WriteShareGroupStateRequestWriteStateData in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeWriteShareGroupStateRequestWriteStateData(writer: Writer, value: WriteShareGroupStateRequestWriteStateData, version: number): void {
  writer.writeUuid(value.topicId);
  writer.writeArrayLength(value.partitions, true);
  for (const item of value.partitions) writeWriteShareGroupStateRequestPartitionData(writer, item, version);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a WriteShareGroupStateRequestWriteStateData in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readWriteShareGroupStateRequestWriteStateData(reader: Reader, version: number): WriteShareGroupStateRequestWriteStateData {
  const value: WriteShareGroupStateRequestWriteStateData = {
    topicId: reader.readUuid(),
    partitions: reader.readArray(true, () => readWriteShareGroupStateRequestPartitionData(reader, version)),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** PartitionData of WriteShareGroupStateRequest; versions 0. */
export interface WriteShareGroupStateRequestPartitionData {
  /** The partition index. Versions: 0+. */
  partition: number;
  /** The state epoch for this share-partition. Versions: 0+. */
  stateEpoch: number;
  /** The leader epoch of the share-partition. Versions: 0+. */
  leaderEpoch: number;
  /** The share-partition start offset, or -1 if the start offset is not being written. Versions: 0+. */
  startOffset: bigint;
  /** The StateBatches field. Versions: 0+. */
  stateBatches: WriteShareGroupStateRequestStateBatch[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A WriteShareGroupStateRequestPartitionData with every field at its schema default, overridden by `init`. */
export function createWriteShareGroupStateRequestPartitionData(init: Partial<WriteShareGroupStateRequestPartitionData> = {}): WriteShareGroupStateRequestPartitionData {
  return {
    partition: 0,
    stateEpoch: 0,
    leaderEpoch: 0,
    startOffset: 0n,
    stateBatches: [],
    ...init,
  };
}

/** Writes a WriteShareGroupStateRequestPartitionData in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeWriteShareGroupStateRequestPartitionData(writer: Writer, value: WriteShareGroupStateRequestPartitionData, version: number): void {
  writer.writeInt32(value.partition);
  writer.writeInt32(value.stateEpoch);
  writer.writeInt32(value.leaderEpoch);
  writer.writeInt64(value.startOffset);
  writer.writeArrayLength(value.stateBatches, true);
  for (const item of value.stateBatches) writeWriteShareGroupStateRequestStateBatch(writer, item, version);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a WriteShareGroupStateRequestPartitionData in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readWriteShareGroupStateRequestPartitionData(reader: Reader, version: number): WriteShareGroupStateRequestPartitionData {
  const value: WriteShareGroupStateRequestPartitionData = {
    partition: reader.readInt32(),
    stateEpoch: reader.readInt32(),
    leaderEpoch: reader.readInt32(),
    startOffset: reader.readInt64(),
    stateBatches: reader.readArray(true, () => readWriteShareGroupStateRequestStateBatch(reader, version)),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** StateBatch of WriteShareGroupStateRequest; versions 0. */
export interface WriteShareGroupStateRequestStateBatch {
  /** The base offset of this state batch. Versions: 0+. */
  firstOffset: bigint;
  /** The last offset of this state batch. Versions: 0+. */
  lastOffset: bigint;
  /** The state - 0:Available,2:Acked,4:Archived. Versions: 0+. */
  deliveryState: number;
  /** The delivery count. Versions: 0+. */
  deliveryCount: number;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A WriteShareGroupStateRequestStateBatch with every field at its schema default, overridden by `init`. */
export function createWriteShareGroupStateRequestStateBatch(init: Partial<WriteShareGroupStateRequestStateBatch> = {}): WriteShareGroupStateRequestStateBatch {
  return {
    firstOffset: 0n,
    lastOffset: 0n,
    deliveryState: 0,
    deliveryCount: 0,
    ...init,
  };
}

/** Writes a WriteShareGroupStateRequestStateBatch in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeWriteShareGroupStateRequestStateBatch(writer: Writer, value: WriteShareGroupStateRequestStateBatch, _version: number): void {
  writer.writeInt64(value.firstOffset);
  writer.writeInt64(value.lastOffset);
  writer.writeInt8(value.deliveryState);
  writer.writeInt16(value.deliveryCount);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a WriteShareGroupStateRequestStateBatch in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readWriteShareGroupStateRequestStateBatch(reader: Reader, _version: number): WriteShareGroupStateRequestStateBatch {
  const value: WriteShareGroupStateRequestStateBatch = {
    firstOffset: reader.readInt64(),
    lastOffset: reader.readInt64(),
    deliveryState: reader.readInt8(),
    deliveryCount: reader.readInt16(),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** Versions of WriteShareGroupStateResponse (API key 85): valid 0, flexible 0+. */
export const writeShareGroupStateResponseVersions = {
  lowestVersion: 0,
  highestVersion: 0,
  flexibleLowestVersion: 0,
} as const;

/** The WriteShareGroupStateResponse message; versions 0. */
export interface WriteShareGroupStateResponse {
  /** The write results. Versions: 0+. */
  results: WriteShareGroupStateResponseWriteStateResult[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A WriteShareGroupStateResponse with every field at its schema default, overridden by `init`. */
export function createWriteShareGroupStateResponse(init: Partial<WriteShareGroupStateResponse> = {}): WriteShareGroupStateResponse {
  return {
    results: [],
    ...init,
  };
}

/** Writes a WriteShareGroupStateResponse in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeWriteShareGroupStateResponse(writer: Writer, value: WriteShareGroupStateResponse, version: number): void {
  writer.writeArrayLength(value.results, true);
  for (const item of value.results) writeWriteShareGroupStateResponseWriteStateResult(writer, item, version);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a WriteShareGroupStateResponse in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readWriteShareGroupStateResponse(reader: Reader, version: number): WriteShareGroupStateResponse {
  const value: WriteShareGroupStateResponse = {
    results: reader.readArray(true, () => readWriteShareGroupStateResponseWriteStateResult(reader, version)),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** WriteStateResult of WriteShareGroupStateResponse; versions 0. */
export interface WriteShareGroupStateResponseWriteStateResult {
  /** The topic identifier. Versions: 0+. */
  topicId: Uuid;
  /** The results for the partitions. Versions: 0+. */
  partitions: WriteShareGroupStateResponsePartitionResult[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A WriteShareGroupStateResponseWriteStateResult with every field at its schema default, overridden by `init`. */
export function createWriteShareGroupStateResponseWriteStateResult(init: Partial<WriteShareGroupStateResponseWriteStateResult> = {}): WriteShareGroupStateResponseWriteStateResult {
  return {
    topicId: ZERO_UUID,
    partitions: [],
    ...init,
  };
}

/** Writes a WriteShareGroupStateResponseWriteStateResult in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeWriteShareGroupStateResponseWriteStateResult(writer: Writer, value: WriteShareGroupStateResponseWriteStateResult, version: number): void {
  writer.writeUuid(value.topicId);
  writer.writeArrayLength(value.partitions, true);
  for (const item of value.partitions) writeWriteShareGroupStateResponsePartitionResult(writer, item, version);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a WriteShareGroupStateResponseWriteStateResult in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readWriteShareGroupStateResponseWriteStateResult(reader: Reader, version: number): WriteShareGroupStateResponseWriteStateResult {
  const value: WriteShareGroupStateResponseWriteStateResult = {
    topicId: reader.readUuid(),
    partitions: reader.readArray(true, () => readWriteShareGroupStateResponsePartitionResult(reader, version)),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** PartitionResult of WriteShareGroupStateResponse; versions 0. */
export interface WriteShareGroupStateResponsePartitionResult {
  /** The partition index. Versions: 0+. */
  partition: number;
  /** The error code, or 0 if there was no error. Versions: 0+. */
  errorCode: number;
  /** The error message, or null if there was no error. Versions: 0+. Nullable: 0+. Default: null. */
  errorMessage: string | null;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A WriteShareGroupStateResponsePartitionResult with every field at its schema default, overridden by `init`. */
export function createWriteShareGroupStateResponsePartitionResult(init: Partial<WriteShareGroupStateResponsePartitionResult> = {}): WriteShareGroupStateResponsePartitionResult {
  return {
    partition: 0,
    errorCode: 0,
    errorMessage: null,
    ...init,
  };
}

/** Writes a WriteShareGroupStateResponsePartitionResult in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeWriteShareGroupStateResponsePartitionResult(writer: Writer, value: WriteShareGroupStateResponsePartitionResult, _version: number): void {
  writer.writeInt32(value.partition);
  writer.writeInt16(value.errorCode);
  writer.writeNullableString(value.errorMessage, true);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a WriteShareGroupStateResponsePartitionResult in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readWriteShareGroupStateResponsePartitionResult(reader: Reader, _version: number): WriteShareGroupStateResponsePartitionResult {
  const value: WriteShareGroupStateResponsePartitionResult = {
    partition: reader.readInt32(),
    errorCode: reader.readInt16(),
    errorMessage: reader.readNullableString(true),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}
