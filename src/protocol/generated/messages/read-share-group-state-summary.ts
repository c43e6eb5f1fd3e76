// Generated from ReadShareGroupStateSummaryRequest.json and ReadShareGroupStateSummaryResponse.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// ReadShareGroupStateSummary (API key 87): request and response codecs, versions 0.
// Kafka wire format: https://kafka.apache.org/protocol#The_Messages_ReadShareGroupStateSummary
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';
import { ZERO_UUID, type Uuid } from '../../entity-types.js';

/** Versions of ReadShareGroupStateSummaryRequest (API key 87): valid 0, flexible 0+. */
export const readShareGroupStateSummaryRequestVersions = {
  lowestVersion: 0,
  highestVersion: 0,
  flexibleLowestVersion: 0,
} as const;

/** The ReadShareGroupStateSummaryRequest message; versions 0. */
export interface ReadShareGroupStateSummaryRequest {
  /** The group identifier. Versions: 0+. */
  groupId: string;
  /** The data for the topics. Versions: 0+. */
  topics: ReadShareGroupStateSummaryRequestReadStateSummaryData[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A ReadShareGroupStateSummaryRequest with every field at its schema default, overridden by `init`. */
export function createReadShareGroupStateSummaryRequest(init: Partial<ReadShareGroupStateSummaryRequest> = {}): ReadShareGroupStateSummaryRequest {
  return {
    groupId: "",
    topics: [],
    ...init,
  };
}

/** Writes a ReadShareGroupStateSummaryRequest in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeReadShareGroupStateSummaryRequest(writer: Writer, value: ReadShareGroupStateSummaryRequest, version: number): void {
  writer.writeString(value.groupId, true);
  writer.writeArrayLength(value.topics, true);
  for (const item of value.topics) writeReadShareGroupStateSummaryRequestReadStateSummaryData(writer, item, version);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a ReadShareGroupStateSummaryRequest in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readReadShareGroupStateSummaryRequest(reader: Reader, version: number): ReadShareGroupStateSummaryRequest {
  const value: ReadShareGroupStateSummaryRequest = {
    groupId: reader.readString(true),
    topics: reader.readArray(true, () => readReadShareGroupStateSummaryRequestReadStateSummaryData(reader, version)),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** ReadStateSummaryData of ReadShareGroupStateSummaryRequest; versions 0. */
export interface ReadShareGroupStateSummaryRequestReadStateSummaryData {
  /** The topic identifier. Versions: 0+. */
  topicId: Uuid;
  /** The data for the partitions. Versions: 0+. */
  partitions: ReadShareGroupStateSummaryRequestPartitionData[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A ReadShareGroupStateSummaryRequestReadStateSummaryData with every field at its schema default, overridden by `init`. */
export function createReadShareGroupStateSummaryRequestReadStateSummaryData(init: Partial<ReadShareGroupStateSummaryRequestReadStateSummaryData> = {}): ReadShareGroupStateSummaryRequestReadStateSummaryData {
  return {
    topicId: ZERO_UUID,
    partitions: [],
    ...init,
  };
}

/** Writes a ReadShareGroupStateSummaryRequestReadStateSummaryData in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeReadShareGroupStateSummaryRequestReadStateSummaryData(writer: Writer, value: ReadShareGroupStateSummaryRequestReadStateSummaryData, version: number): void {
  writer.writeUuid(value.topicId);
  writer.writeArrayLength(value.partitions, true);
  for (const item of value.partitions) writeReadShareGroupStateSummaryRequestPartitionData(writer, item, version);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a ReadShareGroupStateSummaryRequestReadStateSummaryData in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readReadShareGroupStateSummaryRequestReadStateSummaryData(reader: Reader, version: number): ReadShareGroupStateSummaryRequestReadStateSummaryData {
  const value: ReadShareGroupStateSummaryRequestReadStateSummaryData = {
    topicId: reader.readUuid(),
    partitions: reader.readArray(true, () => readReadShareGroupStateSummaryRequestPartitionData(reader, version)),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** PartitionData of ReadShareGroupStateSummaryRequest; versions 0. */
export interface ReadShareGroupStateSummaryRequestPartitionData {
  /** The partition index. Versions: 0+. */
  partition: number;
  /** The leader epoch of the share-partition. Versions: 0+. */
  leaderEpoch: number;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A ReadShareGroupStateSummaryRequestPartitionData with every field at its schema default, overridden by `init`. */
export function createReadShareGroupStateSummaryRequestPartitionData(init: Partial<ReadShareGroupStateSummaryRequestPartitionData> = {}): ReadShareGroupStateSummaryRequestPartitionData {
  return {
    partition: 0,
    leaderEpoch: 0,
    ...init,
  };
}

/** Writes a ReadShareGroupStateSummaryRequestPartitionData in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeReadShareGroupStateSummaryRequestPartitionData(writer: Writer, value: ReadShareGroupStateSummaryRequestPartitionData, _version: number): void {
  writer.writeInt32(value.partition);
  writer.writeInt32(value.leaderEpoch);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a ReadShareGroupStateSummaryRequestPartitionData in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readReadShareGroupStateSummaryRequestPartitionData(reader: Reader, _version: number): ReadShareGroupStateSummaryRequestPartitionData {
  const value: ReadShareGroupStateSummaryRequestPartitionData = {
    partition: reader.readInt32(),
    leaderEpoch: reader.readInt32(),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** Versions of ReadShareGroupStateSummaryResponse (API key 87): valid 0, flexible 0+. */
export const readShareGroupStateSummaryResponseVersions = {
  lowestVersion: 0,
  highestVersion: 0,
  flexibleLowestVersion: 0,
} as const;

/** The ReadShareGroupStateSummaryResponse message; versions 0. */
export interface ReadShareGroupStateSummaryResponse {
  /** The read results. Versions: 0+. */
  results: ReadShareGroupStateSummaryResponseReadStateSummaryResult[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A ReadShareGroupStateSummaryResponse with every field at its schema default, overridden by `init`. */
export function createReadShareGroupStateSummaryResponse(init: Partial<ReadShareGroupStateSummaryResponse> = {}): ReadShareGroupStateSummaryResponse {
  return {
    results: [],
    ...init,
  };
}

/** Writes a ReadShareGroupStateSummaryResponse in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeReadShareGroupStateSummaryResponse(writer: Writer, value: ReadShareGroupStateSummaryResponse, version: number): void {
  writer.writeArrayLength(value.results, true);
  for (const item of value.results) writeReadShareGroupStateSummaryResponseReadStateSummaryResult(writer, item, version);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a ReadShareGroupStateSummaryResponse in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readReadShareGroupStateSummaryResponse(reader: Reader, version: number): ReadShareGroupStateSummaryResponse {
  const value: ReadShareGroupStateSummaryResponse = {
    results: reader.readArray(true, () => readReadShareGroupStateSummaryResponseReadStateSummaryResult(reader, version)),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** ReadStateSummaryResult of ReadShareGroupStateSummaryResponse; versions 0. */
export interface ReadShareGroupStateSummaryResponseReadStateSummaryResult {
  /** The topic identifier. Versions: 0+. */
  topicId: Uuid;
  /** The results for the partitions. Versions: 0+. */
  partitions: ReadShareGroupStateSummaryResponsePartitionResult[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A ReadShareGroupStateSummaryResponseReadStateSummaryResult with every field at its schema default, overridden by `init`. */
export function createReadShareGroupStateSummaryResponseReadStateSummaryResult(init: Partial<ReadShareGroupStateSummaryResponseReadStateSummaryResult> = {}): ReadShareGroupStateSummaryResponseReadStateSummaryResult {
  return {
    topicId: ZERO_UUID,
    partitions: [],
    ...init,
  };
}

/** Writes a ReadShareGroupStateSummaryResponseReadStateSummaryResult in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeReadShareGroupStateSummaryResponseReadStateSummaryResult(writer: Writer, value: ReadShareGroupStateSummaryResponseReadStateSummaryResult, version: number): void {
  writer.writeUuid(value.topicId);
  writer.writeArrayLength(value.partitions, true);
  for (const item of value.partitions) writeReadShareGroupStateSummaryResponsePartitionResult(writer, item, version);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a ReadShareGroupStateSummaryResponseReadStateSummaryResult in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readReadShareGroupStateSummaryResponseReadStateSummaryResult(reader: Reader, version: number): ReadShareGroupStateSummaryResponseReadStateSummaryResult {
  const value: ReadShareGroupStateSummaryResponseReadStateSummaryResult = {
    topicId: reader.readUuid(),
    partitions: reader.readArray(true, () => readReadShareGroupStateSummaryResponsePartitionResult(reader, version)),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** PartitionResult of ReadShareGroupStateSummaryResponse; versions 0. */
export interface ReadShareGroupStateSummaryResponsePartitionResult {
  /** The partition index. Versions: 0+. */
  partition: number;
  /** The error code, or 0 if there was no error. Versions: 0+. */
  errorCode: number;
  /** The error message, or null if there was no error. Versions: 0+. Nullable: 0+. Default: null. */
  errorMessage: string | null;
  /** The state epoch of the share-partition. Versions: 0+. */
  stateEpoch: number;
  /** The share-partition start offset. Versions: 0+. */
  startOffset: bigint;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A ReadShareGroupStateSummaryResponsePartitionResult with every field at its schema default, overridden by `init`. */
export function createReadShareGroupStateSummaryResponsePartitionResult(init: Partial<ReadShareGroupStateSummaryResponsePartitionResult> = {}): ReadShareGroupStateSummaryResponsePartitionResult {
  return {
    partition: 0,
    errorCode: 0,
    errorMessage: null,
    stateEpoch: 0,
    startOffset: 0n,
    ...init,
  };
}

/** Writes a ReadShareGroupStateSummaryResponsePartitionResult in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeReadShareGroupStateSummaryResponsePartitionResult(writer: Writer, value: ReadShareGroupStateSummaryResponsePartitionResult, _version: number): void {
  writer.writeInt32(value.partition);
  writer.writeInt16(value.errorCode);
  writer.writeNullableString(value.errorMessage, true);
  writer.writeInt32(value.stateEpoch);
  writer.writeInt64(value.startOffset);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a ReadShareGroupStateSummaryResponsePartitionResult in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readReadShareGroupStateSummaryResponsePartitionResult(reader: Reader, _version: number): ReadShareGroupStateSummaryResponsePartitionResult {
  const value: ReadShareGroupStateSummaryResponsePartitionResult = {
    partition: reader.readInt32(),
    errorCode: reader.readInt16(),
    errorMessage: reader.readNullableString(true),
    stateEpoch: reader.readInt32(),
    startOffset: reader.readInt64(),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}
