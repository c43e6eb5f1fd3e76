// Generated from OffsetCommitRequest.json and OffsetCommitResponse.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// OffsetCommit (API key 8): request and response codecs, versions 0-9.
// Kafka wire format: https://kafka.apache.org/protocol#The_Messages_OffsetCommit
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';
import { fieldNotInVersion, taggedFieldsNotInVersion } from '../../primitives/errors.js';
import { type GroupId, type TopicName } from '../../entity-types.js';

/** Versions of OffsetCommitRequest (API key 8): valid 0-9, flexible 8+. */
export const offsetCommitRequestVersions = {
  lowestVersion: 0,
  highestVersion: 9,
  flexibleLowestVersion: 8,
} as const;

/** The OffsetCommitRequest message; versions 0-9. */
export interface OffsetCommitRequest {
  /** The unique group identifier. Versions: 0+. Entity: groupId. */
  groupId: GroupId;
  /** The generation of the group if using the classic group protocol or the member epoch if using the consumer protocol. Versions: 1+. Ignorable. Default: -1. */
  generationIdOrMemberEpoch: number;
  /** The member ID assigned by the group coordinator. Versions: 1+. Ignorable. */
  memberId: string;
  /** The unique identifier of the consumer instance provided by end user. Versions: 7+. Nullable: 7+. Default: null. */
  groupInstanceId: string | null;
  /** The time period in ms to retain the offset. Versions: 2-4. Ignorable. Default: -1. */
  retentionTimeMs: bigint;
  /** The topics to commit offsets for. Versions: 0+. */
  topics: OffsetCommitRequestTopic[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A OffsetCommitRequest with every field at its schema default, overridden by `init`. */
export function createOffsetCommitRequest(init: Partial<OffsetCommitRequest> = {}): OffsetCommitRequest {
  return {
    groupId: "" as GroupId,
    generationIdOrMemberEpoch: -1,
    memberId: "",
    groupInstanceId: null,
    retentionTimeMs: -1n,
    topics: [],
    ...init,
  };
}

/** Writes a OffsetCommitRequest in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeOffsetCommitRequest(writer: Writer, value: OffsetCommitRequest, version: number): void {
  const flexible = version >= 8;
  writer.writeString(value.groupId, flexible);
  if (version >= 1) {
    writer.writeInt32(value.generationIdOrMemberEpoch);
  }
  if (version >= 1) {
    writer.writeString(value.memberId, flexible);
  }
  if (version >= 7) {
    writer.writeNullableString(value.groupInstanceId, flexible);
  }
  if (!(version >= 7) && value.groupInstanceId !== null) {
    throw fieldNotInVersion('OffsetCommitRequest', 'groupInstanceId', version);
  }
  if (version >= 2 && version <= 4) {
    writer.writeInt64(value.retentionTimeMs);
  }
  writer.writeArrayLength(value.topics, flexible);
  for (const item of value.topics) writeOffsetCommitRequestTopic(writer, item, version);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('OffsetCommitRequest', version);
  }
}

/** Reads a OffsetCommitRequest in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readOffsetCommitRequest(reader: Reader, version: number): OffsetCommitRequest {
  const flexible = version >= 8;
  const value: OffsetCommitRequest = {
    groupId: reader.readString(flexible) as GroupId,
    generationIdOrMemberEpoch: (version >= 1) ? reader.readInt32() : -1,
    memberId: (version >= 1) ? reader.readString(flexible) : "",
    groupInstanceId: (version >= 7) ? reader.readNullableString(flexible) : null,
    retentionTimeMs: (version >= 2 && version <= 4) ? reader.readInt64() : -1n,
    topics: reader.readArray(flexible, () => readOffsetCommitRequestTopic(reader, version)),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** OffsetCommitRequestTopic of OffsetCommitRequest; versions 0-9. */
export interface OffsetCommitRequestTopic {
  /** The topic name. Versions: 0+. Entity: topicName. */
  name: TopicName;
  /** Each partition to commit offsets for. Versions: 0+. */
  partitions: OffsetCommitRequestPartition[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A OffsetCommitRequestTopic with every field at its schema default, overridden by `init`. */
export function createOffsetCommitRequestTopic(init: Partial<OffsetCommitRequestTopic> = {}): OffsetCommitRequestTopic {
  return {
    name: "" as TopicName,
    partitions: [],
    ...init,
  };
}

/** Writes a OffsetCommitRequestTopic in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeOffsetCommitRequestTopic(writer: Writer, value: OffsetCommitRequestTopic, version: number): void {
  const flexible = version >= 8;
  writer.writeString(value.name, flexible);
  writer.writeArrayLength(value.partitions, flexible);
  for (const item of value.partitions) writeOffsetCommitRequestPartition(writer, item, version);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('OffsetCommitRequestTopic', version);
  }
}

/** Reads a OffsetCommitRequestTopic in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readOffsetCommitRequestTopic(reader: Reader, version: number): OffsetCommitRequestTopic {
  const flexible = version >= 8;
  const value: OffsetCommitRequestTopic = {
    name: reader.readString(flexible) as TopicName,
    partitions: reader.readArray(flexible, () => readOffsetCommitRequestPartition(reader, version)),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** OffsetCommitRequestPartition of OffsetCommitRequest; versions 0-9. */
export interface OffsetCommitRequestPartition {
  /** The partition index. Versions: 0+. */
  partitionIndex: number;
  /** The message offset to be committed. Versions: 0+. */
  committedOffset: bigint;
  /** The leader epoch of this partition. Versions: 6+. Ignorable. Default: -1. */
  committedLeaderEpoch: number;
  /** The timestamp of the commit. Versions: 1. Default: -1. */
  commitTimestamp: bigint;
  /** Any associated metadata the client wants to keep. Versions: 0+. Nullable: 0+. */
  committedMetadata: string | null;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A OffsetCommitRequestPartition with every field at its schema default, overridden by `init`. */
export function createOffsetCommitRequestPartition(init: Partial<OffsetCommitRequestPartition> = {}): OffsetCommitRequestPartition {
  return {
    partitionIndex: 0,
    committedOffset: 0n,
    committedLeaderEpoch: -1,
    commitTimestamp: -1n,
    committedMetadata: "",
    ...init,
  };
}

/** Writes a OffsetCommitRequestPartition in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeOffsetCommitRequestPartition(writer: Writer, value: OffsetCommitRequestPartition, version: number): void {
  const flexible = version >= 8;
  writer.writeInt32(value.partitionIndex);
  writer.writeInt64(value.committedOffset);
  if (version >= 6) {
    writer.writeInt32(value.committedLeaderEpoch);
  }
  if (version >= 1 && version <= 1) {
    writer.writeInt64(value.commitTimestamp);
  }
  if (!(version >= 1 && version <= 1) && value.commitTimestamp !== -1n) {
    throw fieldNotInVersion('OffsetCommitRequestPartition', 'commitTimestamp', version);
  }
  writer.writeNullableString(value.committedMetadata, flexible);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('OffsetCommitRequestPartition', version);
  }
}

/** Reads a OffsetCommitRequestPartition in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readOffsetCommitRequestPartition(reader: Reader, version: number): OffsetCommitRequestPartition {
  const flexible = version >= 8;
  const value: OffsetCommitRequestPartition = {
    partitionIndex: reader.readInt32(),
    committedOffset: reader.readInt64(),
    committedLeaderEpoch: (version >= 6) ? reader.readInt32() : -1,
    commitTimestamp: (version >= 1 && version <= 1) ? reader.readInt64() : -1n,
    committedMetadata: reader.readNullableString(flexible),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** Versions of OffsetCommitResponse (API key 8): valid 0-9, flexible 8+. */
export const offsetCommitResponseVersions = {
  lowestVersion: 0,
  highestVersion: 9,
  flexibleLowestVersion: 8,
} as const;

/** The OffsetCommitResponse message; versions 0-9. */
export interface OffsetCommitResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions: 3+. Ignorable. */
  throttleTimeMs: number;
  /** The responses for each topic. Versions: 0+. */
  topics: OffsetCommitResponseTopic[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A OffsetCommitResponse with every field at its schema default, overridden by `init`. */
export function createOffsetCommitResponse(init: Partial<OffsetCommitResponse> = {}): OffsetCommitResponse {
  return {
    throttleTimeMs: 0,
    topics: [],
    ...init,
  };
}

/** Writes a OffsetCommitResponse in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeOffsetCommitResponse(writer: Writer, value: OffsetCommitResponse, version: number): void {
  const flexible = version >= 8;
  if (version >= 3) {
    writer.writeInt32(value.throttleTimeMs);
  }
  writer.writeArrayLength(value.topics, flexible);
  for (const item of value.topics) writeOffsetCommitResponseTopic(writer, item, version);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('OffsetCommitResponse', version);
  }
}

/** Reads a OffsetCommitResponse in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readOffsetCommitResponse(reader: Reader, version: number): OffsetCommitResponse {
  const flexible = version >= 8;
  const value: OffsetCommitResponse = {
    throttleTimeMs: (version >= 3) ? reader.readInt32() : 0,
    topics: reader.readArray(flexible, () => readOffsetCommitResponseTopic(reader, version)),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** OffsetCommitResponseTopic of OffsetCommitResponse; versions 0-9. */
export interface OffsetCommitResponseTopic {
  /** The topic name. Versions: 0+. Entity: topicName. */
  name: TopicName;
  /** The responses for each partition in the topic. Versions: 0+. */
  partitions: OffsetCommitResponsePartition[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A OffsetCommitResponseTopic with every field at its schema default, overridden by `init`. */
export function createOffsetCommitResponseTopic(init: Partial<OffsetCommitResponseTopic> = {}): OffsetCommitResponseTopic {
  return {
    name: "" as TopicName,
    partitions: [],
    ...init,
  };
}

/** Writes a OffsetCommitResponseTopic in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeOffsetCommitResponseTopic(writer: Writer, value: OffsetCommitResponseTopic, version: number): void {
  const flexible = version >= 8;
  writer.writeString(value.name, flexible);
  writer.writeArrayLength(value.partitions, flexible);
  for (const item of value.partitions) writeOffsetCommitResponsePartition(writer, item, version);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('OffsetCommitResponseTopic', version);
  }
}

/** Reads a OffsetCommitResponseTopic in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readOffsetCommitResponseTopic(reader: Reader, version: number): OffsetCommitResponseTopic {
  const flexible = version >= 8;
  const value: OffsetCommitResponseTopic = {
    name: reader.readString(flexible) as TopicName,
    partitions: reader.readArray(flexible, () => readOffsetCommitResponsePartition(reader, version)),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** OffsetCommitResponsePartition of OffsetCommitResponse; versions 0-9. */
export interface OffsetCommitResponsePartition {
  /** The partition index. Versions: 0+. */
  partitionIndex: number;
  /** The error code, or 0 if there was no error. Versions: 0+. */
  errorCode: number;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A OffsetCommitResponsePartition with every field at its schema default, overridden by `init`. */
export function createOffsetCommitResponsePartition(init: Partial<OffsetCommitResponsePartition> = {}): OffsetCommitResponsePartition {
  return {
    partitionIndex: 0,
    errorCode: 0,
    ...init,
  };
}

/** Writes a OffsetCommitResponsePartition in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeOffsetCommitResponsePartition(writer: Writer, value: OffsetCommitResponsePartition, version: number): void {
  const flexible = version >= 8;
  writer.writeInt32(value.partitionIndex);
  writer.writeInt16(value.errorCode);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('OffsetCommitResponsePartition', version);
  }
}

/** Reads a OffsetCommitResponsePartition in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readOffsetCommitResponsePartition(reader: Reader, version: number): OffsetCommitResponsePartition {
  const flexible = version >= 8;
  const value: OffsetCommitResponsePartition = {
    partitionIndex: reader.readInt32(),
    errorCode: reader.readInt16(),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}
