// Generated from ShareAcknowledgeRequest.json and ShareAcknowledgeResponse.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// ShareAcknowledge (API key 79): request and response codecs, versions 0.
// Kafka wire format: https://kafka.apache.org/protocol#The_Messages_ShareAcknowledge
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';
import { ZERO_UUID, type GroupId, type NodeId, type Uuid } from '../../entity-types.js';

/** Versions of ShareAcknowledgeRequest (API key 79): valid 0, flexible 0+. */
export const shareAcknowledgeRequestVersions = {
  lowestVersion: 0,
  highestVersion: 0,
  flexibleLowestVersion: 0,
} as const;

/** The ShareAcknowledgeRequest message; versions 0. */
export interface ShareAcknowledgeRequest {
  /** The group identifier. Versions: 0+. Nullable: 0+. Default: null. Entity: groupId. */
  groupId: GroupId | null;
  /** The member ID. Versions: 0+. Nullable: 0+. */
  memberId: string | null;
  /** The current share session epoch: 0 to open a share session; -1 to close it; otherwise increments for consecutive requests. Versions: 0+. */
  shareSessionEpoch: number;
  /** The topics containing records to acknowledge. Versions: 0+. */
  topics: ShareAcknowledgeRequestAcknowledgeTopic[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A ShareAcknowledgeRequest with every field at its schema default, overridden by `init`. */
export function createShareAcknowledgeRequest(init: Partial<ShareAcknowledgeRequest> = {}): ShareAcknowledgeRequest {
  return {
    groupId: null,
    memberId: "",
    shareSessionEpoch: 0,
    topics: [],
    ...init,
  };
}

/** Writes a ShareAcknowledgeRequest in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeShareAcknowledgeRequest(writer: Writer, value: ShareAcknowledgeRequest, version: number): void {
  writer.writeNullableString(value.groupId, true);
  writer.writeNullableString(value.memberId, true);
  writer.writeInt32(value.shareSessionEpoch);
  writer.writeArrayLength(value.topics, true);
  for (const item of value.topics) writeShareAcknowledgeRequestAcknowledgeTopic(writer, item, version);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a ShareAcknowledgeRequest in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readShareAcknowledgeRequest(reader: Reader, version: number): ShareAcknowledgeRequest {
  const value: ShareAcknowledgeRequest = {
    groupId: reader.readNullableString(true) as GroupId | null,
    memberId: reader.readNullableString(true),
    shareSessionEpoch: reader.readInt32(),
    topics: reader.readArray(true, () => readShareAcknowledgeRequestAcknowledgeTopic(reader, version)),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** AcknowledgeTopic of ShareAcknowledgeRequest; versions 0. */
export interface ShareAcknowledgeRequestAcknowledgeTopic {
  /** The unique topic ID. Versions: 0+. */
  topicId: Uuid;
  /** The partitions containing records to acknowledge. Versions: 0+. */
  partitions: ShareAcknowledgeRequestAcknowledgePartition[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A ShareAcknowledgeRequestAcknowledgeTopic with every field at its schema default, overridden by `init`. */
export function createShareAcknowledgeRequestAcknowledgeTopic(init: Partial<ShareAcknowledgeRequestAcknowledgeTopic> = {}): ShareAcknowledgeRequestAcknowledgeTopic {
  return {
    topicId: ZERO_UUID,
    partitions: [],
    ...init,
  };
}

/** Writes a ShareAcknowledgeRequestAcknowledgeTopic in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeShareAcknowledgeRequestAcknowledgeTopic(writer: Writer, value: ShareAcknowledgeRequestAcknowledgeTopic, version: number): void {
  writer.writeUuid(value.topicId);
  writer.writeArrayLength(value.partitions, true);
  for (const item of value.partitions) writeShareAcknowledgeRequestAcknowledgePartition(writer, item, version);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a ShareAcknowledgeRequestAcknowledgeTopic in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readShareAcknowledgeRequestAcknowledgeTopic(reader: Reader, version: number): ShareAcknowledgeRequestAcknowledgeTopic {
  const value: ShareAcknowledgeRequestAcknowledgeTopic = {
    topicId: reader.readUuid(),
    partitions: reader.readArray(true, () => readShareAcknowledgeRequestAcknowledgePartition(reader, version)),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** AcknowledgePartition of ShareAcknowledgeRequest; versions 0. */
export interface ShareAcknowledgeRequestAcknowledgePartition {
  /** The partition index. Versions: 0+. */
  partitionIndex: number;
  /** Record batches to acknowledge. Versions: 0+. */
  acknowledgementBatches: ShareAcknowledgeRequestAcknowledgementBatch[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A ShareAcknowledgeRequestAcknowledgePartition with every field at its schema default, overridden by `init`. */
export function createShareAcknowledgeRequestAcknowledgePartition(init: Partial<ShareAcknowledgeRequestAcknowledgePartition> = {}): ShareAcknowledgeRequestAcknowledgePartition {
  return {
    partitionIndex: 0,
    acknowledgementBatches: [],
    ...init,
  };
}

/** Writes a ShareAcknowledgeRequestAcknowledgePartition in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeShareAcknowledgeRequestAcknowledgePartition(writer: Writer, value: ShareAcknowledgeRequestAcknowledgePartition, version: number): void {
  writer.writeInt32(value.partitionIndex);
  writer.writeArrayLength(value.acknowledgementBatches, true);
  for (const item of value.acknowledgementBatches) writeShareAcknowledgeRequestAcknowledgementBatch(writer, item, version);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a ShareAcknowledgeRequestAcknowledgePartition in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readShareAcknowledgeRequestAcknowledgePartition(reader: Reader, version: number): ShareAcknowledgeRequestAcknowledgePartition {
  const value: ShareAcknowledgeRequestAcknowledgePartition = {
    partitionIndex: reader.readInt32(),
    acknowledgementBatches: reader.readArray(true, () => readShareAcknowledgeRequestAcknowledgementBatch(reader, version)),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** AcknowledgementBatch of ShareAcknowledgeRequest; versions 0. */
export interface ShareAcknowledgeRequestAcknowledgementBatch {
  /** First offset of batch of records to acknowledge. Versions: 0+. */
  firstOffset: bigint;
  /** Last offset (inclusive) of batch of records to acknowledge. Versions: 0+. */
  lastOffset: bigint;
  /** Array of acknowledge types - 0:Gap,1:Accept,2:Release,3:Reject. Versions: 0+. */
  acknowledgeTypes: number[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A ShareAcknowledgeRequestAcknowledgementBatch with every field at its schema default, overridden by `init`. */
export function createShareAcknowledgeRequestAcknowledgementBatch(init: Partial<ShareAcknowledgeRequestAcknowledgementBatch> = {}): ShareAcknowledgeRequestAcknowledgementBatch {
  return {
    firstOffset: 0n,
    lastOffset: 0n,
    acknowledgeTypes: [],
    ...init,
  };
}

/** Writes a ShareAcknowledgeRequestAcknowledgementBatch in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeShareAcknowledgeRequestAcknowledgementBatch(writer: Writer, value: ShareAcknowledgeRequestAcknowledgementBatch, _version: number): void {
  writer.writeInt64(value.firstOffset);
  writer.writeInt64(value.lastOffset);
  writer.writeArrayLength(value.acknowledgeTypes, true);
  for (const item of value.acknowledgeTypes) writer.writeInt8(item);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a ShareAcknowledgeRequestAcknowledgementBatch in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readShareAcknowledgeRequestAcknowledgementBatch(reader: Reader, _version: number): ShareAcknowledgeRequestAcknowledgementBatch {
  const value: ShareAcknowledgeRequestAcknowledgementBatch = {
    firstOffset: reader.readInt64(),
    lastOffset: reader.readInt64(),
    acknowledgeTypes: reader.readArray(true, () => reader.readInt8()),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** Versions of ShareAcknowledgeResponse (API key 79): valid 0, flexible 0+. */
export const shareAcknowledgeResponseVersions = {
  lowestVersion: 0,
  highestVersion: 0,
  flexibleLowestVersion: 0,
} as const;

/** The ShareAcknowledgeResponse message; versions 0. */
export interface ShareAcknowledgeResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions: 0+. Ignorable. */
  throttleTimeMs: number;
  /** The top level response error code. Versions: 0+. Ignorable. */
  errorCode: number;
  /** The top-level error message, or null if there was no error. Versions: 0+. Nullable: 0+. Default: null. */
  errorMessage: string | null;
  /** The response topics. Versions: 0+. */
  responses: ShareAcknowledgeResponseShareAcknowledgeTopicResponse[];
  /** Endpoints for all current leaders enumerated in PartitionData with error NOT_LEADER_OR_FOLLOWER. Versions: 0+. */
  nodeEndpoints: ShareAcknowledgeResponseNodeEndpoint[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A ShareAcknowledgeResponse with every field at its schema default, overridden by `init`. */
export function createShareAcknowledgeResponse(init: Partial<ShareAcknowledgeResponse> = {}): ShareAcknowledgeResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    errorMessage: null,
    responses: [],
    nodeEndpoints: [],
    ...init,
  };
}

/** Writes a ShareAcknowledgeResponse in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeShareAcknowledgeResponse(writer: Writer, value: ShareAcknowledgeResponse, version: number): void {
  writer.writeInt32(value.throttleTimeMs);
  writer.writeInt16(value.errorCode);
  writer.writeNullableString(value.errorMessage, true);
  writer.writeArrayLength(value.responses, true);
  for (const item of value.responses) writeShareAcknowledgeResponseShareAcknowledgeTopicResponse(writer, item, version);
  writer.writeArrayLength(value.nodeEndpoints, true);
  for (const item of value.nodeEndpoints) writeShareAcknowledgeResponseNodeEndpoint(writer, item, version);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a ShareAcknowledgeResponse in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readShareAcknowledgeResponse(reader: Reader, version: number): ShareAcknowledgeResponse {
  const value: ShareAcknowledgeResponse = {
    throttleTimeMs: reader.readInt32(),
    errorCode: reader.readInt16(),
    errorMessage: reader.readNullableString(true),
    responses: reader.readArray(true, () => readShareAcknowledgeResponseShareAcknowledgeTopicResponse(reader, version)),
    nodeEndpoints: reader.readArray(true, () => readShareAcknowledgeResponseNodeEndpoint(reader, version)),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** ShareAcknowledgeTopicResponse of ShareAcknowledgeResponse; versions 0. */
export interface ShareAcknowledgeResponseShareAcknowledgeTopicResponse {
  /** The unique topic ID. Versions: 0+. Ignorable. */
  topicId: Uuid;
  /** The topic partitions. Versions: 0+. */
  partitions: ShareAcknowledgeResponsePartitionData[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A ShareAcknowledgeResponseShareAcknowledgeTopicResponse with every field at its schema default, overridden by `init`. */
export function createShareAcknowledgeResponseShareAcknowledgeTopicResponse(init: Partial<ShareAcknowledgeResponseShareAcknowledgeTopicResponse> = {}): ShareAcknowledgeResponseShareAcknowledgeTopicResponse {
  return {
    topicId: ZERO_UUID,
    partitions: [],
    ...init,
  };
}

/** Writes a ShareAcknowledgeResponseShareAcknowledgeTopicResponse in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeShareAcknowledgeResponseShareAcknowledgeTopicResponse(writer: Writer, value: ShareAcknowledgeResponseShareAcknowledgeTopicResponse, version: number): void {
  writer.writeUuid(value.topicId);
  writer.writeArrayLength(value.partitions, true);
  for (const item of value.partitions) writeShareAcknowledgeResponsePartitionData(writer, item, version);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a ShareAcknowledgeResponseShareAcknowledgeTopicResponse in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readShareAcknowledgeResponseShareAcknowledgeTopicResponse(reader: Reader, version: number): ShareAcknowledgeResponseShareAcknowledgeTopicResponse {
  const value: ShareAcknowledgeResponseShareAcknowledgeTopicResponse = {
    topicId: reader.readUuid(),
    partitions: reader.readArray(true, () => readShareAcknowledgeResponsePartitionData(reader, version)),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** PartitionData of ShareAcknowledgeResponse; versions 0. */
export interface ShareAcknowledgeResponsePartitionData {
  /** The partition index. Versions: 0+. */
  partitionIndex: number;
  /** The error code, or 0 if there was no error. Versions: 0+. */
  errorCode: number;
  /** The error message, or null if there was no error. Versions: 0+. Nullable: 0+. Default: null. */
  errorMessage: string | null;
  /** The CurrentLeader field. Versions: 0+. */
  currentLeader: ShareAcknowledgeResponseLeaderIdAndEpoch;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A ShareAcknowledgeResponsePartitionData with every field at its schema default, overridden by `init`. */
export function createShareAcknowledgeResponsePartitionData(init: Partial<ShareAcknowledgeResponsePartitionData> = {}): ShareAcknowledgeResponsePartitionData {
  return {
    partitionIndex: 0,
    errorCode: 0,
    errorMessage: null,
    currentLeader: createShareAcknowledgeResponseLeaderIdAndEpoch(),
    ...init,
  };
}

/** Writes a ShareAcknowledgeResponsePartitionData in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeShareAcknowledgeResponsePartitionData(writer: Writer, value: ShareAcknowledgeResponsePartitionData, version: number): void {
  writer.writeInt32(value.partitionIndex);
  writer.writeInt16(value.errorCode);
  writer.writeNullableString(value.errorMessage, true);
  writeShareAcknowledgeResponseLeaderIdAndEpoch(writer, value.currentLeader, version);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a ShareAcknowledgeResponsePartitionData in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readShareAcknowledgeResponsePartitionData(reader: Reader, version: number): ShareAcknowledgeResponsePartitionData {
  const value: ShareAcknowledgeResponsePartitionData = {
    partitionIndex: reader.readInt32(),
    errorCode: reader.readInt16(),
    errorMessage: reader.readNullableString(true),
    currentLeader: readShareAcknowledgeResponseLeaderIdAndEpoch(reader, version),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** LeaderIdAndEpoch of ShareAcknowledgeResponse; versions 0. */
export interface ShareAcknowledgeResponseLeaderIdAndEpoch {
  /** The ID of the current leader or -1 if the leader is unknown. Versions: 0+. */
  leaderId: number;
  /** The latest known leader epoch. Versions: 0+. */
  leaderEpoch: number;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A ShareAcknowledgeResponseLeaderIdAndEpoch with every field at its schema default, overridden by `init`. */
export function createShareAcknowledgeResponseLeaderIdAndEpoch(init: Partial<ShareAcknowledgeResponseLeaderIdAndEpoch> = {}): ShareAcknowledgeResponseLeaderIdAndEpoch {
  return {
    leaderId: 0,
    leaderEpoch: 0,
    ...init,
  };
}

/** Writes a ShareAcknowledgeResponseLeaderIdAndEpoch in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeShareAcknowledgeResponseLeaderIdAndEpoch(writer: Writer, value: ShareAcknowledgeResponseLeaderIdAndEpoch, _version: number): void {
  writer.writeInt32(value.leaderId);
  writer.writeInt32(value.leaderEpoch);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a ShareAcknowledgeResponseLeaderIdAndEpoch in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readShareAcknowledgeResponseLeaderIdAndEpoch(reader: Reader, _version: number): ShareAcknowledgeResponseLeaderIdAndEpoch {
  const value: ShareAcknowledgeResponseLeaderIdAndEpoch = {
    leaderId: reader.readInt32(),
    leaderEpoch: reader.readInt32(),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** NodeEndpoint of ShareAcknowledgeResponse; versions 0. */
export interface ShareAcknowledgeResponseNodeEndpoint {
  /** The ID of the associated node. Versions: 0+. Entity: brokerId. */
  nodeId: NodeId;
  /** The node's hostname. Versions: 0+. */
  host: string;
  /** The node's port. Versions: 0+. */
  port: number;
  /** The rack of the node, or null if it has not been assigned to a rack. Versions: 0+. Nullable: 0+. Default: null. */
  rack: string | null;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A ShareAcknowledgeResponseNodeEndpoint with every field at its schema default, overridden by `init`. */
export function createShareAcknowledgeResponseNodeEndpoint(init: Partial<ShareAcknowledgeResponseNodeEndpoint> = {}): ShareAcknowledgeResponseNodeEndpoint {
  return {
    nodeId: 0 as NodeId,
    host: "",
    port: 0,
    rack: null,
    ...init,
  };
}

/** Writes a ShareAcknowledgeResponseNodeEndpoint in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeShareAcknowledgeResponseNodeEndpoint(writer: Writer, value: ShareAcknowledgeResponseNodeEndpoint, _version: number): void {
  writer.writeInt32(value.nodeId);
  writer.writeString(value.host, true);
  writer.writeInt32(value.port);
  writer.writeNullableString(value.rack, true);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a ShareAcknowledgeResponseNodeEndpoint in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readShareAcknowledgeResponseNodeEndpoint(reader: Reader, _version: number): ShareAcknowledgeResponseNodeEndpoint {
  const value: ShareAcknowledgeResponseNodeEndpoint = {
    nodeId: reader.readInt32() as NodeId,
    host: reader.readString(true),
    port: reader.readInt32(),
    rack: reader.readNullableString(true),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}
