// Generated from OffsetForLeaderEpochRequest.json and OffsetForLeaderEpochResponse.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// OffsetForLeaderEpoch (API key 23): request and response codecs, versions 0-4.
// Kafka wire format: https://kafka.apache.org/protocol#The_Messages_OffsetForLeaderEpoch
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';
import { taggedFieldsNotInVersion } from '../../primitives/errors.js';
import { type NodeId, type TopicName } from '../../entity-types.js';

/** Versions of OffsetForLeaderEpochRequest (API key 23): valid 0-4, flexible 4+. */
export const offsetForLeaderEpochRequestVersions = {
  lowestVersion: 0,
  highestVersion: 4,
  flexibleLowestVersion: 4,
} as const;

/** The OffsetForLeaderEpochRequest message; versions 0-4. */
export interface OffsetForLeaderEpochRequest {
  /** The broker ID of the follower, of -1 if this request is from a consumer. Versions: 3+. Ignorable. Default: -2. Entity: brokerId. */
  replicaId: NodeId;
  /** Each topic to get offsets for. Versions: 0+. */
  topics: OffsetForLeaderEpochRequestOffsetForLeaderTopic[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A OffsetForLeaderEpochRequest with every field at its schema default, overridden by `init`. */
export function createOffsetForLeaderEpochRequest(init: Partial<OffsetForLeaderEpochRequest> = {}): OffsetForLeaderEpochRequest {
  return {
    replicaId: -2 as NodeId,
    topics: [],
    ...init,
  };
}

/** Writes a OffsetForLeaderEpochRequest in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeOffsetForLeaderEpochRequest(writer: Writer, value: OffsetForLeaderEpochRequest, version: number): void {
  const flexible = version >= 4;
  if (version >= 3) {
    writer.writeInt32(value.replicaId);
  }
  writer.writeArrayLength(value.topics, flexible);
  for (const item of value.topics) writeOffsetForLeaderEpochRequestOffsetForLeaderTopic(writer, item, version);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('OffsetForLeaderEpochRequest', version);
  }
}

/** Reads a OffsetForLeaderEpochRequest in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readOffsetForLeaderEpochRequest(reader: Reader, version: number): OffsetForLeaderEpochRequest {
  const flexible = version >= 4;
  const value: OffsetForLeaderEpochRequest = {
    replicaId: (version >= 3) ? reader.readInt32() as NodeId : -2 as NodeId,
    topics: reader.readArray(flexible, () => readOffsetForLeaderEpochRequestOffsetForLeaderTopic(reader, version)),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** OffsetForLeaderTopic of OffsetForLeaderEpochRequest; versions 0-4. */
export interface OffsetForLeaderEpochRequestOffsetForLeaderTopic {
  /** The topic name. Versions: 0+. Entity: topicName. */
  topic: TopicName;
  /** Each partition to get offsets for. Versions: 0+. */
  partitions: OffsetForLeaderEpochRequestOffsetForLeaderPartition[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A OffsetForLeaderEpochRequestOffsetForLeaderTopic with every field at its schema default, overridden by `init`. */
export function createOffsetForLeaderEpochRequestOffsetForLeaderTopic(init: Partial<OffsetForLeaderEpochRequestOffsetForLeaderTopic> = {}): OffsetForLeaderEpochRequestOffsetForLeaderTopic {
  return {
    topic: "" as TopicName,
    partitions: [],
    ...init,
  };
}

/** Writes a OffsetForLeaderEpochRequestOffsetForLeaderTopic in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeOffsetForLeaderEpochRequestOffsetForLeaderTopic(writer: Writer, value: OffsetForLeaderEpochRequestOffsetForLeaderTopic, version: number): void {
  const flexible = version >= 4;
  writer.writeString(value.topic, flexible);
  writer.writeArrayLength(value.partitions, flexible);
  for (const item of value.partitions) writeOffsetForLeaderEpochRequestOffsetForLeaderPartition(writer, item, version);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('OffsetForLeaderEpochRequestOffsetForLeaderTopic', version);
  }
}

/** Reads a OffsetForLeaderEpochRequestOffsetForLeaderTopic in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readOffsetForLeaderEpochRequestOffsetForLeaderTopic(reader: Reader, version: number): OffsetForLeaderEpochRequestOffsetForLeaderTopic {
  const flexible = version >= 4;
  const value: OffsetForLeaderEpochRequestOffsetForLeaderTopic = {
    topic: reader.readString(flexible) as TopicName,
    partitions: reader.readArray(flexible, () => readOffsetForLeaderEpochRequestOffsetForLeaderPartition(reader, version)),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** OffsetForLeaderPartition of OffsetForLeaderEpochRequest; versions 0-4. */
export interface OffsetForLeaderEpochRequestOffsetForLeaderPartition {
  /** The partition index. Versions: 0+. */
  partition: number;
  /** An epoch used to fence consumers/replicas with old metadata. If the epoch provided by the client is larger than the current epoch known to the broker, then the UNKNOWN_LEADER_EPOCH error code will be returned. If the provided epoch is smaller, then the FENCED_LEADER_EPOCH error code will be returned. Versions: 2+. Ignorable. Default: -1. */
  currentLeaderEpoch: number;
  /** The epoch to look up an offset for. Versions: 0+. */
  leaderEpoch: number;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A OffsetForLeaderEpochRequestOffsetForLeaderPartition with every field at its schema default, overridden by `init`. */
export function createOffsetForLeaderEpochRequestOffsetForLeaderPartition(init: Partial<OffsetForLeaderEpochRequestOffsetForLeaderPartition> = {}): OffsetForLeaderEpochRequestOffsetForLeaderPartition {
  return {
    partition: 0,
    currentLeaderEpoch: -1,
    leaderEpoch: 0,
    ...init,
  };
}

/** Writes a OffsetForLeaderEpochRequestOffsetForLeaderPartition in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeOffsetForLeaderEpochRequestOffsetForLeaderPartition(writer: Writer, value: OffsetForLeaderEpochRequestOffsetForLeaderPartition, version: number): void {
  const flexible = version >= 4;
  writer.writeInt32(value.partition);
  if (version >= 2) {
    writer.writeInt32(value.currentLeaderEpoch);
  }
  writer.writeInt32(value.leaderEpoch);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('OffsetForLeaderEpochRequestOffsetForLeaderPartition', version);
  }
}

/** Reads a OffsetForLeaderEpochRequestOffsetForLeaderPartition in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readOffsetForLeaderEpochRequestOffsetForLeaderPartition(reader: Reader, version: number): OffsetForLeaderEpochRequestOffsetForLeaderPartition {
  const flexible = version >= 4;
  const value: OffsetForLeaderEpochRequestOffsetForLeaderPartition = {
    partition: reader.readInt32(),
    currentLeaderEpoch: (version >= 2) ? reader.readInt32() : -1,
    leaderEpoch: reader.readInt32(),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** Versions of OffsetForLeaderEpochResponse (API key 23): valid 0-4, flexible 4+. */
export const offsetForLeaderEpochResponseVersions = {
  lowestVersion: 0,
  highestVersion: 4,
  flexibleLowestVersion: 4,
} as const;

/** The OffsetForLeaderEpochResponse message; versions 0-4. */
export interface OffsetForLeaderEpochResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions: 2+. Ignorable. */
  throttleTimeMs: number;
  /** Each topic we fetched offsets for. Versions: 0+. */
  topics: OffsetForLeaderEpochResponseOffsetForLeaderTopicResult[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A OffsetForLeaderEpochResponse with every field at its schema default, overridden by `init`. */
export function createOffsetForLeaderEpochResponse(init: Partial<OffsetForLeaderEpochResponse> = {}): OffsetForLeaderEpochResponse {
  return {
    throttleTimeMs: 0,
    topics: [],
    ...init,
  };
}

/** Writes a OffsetForLeaderEpochResponse in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeOffsetForLeaderEpochResponse(writer: Writer, value: OffsetForLeaderEpochResponse, version: number): void {
  const flexible = version >= 4;
  if (version >= 2) {
    writer.writeInt32(value.throttleTimeMs);
  }
  writer.writeArrayLength(value.topics, flexible);
  for (const item of value.topics) writeOffsetForLeaderEpochResponseOffsetForLeaderTopicResult(writer, item, version);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('OffsetForLeaderEpochResponse', version);
  }
}

/** Reads a OffsetForLeaderEpochResponse in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readOffsetForLeaderEpochResponse(reader: Reader, version: number): OffsetForLeaderEpochResponse {
  const flexible = version >= 4;
  const value: OffsetForLeaderEpochResponse = {
    throttleTimeMs: (version >= 2) ? reader.readInt32() : 0,
    topics: reader.readArray(flexible, () => readOffsetForLeaderEpochResponseOffsetForLeaderTopicResult(reader, version)),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** OffsetForLeaderTopicResult of OffsetForLeaderEpochResponse; versions 0-4. */
export interface OffsetForLeaderEpochResponseOffsetForLeaderTopicResult {
  /** The topic name. Versions: 0+. Entity: topicName. */
  topic: TopicName;
  /** Each partition in the topic we fetched offsets for. Versions: 0+. */
  partitions: OffsetForLeaderEpochResponseEpochEndOffset[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A OffsetForLeaderEpochResponseOffsetForLeaderTopicResult with every field at its schema default, overridden by `init`. */
export function createOffsetForLeaderEpochResponseOffsetForLeaderTopicResult(init: Partial<OffsetForLeaderEpochResponseOffsetForLeaderTopicResult> = {}): OffsetForLeaderEpochResponseOffsetForLeaderTopicResult {
  return {
    topic: "" as TopicName,
    partitions: [],
    ...init,
  };
}

/** Writes a OffsetForLeaderEpochResponseOffsetForLeaderTopicResult in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeOffsetForLeaderEpochResponseOffsetForLeaderTopicResult(writer: Writer, value: OffsetForLeaderEpochResponseOffsetForLeaderTopicResult, version: number): void {
  const flexible = version >= 4;
  writer.writeString(value.topic, flexible);
  writer.writeArrayLength(value.partitions, flexible);
  for (const item of value.partitions) writeOffsetForLeaderEpochResponseEpochEndOffset(writer, item, version);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('OffsetForLeaderEpochResponseOffsetForLeaderTopicResult', version);
  }
}

/** Reads a OffsetForLeaderEpochResponseOffsetForLeaderTopicResult in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readOffsetForLeaderEpochResponseOffsetForLeaderTopicResult(reader: Reader, version: number): OffsetForLeaderEpochResponseOffsetForLeaderTopicResult {
  const flexible = version >= 4;
  const value: OffsetForLeaderEpochResponseOffsetForLeaderTopicResult = {
    topic: reader.readString(flexible) as TopicName,
    partitions: reader.readArray(flexible, () => readOffsetForLeaderEpochResponseEpochEndOffset(reader, version)),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** EpochEndOffset of OffsetForLeaderEpochResponse; versions 0-4. */
export interface OffsetForLeaderEpochResponseEpochEndOffset {
  /** The error code 0, or if there was no error. Versions: 0+. */
  errorCode: number;
  /** The partition index. Versions: 0+. */
  partition: number;
  /** The leader epoch of the partition. Versions: 1+. Ignorable. Default: -1. */
  leaderEpoch: number;
  /** The end offset of the epoch. Versions: 0+. Default: -1. */
  endOffset: bigint;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A OffsetForLeaderEpochResponseEpochEndOffset with every field at its schema default, overridden by `init`. */
export function createOffsetForLeaderEpochResponseEpochEndOffset(init: Partial<OffsetForLeaderEpochResponseEpochEndOffset> = {}): OffsetForLeaderEpochResponseEpochEndOffset {
  return {
    errorCode: 0,
    partition: 0,
    leaderEpoch: -1,
    endOffset: -1n,
    ...init,
  };
}

/** Writes a OffsetForLeaderEpochResponseEpochEndOffset in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeOffsetForLeaderEpochResponseEpochEndOffset(writer: Writer, value: OffsetForLeaderEpochResponseEpochEndOffset, version: number): void {
  const flexible = version >= 4;
  writer.writeInt16(value.errorCode);
  writer.writeInt32(value.partition);
  if (version >= 1) {
    writer.writeInt32(value.leaderEpoch);
  }
  writer.writeInt64(value.endOffset);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('OffsetForLeaderEpochResponseEpochEndOffset', version);
  }
}

/** Reads a OffsetForLeaderEpochResponseEpochEndOffset in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readOffsetForLeaderEpochResponseEpochEndOffset(reader: Reader, version: number): OffsetForLeaderEpochResponseEpochEndOffset {
  const flexible = version >= 4;
  const value: OffsetForLeaderEpochResponseEpochEndOffset = {
    errorCode: reader.readInt16(),
    partition: reader.readInt32(),
    leaderEpoch: (version >= 1) ? reader.readInt32() : -1,
    endOffset: reader.readInt64(),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}
