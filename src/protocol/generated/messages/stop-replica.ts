// Generated from StopReplicaRequest.json and StopReplicaResponse.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// StopReplica (API key 5): request and response codecs, versions 0-4.
// Kafka wire format: https://kafka.apache.org/protocol#The_Messages_StopReplica
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';
import { fieldNotInVersion, taggedFieldsNotInVersion } from '../../primitives/errors.js';
import { type NodeId, type TopicName } from '../../entity-types.js';

/** Versions of StopReplicaRequest (API key 5): valid 0-4, flexible 2+. */
export const stopReplicaRequestVersions = {
  lowestVersion: 0,
  highestVersion: 4,
  flexibleLowestVersion: 2,
} as const;

/** The StopReplicaRequest message; versions 0-4. */
export interface StopReplicaRequest {
  /** The controller id. Versions: 0+. Entity: brokerId. */
  controllerId: NodeId;
  /** If KRaft controller id is used during migration. See KIP-866. Versions: 4+. Default: false. */
  isKRaftController: boolean;
  /** The controller epoch. Versions: 0+. */
  controllerEpoch: number;
  /** The broker epoch. Versions: 1+. Ignorable. Default: -1. */
  brokerEpoch: bigint;
  /** Whether these partitions should be deleted. Versions: 0-2. */
  deletePartitions: boolean;
  /** The partitions to stop. Versions: 0. */
  ungroupedPartitions: StopReplicaRequestStopReplicaPartitionV0[];
  /** The topics to stop. Versions: 1-2. */
  topics: StopReplicaRequestStopReplicaTopicV1[];
  /** Each topic. Versions: 3+. */
  topicStates: StopReplicaRequestStopReplicaTopicState[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A StopReplicaRequest with every field at its schema default, overridden by `init`. */
export function createStopReplicaRequest(init: Partial<StopReplicaRequest> = {}): StopReplicaRequest {
  return {
    controllerId: 0 as NodeId,
    isKRaftController: false,
    controllerEpoch: 0,
    brokerEpoch: -1n,
    deletePartitions: false,
    ungroupedPartitions: [],
    topics: [],
    topicStates: [],
    ...init,
  };
}

/** Writes a StopReplicaRequest in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeStopReplicaRequest(writer: Writer, value: StopReplicaRequest, version: number): void {
  const flexible = version >= 2;
  writer.writeInt32(value.controllerId);
  if (version >= 4) {
    writer.writeBool(value.isKRaftController);
  }
  if (!(version >= 4) && value.isKRaftController !== false) {
    throw fieldNotInVersion('StopReplicaRequest', 'isKRaftController', version);
  }
  writer.writeInt32(value.controllerEpoch);
  if (version >= 1) {
    writer.writeInt64(value.brokerEpoch);
  }
  if (version <= 2) {
    writer.writeBool(value.deletePartitions);
  }
  if (!(version <= 2) && value.deletePartitions !== false) {
    throw fieldNotInVersion('StopReplicaRequest', 'deletePartitions', version);
  }
  if (version <= 0) {
    writer.writeArrayLength(value.ungroupedPartitions, flexible);
    for (const item of value.ungroupedPartitions) writeStopReplicaRequestStopReplicaPartitionV0(writer, item, version);
  }
  if (!(version <= 0) && value.ungroupedPartitions.length !== 0) {
    throw fieldNotInVersion('StopReplicaRequest', 'ungroupedPartitions', version);
  }
  if (version >= 1 && version <= 2) {
    writer.writeArrayLength(value.topics, flexible);
    for (const item of value.topics) writeStopReplicaRequestStopReplicaTopicV1(writer, item, version);
  }
  if (!(version >= 1 && version <= 2) && value.topics.length !== 0) {
    throw fieldNotInVersion('StopReplicaRequest', 'topics', version);
  }
  if (version >= 3) {
    writer.writeArrayLength(value.topicStates, flexible);
    for (const item of value.topicStates) writeStopReplicaRequestStopReplicaTopicState(writer, item, version);
  }
  if (!(version >= 3) && value.topicStates.length !== 0) {
    throw fieldNotInVersion('StopReplicaRequest', 'topicStates', version);
  }
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('StopReplicaRequest', version);
  }
}

/** Reads a StopReplicaRequest in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readStopReplicaRequest(reader: Reader, version: number): StopReplicaRequest {
  const flexible = version >= 2;
  const value: StopReplicaRequest = {
    controllerId: reader.readInt32() as NodeId,
    isKRaftController: (version >= 4) ? reader.readBool() : false,
    controllerEpoch: reader.readInt32(),
    brokerEpoch: (version >= 1) ? reader.readInt64() : -1n,
    deletePartitions: (version <= 2) ? reader.readBool() : false,
    ungroupedPartitions: (version <= 0) ? reader.readArray(flexible, () => readStopReplicaRequestStopReplicaPartitionV0(reader, version)) : [],
    topics: (version >= 1 && version <= 2) ? reader.readArray(flexible, () => readStopReplicaRequestStopReplicaTopicV1(reader, version)) : [],
    topicStates: (version >= 3) ? reader.readArray(flexible, () => readStopReplicaRequestStopReplicaTopicState(reader, version)) : [],
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** StopReplicaPartitionV0 of StopReplicaRequest; versions 0. */
export interface StopReplicaRequestStopReplicaPartitionV0 {
  /** The topic name. Versions: 0. Entity: topicName. */
  topicName: TopicName;
  /** The partition index. Versions: 0. */
  partitionIndex: number;
}

/** A StopReplicaRequestStopReplicaPartitionV0 with every field at its schema default, overridden by `init`. */
export function createStopReplicaRequestStopReplicaPartitionV0(init: Partial<StopReplicaRequestStopReplicaPartitionV0> = {}): StopReplicaRequestStopReplicaPartitionV0 {
  return {
    topicName: "" as TopicName,
    partitionIndex: 0,
    ...init,
  };
}

/** Writes a StopReplicaRequestStopReplicaPartitionV0 in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeStopReplicaRequestStopReplicaPartitionV0(writer: Writer, value: StopReplicaRequestStopReplicaPartitionV0, _version: number): void {
  writer.writeString(value.topicName, false);
  writer.writeInt32(value.partitionIndex);
}

/** Reads a StopReplicaRequestStopReplicaPartitionV0 in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readStopReplicaRequestStopReplicaPartitionV0(reader: Reader, _version: number): StopReplicaRequestStopReplicaPartitionV0 {
  const value: StopReplicaRequestStopReplicaPartitionV0 = {
    topicName: reader.readString(false) as TopicName,
    partitionIndex: reader.readInt32(),
  };
  return value;
}

/** StopReplicaTopicV1 of StopReplicaRequest; versions 1-2. */
export interface StopReplicaRequestStopReplicaTopicV1 {
  /** The topic name. Versions: 1-2. Entity: topicName. */
  name: TopicName;
  /** The partition indexes. Versions: 1-2. */
  partitionIndexes: number[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A StopReplicaRequestStopReplicaTopicV1 with every field at its schema default, overridden by `init`. */
export function createStopReplicaRequestStopReplicaTopicV1(init: Partial<StopReplicaRequestStopReplicaTopicV1> = {}): StopReplicaRequestStopReplicaTopicV1 {
  return {
    name: "" as TopicName,
    partitionIndexes: [],
    ...init,
  };
}

/** Writes a StopReplicaRequestStopReplicaTopicV1 in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeStopReplicaRequestStopReplicaTopicV1(writer: Writer, value: StopReplicaRequestStopReplicaTopicV1, version: number): void {
  const flexible = version >= 2;
  writer.writeString(value.name, flexible);
  writer.writeArrayLength(value.partitionIndexes, flexible);
  for (const item of value.partitionIndexes) writer.writeInt32(item);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('StopReplicaRequestStopReplicaTopicV1', version);
  }
}

/** Reads a StopReplicaRequestStopReplicaTopicV1 in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readStopReplicaRequestStopReplicaTopicV1(reader: Reader, version: number): StopReplicaRequestStopReplicaTopicV1 {
  const flexible = version >= 2;
  const value: StopReplicaRequestStopReplicaTopicV1 = {
    name: reader.readString(flexible) as TopicName,
    partitionIndexes: reader.readInt32Array(flexible),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** StopReplicaTopicState of StopReplicaRequest; versions 3-4. */
export interface StopReplicaRequestStopReplicaTopicState {
  /** The topic name. Versions: 3+. Entity: topicName. */
  topicName: TopicName;
  /** The state of each partition. Versions: 3+. */
  partitionStates: StopReplicaRequestStopReplicaPartitionState[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A StopReplicaRequestStopReplicaTopicState with every field at its schema default, overridden by `init`. */
export function createStopReplicaRequestStopReplicaTopicState(init: Partial<StopReplicaRequestStopReplicaTopicState> = {}): StopReplicaRequestStopReplicaTopicState {
  return {
    topicName: "" as TopicName,
    partitionStates: [],
    ...init,
  };
}

/** Writes a StopReplicaRequestStopReplicaTopicState in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeStopReplicaRequestStopReplicaTopicState(writer: Writer, value: StopReplicaRequestStopReplicaTopicState, version: number): void {
  writer.writeString(value.topicName, true);
  writer.writeArrayLength(value.partitionStates, true);
  for (const item of value.partitionStates) writeStopReplicaRequestStopReplicaPartitionState(writer, item, version);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a StopReplicaRequestStopReplicaTopicState in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readStopReplicaRequestStopReplicaTopicState(reader: Reader, version: number): StopReplicaRequestStopReplicaTopicState {
  const value: StopReplicaRequestStopReplicaTopicState = {
    topicName: reader.readString(true) as TopicName,
    partitionStates: reader.readArray(true, () => readStopReplicaRequestStopReplicaPartitionState(reader, version)),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** StopReplicaPartitionState of StopReplicaRequest; versions 3-4. */
export interface StopReplicaRequestStopReplicaPartitionState {
  /** The partition index. Versions: 3+. */
  partitionIndex: number;
  /** The leader epoch. Versions: 3+. Default: -1. */
  leaderEpoch: number;
  /** Whether this partition should be deleted. Versions: 3+. */
  deletePartition: boolean;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A StopReplicaRequestStopReplicaPartitionState with every field at its schema default, overridden by `init`. */
export function createStopReplicaRequestStopReplicaPartitionState(init: Partial<StopReplicaRequestStopReplicaPartitionState> = {}): StopReplicaRequestStopReplicaPartitionState {
  return {
    partitionIndex: 0,
    leaderEpoch: -1,
    deletePartition: false,
    ...init,
  };
}

/** Writes a StopReplicaRequestStopReplicaPartitionState in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeStopReplicaRequestStopReplicaPartitionState(writer: Writer, value: StopReplicaRequestStopReplicaPartitionState, _version: number): void {
  writer.writeInt32(value.partitionIndex);
  writer.writeInt32(value.leaderEpoch);
  writer.writeBool(value.deletePartition);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a StopReplicaRequestStopReplicaPartitionState in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readStopReplicaRequestStopReplicaPartitionState(reader: Reader, _version: number): StopReplicaRequestStopReplicaPartitionState {
  const value: StopReplicaRequestStopReplicaPartitionState = {
    partitionIndex: reader.readInt32(),
    leaderEpoch: reader.readInt32(),
    deletePartition: reader.readBool(),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** Versions of StopReplicaResponse (API key 5): valid 0-4, flexible 2+. */
export const stopReplicaResponseVersions = {
  lowestVersion: 0,
  highestVersion: 4,
  flexibleLowestVersion: 2,
} as const;

/** The StopReplicaResponse message; versions 0-4. */
export interface StopReplicaResponse {
  /** The top-level error code, or 0 if there was no top-level error. Versions: 0+. */
  errorCode: number;
  /** The responses for each partition. Versions: 0+. */
  partitionErrors: StopReplicaResponseStopReplicaPartitionError[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A StopReplicaResponse with every field at its schema default, overridden by `init`. */
export function createStopReplicaResponse(init: Partial<StopReplicaResponse> = {}): StopReplicaResponse {
  return {
    errorCode: 0,
    partitionErrors: [],
    ...init,
  };
}

/** Writes a StopReplicaResponse in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeStopReplicaResponse(writer: Writer, value: StopReplicaResponse, version: number): void {
  const flexible = version >= 2;
  writer.writeInt16(value.errorCode);
  writer.writeArrayLength(value.partitionErrors, flexible);
  for (const item of value.partitionErrors) writeStopReplicaResponseStopReplicaPartitionError(writer, item, version);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('StopReplicaResponse', version);
  }
}

/** Reads a StopReplicaResponse in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readStopReplicaResponse(reader: Reader, version: number): StopReplicaResponse {
  const flexible = version >= 2;
  const value: StopReplicaResponse = {
    errorCode: reader.readInt16(),
    partitionErrors: reader.readArray(flexible, () => readStopReplicaResponseStopReplicaPartitionError(reader, version)),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** StopReplicaPartitionError of StopReplicaResponse; versions 0-4. */
export interface StopReplicaResponseStopReplicaPartitionError {
  /** The topic name. Versions: 0+. Entity: topicName. */
  topicName: TopicName;
  /** The partition index. Versions: 0+. */
  partitionIndex: number;
  /** The partition error code, or 0 if there was no partition error. Versions: 0+. */
  errorCode: number;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A StopReplicaResponseStopReplicaPartitionError with every field at its schema default, overridden by `init`. */
export function createStopReplicaResponseStopReplicaPartitionError(init: Partial<StopReplicaResponseStopReplicaPartitionError> = {}): StopReplicaResponseStopReplicaPartitionError {
  return {
    topicName: "" as TopicName,
    partitionIndex: 0,
    errorCode: 0,
    ...init,
  };
}

/** Writes a StopReplicaResponseStopReplicaPartitionError in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeStopReplicaResponseStopReplicaPartitionError(writer: Writer, value: StopReplicaResponseStopReplicaPartitionError, version: number): void {
  const flexible = version >= 2;
  writer.writeString(value.topicName, flexible);
  writer.writeInt32(value.partitionIndex);
  writer.writeInt16(value.errorCode);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('StopReplicaResponseStopReplicaPartitionError', version);
  }
}

/** Reads a StopReplicaResponseStopReplicaPartitionError in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readStopReplicaResponseStopReplicaPartitionError(reader: Reader, version: number): StopReplicaResponseStopReplicaPartitionError {
  const flexible = version >= 2;
  const value: StopReplicaResponseStopReplicaPartitionError = {
    topicName: reader.readString(flexible) as TopicName,
    partitionIndex: reader.readInt32(),
    errorCode: reader.readInt16(),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}
