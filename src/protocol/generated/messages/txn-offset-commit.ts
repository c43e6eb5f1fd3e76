// Generated from TxnOffsetCommitRequest.json and TxnOffsetCommitResponse.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// TxnOffsetCommit (API key 28): request and response codecs, versions 0-4.
// Kafka wire format: https://kafka.apache.org/protocol#The_Messages_TxnOffsetCommit
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';
import { fieldNotInVersion, taggedFieldsNotInVersion } from '../../primitives/errors.js';
import { type GroupId, type ProducerId, type TopicName, type TransactionalId } from '../../entity-types.js';

/** Versions of TxnOffsetCommitRequest (API key 28): valid 0-4, flexible 3+. */
export const txnOffsetCommitRequestVersions = {
  lowestVersion: 0,
  highestVersion: 4,
  flexibleLowestVersion: 3,
} as const;

/** The TxnOffsetCommitRequest message; versions 0-4. */
export interface TxnOffsetCommitRequest {
  /** The ID of the transaction. Versions: 0+. Entity: transactionalId. */
  transactionalId: TransactionalId;
  /** The ID of the group. Versions: 0+. Entity: groupId. */
  groupId: GroupId;
  /** The current producer ID in use by the transactional ID. Versions: 0+. Entity: producerId. */
  producerId: ProducerId;
  /** The current epoch associated with the producer ID. Versions: 0+. */
  producerEpoch: number;
  /** The generation of the consumer. Versions: 3+. Default: -1. */
  generationId: number;
  /** The member ID assigned by the group coordinator. Versions: 3+. Default: . */
  memberId: string;
  /** The unique identifier of the consumer instance provided by end user. Versions: 3+. Nullable: 3+. Default: null. */
  groupInstanceId: string | null;
  /** Each topic that we want to commit offsets for. Versions: 0+. */
  topics: TxnOffsetCommitRequestTopic[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A TxnOffsetCommitRequest with every field at its schema default, overridden by `init`. */
export function createTxnOffsetCommitRequest(init: Partial<TxnOffsetCommitRequest> = {}): TxnOffsetCommitRequest {
  return {
    transactionalId: "" as TransactionalId,
    groupId: "" as GroupId,
    producerId: 0n as ProducerId,
    producerEpoch: 0,
    generationId: -1,
    memberId: "",
    groupInstanceId: null,
    topics: [],
    ...init,
  };
}

/** Writes a TxnOffsetCommitRequest in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeTxnOffsetCommitRequest(writer: Writer, value: TxnOffsetCommitRequest, version: number): void {
  const flexible = version >= 3;
  writer.writeString(value.transactionalId, flexible);
  writer.writeString(value.groupId, flexible);
  writer.writeInt64(value.producerId);
  writer.writeInt16(value.producerEpoch);
  if (version >= 3) {
    writer.writeInt32(value.generationId);
  }
  if (!(version >= 3) && value.generationId !== -1) {
    throw fieldNotInVersion('TxnOffsetCommitRequest', 'generationId', version);
  }
  if (version >= 3) {
    writer.writeString(value.memberId, flexible);
  }
  if (!(version >= 3) && value.memberId !== "") {
    throw fieldNotInVersion('TxnOffsetCommitRequest', 'memberId', version);
  }
  if (version >= 3) {
    writer.writeNullableString(value.groupInstanceId, flexible);
  }
  if (!(version >= 3) && value.groupInstanceId !== null) {
    throw fieldNotInVersion('TxnOffsetCommitRequest', 'groupInstanceId', version);
  }
  writer.writeArrayLength(value.topics, flexible);
  for (const item of value.topics) writeTxnOffsetCommitRequestTopic(writer, item, version);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('TxnOffsetCommitRequest', version);
  }
}

/** Reads a TxnOffsetCommitRequest in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readTxnOffsetCommitRequest(reader: Reader, version: number): TxnOffsetCommitRequest {
  const flexible = version >= 3;
  const value: TxnOffsetCommitRequest = {
    transactionalId: reader.readString(flexible) as TransactionalId,
    groupId: reader.readString(flexible) as GroupId,
    producerId: reader.readInt64() as ProducerId,
    producerEpoch: reader.readInt16(),
    generationId: (version >= 3) ? reader.readInt32() : -1,
    memberId: (version >= 3) ? reader.readString(flexible) : "",
    groupInstanceId: (version >= 3) ? reader.readNullableString(flexible) : null,
    topics: reader.readArray(flexible, () => readTxnOffsetCommitRequestTopic(reader, version)),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** TxnOffsetCommitRequestTopic of TxnOffsetCommitRequest; versions 0-4. */
export interface TxnOffsetCommitRequestTopic {
  /** The topic name. Versions: 0+. Entity: topicName. */
  name: TopicName;
  /** The partitions inside the topic that we want to commit offsets for. Versions: 0+. */
  partitions: TxnOffsetCommitRequestPartition[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A TxnOffsetCommitRequestTopic with every field at its schema default, overridden by `init`. */
export function createTxnOffsetCommitRequestTopic(init: Partial<TxnOffsetCommitRequestTopic> = {}): TxnOffsetCommitRequestTopic {
  return {
    name: "" as TopicName,
    partitions: [],
    ...init,
  };
}

/** Writes a TxnOffsetCommitRequestTopic in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeTxnOffsetCommitRequestTopic(writer: Writer, value: TxnOffsetCommitRequestTopic, version: number): void {
  const flexible = version >= 3;
  writer.writeString(value.name, flexible);
  writer.writeArrayLength(value.partitions, flexible);
  for (const item of value.partitions) writeTxnOffsetCommitRequestPartition(writer, item, version);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('TxnOffsetCommitRequestTopic', version);
  }
}

/** Reads a TxnOffsetCommitRequestTopic in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readTxnOffsetCommitRequestTopic(reader: Reader, version: number): TxnOffsetCommitRequestTopic {
  const flexible = version >= 3;
  const value: TxnOffsetCommitRequestTopic = {
    name: reader.readString(flexible) as TopicName,
    partitions: reader.readArray(flexible, () => readTxnOffsetCommitRequestPartition(reader, version)),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** TxnOffsetCommitRequestPartition of TxnOffsetCommitRequest; versions 0-4. */
export interface TxnOffsetCommitRequestPartition {
  /** The index of the partition within the topic. Versions: 0+. */
  partitionIndex: number;
  /** The message offset to be committed. Versions: 0+. */
  committedOffset: bigint;
  /** The leader epoch of the last consumed record. Versions: 2+. Ignorable. Default: -1. */
  committedLeaderEpoch: number;
  /** Any associated metadata the client wants to keep. Versions: 0+. Nullable: 0+. */
  committedMetadata: string | null;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A TxnOffsetCommitRequestPartition with every field at its schema default, overridden by `init`. */
export function createTxnOffsetCommitRequestPartition(init: Partial<TxnOffsetCommitRequestPartition> = {}): TxnOffsetCommitRequestPartition {
  return {
    partitionIndex: 0,
    committedOffset: 0n,
    committedLeaderEpoch: -1,
    committedMetadata: "",
    ...init,
  };
}

/** Writes a TxnOffsetCommitRequestPartition in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeTxnOffsetCommitRequestPartition(writer: Writer, value: TxnOffsetCommitRequestPartition, version: number): void {
  const flexible = version >= 3;
  writer.writeInt32(value.partitionIndex);
  writer.writeInt64(value.committedOffset);
  if (version >= 2) {
    writer.writeInt32(value.committedLeaderEpoch);
  }
  writer.writeNullableString(value.committedMetadata, flexible);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('TxnOffsetCommitRequestPartition', version);
  }
}

/** Reads a TxnOffsetCommitRequestPartition in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readTxnOffsetCommitRequestPartition(reader: Reader, version: number): TxnOffsetCommitRequestPartition {
  const flexible = version >= 3;
  const value: TxnOffsetCommitRequestPartition = {
    partitionIndex: reader.readInt32(),
    committedOffset: reader.readInt64(),
    committedLeaderEpoch: (version >= 2) ? reader.readInt32() : -1,
    committedMetadata: reader.readNullableString(flexible),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** Versions of TxnOffsetCommitResponse (API key 28): valid 0-4, flexible 3+. */
export const txnOffsetCommitResponseVersions = {
  lowestVersion: 0,
  highestVersion: 4,
  flexibleLowestVersion: 3,
} as const;

/** The TxnOffsetCommitResponse message; versions 0-4. */
export interface TxnOffsetCommitResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions: 0+. */
  throttleTimeMs: number;
  /** The responses for each topic. Versions: 0+. */
  topics: TxnOffsetCommitResponseTopic[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A TxnOffsetCommitResponse with every field at its schema default, overridden by `init`. */
export function createTxnOffsetCommitResponse(init: Partial<TxnOffsetCommitResponse> = {}): TxnOffsetCommitResponse {
  return {
    throttleTimeMs: 0,
    topics: [],
    ...init,
  };
}

/** Writes a TxnOffsetCommitResponse in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeTxnOffsetCommitResponse(writer: Writer, value: TxnOffsetCommitResponse, version: number): void {
  const flexible = version >= 3;
  writer.writeInt32(value.throttleTimeMs);
  writer.writeArrayLength(value.topics, flexible);
  for (const item of value.topics) writeTxnOffsetCommitResponseTopic(writer, item, version);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('TxnOffsetCommitResponse', version);
  }
}

/** Reads a TxnOffsetCommitResponse in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readTxnOffsetCommitResponse(reader: Reader, version: number): TxnOffsetCommitResponse {
  const flexible = version >= 3;
  const value: TxnOffsetCommitResponse = {
    throttleTimeMs: reader.readInt32(),
    topics: reader.readArray(flexible, () => readTxnOffsetCommitResponseTopic(reader, version)),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** TxnOffsetCommitResponseTopic of TxnOffsetCommitResponse; versions 0-4. */
export interface TxnOffsetCommitResponseTopic {
  /** The topic name. Versions: 0+. Entity: topicName. */
  name: TopicName;
  /** The responses for each partition in the topic. Versions: 0+. */
  partitions: TxnOffsetCommitResponsePartition[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A TxnOffsetCommitResponseTopic with every field at its schema default, overridden by `init`. */
export function createTxnOffsetCommitResponseTopic(init: Partial<TxnOffsetCommitResponseTopic> = {}): TxnOffsetCommitResponseTopic {
  return {
    name: "" as TopicName,
    partitions: [],
    ...init,
  };
}

/** Writes a TxnOffsetCommitResponseTopic in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeTxnOffsetCommitResponseTopic(writer: Writer, value: TxnOffsetCommitResponseTopic, version: number): void {
  const flexible = version >= 3;
  writer.writeString(value.name, flexible);
  writer.writeArrayLength(value.partitions, flexible);
  for (const item of value.partitions) writeTxnOffsetCommitResponsePartition(writer, item, version);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('TxnOffsetCommitResponseTopic', version);
  }
}

/** Reads a TxnOffsetCommitResponseTopic in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readTxnOffsetCommitResponseTopic(reader: Reader, version: number): TxnOffsetCommitResponseTopic {
  const flexible = version >= 3;
  const value: TxnOffsetCommitResponseTopic = {
    name: reader.readString(flexible) as TopicName,
    partitions: reader.readArray(flexible, () => readTxnOffsetCommitResponsePartition(reader, version)),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** TxnOffsetCommitResponsePartition of TxnOffsetCommitResponse; versions 0-4. */
export interface TxnOffsetCommitResponsePartition {
  /** The partition index. Versions: 0+. */
  partitionIndex: number;
  /** The error code, or 0 if there was no error. Versions: 0+. */
  errorCode: number;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A TxnOffsetCommitResponsePartition with every field at its schema default, overridden by `init`. */
export function createTxnOffsetCommitResponsePartition(init: Partial<TxnOffsetCommitResponsePartition> = {}): TxnOffsetCommitResponsePartition {
  return {
    partitionIndex: 0,
    errorCode: 0,
    ...init,
  };
}

/** Writes a TxnOffsetCommitResponsePartition in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeTxnOffsetCommitResponsePartition(writer: Writer, value: TxnOffsetCommitResponsePartition, version: number): void {
  const flexible = version >= 3;
  writer.writeInt32(value.partitionIndex);
  writer.writeInt16(value.errorCode);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('TxnOffsetCommitResponsePartition', version);
  }
}

/** Reads a TxnOffsetCommitResponsePartition in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readTxnOffsetCommitResponsePartition(reader: Reader, version: number): TxnOffsetCommitResponsePartition {
  const flexible = version >= 3;
  const value: TxnOffsetCommitResponsePartition = {
    partitionIndex: reader.readInt32(),
    errorCode: reader.readInt16(),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}
