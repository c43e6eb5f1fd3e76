// Generated from ListOffsetsRequest.json and ListOffsetsResponse.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// ListOffsets (API key 2): request and response codecs, versions 0-10.
// Kafka wire format: https://kafka.apache.org/protocol#The_Messages_ListOffsets
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';
import { fieldNotInVersion, taggedFieldsNotInVersion } from '../../primitives/errors.js';
import { type NodeId, type TopicName } from '../../entity-types.js';

/** Versions of ListOffsetsRequest (API key 2): valid 0-10, flexible 6+. */
export const listOffsetsRequestVersions = {
  lowestVersion: 0,
  highestVersion: 10,
  flexibleLowestVersion: 6,
} as const;

/** The ListOffsetsRequest message; versions 0-10. */
export interface ListOffsetsRequest {
  /** The broker ID of the requester, or -1 if this request is being made by a normal consumer. Versions: 0+. Entity: brokerId. */
  replicaId: NodeId;
  /** This setting controls the visibility of transactional records. Using READ_UNCOMMITTED (isolation_level = 0) makes all records visible. With READ_COMMITTED (isolation_level = 1), non-transactional and COMMITTED transactional records are visible. To be more concrete, READ_COMMITTED returns all data from offsets smaller than the current LSO (last stable offset), and enables the inclusion of the list of aborted transactions in the result, which allows consumers to discard ABORTED transactional records. Versions: 2+. */
  isolationLevel: number;
  /** Each topic in the request. Versions: 0+. */
  topics: ListOffsetsRequestListOffsetsTopic[];
  /** The timeout to await a response in milliseconds for requests that require reading from remote storage for topics enabled with tiered storage. Versions: 10+. Ignorable. */
  timeoutMs: number;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A ListOffsetsRequest with every field at its schema default, overridden by `init`. */
export function createListOffsetsRequest(init: Partial<ListOffsetsRequest> = {}): ListOffsetsRequest {
  return {
    replicaId: 0 as NodeId,
    isolationLevel: 0,
    topics: [],
    timeoutMs: 0,
    ...init,
  };
}

/** Writes a ListOffsetsRequest in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeListOffsetsRequest(writer: Writer, value: ListOffsetsRequest, version: number): void {
  const flexible = version >= 6;
  writer.writeInt32(value.replicaId);
  if (version >= 2) {
    writer.writeInt8(value.isolationLevel);
  }
  if (!(version >= 2) && value.isolationLevel !== 0) {
    throw fieldNotInVersion('ListOffsetsRequest', 'isolationLevel', version);
  }
  writer.writeArrayLength(value.topics, flexible);
  for (const item of value.topics) writeListOffsetsRequestListOffsetsTopic(writer, item, version);
  if (version >= 10) {
    writer.writeInt32(value.timeoutMs);
  }
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('ListOffsetsRequest', version);
  }
}

/** Reads a ListOffsetsRequest in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readListOffsetsRequest(reader: Reader, version: number): ListOffsetsRequest {
  const flexible = version >= 6;
  const value: ListOffsetsRequest = {
    replicaId: reader.readInt32() as NodeId,
    isolationLevel: (version >= 2) ? reader.readInt8() : 0,
    topics: reader.readArray(flexible, () => readListOffsetsRequestListOffsetsTopic(reader, version)),
    timeoutMs: (version >= 10) ? reader.readInt32() : 0,
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** ListOffsetsTopic of ListOffsetsRequest; versions 0-10. */
export interface ListOffsetsRequestListOffsetsTopic {
  /** The topic name. Versions: 0+. Entity: topicName. */
  name: TopicName;
  /** Each partition in the request. Versions: 0+. */
  partitions: ListOffsetsRequestListOffsetsPartition[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A ListOffsetsRequestListOffsetsTopic with every field at its schema default, overridden by `init`. */
export function createListOffsetsRequestListOffsetsTopic(init: Partial<ListOffsetsRequestListOffsetsTopic> = {}): ListOffsetsRequestListOffsetsTopic {
  return {
    name: "" as TopicName,
    partitions: [],
    ...init,
  };
}

/** Writes a ListOffsetsRequestListOffsetsTopic in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeListOffsetsRequestListOffsetsTopic(writer: Writer, value: ListOffsetsRequestListOffsetsTopic, version: number): void {
  const flexible = version >= 6;
  writer.writeString(value.name, flexible);
  writer.writeArrayLength(value.partitions, flexible);
  for (const item of value.partitions) writeListOffsetsRequestListOffsetsPartition(writer, item, version);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('ListOffsetsRequestListOffsetsTopic', version);
  }
}

/** Reads a ListOffsetsRequestListOffsetsTopic in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readListOffsetsRequestListOffsetsTopic(reader: Reader, version: number): ListOffsetsRequestListOffsetsTopic {
  const flexible = version >= 6;
  const value: ListOffsetsRequestListOffsetsTopic = {
    name: reader.readString(flexible) as TopicName,
    partitions: reader.readArray(flexible, () => readListOffsetsRequestListOffsetsPartition(reader, version)),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** ListOffsetsPartition of ListOffsetsRequest; versions 0-10. */
export interface ListOffsetsRequestListOffsetsPartition {
  /** The partition index. Versions: 0+. */
  partitionIndex: number;
  /** The current leader epoch. Versions: 4+. Ignorable. Default: -1. */
  currentLeaderEpoch: number;
  /** The current timestamp. Versions: 0+. */
  timestamp: bigint;
  /** The maximum number of offsets to report. Versions: 0. Default: 1. */
  maxNumOffsets: number;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A ListOffsetsRequestListOffsetsPartition with every field at its schema default, overridden by `init`. */
export function createListOffsetsRequestListOffsetsPartition(init: Partial<ListOffsetsRequestListOffsetsPartition> = {}): ListOffsetsRequestListOffsetsPartition {
  return {
    partitionIndex: 0,
    currentLeaderEpoch: -1,
    timestamp: 0n,
    maxNumOffsets: 1,
    ...init,
  };
}

/** Writes a ListOffsetsRequestListOffsetsPartition in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeListOffsetsRequestListOffsetsPartition(writer: Writer, value: ListOffsetsRequestListOffsetsPartition, version: number): void {
  const flexible = version >= 6;
  writer.writeInt32(value.partitionIndex);
  if (version >= 4) {
    writer.writeInt32(value.currentLeaderEpoch);
  }
  writer.writeInt64(value.timestamp);
  if (version <= 0) {
    writer.writeInt32(value.maxNumOffsets);
  }
  if (!(version <= 0) && value.maxNumOffsets !== 1) {
    throw fieldNotInVersion('ListOffsetsRequestListOffsetsPartition', 'maxNumOffsets', version);
  }
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('ListOffsetsRequestListOffsetsPartition', version);
  }
}

/** Reads a ListOffsetsRequestListOffsetsPartition in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readListOffsetsRequestListOffsetsPartition(reader: Reader, version: number): ListOffsetsRequestListOffsetsPartition {
  const flexible = version >= 6;
  const value: ListOffsetsRequestListOffsetsPartition = {
    partitionIndex: reader.readInt32(),
    currentLeaderEpoch: (version >= 4) ? reader.readInt32() : -1,
    timestamp: reader.readInt64(),
    maxNumOffsets: (version <= 0) ? reader.readInt32() : 1,
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** Versions of ListOffsetsResponse (API key 2): valid 0-10, flexible 6+. */
export const listOffsetsResponseVersions = {
  lowestVersion: 0,
  highestVersion: 10,
  flexibleLowestVersion: 6,
} as const;

/** The ListOffsetsResponse message; versions 0-10. */
export interface ListOffsetsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions: 2+. Ignorable. */
  throttleTimeMs: number;
  /** Each topic in the response. Versions: 0+. */
  topics: ListOffsetsResponseListOffsetsTopicResponse[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A ListOffsetsResponse with every field at its schema default, overridden by `init`. */
export function createListOffsetsResponse(init: Partial<ListOffsetsResponse> = {}): ListOffsetsResponse {
  return {
    throttleTimeMs: 0,
    topics: [],
    ...init,
  };
}

/** Writes a ListOffsetsResponse in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeListOffsetsResponse(writer: Writer, value: ListOffsetsResponse, version: number): void {
  const flexible = version >= 6;
  if (version >= 2) {
    writer.writeInt32(value.throttleTimeMs);
  }
  writer.writeArrayLength(value.topics, flexible);
  for (const item of value.topics) writeListOffsetsResponseListOffsetsTopicResponse(writer, item, version);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('ListOffsetsResponse', version);
  }
}

/** Reads a ListOffsetsResponse in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readListOffsetsResponse(reader: Reader, version: number): ListOffsetsResponse {
  const flexible = version >= 6;
  const value: ListOffsetsResponse = {
    throttleTimeMs: (version >= 2) ? reader.readInt32() : 0,
    topics: reader.readArray(flexible, () => readListOffsetsResponseListOffsetsTopicResponse(reader, version)),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** ListOffsetsTopicResponse of ListOffsetsResponse; versions 0-10. */
export interface ListOffsetsResponseListOffsetsTopicResponse {
  /** The topic name. Versions: 0+. Entity: topicName. */
  name: TopicName;
  /** Each partition in the response. Versions: 0+. */
  partitions: ListOffsetsResponseListOffsetsPartitionResponse[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A ListOffsetsResponseListOffsetsTopicResponse with every field at its schema default, overridden by `init`. */
export function createListOffsetsResponseListOffsetsTopicResponse(init: Partial<ListOffsetsResponseListOffsetsTopicResponse> = {}): ListOffsetsResponseListOffsetsTopicResponse {
  return {
    name: "" as TopicName,
    partitions: [],
    ...init,
  };
}

/** Writes a ListOffsetsResponseListOffsetsTopicResponse in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeListOffsetsResponseListOffsetsTopicResponse(writer: Writer, value: ListOffsetsResponseListOffsetsTopicResponse, version: number): void {
  const flexible = version >= 6;
  writer.writeString(value.name, flexible);
  writer.writeArrayLength(value.partitions, flexible);
  for (const item of value.partitions) writeListOffsetsResponseListOffsetsPartitionResponse(writer, item, version);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('ListOffsetsResponseListOffsetsTopicResponse', version);
  }
}

/** Reads a ListOffsetsResponseListOffsetsTopicResponse in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readListOffsetsResponseListOffsetsTopicResponse(reader: Reader, version: number): ListOffsetsResponseListOffsetsTopicResponse {
  const flexible = version >= 6;
  const value: ListOffsetsResponseListOffsetsTopicResponse = {
    name: reader.readString(flexible) as TopicName,
    partitions: reader.readArray(flexible, () => readListOffsetsResponseListOffsetsPartitionResponse(reader, version)),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** ListOffsetsPartitionResponse of ListOffsetsResponse; versions 0-10. */
export interface ListOffsetsResponseListOffsetsPartitionResponse {
  /** The partition index. Versions: 0+. */
  partitionIndex: number;
  /** The partition error code, or 0 if there was no error. Versions: 0+. */
  errorCode: number;
  /** The result offsets. Versions: 0. */
  oldStyleOffsets: bigint[];
  /** The timestamp associated with the returned offset. Versions: 1+. Default: -1. */
  timestamp: bigint;
  /** The returned offset. Versions: 1+. Default: -1. */
  offset: bigint;
  /** The LeaderEpoch field. Versions: 4+. Default: -1. */
  leaderEpoch: number;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A ListOffsetsResponseListOffsetsPartitionResponse with every field at its schema default, overridden by `init`. */
export function createListOffsetsResponseListOffsetsPartitionResponse(init: Partial<ListOffsetsResponseListOffsetsPartitionResponse> = {}): ListOffsetsResponseListOffsetsPartitionResponse {
  return {
    partitionIndex: 0,
    errorCode: 0,
    oldStyleOffsets: [],
    timestamp: -1n,
    offset: -1n,
    leaderEpoch: -1,
    ...init,
  };
}

/** Writes a ListOffsetsResponseListOffsetsPartitionResponse in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeListOffsetsResponseListOffsetsPartitionResponse(writer: Writer, value: ListOffsetsResponseListOffsetsPartitionResponse, version: number): void {
  const flexible = version >= 6;
  writer.writeInt32(value.partitionIndex);
  writer.writeInt16(value.errorCode);
  if (version <= 0) {
    writer.writeArrayLength(value.oldStyleOffsets, flexible);
    for (const item of value.oldStyleOffsets) writer.writeInt64(item);
  }
  if (!(version <= 0) && value.oldStyleOffsets.length !== 0) {
    throw fieldNotInVersion('ListOffsetsResponseListOffsetsPartitionResponse', 'oldStyleOffsets', version);
  }
  if (version >= 1) {
    writer.writeInt64(value.timestamp);
  }
  if (!(version >= 1) && value.timestamp !== -1n) {
    throw fieldNotInVersion('ListOffsetsResponseListOffsetsPartitionResponse', 'timestamp', version);
  }
  if (version >= 1) {
    writer.writeInt64(value.offset);
  }
  if (!(version >= 1) && value.offset !== -1n) {
    throw fieldNotInVersion('ListOffsetsResponseListOffsetsPartitionResponse', 'offset', version);
  }
  if (version >= 4) {
    writer.writeInt32(value.leaderEpoch);
  }
  if (!(version >= 4) && value.leaderEpoch !== -1) {
    throw fieldNotInVersion('ListOffsetsResponseListOffsetsPartitionResponse', 'leaderEpoch', version);
  }
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('ListOffsetsResponseListOffsetsPartitionResponse', version);
  }
}

/** Reads a ListOffsetsResponseListOffsetsPartitionResponse in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readListOffsetsResponseListOffsetsPartitionResponse(reader: Reader, version: number): ListOffsetsResponseListOffsetsPartitionResponse {
  const flexible = version >= 6;
  const value: ListOffsetsResponseListOffsetsPartitionResponse = {
    partitionIndex: reader.readInt32(),
    errorCode: reader.readInt16(),
    oldStyleOffsets: (version <= 0) ? reader.readInt64Array(flexible) : [],
    timestamp: (version >= 1) ? reader.readInt64() : -1n,
    offset: (version >= 1) ? reader.readInt64() : -1n,
    leaderEpoch: (version >= 4) ? reader.readInt32() : -1,
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}
