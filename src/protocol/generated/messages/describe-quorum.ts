// Generated from DescribeQuorumRequest.json and DescribeQuorumResponse.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// DescribeQuorum (API key 55): request and response codecs, versions 0-2.
// Kafka wire format: https://kafka.apache.org/protocol#The_Messages_DescribeQuorum
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';
import { fieldNotInVersion } from '../../primitives/errors.js';
import { ZERO_UUID, type NodeId, type TopicName, type Uuid } from '../../entity-types.js';

/** Versions of DescribeQuorumRequest (API key 55): valid 0-2, flexible 0+. */
export const describeQuorumRequestVersions = {
  lowestVersion: 0,
  highestVersion: 2,
  flexibleLowestVersion: 0,
} as const;

/** The DescribeQuorumRequest message; versions 0-2. */
export interface DescribeQuorumRequest {
  /** The Topics field. Versions: 0+. */
  topics: DescribeQuorumRequestTopicData[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A DescribeQuorumRequest with every field at its schema default, overridden by `init`. */
export function createDescribeQuorumRequest(init: Partial<DescribeQuorumRequest> = {}): DescribeQuorumRequest {
  return {
    topics: [],
    ...init,
  };
}

/** Writes a DescribeQuorumRequest in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeDescribeQuorumRequest(writer: Writer, value: DescribeQuorumRequest, version: number): void {
  writer.writeArrayLength(value.topics, true);
  for (const item of value.topics) writeDescribeQuorumRequestTopicData(writer, item, version);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a DescribeQuorumRequest in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readDescribeQuorumRequest(reader: Reader, version: number): DescribeQuorumRequest {
  const value: DescribeQuorumRequest = {
    topics: reader.readArray(true, () => readDescribeQuorumRequestTopicData(reader, version)),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** TopicData of DescribeQuorumRequest; versions 0-2. */
export interface DescribeQuorumRequestTopicData {
  /** The topic name. Versions: 0+. Entity: topicName. */
  topicName: TopicName;
  /** The Partitions field. Versions: 0+. */
  partitions: DescribeQuorumRequestPartitionData[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A DescribeQuorumRequestTopicData with every field at its schema default, overridden by `init`. */
export function createDescribeQuorumRequestTopicData(init: Partial<DescribeQuorumRequestTopicData> = {}): DescribeQuorumRequestTopicData {
  return {
    topicName: "" as TopicName,
    partitions: [],
    ...init,
  };
}

/** Writes a DescribeQuorumRequestTopicData in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeDescribeQuorumRequestTopicData(writer: Writer, value: DescribeQuorumRequestTopicData, version: number): void {
  writer.writeString(value.topicName, true);
  writer.writeArrayLength(value.partitions, true);
  for (const item of value.partitions) writeDescribeQuorumRequestPartitionData(writer, item, version);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a DescribeQuorumRequestTopicData in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readDescribeQuorumRequestTopicData(reader: Reader, version: number): DescribeQuorumRequestTopicData {
  const value: DescribeQuorumRequestTopicData = {
    topicName: reader.readString(true) as TopicName,
    partitions: reader.readArray(true, () => readDescribeQuorumRequestPartitionData(reader, version)),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** PartitionData of DescribeQuorumRequest; versions 0-2. */
export interface DescribeQuorumRequestPartitionData {
  /** The partition index. Versions: 0+. */
  partitionIndex: number;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A DescribeQuorumRequestPartitionData with every field at its schema default, overridden by `init`. */
export function createDescribeQuorumRequestPartitionData(init: Partial<DescribeQuorumRequestPartitionData> = {}): DescribeQuorumRequestPartitionData {
  return {
    partitionIndex: 0,
    ...init,
  };
}

/** Writes a DescribeQuorumRequestPartitionData in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeDescribeQuorumRequestPartitionData(writer: Writer, value: DescribeQuorumRequestPartitionData, _version: number): void {
  writer.writeInt32(value.partitionIndex);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a DescribeQuorumRequestPartitionData in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readDescribeQuorumRequestPartitionData(reader: Reader, _version: number): DescribeQuorumRequestPartitionData {
  const value: DescribeQuorumRequestPartitionData = {
    partitionIndex: reader.readInt32(),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** Versions of DescribeQuorumResponse (API key 55): valid 0-2, flexible 0+. */
export const describeQuorumResponseVersions = {
  lowestVersion: 0,
  highestVersion: 2,
  flexibleLowestVersion: 0,
} as const;

/** The DescribeQuorumResponse message; versions 0-2. */
export interface DescribeQuorumResponse {
  /** The top level error code. Versions: 0+. */
  errorCode: number;
  /** The error message, or null if there was no error. Versions: 2+. Nullable: 2+. Ignorable. */
  errorMessage: string | null;
  /** The Topics field. Versions: 0+. */
  topics: DescribeQuorumResponseTopicData[];
  /** The Nodes field. Versions: 2+. */
  nodes: DescribeQuorumResponseNode[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A DescribeQuorumResponse with every field at its schema default, overridden by `init`. */
export function createDescribeQuorumResponse(init: Partial<DescribeQuorumResponse> = {}): DescribeQuorumResponse {
  return {
    errorCode: 0,
    errorMessage: "",
    topics: [],
    nodes: [],
    ...init,
  };
}

/** Writes a DescribeQuorumResponse in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeDescribeQuorumResponse(writer: Writer, value: DescribeQuorumResponse, version: number): void {
  writer.writeInt16(value.errorCode);
  if (version >= 2) {
    writer.writeNullableString(value.errorMessage, true);
  }
  writer.writeArrayLength(value.topics, true);
  for (const item of value.topics) writeDescribeQuorumResponseTopicData(writer, item, version);
  if (version >= 2) {
    writer.writeArrayLength(value.nodes, true);
    for (const item of value.nodes) writeDescribeQuorumResponseNode(writer, item, version);
  }
  if (!(version >= 2) && value.nodes.length !== 0) {
    throw fieldNotInVersion('DescribeQuorumResponse', 'nodes', version);
  }
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a DescribeQuorumResponse in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readDescribeQuorumResponse(reader: Reader, version: number): DescribeQuorumResponse {
  const value: DescribeQuorumResponse = {
    errorCode: reader.readInt16(),
    errorMessage: (version >= 2) ? reader.readNullableString(true) : "",
    topics: reader.readArray(true, () => readDescribeQuorumResponseTopicData(reader, version)),
    nodes: (version >= 2) ? reader.readArray(true, () => readDescribeQuorumResponseNode(reader, version)) : [],
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** TopicData of DescribeQuorumResponse; versions 0-2. */
export interface DescribeQuorumResponseTopicData {
  /** The topic name. Versions: 0+. Entity: topicName. */
  topicName: TopicName;
  /** The Partitions field. Versions: 0+. */
  partitions: DescribeQuorumResponsePartitionData[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A DescribeQuorumResponseTopicData with every field at its schema default, overridden by `init`. */
export function createDescribeQuorumResponseTopicData(init: Partial<DescribeQuorumResponseTopicData> = {}): DescribeQuorumResponseTopicData {
  return {
    topicName: "" as TopicName,
    partitions: [],
    ...init,
  };
}

/** Writes a DescribeQuorumResponseTopicData in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeDescribeQuorumResponseTopicData(writer: Writer, value: DescribeQuorumResponseTopicData, version: number): void {
  writer.writeString(value.topicName, true);
  writer.writeArrayLength(value.partitions, true);
  for (const item of value.partitions) writeDescribeQuorumResponsePartitionData(writer, item, version);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a DescribeQuorumResponseTopicData in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readDescribeQuorumResponseTopicData(reader: Reader, version: number): DescribeQuorumResponseTopicData {
  const value: DescribeQuorumResponseTopicData = {
    topicName: reader.readString(true) as TopicName,
    partitions: reader.readArray(true, () => readDescribeQuorumResponsePartitionData(reader, version)),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** PartitionData of DescribeQuorumResponse; versions 0-2. */
export interface DescribeQuorumResponsePartitionData {
  /** The partition index. Versions: 0+. */
  partitionIndex: number;
  /** The ErrorCode field. Versions: 0+. */
  errorCode: number;
  /** The error message, or null if there was no error. Versions: 2+. Nullable: 2+. Ignorable. */
  errorMessage: string | null;
  /** The ID of the current leader or -1 if the leader is unknown. Versions: 0+. Entity: brokerId. */
  leaderId: NodeId;
  /** The latest known leader epoch. Versions: 0+. */
  leaderEpoch: number;
  /** The HighWatermark field. Versions: 0+. */
  highWatermark: bigint;
  /** The CurrentVoters field. Versions: 0+. */
  currentVoters: DescribeQuorumResponseReplicaState[];
  /** The Observers field. Versions: 0+. */
  observers: DescribeQuorumResponseReplicaState[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A DescribeQuorumResponsePartitionData with every field at its schema default, overridden by `init`. */
export function createDescribeQuorumResponsePartitionData(init: Partial<DescribeQuorumResponsePartitionData> = {}): DescribeQuorumResponsePartitionData {
  return {
    partitionIndex: 0,
    errorCode: 0,
    errorMessage: "",
    leaderId: 0 as NodeId,
    leaderEpoch: 0,
    highWatermark: 0n,
    currentVoters: [],
    observers: [],
    ...init,
  };
}

/** Writes a DescribeQuorumResponsePartitionData in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeDescribeQuorumResponsePartitionData(writer: Writer, value: DescribeQuorumResponsePartitionData, version: number): void {
  writer.writeInt32(value.partitionIndex);
  writer.writeInt16(value.errorCode);
  if (version >= 2) {
    writer.writeNullableString(value.errorMessage, true);
  }
  writer.writeInt32(value.leaderId);
  writer.writeInt32(value.leaderEpoch);
  writer.writeInt64(value.highWatermark);
  writer.writeArrayLength(value.currentVoters, true);
  for (const item of value.currentVoters) writeDescribeQuorumResponseReplicaState(writer, item, version);
  writer.writeArrayLength(value.observers, true);
  for (const item of value.observers) writeDescribeQuorumResponseReplicaState(writer, item, version);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a DescribeQuorumResponsePartitionData in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readDescribeQuorumResponsePartitionData(reader: Reader, version: number): DescribeQuorumResponsePartitionData {
  const value: DescribeQuorumResponsePartitionData = {
    partitionIndex: reader.readInt32(),
    errorCode: reader.readInt16(),
    errorMessage: (version >= 2) ? reader.readNullableString(true) : "",
    leaderId: reader.readInt32() as NodeId,
    leaderEpoch: reader.readInt32(),
    highWatermark: reader.readInt64(),
    currentVoters: reader.readArray(true, () => readDescribeQuorumResponseReplicaState(reader, version)),
    observers: reader.readArray(true, () => readDescribeQuorumResponseReplicaState(reader, version)),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** Node of DescribeQuorumResponse; versions 2. */
export interface DescribeQuorumResponseNode {
  /** The ID of the associated node. Versions: 2+. Entity: brokerId. */
  nodeId: NodeId;
  /** The listeners of this controller. Versions: 2+. */
  listeners: DescribeQuorumResponseListener[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A DescribeQuorumResponseNode with every field at its schema default, overridden by `init`. */
export function createDescribeQuorumResponseNode(init: Partial<DescribeQuorumResponseNode> = {}): DescribeQuorumResponseNode {
  return {
    nodeId: 0 as NodeId,
    listeners: [],
    ...init,
  };
}

/** Writes a DescribeQuorumResponseNode in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeDescribeQuorumResponseNode(writer: Writer, value: DescribeQuorumResponseNode, version: number): void {
  writer.writeInt32(value.nodeId);
  writer.writeArrayLength(value.listeners, true);
  for (const item of value.listeners) writeDescribeQuorumResponseListener(writer, item, version);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a DescribeQuorumResponseNode in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readDescribeQuorumResponseNode(reader: Reader, version: number): DescribeQuorumResponseNode {
  const value: DescribeQuorumResponseNode = {
    nodeId: reader.readInt32() as NodeId,
    listeners: reader.readArray(true, () => readDescribeQuorumResponseListener(reader, version)),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** Listener of DescribeQuorumResponse; versions 2. */
export interface DescribeQuorumResponseListener {
  /** The name of the endpoint. Versions: 2+. */
  name: string;
  /** The hostname. Versions: 2+. */
  host: string;
  /** The port. Versions: 2+. */
  port: number;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A DescribeQuorumResponseListener with every field at its schema default, overridden by `init`. */
export function createDescribeQuorumResponseListener(init: Partial<DescribeQuorumResponseListener> = {}): DescribeQuorumResponseListener {
  return {
    name: "",
    host: "",
    port: 0,
    ...init,
  };
}

/** Writes a DescribeQuorumResponseListener in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeDescribeQuorumResponseListener(writer: Writer, value: DescribeQuorumResponseListener, _version: number): void {
  writer.writeString(value.name, true);
  writer.writeString(value.host, true);
  writer.writeUint16(value.port);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a DescribeQuorumResponseListener in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readDescribeQuorumResponseListener(reader: Reader, _version: number): DescribeQuorumResponseListener {
  const value: DescribeQuorumResponseListener = {
    name: reader.readString(true),
    host: reader.readString(true),
    port: reader.readUint16(),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** ReplicaState of DescribeQuorumResponse; versions 0-2. */
export interface DescribeQuorumResponseReplicaState {
  /** The ReplicaId field. Versions: 0+. Entity: brokerId. */
  replicaId: NodeId;
  /** The ReplicaDirectoryId field. Versions: 2+. */
  replicaDirectoryId: Uuid;
  /** The last known log end offset of the follower or -1 if it is unknown. Versions: 0+. */
  logEndOffset: bigint;
  /** The last known leader wall clock time time when a follower fetched from the leader. This is reported as -1 both for the current leader or if it is unknown for a voter. Versions: 1+. Ignorable. Default: -1. */
  lastFetchTimestamp: bigint;
  /** The leader wall clock append time of the offset for which the follower made the most recent fetch request. This is reported as the current time for the leader and -1 if unknown for a voter. Versions: 1+. Ignorable. Default: -1. */
  lastCaughtUpTimestamp: bigint;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A DescribeQuorumResponseReplicaState with every field at its schema default, overridden by `init`. */
export function createDescribeQuorumResponseReplicaState(init: Partial<DescribeQuorumResponseReplicaState> = {}): DescribeQuorumResponseReplicaState {
  return {
    replicaId: 0 as NodeId,
    replicaDirectoryId: ZERO_UUID,
    logEndOffset: 0n,
    lastFetchTimestamp: -1n,
    lastCaughtUpTimestamp: -1n,
    ...init,
  };
}

/** Writes a DescribeQuorumResponseReplicaState in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeDescribeQuorumResponseReplicaState(writer: Writer, value: DescribeQuorumResponseReplicaState, version: number): void {
  writer.writeInt32(value.replicaId);
  if (version >= 2) {
    writer.writeUuid(value.replicaDirectoryId);
  }
  if (!(version >= 2) && value.replicaDirectoryId !== ZERO_UUID) {
    throw fieldNotInVersion('DescribeQuorumResponseReplicaState', 'replicaDirectoryId', version);
  }
  writer.writeInt64(value.logEndOffset);
  if (version >= 1) {
    writer.writeInt64(value.lastFetchTimestamp);
  }
  if (version >= 1) {
    writer.writeInt64(value.lastCaughtUpTimestamp);
  }
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a DescribeQuorumResponseReplicaState in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readDescribeQuorumResponseReplicaState(reader: Reader, version: number): DescribeQuorumResponseReplicaState {
  const value: DescribeQuorumResponseReplicaState = {
    replicaId: reader.readInt32() as NodeId,
    replicaDirectoryId: (version >= 2) ? reader.readUuid() : ZERO_UUID,
    logEndOffset: reader.readInt64(),
    lastFetchTimestamp: (version >= 1) ? reader.readInt64() : -1n,
    lastCaughtUpTimestamp: (version >= 1) ? reader.readInt64() : -1n,
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}
