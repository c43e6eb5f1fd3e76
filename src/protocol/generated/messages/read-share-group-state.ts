// Generated from ReadShareGroupStateRequest.json and ReadShareGroupStateResponse.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// ReadShareGroupState (API key 84): request and response codecs, versions 0.
// Kafka wire format: https://kafka.apache.org/protocol#The_Messages_ReadShareGroupState
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';
import { ZERO_UUID, type Uuid } from '../../entity-types.js';

/** Versions of ReadShareGroupStateRequest (API key 84): valid 0, flexible 0+. */
export const readShareGroupStateRequestVersions = {
  lowestVersion: 0,
  highestVersion: 0,
  flexibleLowestVersion: 0,
} as const;

/** The ReadShareGroupStateRequest message; versions 0. */
export interface ReadShareGroupStateRequest {
  /** The group identifier. Versions: 0+. */
  groupId: string;
  /** The data for the topics. Versions: 0+. */
  topics: ReadShareGroupStateRequestReadStateData[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A ReadShareGroupStateRequest with every field at its schema default, overridden by `init`. */
export function createReadShareGroupStateRequest(init: Partial<ReadShareGroupStateRequest> = {}): ReadShareGroupStateRequest {
  return {
    groupId: "",
    topics: [],
    ...init,
  };
}

/** Writes a ReadShareGroupStateRequest in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeReadShareGroupStateRequest(writer: Writer, value: ReadShareGroupStateRequest, version: number): void {
  writer.writeString(value.groupId, true);
  writer.writeArrayLength(value.topics, true);
  for (const item of value.topics) writeReadShareGroupStateRequestReadStateData(writer, item, version);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a ReadShareGroupStateRequest in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readReadShareGroupStateRequest(reader: Reader, version: number): ReadShareGroupStateRequest {
  const value: ReadShareGroupStateRequest = {
    groupId: reader.readString(true),
    topics: reader.readArray(true, () => readReadShareGroupStateRequestReadStateData(reader, version)),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** ReadStateData of ReadShareGroupStateRequest; versions 0. */
export interface ReadShareGroupStateRequestReadStateData {
  /** The topic identifier. Versions: 0+. */
  topicId: Uuid;
  /** The data for the partitions. Versions: 0+. */
  partitions: ReadShareGroupStateRequestPartitionData[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A ReadShareGroupStateRequestReadStateData with every field at its schema default, overridden by `init`. */
export function createReadShareGroupStateRequestReadStateData(init: Partial<ReadShareGroupStateRequestReadStateData> = {}): ReadShareGroupStateRequestReadStateData {
  return {
    topicId: ZERO_UUID,
    partitions: [],
    ...init,
  };
}

/** Writes a ReadShareGroupStateRequestReadStateData in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeReadShareGroupStateRequestReadStateData(writer: Writer, value: ReadShareGroupStateRequestReadStateData, version: number): void {
  writer.writeUuid(value.topicId);
  writer.writeArrayLength(value.partitions, true);
  for (const item of value.partitions) writeReadShareGroupStateRequestPartitionData(writer, item, version);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a ReadShareGroupStateRequestReadStateData in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readReadShareGroupStateRequestReadStateData(reader: Reader, version: number): ReadShareGroupStateRequestReadStateData {
  const value: ReadShareGroupStateRequestReadStateData = {
    topicId: reader.readUuid(),
    partitions: reader.readArray(true, () => readReadShareGroupStateRequestPartitionData(reader, version)),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** PartitionData of ReadShareGroupStateRequest; versions 0. */
export interface ReadShareGroupStateRequestPartitionData {
  /** The partition index. Versions: 0+. */
  partition: number;
  /** The leader epoch of the share-partition. Versions: 0+. */
  leaderEpoch: number;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A ReadShareGroupStateRequestPartitionData with every field at its schema default, overridden by `init`. */
export function createReadShareGroupStateRequestPartitionData(init: Partial<ReadShareGroupStateRequestPartitionData> = {}): ReadShareGroupStateRequestPartitionData {
  return {
    partition: 0,
    leaderEpoch: 0,
    ...init,
  };
}

/** Writes a ReadShareGroupStateRequestPartitionData in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeReadShareGroupStateRequestPartitionData(writer: Writer, value: ReadShareGroupStateRequestPartitionData, _version: number): void {
  writer.writeInt32(value.partition);
  writer.writeInt32(value.leaderEpoch);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a ReadShareGroupStateRequestPartitionData in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readReadShareGroupStateRequestPartitionData(reader: Reader, _version: number): ReadShareGroupStateRequestPartitionData {
  const value: ReadShareGroupStateRequestPartitionData = {
    partition: reader.readInt32(),
    leaderEpoch: reader.readInt32(),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** Versions of ReadShareGroupStateResponse (API key 84): valid 0, flexible 0+. */
export const readShareGroupStateResponseVersions = {
  lowestVersion: 0,
  highestVersion: 0,
  flexibleLowestVersion: 0,
} as const;

/** The ReadShareGroupStateResponse message; versions 0. */
export interface ReadShareGroupStateResponse {
  /** The read results. Versions: 0+. */
  results: ReadShareGroupStateResponseReadStateResult[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A ReadShareGroupStateResponse with every field at its schema default, overridden by `init`. */
export function createReadShareGroupStateResponse(init: Partial<ReadShareGroupStateResponse> = {}): ReadShareGroupStateResponse {
  return {
    results: [],
    ...init,
  };
}

/** Writes a ReadShareGroupStateResponse in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeReadShareGroupStateResponse(writer: Writer, value: ReadShareGroupStateResponse, version: number): void {
  writer.writeArrayLength(value.results, true);
  for (const item of value.results) writeReadShareGroupStateResponseReadStateResult(writer, item, version);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a ReadShareGroupStateResponse in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readReadShareGroupStateResponse(reader: Reader, version: number): ReadShareGroupStateResponse {
  const value: ReadShareGroupStateResponse = {
    results: reader.readArray(true, () => readReadShareGroupStateResponseReadStateResult(reader, version)),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** ReadStateResult of ReadShareGroupStateResponse; versions 0. */
export interface ReadShareGroupStateResponseReadStateResult {
  /** The topic identifier. Versions: 0+. */
  topicId: Uuid;
  /** The results for the partitions. Versions: 0+. */
  partitions: ReadShareGroupStateResponsePartitionResult[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A ReadShareGroupStateResponseReadStateResult with every field at its schema default, overridden by `init`. */
export function createReadShareGroupStateResponseReadStateResult(init: Partial<ReadShareGroupStateResponseReadStateResult> = {}): ReadShareGroupStateResponseReadStateResult {
  return {
    topicId: ZERO_UUID,
    partitions: [],
    ...init,
  };
}

/** Writes a ReadShareGroupStateResponseReadStateResult in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeReadShareGroupStateResponseReadStateResult(writer: Writer, value: ReadShareGroupStateResponseReadStateResult, version: number): void {
  writer.writeUuid(value.topicId);
  writer.writeArrayLength(value.partitions, true);
  for (const item of value.partitions) writeReadShareGroupStateResponsePartitionResult(writer, item, version);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a ReadShareGroupStateResponseReadStateResult in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readReadShareGroupStateResponseReadStateResult(reader: Reader, version: number): ReadShareGroupStateResponseReadStateResult {
  const value: ReadShareGroupStateResponseReadStateResult = {
    topicId: reader.readUuid(),
    partitions: reader.readArray(true, () => readReadShareGroupStateResponsePartitionResult(reader, version)),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** PartitionResult of ReadShareGroupStateResponse; versions 0. */
export interface ReadShareGroupStateResponsePartitionResult {
  /** The partition index. Versions: 0+. */
  partition: number;
  /** The error code, or 0 if there was no error. Versions: 0+. */
  errorCode: number;
  /** The error message, or null if there was no error. Versions: 0+. Nullable: 0+. Default: null. */
  errorMessage: string | null;
  /** The state epoch for this share-partition. Versions: 0+. */
  stateEpoch: number;
  /** The share-partition start offset, which can be -1 if it is not yet initialized. Versions: 0+. */
  startOffset: bigint;
  /** The StateBatches field. Versions: 0+. */
  stateBatches: ReadShareGroupStateResponseStateBatch[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A ReadShareGroupStateResponsePartitionResult with every field at its schema default, overridden by `init`. */
export function createReadShareGroupStateResponsePartitionResult(init: Partial<ReadShareGroupStateResponsePartitionResult> = {}): ReadShareGroupStateResponsePartitionResult {
  return {
    partition: 0,
    errorCode: 0,
    errorMessage: null,
    stateEpoch: 0,
    startOffset: 0n,
    stateBatches: [],
    ...init,
  };
}

/** Writes a ReadShareGroupStateResponsePartitionResult in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeReadShareGroupStateResponsePartitionResult(writer: Writer, value: ReadShareGroupStateResponsePartitionResult, version: number): void {
  writer.writeInt32(value.partition);
  writer.writeInt16(value.errorCode);
  writer.writeNullableString(value.errorMessage, true);
  writer.writeInt32(value.stateEpoch);
  writer.writeInt64(value.startOffset);
  writer.writeArrayLength(value.stateBatches, true);
  for (const item of value.stateBatches) writeReadShareGroupStateResponseStateBatch(writer, item, version);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a ReadShareGroupStateResponsePartitionResult in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readReadShareGroupStateResponsePartitionResult(reader: Reader, version: number): ReadShareGroupStateResponsePartitionResult {
  const value: ReadShareGroupStateResponsePartitionResult = {
    partition: reader.readInt32(),
    errorCode: reader.readInt16(),
    errorMessage: reader.readNullableString(true),
    stateEpoch: reader.readInt32(),
    startOffset: reader.readInt64(),
    stateBatches: reader.readArray(true, () => readReadShareGroupStateResponseStateBatch(reader, version)),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** StateBatch of ReadShareGroupStateResponse; versions 0. */
export interface ReadShareGroupStateResponseStateBatch {
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

/** A ReadShareGroupStateResponseStateBatch with every field at its schema default, overridden by `init`. */
export function createReadShareGroupStateResponseStateBatch(init: Partial<ReadShareGroupStateResponseStateBatch> = {}): ReadShareGroupStateResponseStateBatch {
  return {
    firstOffset: 0n,
    lastOffset: 0n,
    deliveryState: 0,
    deliveryCount: 0,
    ...init,
  };
}

/** Writes a ReadShareGroupStateResponseStateBatch in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeReadShareGroupStateResponseStateBatch(writer: Writer, value: ReadShareGroupStateResponseStateBatch, _version: number): void {
  writer.writeInt64(value.firstOffset);
  writer.writeInt64(value.lastOffset);
  writer.writeInt8(value.deliveryState);
  writer.writeInt16(value.deliveryCount);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a ReadShareGroupStateResponseStateBatch in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readReadShareGroupStateResponseStateBatch(reader: Reader, _version: number): ReadShareGroupStateResponseStateBatch {
  const value: ReadShareGroupStateResponseStateBatch = {
    firstOffset: reader.readInt64(),
    lastOffset: reader.readInt64(),
    deliveryState: reader.readInt8(),
    deliveryCount: reader.readInt16(),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}
