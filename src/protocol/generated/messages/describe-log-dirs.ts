// Generated from DescribeLogDirsRequest.json and DescribeLogDirsResponse.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// DescribeLogDirs (API key 35): request and response codecs, versions 0-4.
// Kafka wire format: https://kafka.apache.org/protocol#The_Messages_DescribeLogDirs
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';
import { taggedFieldsNotInVersion } from '../../primitives/errors.js';
import { type TopicName } from '../../entity-types.js';

/** Versions of DescribeLogDirsRequest (API key 35): valid 0-4, flexible 2+. */
export const describeLogDirsRequestVersions = {
  lowestVersion: 0,
  highestVersion: 4,
  flexibleLowestVersion: 2,
} as const;

/** The DescribeLogDirsRequest message; versions 0-4. */
export interface DescribeLogDirsRequest {
  /** Each topic that we want to describe log directories for, or null for all topics. Versions: 0+. Nullable: 0+. */
  topics: DescribeLogDirsRequestDescribableLogDirTopic[] | null;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A DescribeLogDirsRequest with every field at its schema default, overridden by `init`. */
export function createDescribeLogDirsRequest(init: Partial<DescribeLogDirsRequest> = {}): DescribeLogDirsRequest {
  return {
    topics: [],
    ...init,
  };
}

/** Writes a DescribeLogDirsRequest in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeDescribeLogDirsRequest(writer: Writer, value: DescribeLogDirsRequest, version: number): void {
  const flexible = version >= 2;
  writer.writeArrayLength(value.topics, flexible);
  if (value.topics !== null) for (const item of value.topics) writeDescribeLogDirsRequestDescribableLogDirTopic(writer, item, version);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('DescribeLogDirsRequest', version);
  }
}

/** Reads a DescribeLogDirsRequest in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readDescribeLogDirsRequest(reader: Reader, version: number): DescribeLogDirsRequest {
  const flexible = version >= 2;
  const value: DescribeLogDirsRequest = {
    topics: reader.readNullableArray(flexible, () => readDescribeLogDirsRequestDescribableLogDirTopic(reader, version)),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** DescribableLogDirTopic of DescribeLogDirsRequest; versions 0-4. */
export interface DescribeLogDirsRequestDescribableLogDirTopic {
  /** The topic name. Versions: 0+. Entity: topicName. */
  topic: TopicName;
  /** The partition indexes. Versions: 0+. */
  partitions: number[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A DescribeLogDirsRequestDescribableLogDirTopic with every field at its schema default, overridden by `init`. */
export function createDescribeLogDirsRequestDescribableLogDirTopic(init: Partial<DescribeLogDirsRequestDescribableLogDirTopic> = {}): DescribeLogDirsRequestDescribableLogDirTopic {
  return {
    topic: "" as TopicName,
    partitions: [],
    ...init,
  };
}

/** Writes a DescribeLogDirsRequestDescribableLogDirTopic in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeDescribeLogDirsRequestDescribableLogDirTopic(writer: Writer, value: DescribeLogDirsRequestDescribableLogDirTopic, version: number): void {
  const flexible = version >= 2;
  writer.writeString(value.topic, flexible);
  writer.writeArrayLength(value.partitions, flexible);
  for (const item of value.partitions) writer.writeInt32(item);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('DescribeLogDirsRequestDescribableLogDirTopic', version);
  }
}

/** Reads a DescribeLogDirsRequestDescribableLogDirTopic in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readDescribeLogDirsRequestDescribableLogDirTopic(reader: Reader, version: number): DescribeLogDirsRequestDescribableLogDirTopic {
  const flexible = version >= 2;
  const value: DescribeLogDirsRequestDescribableLogDirTopic = {
    topic: reader.readString(flexible) as TopicName,
    partitions: reader.readInt32Array(flexible),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** Versions of DescribeLogDirsResponse (API key 35): valid 0-4, flexible 2+. */
export const describeLogDirsResponseVersions = {
  lowestVersion: 0,
  highestVersion: 4,
  flexibleLowestVersion: 2,
} as const;

/** The DescribeLogDirsResponse message; versions 0-4. */
export interface DescribeLogDirsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions: 0+. */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. Versions: 3+. Ignorable. */
  errorCode: number;
  /** The log directories. Versions: 0+. */
  results: DescribeLogDirsResponseDescribeLogDirsResult[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A DescribeLogDirsResponse with every field at its schema default, overridden by `init`. */
export function createDescribeLogDirsResponse(init: Partial<DescribeLogDirsResponse> = {}): DescribeLogDirsResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    results: [],
    ...init,
  };
}

/** Writes a DescribeLogDirsResponse in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeDescribeLogDirsResponse(writer: Writer, value: DescribeLogDirsResponse, version: number): void {
  const flexible = version >= 2;
  writer.writeInt32(value.throttleTimeMs);
  if (version >= 3) {
    writer.writeInt16(value.errorCode);
  }
  writer.writeArrayLength(value.results, flexible);
  for (const item of value.results) writeDescribeLogDirsResponseDescribeLogDirsResult(writer, item, version);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('DescribeLogDirsResponse', version);
  }
}

/** Reads a DescribeLogDirsResponse in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readDescribeLogDirsResponse(reader: Reader, version: number): DescribeLogDirsResponse {
  const flexible = version >= 2;
  const value: DescribeLogDirsResponse = {
    throttleTimeMs: reader.readInt32(),
    errorCode: (version >= 3) ? reader.readInt16() : 0,
    results: reader.readArray(flexible, () => readDescribeLogDirsResponseDescribeLogDirsResult(reader, version)),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** DescribeLogDirsResult of DescribeLogDirsResponse; versions 0-4. */
export interface DescribeLogDirsResponseDescribeLogDirsResult {
  /** The error code, or 0 if there was no error. Versions: 0+. */
  errorCode: number;
  /** The absolute log directory path. Versions: 0+. */
  logDir: string;
  /** Each topic. Versions: 0+. */
  topics: DescribeLogDirsResponseDescribeLogDirsTopic[];
  /** The total size in bytes of the volume the log directory is in. Versions: 4+. Ignorable. Default: -1. */
  totalBytes: bigint;
  /** The usable size in bytes of the volume the log directory is in. Versions: 4+. Ignorable. Default: -1. */
  usableBytes: bigint;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A DescribeLogDirsResponseDescribeLogDirsResult with every field at its schema default, overridden by `init`. */
export function createDescribeLogDirsResponseDescribeLogDirsResult(init: Partial<DescribeLogDirsResponseDescribeLogDirsResult> = {}): DescribeLogDirsResponseDescribeLogDirsResult {
  return {
    errorCode: 0,
    logDir: "",
    topics: [],
    totalBytes: -1n,
    usableBytes: -1n,
    ...init,
  };
}

/** Writes a DescribeLogDirsResponseDescribeLogDirsResult in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeDescribeLogDirsResponseDescribeLogDirsResult(writer: Writer, value: DescribeLogDirsResponseDescribeLogDirsResult, version: number): void {
  const flexible = version >= 2;
  writer.writeInt16(value.errorCode);
  writer.writeString(value.logDir, flexible);
  writer.writeArrayLength(value.topics, flexible);
  for (const item of value.topics) writeDescribeLogDirsResponseDescribeLogDirsTopic(writer, item, version);
  if (version >= 4) {
    writer.writeInt64(value.totalBytes);
  }
  if (version >= 4) {
    writer.writeInt64(value.usableBytes);
  }
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('DescribeLogDirsResponseDescribeLogDirsResult', version);
  }
}

/** Reads a DescribeLogDirsResponseDescribeLogDirsResult in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readDescribeLogDirsResponseDescribeLogDirsResult(reader: Reader, version: number): DescribeLogDirsResponseDescribeLogDirsResult {
  const flexible = version >= 2;
  const value: DescribeLogDirsResponseDescribeLogDirsResult = {
    errorCode: reader.readInt16(),
    logDir: reader.readString(flexible),
    topics: reader.readArray(flexible, () => readDescribeLogDirsResponseDescribeLogDirsTopic(reader, version)),
    totalBytes: (version >= 4) ? reader.readInt64() : -1n,
    usableBytes: (version >= 4) ? reader.readInt64() : -1n,
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** DescribeLogDirsTopic of DescribeLogDirsResponse; versions 0-4. */
export interface DescribeLogDirsResponseDescribeLogDirsTopic {
  /** The topic name. Versions: 0+. Entity: topicName. */
  name: TopicName;
  /** The Partitions field. Versions: 0+. */
  partitions: DescribeLogDirsResponseDescribeLogDirsPartition[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A DescribeLogDirsResponseDescribeLogDirsTopic with every field at its schema default, overridden by `init`. */
export function createDescribeLogDirsResponseDescribeLogDirsTopic(init: Partial<DescribeLogDirsResponseDescribeLogDirsTopic> = {}): DescribeLogDirsResponseDescribeLogDirsTopic {
  return {
    name: "" as TopicName,
    partitions: [],
    ...init,
  };
}

/** Writes a DescribeLogDirsResponseDescribeLogDirsTopic in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeDescribeLogDirsResponseDescribeLogDirsTopic(writer: Writer, value: DescribeLogDirsResponseDescribeLogDirsTopic, version: number): void {
  const flexible = version >= 2;
  writer.writeString(value.name, flexible);
  writer.writeArrayLength(value.partitions, flexible);
  for (const item of value.partitions) writeDescribeLogDirsResponseDescribeLogDirsPartition(writer, item, version);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('DescribeLogDirsResponseDescribeLogDirsTopic', version);
  }
}

/** Reads a DescribeLogDirsResponseDescribeLogDirsTopic in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readDescribeLogDirsResponseDescribeLogDirsTopic(reader: Reader, version: number): DescribeLogDirsResponseDescribeLogDirsTopic {
  const flexible = version >= 2;
  const value: DescribeLogDirsResponseDescribeLogDirsTopic = {
    name: reader.readString(flexible) as TopicName,
    partitions: reader.readArray(flexible, () => readDescribeLogDirsResponseDescribeLogDirsPartition(reader, version)),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** DescribeLogDirsPartition of DescribeLogDirsResponse; versions 0-4. */
export interface DescribeLogDirsResponseDescribeLogDirsPartition {
  /** The partition index. Versions: 0+. */
  partitionIndex: number;
  /** The size of the log segments in this partition in bytes. Versions: 0+. */
  partitionSize: bigint;
  /** The lag of the log's LEO w.r.t. partition's HW (if it is the current log for the partition) or current replica's LEO (if it is the future log for the partition). Versions: 0+. */
  offsetLag: bigint;
  /** True if this log is created by AlterReplicaLogDirsRequest and will replace the current log of the replica in the future. Versions: 0+. */
  isFutureKey: boolean;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A DescribeLogDirsResponseDescribeLogDirsPartition with every field at its schema default, overridden by `init`. */
export function createDescribeLogDirsResponseDescribeLogDirsPartition(init: Partial<DescribeLogDirsResponseDescribeLogDirsPartition> = {}): DescribeLogDirsResponseDescribeLogDirsPartition {
  return {
    partitionIndex: 0,
    partitionSize: 0n,
    offsetLag: 0n,
    isFutureKey: false,
    ...init,
  };
}

/** Writes a DescribeLogDirsResponseDescribeLogDirsPartition in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeDescribeLogDirsResponseDescribeLogDirsPartition(writer: Writer, value: DescribeLogDirsResponseDescribeLogDirsPartition, version: number): void {
  const flexible = version >= 2;
  writer.writeInt32(value.partitionIndex);
  writer.writeInt64(value.partitionSize);
  writer.writeInt64(value.offsetLag);
  writer.writeBool(value.isFutureKey);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('DescribeLogDirsResponseDescribeLogDirsPartition', version);
  }
}

/** Reads a DescribeLogDirsResponseDescribeLogDirsPartition in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readDescribeLogDirsResponseDescribeLogDirsPartition(reader: Reader, version: number): DescribeLogDirsResponseDescribeLogDirsPartition {
  const flexible = version >= 2;
  const value: DescribeLogDirsResponseDescribeLogDirsPartition = {
    partitionIndex: reader.readInt32(),
    partitionSize: reader.readInt64(),
    offsetLag: reader.readInt64(),
    isFutureKey: reader.readBool(),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}
