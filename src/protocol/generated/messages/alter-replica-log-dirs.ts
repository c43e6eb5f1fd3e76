// Generated from AlterReplicaLogDirsRequest.json and AlterReplicaLogDirsResponse.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// AlterReplicaLogDirs (API key 34): request and response codecs, versions 0-2.
// Kafka wire format: https://kafka.apache.org/protocol#The_Messages_AlterReplicaLogDirs
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';
import { taggedFieldsNotInVersion } from '../../primitives/errors.js';
import { type TopicName } from '../../entity-types.js';

/** Versions of AlterReplicaLogDirsRequest (API key 34): valid 0-2, flexible 2+. */
export const alterReplicaLogDirsRequestVersions = {
  lowestVersion: 0,
  highestVersion: 2,
  flexibleLowestVersion: 2,
} as const;

/** The AlterReplicaLogDirsRequest message; versions 0-2. */
export interface AlterReplicaLogDirsRequest {
  /** The alterations to make for each directory. Versions: 0+. */
  dirs: AlterReplicaLogDirsRequestAlterReplicaLogDir[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A AlterReplicaLogDirsRequest with every field at its schema default, overridden by `init`. */
export function createAlterReplicaLogDirsRequest(init: Partial<AlterReplicaLogDirsRequest> = {}): AlterReplicaLogDirsRequest {
  return {
    dirs: [],
    ...init,
  };
}

/** Writes a AlterReplicaLogDirsRequest in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeAlterReplicaLogDirsRequest(writer: Writer, value: AlterReplicaLogDirsRequest, version: number): void {
  const flexible = version >= 2;
  writer.writeArrayLength(value.dirs, flexible);
  for (const item of value.dirs) writeAlterReplicaLogDirsRequestAlterReplicaLogDir(writer, item, version);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('AlterReplicaLogDirsRequest', version);
  }
}

/** Reads a AlterReplicaLogDirsRequest in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readAlterReplicaLogDirsRequest(reader: Reader, version: number): AlterReplicaLogDirsRequest {
  const flexible = version >= 2;
  const value: AlterReplicaLogDirsRequest = {
    dirs: reader.readArray(flexible, () => readAlterReplicaLogDirsRequestAlterReplicaLogDir(reader, version)),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** AlterReplicaLogDir of AlterReplicaLogDirsRequest; versions 0-2. */
export interface AlterReplicaLogDirsRequestAlterReplicaLogDir {
  /** The absolute directory path. Versions: 0+. */
  path: string;
  /** The topics to add to the directory. Versions: 0+. */
  topics: AlterReplicaLogDirsRequestAlterReplicaLogDirTopic[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A AlterReplicaLogDirsRequestAlterReplicaLogDir with every field at its schema default, overridden by `init`. */
export function createAlterReplicaLogDirsRequestAlterReplicaLogDir(init: Partial<AlterReplicaLogDirsRequestAlterReplicaLogDir> = {}): AlterReplicaLogDirsRequestAlterReplicaLogDir {
  return {
    path: "",
    topics: [],
    ...init,
  };
}

/** Writes a AlterReplicaLogDirsRequestAlterReplicaLogDir in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeAlterReplicaLogDirsRequestAlterReplicaLogDir(writer: Writer, value: AlterReplicaLogDirsRequestAlterReplicaLogDir, version: number): void {
  const flexible = version >= 2;
  writer.writeString(value.path, flexible);
  writer.writeArrayLength(value.topics, flexible);
  for (const item of value.topics) writeAlterReplicaLogDirsRequestAlterReplicaLogDirTopic(writer, item, version);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('AlterReplicaLogDirsRequestAlterReplicaLogDir', version);
  }
}

/** Reads a AlterReplicaLogDirsRequestAlterReplicaLogDir in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readAlterReplicaLogDirsRequestAlterReplicaLogDir(reader: Reader, version: number): AlterReplicaLogDirsRequestAlterReplicaLogDir {
  const flexible = version >= 2;
  const value: AlterReplicaLogDirsRequestAlterReplicaLogDir = {
    path: reader.readString(flexible),
    topics: reader.readArray(flexible, () => readAlterReplicaLogDirsRequestAlterReplicaLogDirTopic(reader, version)),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** AlterReplicaLogDirTopic of AlterReplicaLogDirsRequest; versions 0-2. */
export interface AlterReplicaLogDirsRequestAlterReplicaLogDirTopic {
  /** The topic name. Versions: 0+. Entity: topicName. */
  name: TopicName;
  /** The partition indexes. Versions: 0+. */
  partitions: number[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A AlterReplicaLogDirsRequestAlterReplicaLogDirTopic with every field at its schema default, overridden by `init`. */
export function createAlterReplicaLogDirsRequestAlterReplicaLogDirTopic(init: Partial<AlterReplicaLogDirsRequestAlterReplicaLogDirTopic> = {}): AlterReplicaLogDirsRequestAlterReplicaLogDirTopic {
  return {
    name: "" as TopicName,
    partitions: [],
    ...init,
  };
}

/** Writes a AlterReplicaLogDirsRequestAlterReplicaLogDirTopic in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeAlterReplicaLogDirsRequestAlterReplicaLogDirTopic(writer: Writer, value: AlterReplicaLogDirsRequestAlterReplicaLogDirTopic, version: number): void {
  const flexible = version >= 2;
  writer.writeString(value.name, flexible);
  writer.writeArrayLength(value.partitions, flexible);
  for (const item of value.partitions) writer.writeInt32(item);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('AlterReplicaLogDirsRequestAlterReplicaLogDirTopic', version);
  }
}

/** Reads a AlterReplicaLogDirsRequestAlterReplicaLogDirTopic in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readAlterReplicaLogDirsRequestAlterReplicaLogDirTopic(reader: Reader, version: number): AlterReplicaLogDirsRequestAlterReplicaLogDirTopic {
  const flexible = version >= 2;
  const value: AlterReplicaLogDirsRequestAlterReplicaLogDirTopic = {
    name: reader.readString(flexible) as TopicName,
    partitions: reader.readInt32Array(flexible),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** Versions of AlterReplicaLogDirsResponse (API key 34): valid 0-2, flexible 2+. */
export const alterReplicaLogDirsResponseVersions = {
  lowestVersion: 0,
  highestVersion: 2,
  flexibleLowestVersion: 2,
} as const;

/** The AlterReplicaLogDirsResponse message; versions 0-2. */
export interface AlterReplicaLogDirsResponse {
  /** Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions: 0+. */
  throttleTimeMs: number;
  /** The results for each topic. Versions: 0+. */
  results: AlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A AlterReplicaLogDirsResponse with every field at its schema default, overridden by `init`. */
export function createAlterReplicaLogDirsResponse(init: Partial<AlterReplicaLogDirsResponse> = {}): AlterReplicaLogDirsResponse {
  return {
    throttleTimeMs: 0,
    results: [],
    ...init,
  };
}

/** Writes a AlterReplicaLogDirsResponse in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeAlterReplicaLogDirsResponse(writer: Writer, value: AlterReplicaLogDirsResponse, version: number): void {
  const flexible = version >= 2;
  writer.writeInt32(value.throttleTimeMs);
  writer.writeArrayLength(value.results, flexible);
  for (const item of value.results) writeAlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult(writer, item, version);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('AlterReplicaLogDirsResponse', version);
  }
}

/** Reads a AlterReplicaLogDirsResponse in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readAlterReplicaLogDirsResponse(reader: Reader, version: number): AlterReplicaLogDirsResponse {
  const flexible = version >= 2;
  const value: AlterReplicaLogDirsResponse = {
    throttleTimeMs: reader.readInt32(),
    results: reader.readArray(flexible, () => readAlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult(reader, version)),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** AlterReplicaLogDirTopicResult of AlterReplicaLogDirsResponse; versions 0-2. */
export interface AlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult {
  /** The name of the topic. Versions: 0+. Entity: topicName. */
  topicName: TopicName;
  /** The results for each partition. Versions: 0+. */
  partitions: AlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A AlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult with every field at its schema default, overridden by `init`. */
export function createAlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult(init: Partial<AlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult> = {}): AlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult {
  return {
    topicName: "" as TopicName,
    partitions: [],
    ...init,
  };
}

/** Writes a AlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeAlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult(writer: Writer, value: AlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult, version: number): void {
  const flexible = version >= 2;
  writer.writeString(value.topicName, flexible);
  writer.writeArrayLength(value.partitions, flexible);
  for (const item of value.partitions) writeAlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult(writer, item, version);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('AlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult', version);
  }
}

/** Reads a AlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readAlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult(reader: Reader, version: number): AlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult {
  const flexible = version >= 2;
  const value: AlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult = {
    topicName: reader.readString(flexible) as TopicName,
    partitions: reader.readArray(flexible, () => readAlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult(reader, version)),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** AlterReplicaLogDirPartitionResult of AlterReplicaLogDirsResponse; versions 0-2. */
export interface AlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult {
  /** The partition index. Versions: 0+. */
  partitionIndex: number;
  /** The error code, or 0 if there was no error. Versions: 0+. */
  errorCode: number;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A AlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult with every field at its schema default, overridden by `init`. */
export function createAlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult(init: Partial<AlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult> = {}): AlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult {
  return {
    partitionIndex: 0,
    errorCode: 0,
    ...init,
  };
}

/** Writes a AlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeAlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult(writer: Writer, value: AlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult, version: number): void {
  const flexible = version >= 2;
  writer.writeInt32(value.partitionIndex);
  writer.writeInt16(value.errorCode);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('AlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult', version);
  }
}

/** Reads a AlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readAlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult(reader: Reader, version: number): AlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult {
  const flexible = version >= 2;
  const value: AlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult = {
    partitionIndex: reader.readInt32(),
    errorCode: reader.readInt16(),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}
