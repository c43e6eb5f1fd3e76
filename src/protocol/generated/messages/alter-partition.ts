// Generated from AlterPartitionRequest.json and AlterPartitionResponse.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// AlterPartition (API key 56): request and response codecs, versions 0-3.
// Kafka wire format: https://kafka.apache.org/protocol#The_Messages_AlterPartition
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';
import { fieldNotInVersion } from '../../primitives/errors.js';
import { ZERO_UUID, type NodeId, type TopicName, type Uuid } from '../../entity-types.js';

/** Versions of AlterPartitionRequest (API key 56): valid 0-3, flexible 0+. */
export const alterPartitionRequestVersions = {
  lowestVersion: 0,
  highestVersion: 3,
  flexibleLowestVersion: 0,
} as const;

/** The AlterPartitionRequest message; versions 0-3. */
export interface AlterPartitionRequest {
  /** The ID of the requesting broker. Versions: 0+. Entity: brokerId. */
  brokerId: NodeId;
  /** The epoch of the requesting broker. Versions: 0+. Default: -1. */
  brokerEpoch: bigint;
  /** The Topics field. Versions: 0+. */
  topics: AlterPartitionRequestTopicData[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A AlterPartitionRequest with every field at its schema default, overridden by `init`. */
export function createAlterPartitionRequest(init: Partial<AlterPartitionRequest> = {}): AlterPartitionRequest {
  return {
    brokerId: 0 as NodeId,
    brokerEpoch: -1n,
    topics: [],
    ...init,
  };
}

/** Writes a AlterPartitionRequest in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeAlterPartitionRequest(writer: Writer, value: AlterPartitionRequest, version: number): void {
  writer.writeInt32(value.brokerId);
  writer.writeInt64(value.brokerEpoch);
  writer.writeArrayLength(value.topics, true);
  for (const item of value.topics) writeAlterPartitionRequestTopicData(writer, item, version);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a AlterPartitionRequest in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readAlterPartitionRequest(reader: Reader, version: number): AlterPartitionRequest {
  const value: AlterPartitionRequest = {
    brokerId: reader.readInt32() as NodeId,
    brokerEpoch: reader.readInt64(),
    topics: reader.readArray(true, () => readAlterPartitionRequestTopicData(reader, version)),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** TopicData of AlterPartitionRequest; versions 0-3. */
export interface AlterPartitionRequestTopicData {
  /** The name of the topic to alter ISRs for. Versions: 0-1. Ignorable. Entity: topicName. */
  topicName: TopicName;
  /** The ID of the topic to alter ISRs for. Versions: 2+. Ignorable. */
  topicId: Uuid;
  /** The Partitions field. Versions: 0+. */
  partitions: AlterPartitionRequestPartitionData[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A AlterPartitionRequestTopicData with every field at its schema default, overridden by `init`. */
export function createAlterPartitionRequestTopicData(init: Partial<AlterPartitionRequestTopicData> = {}): AlterPartitionRequestTopicData {
  return {
    topicName: "" as TopicName,
    topicId: ZERO_UUID,
    partitions: [],
    ...init,
  };
}

/** Writes a AlterPartitionRequestTopicData in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeAlterPartitionRequestTopicData(writer: Writer, value: AlterPartitionRequestTopicData, version: number): void {
  if (version <= 1) {
    writer.writeString(value.topicName, true);
  }
  if (version >= 2) {
    writer.writeUuid(value.topicId);
  }
  writer.writeArrayLength(value.partitions, true);
  for (const item of value.partitions) writeAlterPartitionRequestPartitionData(writer, item, version);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a AlterPartitionRequestTopicData in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readAlterPartitionRequestTopicData(reader: Reader, version: number): AlterPartitionRequestTopicData {
  const value: AlterPartitionRequestTopicData = {
    topicName: (version <= 1) ? reader.readString(true) as TopicName : "" as TopicName,
    topicId: (version >= 2) ? reader.readUuid() : ZERO_UUID,
    partitions: reader.readArray(true, () => readAlterPartitionRequestPartitionData(reader, version)),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** PartitionData of AlterPartitionRequest; versions 0-3. */
export interface AlterPartitionRequestPartitionData {
  /** The partition index. Versions: 0+. */
  partitionIndex: number;
  /** The leader epoch of this partition. Versions: 0+. */
  leaderEpoch: number;
  /** The ISR for this partition. Deprecated since version 3. Versions: 0-2. Entity: brokerId. */
  newIsr: NodeId[];
  /** The NewIsrWithEpochs field. Versions: 3+. */
  newIsrWithEpochs: AlterPartitionRequestBrokerState[];
  /** 1 if the partition is recovering from an unclean leader election; 0 otherwise. Versions: 1+. Default: 0. */
  leaderRecoveryState: number;
  /** The expected epoch of the partition which is being updated. For legacy cluster this is the ZkVersion in the LeaderAndIsr request. Versions: 0+. */
  partitionEpoch: number;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A AlterPartitionRequestPartitionData with every field at its schema default, overridden by `init`. */
export function createAlterPartitionRequestPartitionData(init: Partial<AlterPartitionRequestPartitionData> = {}): AlterPartitionRequestPartitionData {
  return {
    partitionIndex: 0,
    leaderEpoch: 0,
    newIsr: [],
    newIsrWithEpochs: [],
    leaderRecoveryState: 0,
    partitionEpoch: 0,
    ...init,
  };
}

/** Writes a AlterPartitionRequestPartitionData in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeAlterPartitionRequestPartitionData(writer: Writer, value: AlterPartitionRequestPartitionData, version: number): void {
  writer.writeInt32(value.partitionIndex);
  writer.writeInt32(value.leaderEpoch);
  if (version <= 2) {
    writer.writeArrayLength(value.newIsr, true);
    for (const item of value.newIsr) writer.writeInt32(item);
  }
  if (!(version <= 2) && value.newIsr.length !== 0) {
    throw fieldNotInVersion('AlterPartitionRequestPartitionData', 'newIsr', version);
  }
  if (version >= 3) {
    writer.writeArrayLength(value.newIsrWithEpochs, true);
    for (const item of value.newIsrWithEpochs) writeAlterPartitionRequestBrokerState(writer, item, version);
  }
  if (!(version >= 3) && value.newIsrWithEpochs.length !== 0) {
    throw fieldNotInVersion('AlterPartitionRequestPartitionData', 'newIsrWithEpochs', version);
  }
  if (version >= 1) {
    writer.writeInt8(value.leaderRecoveryState);
  }
  if (!(version >= 1) && value.leaderRecoveryState !== 0) {
    throw fieldNotInVersion('AlterPartitionRequestPartitionData', 'leaderRecoveryState', version);
  }
  writer.writeInt32(value.partitionEpoch);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a AlterPartitionRequestPartitionData in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readAlterPartitionRequestPartitionData(reader: Reader, version: number): AlterPartitionRequestPartitionData {
  const value: AlterPartitionRequestPartitionData = {
    partitionIndex: reader.readInt32(),
    leaderEpoch: reader.readInt32(),
    newIsr: (version <= 2) ? reader.readInt32Array(true) as NodeId[] : [],
    newIsrWithEpochs: (version >= 3) ? reader.readArray(true, () => readAlterPartitionRequestBrokerState(reader, version)) : [],
    leaderRecoveryState: (version >= 1) ? reader.readInt8() : 0,
    partitionEpoch: reader.readInt32(),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** BrokerState of AlterPartitionRequest; versions 3. */
export interface AlterPartitionRequestBrokerState {
  /** The ID of the broker. Versions: 3+. Entity: brokerId. */
  brokerId: NodeId;
  /** The epoch of the broker. It will be -1 if the epoch check is not supported. Versions: 3+. Default: -1. */
  brokerEpoch: bigint;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A AlterPartitionRequestBrokerState with every field at its schema default, overridden by `init`. */
export function createAlterPartitionRequestBrokerState(init: Partial<AlterPartitionRequestBrokerState> = {}): AlterPartitionRequestBrokerState {
  return {
    brokerId: 0 as NodeId,
    brokerEpoch: -1n,
    ...init,
  };
}

/** Writes a AlterPartitionRequestBrokerState in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeAlterPartitionRequestBrokerState(writer: Writer, value: AlterPartitionRequestBrokerState, _version: number): void {
  writer.writeInt32(value.brokerId);
  writer.writeInt64(value.brokerEpoch);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a AlterPartitionRequestBrokerState in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readAlterPartitionRequestBrokerState(reader: Reader, _version: number): AlterPartitionRequestBrokerState {
  const value: AlterPartitionRequestBrokerState = {
    brokerId: reader.readInt32() as NodeId,
    brokerEpoch: reader.readInt64(),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** Versions of AlterPartitionResponse (API key 56): valid 0-3, flexible 0+. */
export const alterPartitionResponseVersions = {
  lowestVersion: 0,
  highestVersion: 3,
  flexibleLowestVersion: 0,
} as const;

/** The AlterPartitionResponse message; versions 0-3. */
export interface AlterPartitionResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions: 0+. */
  throttleTimeMs: number;
  /** The top level response error code. Versions: 0+. */
  errorCode: number;
  /** The Topics field. Versions: 0+. */
  topics: AlterPartitionResponseTopicData[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A AlterPartitionResponse with every field at its schema default, overridden by `init`. */
export function createAlterPartitionResponse(init: Partial<AlterPartitionResponse> = {}): AlterPartitionResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    topics: [],
    ...init,
  };
}

/** Writes a AlterPartitionResponse in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeAlterPartitionResponse(writer: Writer, value: AlterPartitionResponse, version: number): void {
  writer.writeInt32(value.throttleTimeMs);
  writer.writeInt16(value.errorCode);
  writer.writeArrayLength(value.topics, true);
  for (const item of value.topics) writeAlterPartitionResponseTopicData(writer, item, version);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a AlterPartitionResponse in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readAlterPartitionResponse(reader: Reader, version: number): AlterPartitionResponse {
  const value: AlterPartitionResponse = {
    throttleTimeMs: reader.readInt32(),
    errorCode: reader.readInt16(),
    topics: reader.readArray(true, () => readAlterPartitionResponseTopicData(reader, version)),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** TopicData of AlterPartitionResponse; versions 0-3. */
export interface AlterPartitionResponseTopicData {
  /** The name of the topic. Versions: 0-1. Ignorable. Entity: topicName. */
  topicName: TopicName;
  /** The ID of the topic. Versions: 2+. Ignorable. */
  topicId: Uuid;
  /** The Partitions field. Versions: 0+. */
  partitions: AlterPartitionResponsePartitionData[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A AlterPartitionResponseTopicData with every field at its schema default, overridden by `init`. */
export function createAlterPartitionResponseTopicData(init: Partial<AlterPartitionResponseTopicData> = {}): AlterPartitionResponseTopicData {
  return {
    topicName: "" as TopicName,
    topicId: ZERO_UUID,
    partitions: [],
    ...init,
  };
}

/** Writes a AlterPartitionResponseTopicData in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeAlterPartitionResponseTopicData(writer: Writer, value: AlterPartitionResponseTopicData, version: number): void {
  if (version <= 1) {
    writer.writeString(value.topicName, true);
  }
  if (version >= 2) {
    writer.writeUuid(value.topicId);
  }
  writer.writeArrayLength(value.partitions, true);
  for (const item of value.partitions) writeAlterPartitionResponsePartitionData(writer, item, version);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a AlterPartitionResponseTopicData in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readAlterPartitionResponseTopicData(reader: Reader, version: number): AlterPartitionResponseTopicData {
  const value: AlterPartitionResponseTopicData = {
    topicName: (version <= 1) ? reader.readString(true) as TopicName : "" as TopicName,
    topicId: (version >= 2) ? reader.readUuid() : ZERO_UUID,
    partitions: reader.readArray(true, () => readAlterPartitionResponsePartitionData(reader, version)),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** PartitionData of AlterPartitionResponse; versions 0-3. */
export interface AlterPartitionResponsePartitionData {
  /** The partition index. Versions: 0+. */
  partitionIndex: number;
  /** The partition level error code. Versions: 0+. */
  errorCode: number;
  /** The broker ID of the leader. Versions: 0+. Entity: brokerId. */
  leaderId: NodeId;
  /** The leader epoch. Versions: 0+. */
  leaderEpoch: number;
  /** The in-sync replica IDs. Versions: 0+. Entity: brokerId. */
  isr: NodeId[];
  /** 1 if the partition is recovering from an unclean leader election; 0 otherwise. Versions: 1+. Ignorable. Default: 0. */
  leaderRecoveryState: number;
  /** The current epoch for the partition for KRaft controllers. The current ZK version for the legacy controllers. Versions: 0+. */
  partitionEpoch: number;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A AlterPartitionResponsePartitionData with every field at its schema default, overridden by `init`. */
export function createAlterPartitionResponsePartitionData(init: Partial<AlterPartitionResponsePartitionData> = {}): AlterPartitionResponsePartitionData {
  return {
    partitionIndex: 0,
    errorCode: 0,
    leaderId: 0 as NodeId,
    leaderEpoch: 0,
    isr: [],
    leaderRecoveryState: 0,
    partitionEpoch: 0,
    ...init,
  };
}

/** Writes a AlterPartitionResponsePartitionData in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeAlterPartitionResponsePartitionData(writer: Writer, value: AlterPartitionResponsePartitionData, version: number): void {
  writer.writeInt32(value.partitionIndex);
  writer.writeInt16(value.errorCode);
  writer.writeInt32(value.leaderId);
  writer.writeInt32(value.leaderEpoch);
  writer.writeArrayLength(value.isr, true);
  for (const item of value.isr) writer.writeInt32(item);
  if (version >= 1) {
    writer.writeInt8(value.leaderRecoveryState);
  }
  writer.writeInt32(value.partitionEpoch);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a AlterPartitionResponsePartitionData in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readAlterPartitionResponsePartitionData(reader: Reader, version: number): AlterPartitionResponsePartitionData {
  const value: AlterPartitionResponsePartitionData = {
    partitionIndex: reader.readInt32(),
    errorCode: reader.readInt16(),
    leaderId: reader.readInt32() as NodeId,
    leaderEpoch: reader.readInt32(),
    isr: reader.readInt32Array(true) as NodeId[],
    leaderRecoveryState: (version >= 1) ? reader.readInt8() : 0,
    partitionEpoch: reader.readInt32(),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}
