// Generated from OffsetFetchRequest.json and OffsetFetchResponse.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// OffsetFetch (API key 9): request and response codecs, versions 0-9.
// Kafka wire format: https://kafka.apache.org/protocol#The_Messages_OffsetFetch
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';
import { fieldNotInVersion, nullNotAllowed, taggedFieldsNotInVersion } from '../../primitives/errors.js';
import { type GroupId, type TopicName } from '../../entity-types.js';

/** Versions of OffsetFetchRequest (API key 9): valid 0-9, flexible 6+. */
export const offsetFetchRequestVersions = {
  lowestVersion: 0,
  highestVersion: 9,
  flexibleLowestVersion: 6,
} as const;

/** The OffsetFetchRequest message; versions 0-9. */
export interface OffsetFetchRequest {
  /** The group to fetch offsets for. Versions: 0-7. Entity: groupId. */
  groupId: GroupId;
  /** Each topic we would like to fetch offsets for, or null to fetch offsets for all topics. Versions: 0-7. Nullable: 2-7. */
  topics: OffsetFetchRequestTopic[] | null;
  /** Each group we would like to fetch offsets for. Versions: 8+. */
  groups: OffsetFetchRequestGroup[];
  /** Whether broker should hold on returning unstable offsets but set a retriable error code for the partitions. Versions: 7+. Default: false. */
  requireStable: boolean;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A OffsetFetchRequest with every field at its schema default, overridden by `init`. */
export function createOffsetFetchRequest(init: Partial<OffsetFetchRequest> = {}): OffsetFetchRequest {
  return {
    groupId: "" as GroupId,
    topics: [],
    groups: [],
    requireStable: false,
    ...init,
  };
}

/** Writes a OffsetFetchRequest in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeOffsetFetchRequest(writer: Writer, value: OffsetFetchRequest, version: number): void {
  const flexible = version >= 6;
  if (version <= 7) {
    writer.writeString(value.groupId, flexible);
  }
  if (!(version <= 7) && value.groupId !== "") {
    throw fieldNotInVersion('OffsetFetchRequest', 'groupId', version);
  }
  if (version <= 7) {
    if (value.topics === null && !((version >= 2))) throw nullNotAllowed('OffsetFetchRequest', 'topics', version);
    writer.writeArrayLength(value.topics, flexible);
    if (value.topics !== null) for (const item of value.topics) writeOffsetFetchRequestTopic(writer, item, version);
  }
  if (!(version <= 7) && (value.topics === null || value.topics.length !== 0)) {
    throw fieldNotInVersion('OffsetFetchRequest', 'topics', version);
  }
  if (version >= 8) {
    writer.writeArrayLength(value.groups, flexible);
    for (const item of value.groups) writeOffsetFetchRequestGroup(writer, item, version);
  }
  if (!(version >= 8) && value.groups.length !== 0) {
    throw fieldNotInVersion('OffsetFetchRequest', 'groups', version);
  }
  if (version >= 7) {
    writer.writeBool(value.requireStable);
  }
  if (!(version >= 7) && value.requireStable !== false) {
    throw fieldNotInVersion('OffsetFetchRequest', 'requireStable', version);
  }
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('OffsetFetchRequest', version);
  }
}

/** Reads a OffsetFetchRequest in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readOffsetFetchRequest(reader: Reader, version: number): OffsetFetchRequest {
  const flexible = version >= 6;
  const value: OffsetFetchRequest = {
    groupId: (version <= 7) ? reader.readString(flexible) as GroupId : "" as GroupId,
    topics: (version <= 7) ? ((version >= 2)) ? reader.readNullableArray(flexible, () => readOffsetFetchRequestTopic(reader, version)) : reader.readArray(flexible, () => readOffsetFetchRequestTopic(reader, version)) : [],
    groups: (version >= 8) ? reader.readArray(flexible, () => readOffsetFetchRequestGroup(reader, version)) : [],
    requireStable: (version >= 7) ? reader.readBool() : false,
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** OffsetFetchRequestTopic of OffsetFetchRequest; versions 0-7. */
export interface OffsetFetchRequestTopic {
  /** The topic name. Versions: 0-7. Entity: topicName. */
  name: TopicName;
  /** The partition indexes we would like to fetch offsets for. Versions: 0-7. */
  partitionIndexes: number[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A OffsetFetchRequestTopic with every field at its schema default, overridden by `init`. */
export function createOffsetFetchRequestTopic(init: Partial<OffsetFetchRequestTopic> = {}): OffsetFetchRequestTopic {
  return {
    name: "" as TopicName,
    partitionIndexes: [],
    ...init,
  };
}

/** Writes a OffsetFetchRequestTopic in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeOffsetFetchRequestTopic(writer: Writer, value: OffsetFetchRequestTopic, version: number): void {
  const flexible = version >= 6;
  writer.writeString(value.name, flexible);
  writer.writeArrayLength(value.partitionIndexes, flexible);
  for (const item of value.partitionIndexes) writer.writeInt32(item);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('OffsetFetchRequestTopic', version);
  }
}

/** Reads a OffsetFetchRequestTopic in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readOffsetFetchRequestTopic(reader: Reader, version: number): OffsetFetchRequestTopic {
  const flexible = version >= 6;
  const value: OffsetFetchRequestTopic = {
    name: reader.readString(flexible) as TopicName,
    partitionIndexes: reader.readInt32Array(flexible),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** OffsetFetchRequestGroup of OffsetFetchRequest; versions 8-9. */
export interface OffsetFetchRequestGroup {
  /** The group ID. Versions: 8+. Entity: groupId. */
  groupId: GroupId;
  /** The member ID assigned by the group coordinator if using the new consumer protocol (KIP-848). Versions: 9+. Nullable: 9+. Ignorable. Default: null. */
  memberId: string | null;
  /** The member epoch if using the new consumer protocol (KIP-848). Versions: 9+. Ignorable. Default: -1. */
  memberEpoch: number;
  /** Each topic we would like to fetch offsets for, or null to fetch offsets for all topics. Versions: 8+. Nullable: 8+. */
  topics: OffsetFetchRequestTopics[] | null;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A OffsetFetchRequestGroup with every field at its schema default, overridden by `init`. */
export function createOffsetFetchRequestGroup(init: Partial<OffsetFetchRequestGroup> = {}): OffsetFetchRequestGroup {
  return {
    groupId: "" as GroupId,
    memberId: null,
    memberEpoch: -1,
    topics: [],
    ...init,
  };
}

/** Writes a OffsetFetchRequestGroup in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeOffsetFetchRequestGroup(writer: Writer, value: OffsetFetchRequestGroup, version: number): void {
  writer.writeString(value.groupId, true);
  if (version >= 9) {
    writer.writeNullableString(value.memberId, true);
  }
  if (version >= 9) {
    writer.writeInt32(value.memberEpoch);
  }
  writer.writeArrayLength(value.topics, true);
  if (value.topics !== null) for (const item of value.topics) writeOffsetFetchRequestTopics(writer, item, version);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a OffsetFetchRequestGroup in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readOffsetFetchRequestGroup(reader: Reader, version: number): OffsetFetchRequestGroup {
  const value: OffsetFetchRequestGroup = {
    groupId: reader.readString(true) as GroupId,
    memberId: (version >= 9) ? reader.readNullableString(true) : null,
    memberEpoch: (version >= 9) ? reader.readInt32() : -1,
    topics: reader.readNullableArray(true, () => readOffsetFetchRequestTopics(reader, version)),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** OffsetFetchRequestTopics of OffsetFetchRequest; versions 8-9. */
export interface OffsetFetchRequestTopics {
  /** The topic name. Versions: 8+. Entity: topicName. */
  name: TopicName;
  /** The partition indexes we would like to fetch offsets for. Versions: 8+. */
  partitionIndexes: number[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A OffsetFetchRequestTopics with every field at its schema default, overridden by `init`. */
export function createOffsetFetchRequestTopics(init: Partial<OffsetFetchRequestTopics> = {}): OffsetFetchRequestTopics {
  return {
    name: "" as TopicName,
    partitionIndexes: [],
    ...init,
  };
}

/** Writes a OffsetFetchRequestTopics in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeOffsetFetchRequestTopics(writer: Writer, value: OffsetFetchRequestTopics, _version: number): void {
  writer.writeString(value.name, true);
  writer.writeArrayLength(value.partitionIndexes, true);
  for (const item of value.partitionIndexes) writer.writeInt32(item);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a OffsetFetchRequestTopics in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readOffsetFetchRequestTopics(reader: Reader, _version: number): OffsetFetchRequestTopics {
  const value: OffsetFetchRequestTopics = {
    name: reader.readString(true) as TopicName,
    partitionIndexes: reader.readInt32Array(true),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** Versions of OffsetFetchResponse (API key 9): valid 0-9, flexible 6+. */
export const offsetFetchResponseVersions = {
  lowestVersion: 0,
  highestVersion: 9,
  flexibleLowestVersion: 6,
} as const;

/** The OffsetFetchResponse message; versions 0-9. */
export interface OffsetFetchResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions: 3+. Ignorable. */
  throttleTimeMs: number;
  /** The responses per topic. Versions: 0-7. */
  topics: OffsetFetchResponseTopic[];
  /** The top-level error code, or 0 if there was no error. Versions: 2-7. Ignorable. Default: 0. */
  errorCode: number;
  /** The responses per group id. Versions: 8+. */
  groups: OffsetFetchResponseGroup[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A OffsetFetchResponse with every field at its schema default, overridden by `init`. */
export function createOffsetFetchResponse(init: Partial<OffsetFetchResponse> = {}): OffsetFetchResponse {
  return {
    throttleTimeMs: 0,
    topics: [],
    errorCode: 0,
    groups: [],
    ...init,
  };
}

/** Writes a OffsetFetchResponse in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeOffsetFetchResponse(writer: Writer, value: OffsetFetchResponse, version: number): void {
  const flexible = version >= 6;
  if (version >= 3) {
    writer.writeInt32(value.throttleTimeMs);
  }
  if (version <= 7) {
    writer.writeArrayLength(value.topics, flexible);
    for (const item of value.topics) writeOffsetFetchResponseTopic(writer, item, version);
  }
  if (!(version <= 7) && value.topics.length !== 0) {
    throw fieldNotInVersion('OffsetFetchResponse', 'topics', version);
  }
  if (version >= 2 && version <= 7) {
    writer.writeInt16(value.errorCode);
  }
  if (version >= 8) {
    writer.writeArrayLength(value.groups, flexible);
    for (const item of value.groups) writeOffsetFetchResponseGroup(writer, item, version);
  }
  if (!(version >= 8) && value.groups.length !== 0) {
    throw fieldNotInVersion('OffsetFetchResponse', 'groups', version);
  }
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('OffsetFetchResponse', version);
  }
}

/** Reads a OffsetFetchResponse in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readOffsetFetchResponse(reader: Reader, version: number): OffsetFetchResponse {
  const flexible = version >= 6;
  const value: OffsetFetchResponse = {
    throttleTimeMs: (version >= 3) ? reader.readInt32() : 0,
    topics: (version <= 7) ? reader.readArray(flexible, () => readOffsetFetchResponseTopic(reader, version)) : [],
    errorCode: (version >= 2 && version <= 7) ? reader.readInt16() : 0,
    groups: (version >= 8) ? reader.readArray(flexible, () => readOffsetFetchResponseGroup(reader, version)) : [],
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** OffsetFetchResponseTopic of OffsetFetchResponse; versions 0-7. */
export interface OffsetFetchResponseTopic {
  /** The topic name. Versions: 0-7. Entity: topicName. */
  name: TopicName;
  /** The responses per partition. Versions: 0-7. */
  partitions: OffsetFetchResponsePartition[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A OffsetFetchResponseTopic with every field at its schema default, overridden by `init`. */
export function createOffsetFetchResponseTopic(init: Partial<OffsetFetchResponseTopic> = {}): OffsetFetchResponseTopic {
  return {
    name: "" as TopicName,
    partitions: [],
    ...init,
  };
}

/** Writes a OffsetFetchResponseTopic in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeOffsetFetchResponseTopic(writer: Writer, value: OffsetFetchResponseTopic, version: number): void {
  const flexible = version >= 6;
  writer.writeString(value.name, flexible);
  writer.writeArrayLength(value.partitions, flexible);
  for (const item of value.partitions) writeOffsetFetchResponsePartition(writer, item, version);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('OffsetFetchResponseTopic', version);
  }
}

/** Reads a OffsetFetchResponseTopic in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readOffsetFetchResponseTopic(reader: Reader, version: number): OffsetFetchResponseTopic {
  const flexible = version >= 6;
  const value: OffsetFetchResponseTopic = {
    name: reader.readString(flexible) as TopicName,
    partitions: reader.readArray(flexible, () => readOffsetFetchResponsePartition(reader, version)),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** OffsetFetchResponsePartition of OffsetFetchResponse; versions 0-7. */
export interface OffsetFetchResponsePartition {
  /** The partition index. Versions: 0-7. */
  partitionIndex: number;
  /** The committed message offset. Versions: 0-7. */
  committedOffset: bigint;
  /** The leader epoch. Versions: 5-7. Ignorable. Default: -1. */
  committedLeaderEpoch: number;
  /** The partition metadata. Versions: 0-7. Nullable: 0-7. */
  metadata: string | null;
  /** The error code, or 0 if there was no error. Versions: 0-7. */
  errorCode: number;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A OffsetFetchResponsePartition with every field at its schema default, overridden by `init`. */
export function createOffsetFetchResponsePartition(init: Partial<OffsetFetchResponsePartition> = {}): OffsetFetchResponsePartition {
  return {
    partitionIndex: 0,
    committedOffset: 0n,
    committedLeaderEpoch: -1,
    metadata: "",
    errorCode: 0,
    ...init,
  };
}

/** Writes a OffsetFetchResponsePartition in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeOffsetFetchResponsePartition(writer: Writer, value: OffsetFetchResponsePartition, version: number): void {
  const flexible = version >= 6;
  writer.writeInt32(value.partitionIndex);
  writer.writeInt64(value.committedOffset);
  if (version >= 5) {
    writer.writeInt32(value.committedLeaderEpoch);
  }
  writer.writeNullableString(value.metadata, flexible);
  writer.writeInt16(value.errorCode);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('OffsetFetchResponsePartition', version);
  }
}

/** Reads a OffsetFetchResponsePartition in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readOffsetFetchResponsePartition(reader: Reader, version: number): OffsetFetchResponsePartition {
  const flexible = version >= 6;
  const value: OffsetFetchResponsePartition = {
    partitionIndex: reader.readInt32(),
    committedOffset: reader.readInt64(),
    committedLeaderEpoch: (version >= 5) ? reader.readInt32() : -1,
    metadata: reader.readNullableString(flexible),
    errorCode: reader.readInt16(),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** OffsetFetchResponseGroup of OffsetFetchResponse; versions 8-9. */
export interface OffsetFetchResponseGroup {
  /** The group ID. Versions: 8+. Entity: groupId. */
  groupId: GroupId;
  /** The responses per topic. Versions: 8+. */
  topics: OffsetFetchResponseTopics[];
  /** The group-level error code, or 0 if there was no error. Versions: 8+. Default: 0. */
  errorCode: number;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A OffsetFetchResponseGroup with every field at its schema default, overridden by `init`. */
export function createOffsetFetchResponseGroup(init: Partial<OffsetFetchResponseGroup> = {}): OffsetFetchResponseGroup {
  return {
    groupId: "" as GroupId,
    topics: [],
    errorCode: 0,
    ...init,
  };
}

/** Writes a OffsetFetchResponseGroup in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeOffsetFetchResponseGroup(writer: Writer, value: OffsetFetchResponseGroup, version: number): void {
  writer.writeString(value.groupId, true);
  writer.writeArrayLength(value.topics, true);
  for (const item of value.topics) writeOffsetFetchResponseTopics(writer, item, version);
  writer.writeInt16(value.errorCode);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a OffsetFetchResponseGroup in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readOffsetFetchResponseGroup(reader: Reader, version: number): OffsetFetchResponseGroup {
  const value: OffsetFetchResponseGroup = {
    groupId: reader.readString(true) as GroupId,
    topics: reader.readArray(true, () => readOffsetFetchResponseTopics(reader, version)),
    errorCode: reader.readInt16(),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** OffsetFetchResponseTopics of OffsetFetchResponse; versions 8-9. */
export interface OffsetFetchResponseTopics {
  /** The topic name. Versions: 8+. Entity: topicName. */
  name: TopicName;
  /** The responses per partition. Versions: 8+. */
  partitions: OffsetFetchResponsePartitions[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A OffsetFetchResponseTopics with every field at its schema default, overridden by `init`. */
export function createOffsetFetchResponseTopics(init: Partial<OffsetFetchResponseTopics> = {}): OffsetFetchResponseTopics {
  return {
    name: "" as TopicName,
    partitions: [],
    ...init,
  };
}

/** Writes a OffsetFetchResponseTopics in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeOffsetFetchResponseTopics(writer: Writer, value: OffsetFetchResponseTopics, version: number): void {
  writer.writeString(value.name, true);
  writer.writeArrayLength(value.partitions, true);
  for (const item of value.partitions) writeOffsetFetchResponsePartitions(writer, item, version);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a OffsetFetchResponseTopics in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readOffsetFetchResponseTopics(reader: Reader, version: number): OffsetFetchResponseTopics {
  const value: OffsetFetchResponseTopics = {
    name: reader.readString(true) as TopicName,
    partitions: reader.readArray(true, () => readOffsetFetchResponsePartitions(reader, version)),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** OffsetFetchResponsePartitions of OffsetFetchResponse; versions 8-9. */
export interface OffsetFetchResponsePartitions {
  /** The partition index. Versions: 8+. */
  partitionIndex: number;
  /** The committed message offset. Versions: 8+. */
  committedOffset: bigint;
  /** The leader epoch. Versions: 8+. Ignorable. Default: -1. */
  committedLeaderEpoch: number;
  /** The partition metadata. Versions: 8+. Nullable: 8+. */
  metadata: string | null;
  /** The partition-level error code, or 0 if there was no error. Versions: 8+. */
  errorCode: number;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A OffsetFetchResponsePartitions with every field at its schema default, overridden by `init`. */
export function createOffsetFetchResponsePartitions(init: Partial<OffsetFetchResponsePartitions> = {}): OffsetFetchResponsePartitions {
  return {
    partitionIndex: 0,
    committedOffset: 0n,
    committedLeaderEpoch: -1,
    metadata: "",
    errorCode: 0,
    ...init,
  };
}

/** Writes a OffsetFetchResponsePartitions in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeOffsetFetchResponsePartitions(writer: Writer, value: OffsetFetchResponsePartitions, _version: number): void {
  writer.writeInt32(value.partitionIndex);
  writer.writeInt64(value.committedOffset);
  writer.writeInt32(value.committedLeaderEpoch);
  writer.writeNullableString(value.metadata, true);
  writer.writeInt16(value.errorCode);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a OffsetFetchResponsePartitions in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readOffsetFetchResponsePartitions(reader: Reader, _version: number): OffsetFetchResponsePartitions {
  const value: OffsetFetchResponsePartitions = {
    partitionIndex: reader.readInt32(),
    committedOffset: reader.readInt64(),
    committedLeaderEpoch: reader.readInt32(),
    metadata: reader.readNullableString(true),
    errorCode: reader.readInt16(),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}
