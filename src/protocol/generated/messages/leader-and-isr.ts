// Generated from LeaderAndIsrRequest.json and LeaderAndIsrResponse.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// LeaderAndIsr (API key 4): request and response codecs, versions 0-7.
// Kafka wire format: https://kafka.apache.org/protocol#The_Messages_LeaderAndIsr
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';
import { fieldNotInVersion, taggedFieldsNotInVersion } from '../../primitives/errors.js';
import { ZERO_UUID, type NodeId, type TopicName, type Uuid } from '../../entity-types.js';

/** Versions of LeaderAndIsrRequest (API key 4): valid 0-7, flexible 4+. */
export const leaderAndIsrRequestVersions = {
  lowestVersion: 0,
  highestVersion: 7,
  flexibleLowestVersion: 4,
} as const;

/** The LeaderAndIsrRequest message; versions 0-7. */
export interface LeaderAndIsrRequest {
  /** The current controller ID. Versions: 0+. Entity: brokerId. */
  controllerId: NodeId;
  /** If KRaft controller id is used during migration. See KIP-866. Versions: 7+. Default: false. */
  isKRaftController: boolean;
  /** The current controller epoch. Versions: 0+. */
  controllerEpoch: number;
  /** The current broker epoch. Versions: 2+. Ignorable. Default: -1. */
  brokerEpoch: bigint;
  /** The type that indicates whether all topics are included in the request. Versions: 5+. */
  type: number;
  /** The state of each partition, in a v0 or v1 message. Versions: 0-1. */
  ungroupedPartitionStates: LeaderAndIsrRequestLeaderAndIsrPartitionState[];
  /** Each topic. Versions: 2+. */
  topicStates: LeaderAndIsrRequestLeaderAndIsrTopicState[];
  /** The current live leaders. Versions: 0+. */
  liveLeaders: LeaderAndIsrRequestLeaderAndIsrLiveLeader[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A LeaderAndIsrRequest with every field at its schema default, overridden by `init`. */
export function createLeaderAndIsrRequest(init: Partial<LeaderAndIsrRequest> = {}): LeaderAndIsrRequest {
  return {
    controllerId: 0 as NodeId,
    isKRaftController: false,
    controllerEpoch: 0,
    brokerEpoch: -1n,
    type: 0,
    ungroupedPartitionStates: [],
    topicStates: [],
    liveLeaders: [],
    ...init,
  };
}

/** Writes a LeaderAndIsrRequest in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeLeaderAndIsrRequest(writer: Writer, value: LeaderAndIsrRequest, version: number): void {
  const flexible = version >= 4;
  writer.writeInt32(value.controllerId);
  if (version >= 7) {
    writer.writeBool(value.isKRaftController);
  }
  if (!(version >= 7) && value.isKRaftController !== false) {
    throw fieldNotInVersion('LeaderAndIsrRequest', 'isKRaftController', version);
  }
  writer.writeInt32(value.controllerEpoch);
  if (version >= 2) {
    writer.writeInt64(value.brokerEpoch);
  }
  if (version >= 5) {
    writer.writeInt8(value.type);
  }
  if (!(version >= 5) && value.type !== 0) {
    throw fieldNotInVersion('LeaderAndIsrRequest', 'type', version);
  }
  if (version <= 1) {
    writer.writeArrayLength(value.ungroupedPartitionStates, flexible);
    for (const item of value.ungroupedPartitionStates) writeLeaderAndIsrRequestLeaderAndIsrPartitionState(writer, item, version);
  }
  if (!(version <= 1) && value.ungroupedPartitionStates.length !== 0) {
    throw fieldNotInVersion('LeaderAndIsrRequest', 'ungroupedPartitionStates', version);
  }
  if (version >= 2) {
    writer.writeArrayLength(value.topicStates, flexible);
    for (const item of value.topicStates) writeLeaderAndIsrRequestLeaderAndIsrTopicState(writer, item, version);
  }
  if (!(version >= 2) && value.topicStates.length !== 0) {
    throw fieldNotInVersion('LeaderAndIsrRequest', 'topicStates', version);
  }
  writer.writeArrayLength(value.liveLeaders, flexible);
  for (const item of value.liveLeaders) writeLeaderAndIsrRequestLeaderAndIsrLiveLeader(writer, item, version);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('LeaderAndIsrRequest', version);
  }
}

/** Reads a LeaderAndIsrRequest in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readLeaderAndIsrRequest(reader: Reader, version: number): LeaderAndIsrRequest {
  const flexible = version >= 4;
  const value: LeaderAndIsrRequest = {
    controllerId: reader.readInt32() as NodeId,
    isKRaftController: (version >= 7) ? reader.readBool() : false,
    controllerEpoch: reader.readInt32(),
    brokerEpoch: (version >= 2) ? reader.readInt64() : -1n,
    type: (version >= 5) ? reader.readInt8() : 0,
    ungroupedPartitionStates: (version <= 1) ? reader.readArray(flexible, () => readLeaderAndIsrRequestLeaderAndIsrPartitionState(reader, version)) : [],
    topicStates: (version >= 2) ? reader.readArray(flexible, () => readLeaderAndIsrRequestLeaderAndIsrTopicState(reader, version)) : [],
    liveLeaders: reader.readArray(flexible, () => readLeaderAndIsrRequestLeaderAndIsrLiveLeader(reader, version)),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** LeaderAndIsrTopicState of LeaderAndIsrRequest; versions 2-7. */
export interface LeaderAndIsrRequestLeaderAndIsrTopicState {
  /** The topic name. Versions: 2+. Entity: topicName. */
  topicName: TopicName;
  /** The unique topic ID. Versions: 5+. Ignorable. */
  topicId: Uuid;
  /** The state of each partition. Versions: 2+. */
  partitionStates: LeaderAndIsrRequestLeaderAndIsrPartitionState[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A LeaderAndIsrRequestLeaderAndIsrTopicState with every field at its schema default, overridden by `init`. */
export function createLeaderAndIsrRequestLeaderAndIsrTopicState(init: Partial<LeaderAndIsrRequestLeaderAndIsrTopicState> = {}): LeaderAndIsrRequestLeaderAndIsrTopicState {
  return {
    topicName: "" as TopicName,
    topicId: ZERO_UUID,
    partitionStates: [],
    ...init,
  };
}

/** Writes a LeaderAndIsrRequestLeaderAndIsrTopicState in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeLeaderAndIsrRequestLeaderAndIsrTopicState(writer: Writer, value: LeaderAndIsrRequestLeaderAndIsrTopicState, version: number): void {
  const flexible = version >= 4;
  writer.writeString(value.topicName, flexible);
  if (version >= 5) {
    writer.writeUuid(value.topicId);
  }
  writer.writeArrayLength(value.partitionStates, flexible);
  for (const item of value.partitionStates) writeLeaderAndIsrRequestLeaderAndIsrPartitionState(writer, item, version);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('LeaderAndIsrRequestLeaderAndIsrTopicState', version);
  }
}

/** Reads a LeaderAndIsrRequestLeaderAndIsrTopicState in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readLeaderAndIsrRequestLeaderAndIsrTopicState(reader: Reader, version: number): LeaderAndIsrRequestLeaderAndIsrTopicState {
  const flexible = version >= 4;
  const value: LeaderAndIsrRequestLeaderAndIsrTopicState = {
    topicName: reader.readString(flexible) as TopicName,
    topicId: (version >= 5) ? reader.readUuid() : ZERO_UUID,
    partitionStates: reader.readArray(flexible, () => readLeaderAndIsrRequestLeaderAndIsrPartitionState(reader, version)),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** LeaderAndIsrLiveLeader of LeaderAndIsrRequest; versions 0-7. */
export interface LeaderAndIsrRequestLeaderAndIsrLiveLeader {
  /** The leader's broker ID. Versions: 0+. Entity: brokerId. */
  brokerId: NodeId;
  /** The leader's hostname. Versions: 0+. */
  hostName: string;
  /** The leader's port. Versions: 0+. */
  port: number;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A LeaderAndIsrRequestLeaderAndIsrLiveLeader with every field at its schema default, overridden by `init`. */
export function createLeaderAndIsrRequestLeaderAndIsrLiveLeader(init: Partial<LeaderAndIsrRequestLeaderAndIsrLiveLeader> = {}): LeaderAndIsrRequestLeaderAndIsrLiveLeader {
  return {
    brokerId: 0 as NodeId,
    hostName: "",
    port: 0,
    ...init,
  };
}

/** Writes a LeaderAndIsrRequestLeaderAndIsrLiveLeader in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeLeaderAndIsrRequestLeaderAndIsrLiveLeader(writer: Writer, value: LeaderAndIsrRequestLeaderAndIsrLiveLeader, version: number): void {
  const flexible = version >= 4;
  writer.writeInt32(value.brokerId);
  writer.writeString(value.hostName, flexible);
  writer.writeInt32(value.port);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('LeaderAndIsrRequestLeaderAndIsrLiveLeader', version);
  }
}

/** Reads a LeaderAndIsrRequestLeaderAndIsrLiveLeader in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readLeaderAndIsrRequestLeaderAndIsrLiveLeader(reader: Reader, version: number): LeaderAndIsrRequestLeaderAndIsrLiveLeader {
  const flexible = version >= 4;
  const value: LeaderAndIsrRequestLeaderAndIsrLiveLeader = {
    brokerId: reader.readInt32() as NodeId,
    hostName: reader.readString(flexible),
    port: reader.readInt32(),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** LeaderAndIsrPartitionState of LeaderAndIsrRequest; versions 0-7. */
export interface LeaderAndIsrRequestLeaderAndIsrPartitionState {
  /** The topic name. This is only present in v0 or v1. Versions: 0-1. Ignorable. Entity: topicName. */
  topicName: TopicName;
  /** The partition index. Versions: 0+. */
  partitionIndex: number;
  /** The controller epoch. Versions: 0+. */
  controllerEpoch: number;
  /** The broker ID of the leader. Versions: 0+. Entity: brokerId. */
  leader: NodeId;
  /** The leader epoch. Versions: 0+. */
  leaderEpoch: number;
  /** The in-sync replica IDs. Versions: 0+. Entity: brokerId. */
  isr: NodeId[];
  /** The current epoch for the partition. The epoch is a monotonically increasing value which is incremented after every partition change. (Since the LeaderAndIsr request is only used by the legacy controller, this corresponds to the zkVersion). Versions: 0+. */
  partitionEpoch: number;
  /** The replica IDs. Versions: 0+. Entity: brokerId. */
  replicas: NodeId[];
  /** The replica IDs that we are adding this partition to, or null if no replicas are being added. Versions: 3+. Ignorable. Entity: brokerId. */
  addingReplicas: NodeId[];
  /** The replica IDs that we are removing this partition from, or null if no replicas are being removed. Versions: 3+. Ignorable. Entity: brokerId. */
  removingReplicas: NodeId[];
  /** Whether the replica should have existed on the broker or not. Versions: 1+. Ignorable. Default: false. */
  isNew: boolean;
  /** 1 if the partition is recovering from an unclean leader election; 0 otherwise. Versions: 6+. Default: 0. */
  leaderRecoveryState: number;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A LeaderAndIsrRequestLeaderAndIsrPartitionState with every field at its schema default, overridden by `init`. */
export function createLeaderAndIsrRequestLeaderAndIsrPartitionState(init: Partial<LeaderAndIsrRequestLeaderAndIsrPartitionState> = {}): LeaderAndIsrRequestLeaderAndIsrPartitionState {
  return {
    topicName: "" as TopicName,
    partitionIndex: 0,
    controllerEpoch: 0,
    leader: 0 as NodeId,
    leaderEpoch: 0,
    isr: [],
    partitionEpoch: 0,
    replicas: [],
    addingReplicas: [],
    removingReplicas: [],
    isNew: false,
    leaderRecoveryState: 0,
    ...init,
  };
}

/** Writes a LeaderAndIsrRequestLeaderAndIsrPartitionState in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeLeaderAndIsrRequestLeaderAndIsrPartitionState(writer: Writer, value: LeaderAndIsrRequestLeaderAndIsrPartitionState, version: number): void {
  const flexible = version >= 4;
  if (version <= 1) {
    writer.writeString(value.topicName, flexible);
  }
  writer.writeInt32(value.partitionIndex);
  writer.writeInt32(value.controllerEpoch);
  writer.writeInt32(value.leader);
  writer.writeInt32(value.leaderEpoch);
  writer.writeArrayLength(value.isr, flexible);
  for (const item of value.isr) writer.writeInt32(item);
  writer.writeInt32(value.partitionEpoch);
  writer.writeArrayLength(value.replicas, flexible);
  for (const item of value.replicas) writer.writeInt32(item);
  if (version >= 3) {
    writer.writeArrayLength(value.addingReplicas, flexible);
    for (const item of value.addingReplicas) writer.writeInt32(item);
  }
  if (version >= 3) {
    writer.writeArrayLength(value.removingReplicas, flexible);
    for (const item of value.removingReplicas) writer.writeInt32(item);
  }
  if (version >= 1) {
    writer.writeBool(value.isNew);
  }
  if (version >= 6) {
    writer.writeInt8(value.leaderRecoveryState);
  }
  if (!(version >= 6) && value.leaderRecoveryState !== 0) {
    throw fieldNotInVersion('LeaderAndIsrRequestLeaderAndIsrPartitionState', 'leaderRecoveryState', version);
  }
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('LeaderAndIsrRequestLeaderAndIsrPartitionState', version);
  }
}

/** Reads a LeaderAndIsrRequestLeaderAndIsrPartitionState in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readLeaderAndIsrRequestLeaderAndIsrPartitionState(reader: Reader, version: number): LeaderAndIsrRequestLeaderAndIsrPartitionState {
  const flexible = version >= 4;
  const value: LeaderAndIsrRequestLeaderAndIsrPartitionState = {
    topicName: (version <= 1) ? reader.readString(flexible) as TopicName : "" as TopicName,
    partitionIndex: reader.readInt32(),
    controllerEpoch: reader.readInt32(),
    leader: reader.readInt32() as NodeId,
    leaderEpoch: reader.readInt32(),
    isr: reader.readInt32Array(flexible) as NodeId[],
    partitionEpoch: reader.readInt32(),
    replicas: reader.readInt32Array(flexible) as NodeId[],
    addingReplicas: (version >= 3) ? reader.readInt32Array(flexible) as NodeId[] : [],
    removingReplicas: (version >= 3) ? reader.readInt32Array(flexible) as NodeId[] : [],
    isNew: (version >= 1) ? reader.readBool() : false,
    leaderRecoveryState: (version >= 6) ? reader.readInt8() : 0,
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** Versions of LeaderAndIsrResponse (API key 4): valid 0-7, flexible 4+. */
export const leaderAndIsrResponseVersions = {
  lowestVersion: 0,
  highestVersion: 7,
  flexibleLowestVersion: 4,
} as const;

/** The LeaderAndIsrResponse message; versions 0-7. */
export interface LeaderAndIsrResponse {
  /** The error code, or 0 if there was no error. Versions: 0+. */
  errorCode: number;
  /** Each partition in v0 to v4 message. Versions: 0-4. */
  partitionErrors: LeaderAndIsrResponseLeaderAndIsrPartitionError[];
  /** Each topic. Versions: 5+. */
  topics: LeaderAndIsrResponseLeaderAndIsrTopicError[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A LeaderAndIsrResponse with every field at its schema default, overridden by `init`. */
export function createLeaderAndIsrResponse(init: Partial<LeaderAndIsrResponse> = {}): LeaderAndIsrResponse {
  return {
    errorCode: 0,
    partitionErrors: [],
    topics: [],
    ...init,
  };
}

/** Writes a LeaderAndIsrResponse in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeLeaderAndIsrResponse(writer: Writer, value: LeaderAndIsrResponse, version: number): void {
  const flexible = version >= 4;
  writer.writeInt16(value.errorCode);
  if (version <= 4) {
    writer.writeArrayLength(value.partitionErrors, flexible);
    for (const item of value.partitionErrors) writeLeaderAndIsrResponseLeaderAndIsrPartitionError(writer, item, version);
  }
  if (!(version <= 4) && value.partitionErrors.length !== 0) {
    throw fieldNotInVersion('LeaderAndIsrResponse', 'partitionErrors', version);
  }
  if (version >= 5) {
    writer.writeArrayLength(value.topics, flexible);
    for (const item of value.topics) writeLeaderAndIsrResponseLeaderAndIsrTopicError(writer, item, version);
  }
  if (!(version >= 5) && value.topics.length !== 0) {
    throw fieldNotInVersion('LeaderAndIsrResponse', 'topics', version);
  }
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('LeaderAndIsrResponse', version);
  }
}

/** Reads a LeaderAndIsrResponse in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readLeaderAndIsrResponse(reader: Reader, version: number): LeaderAndIsrResponse {
  const flexible = version >= 4;
  const value: LeaderAndIsrResponse = {
    errorCode: reader.readInt16(),
    partitionErrors: (version <= 4) ? reader.readArray(flexible, () => readLeaderAndIsrResponseLeaderAndIsrPartitionError(reader, version)) : [],
    topics: (version >= 5) ? reader.readArray(flexible, () => readLeaderAndIsrResponseLeaderAndIsrTopicError(reader, version)) : [],
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** LeaderAndIsrTopicError of LeaderAndIsrResponse; versions 5-7. */
export interface LeaderAndIsrResponseLeaderAndIsrTopicError {
  /** The unique topic ID. Versions: 5+. */
  topicId: Uuid;
  /** Each partition. Versions: 5+. */
  partitionErrors: LeaderAndIsrResponseLeaderAndIsrPartitionError[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A LeaderAndIsrResponseLeaderAndIsrTopicError with every field at its schema default, overridden by `init`. */
export function createLeaderAndIsrResponseLeaderAndIsrTopicError(init: Partial<LeaderAndIsrResponseLeaderAndIsrTopicError> = {}): LeaderAndIsrResponseLeaderAndIsrTopicError {
  return {
    topicId: ZERO_UUID,
    partitionErrors: [],
    ...init,
  };
}

/** Writes a LeaderAndIsrResponseLeaderAndIsrTopicError in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeLeaderAndIsrResponseLeaderAndIsrTopicError(writer: Writer, value: LeaderAndIsrResponseLeaderAndIsrTopicError, version: number): void {
  writer.writeUuid(value.topicId);
  writer.writeArrayLength(value.partitionErrors, true);
  for (const item of value.partitionErrors) writeLeaderAndIsrResponseLeaderAndIsrPartitionError(writer, item, version);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a LeaderAndIsrResponseLeaderAndIsrTopicError in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readLeaderAndIsrResponseLeaderAndIsrTopicError(reader: Reader, version: number): LeaderAndIsrResponseLeaderAndIsrTopicError {
  const value: LeaderAndIsrResponseLeaderAndIsrTopicError = {
    topicId: reader.readUuid(),
    partitionErrors: reader.readArray(true, () => readLeaderAndIsrResponseLeaderAndIsrPartitionError(reader, version)),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** LeaderAndIsrPartitionError of LeaderAndIsrResponse; versions 0-7. */
export interface LeaderAndIsrResponseLeaderAndIsrPartitionError {
  /** The topic name. Versions: 0-4. Ignorable. Entity: topicName. */
  topicName: TopicName;
  /** The partition index. Versions: 0+. */
  partitionIndex: number;
  /** The partition error code, or 0 if there was no error. Versions: 0+. */
  errorCode: number;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A LeaderAndIsrResponseLeaderAndIsrPartitionError with every field at its schema default, overridden by `init`. */
export function createLeaderAndIsrResponseLeaderAndIsrPartitionError(init: Partial<LeaderAndIsrResponseLeaderAndIsrPartitionError> = {}): LeaderAndIsrResponseLeaderAndIsrPartitionError {
  return {
    topicName: "" as TopicName,
    partitionIndex: 0,
    errorCode: 0,
    ...init,
  };
}

/** Writes a LeaderAndIsrResponseLeaderAndIsrPartitionError in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeLeaderAndIsrResponseLeaderAndIsrPartitionError(writer: Writer, value: LeaderAndIsrResponseLeaderAndIsrPartitionError, version: number): void {
  const flexible = version >= 4;
  if (version <= 4) {
    writer.writeString(value.topicName, flexible);
  }
  writer.writeInt32(value.partitionIndex);
  writer.writeInt16(value.errorCode);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('LeaderAndIsrResponseLeaderAndIsrPartitionError', version);
  }
}

/** Reads a LeaderAndIsrResponseLeaderAndIsrPartitionError in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readLeaderAndIsrResponseLeaderAndIsrPartitionError(reader: Reader, version: number): LeaderAndIsrResponseLeaderAndIsrPartitionError {
  const flexible = version >= 4;
  const value: LeaderAndIsrResponseLeaderAndIsrPartitionError = {
    topicName: (version <= 4) ? reader.readString(flexible) as TopicName : "" as TopicName,
    partitionIndex: reader.readInt32(),
    errorCode: reader.readInt16(),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}
