// Generated from ShareFetchRequest.json and ShareFetchResponse.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// ShareFetch (API key 78): request and response codecs, versions 0.
// Kafka wire format: https://kafka.apache.org/protocol#The_Messages_ShareFetch
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';
import { ZERO_UUID, type GroupId, type NodeId, type Uuid } from '../../entity-types.js';

/** Versions of ShareFetchRequest (API key 78): valid 0, flexible 0+. */
export const shareFetchRequestVersions = {
  lowestVersion: 0,
  highestVersion: 0,
  flexibleLowestVersion: 0,
} as const;

/** The ShareFetchRequest message; versions 0. */
export interface ShareFetchRequest {
  /** The group identifier. Versions: 0+. Nullable: 0+. Default: null. Entity: groupId. */
  groupId: GroupId | null;
  /** The member ID. Versions: 0+. Nullable: 0+. */
  memberId: string | null;
  /** The current share session epoch: 0 to open a share session; -1 to close it; otherwise increments for consecutive requests. Versions: 0+. */
  shareSessionEpoch: number;
  /** The maximum time in milliseconds to wait for the response. Versions: 0+. */
  maxWaitMs: number;
  /** The minimum bytes to accumulate in the response. Versions: 0+. */
  minBytes: number;
  /** The maximum bytes to fetch. See KIP-74 for cases where this limit may not be honored. Versions: 0+. Default: 0x7fffffff. */
  maxBytes: number;
  /** The topics to fetch. Versions: 0+. */
  topics: ShareFetchRequestFetchTopic[];
  /** The partitions to remove from this share session. Versions: 0+. */
  forgottenTopicsData: ShareFetchRequestForgottenTopic[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A ShareFetchRequest with every field at its schema default, overridden by `init`. */
export function createShareFetchRequest(init: Partial<ShareFetchRequest> = {}): ShareFetchRequest {
  return {
    groupId: null,
    memberId: "",
    shareSessionEpoch: 0,
    maxWaitMs: 0,
    minBytes: 0,
    maxBytes: 2147483647,
    topics: [],
    forgottenTopicsData: [],
    ...init,
  };
}

/** Writes a ShareFetchRequest in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeShareFetchRequest(writer: Writer, value: ShareFetchRequest, version: number): void {
  writer.writeNullableString(value.groupId, true);
  writer.writeNullableString(value.memberId, true);
  writer.writeInt32(value.shareSessionEpoch);
  writer.writeInt32(value.maxWaitMs);
  writer.writeInt32(value.minBytes);
  writer.writeInt32(value.maxBytes);
  writer.writeArrayLength(value.topics, true);
  for (const item of value.topics) writeShareFetchRequestFetchTopic(writer, item, version);
  writer.writeArrayLength(value.forgottenTopicsData, true);
  for (const item of value.forgottenTopicsData) writeShareFetchRequestForgottenTopic(writer, item, version);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a ShareFetchRequest in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readShareFetchRequest(reader: Reader, version: number): ShareFetchRequest {
  const value: ShareFetchRequest = {
    groupId: reader.readNullableString(true) as GroupId | null,
    memberId: reader.readNullableString(true),
    shareSessionEpoch: reader.readInt32(),
    maxWaitMs: reader.readInt32(),
    minBytes: reader.readInt32(),
    maxBytes: reader.readInt32(),
    topics: reader.readArray(true, () => readShareFetchRequestFetchTopic(reader, version)),
    forgottenTopicsData: reader.readArray(true, () => readShareFetchRequestForgottenTopic(reader, version)),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** FetchTopic of ShareFetchRequest; versions 0. */
export interface ShareFetchRequestFetchTopic {
  /** The unique topic ID. Versions: 0+. */
  topicId: Uuid;
  /** The partitions to fetch. Versions: 0+. */
  partitions: ShareFetchRequestFetchPartition[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A ShareFetchRequestFetchTopic with every field at its schema default, overridden by `init`. */
export function createShareFetchRequestFetchTopic(init: Partial<ShareFetchRequestFetchTopic> = {}): ShareFetchRequestFetchTopic {
  return {
    topicId: ZERO_UUID,
    partitions: [],
    ...init,
  };
}

/** Writes a ShareFetchRequestFetchTopic in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeShareFetchRequestFetchTopic(writer: Writer, value: ShareFetchRequestFetchTopic, version: number): void {
  writer.writeUuid(value.topicId);
  writer.writeArrayLength(value.partitions, true);
  for (const item of value.partitions) writeShareFetchRequestFetchPartition(writer, item, version);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a ShareFetchRequestFetchTopic in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readShareFetchRequestFetchTopic(reader: Reader, version: number): ShareFetchRequestFetchTopic {
  const value: ShareFetchRequestFetchTopic = {
    topicId: reader.readUuid(),
    partitions: reader.readArray(true, () => readShareFetchRequestFetchPartition(reader, version)),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** FetchPartition of ShareFetchRequest; versions 0. */
export interface ShareFetchRequestFetchPartition {
  /** The partition index. Versions: 0+. */
  partitionIndex: number;
  /** The maximum bytes to fetch from this partition. 0 when only acknowledgement with no fetching is required. See KIP-74 for cases where this limit may not be honored. Versions: 0+. */
  partitionMaxBytes: number;
  /** Record batches to acknowledge. Versions: 0+. */
  acknowledgementBatches: ShareFetchRequestAcknowledgementBatch[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A ShareFetchRequestFetchPartition with every field at its schema default, overridden by `init`. */
export function createShareFetchRequestFetchPartition(init: Partial<ShareFetchRequestFetchPartition> = {}): ShareFetchRequestFetchPartition {
  return {
    partitionIndex: 0,
    partitionMaxBytes: 0,
    acknowledgementBatches: [],
    ...init,
  };
}

/** Writes a ShareFetchRequestFetchPartition in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeShareFetchRequestFetchPartition(writer: Writer, value: ShareFetchRequestFetchPartition, version: number): void {
  writer.writeInt32(value.partitionIndex);
  writer.writeInt32(value.partitionMaxBytes);
  writer.writeArrayLength(value.acknowledgementBatches, true);
  for (const item of value.acknowledgementBatches) writeShareFetchRequestAcknowledgementBatch(writer, item, version);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a ShareFetchRequestFetchPartition in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readShareFetchRequestFetchPartition(reader: Reader, version: number): ShareFetchRequestFetchPartition {
  const value: ShareFetchRequestFetchPartition = {
    partitionIndex: reader.readInt32(),
    partitionMaxBytes: reader.readInt32(),
    acknowledgementBatches: reader.readArray(true, () => readShareFetchRequestAcknowledgementBatch(reader, version)),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** AcknowledgementBatch of ShareFetchRequest; versions 0. */
export interface ShareFetchRequestAcknowledgementBatch {
  /** First offset of batch of records to acknowledge. Versions: 0+. */
  firstOffset: bigint;
  /** Last offset (inclusive) of batch of records to acknowledge. Versions: 0+. */
  lastOffset: bigint;
  /** Array of acknowledge types - 0:Gap,1:Accept,2:Release,3:Reject. Versions: 0+. */
  acknowledgeTypes: number[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A ShareFetchRequestAcknowledgementBatch with every field at its schema default, overridden by `init`. */
export function createShareFetchRequestAcknowledgementBatch(init: Partial<ShareFetchRequestAcknowledgementBatch> = {}): ShareFetchRequestAcknowledgementBatch {
  return {
    firstOffset: 0n,
    lastOffset: 0n,
    acknowledgeTypes: [],
    ...init,
  };
}

/** Writes a ShareFetchRequestAcknowledgementBatch in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeShareFetchRequestAcknowledgementBatch(writer: Writer, value: ShareFetchRequestAcknowledgementBatch, _version: number): void {
  writer.writeInt64(value.firstOffset);
  writer.writeInt64(value.lastOffset);
  writer.writeArrayLength(value.acknowledgeTypes, true);
  for (const item of value.acknowledgeTypes) writer.writeInt8(item);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a ShareFetchRequestAcknowledgementBatch in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readShareFetchRequestAcknowledgementBatch(reader: Reader, _version: number): ShareFetchRequestAcknowledgementBatch {
  const value: ShareFetchRequestAcknowledgementBatch = {
    firstOffset: reader.readInt64(),
    lastOffset: reader.readInt64(),
    acknowledgeTypes: reader.readArray(true, () => reader.readInt8()),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** ForgottenTopic of ShareFetchRequest; versions 0. */
export interface ShareFetchRequestForgottenTopic {
  /** The unique topic ID. Versions: 0+. */
  topicId: Uuid;
  /** The partitions indexes to forget. Versions: 0+. */
  partitions: number[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A ShareFetchRequestForgottenTopic with every field at its schema default, overridden by `init`. */
export function createShareFetchRequestForgottenTopic(init: Partial<ShareFetchRequestForgottenTopic> = {}): ShareFetchRequestForgottenTopic {
  return {
    topicId: ZERO_UUID,
    partitions: [],
    ...init,
  };
}

/** Writes a ShareFetchRequestForgottenTopic in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeShareFetchRequestForgottenTopic(writer: Writer, value: ShareFetchRequestForgottenTopic, _version: number): void {
  writer.writeUuid(value.topicId);
  writer.writeArrayLength(value.partitions, true);
  for (const item of value.partitions) writer.writeInt32(item);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a ShareFetchRequestForgottenTopic in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readShareFetchRequestForgottenTopic(reader: Reader, _version: number): ShareFetchRequestForgottenTopic {
  const value: ShareFetchRequestForgottenTopic = {
    topicId: reader.readUuid(),
    partitions: reader.readInt32Array(true),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** Versions of ShareFetchResponse (API key 78): valid 0, flexible 0+. */
export const shareFetchResponseVersions = {
  lowestVersion: 0,
  highestVersion: 0,
  flexibleLowestVersion: 0,
} as const;

/** The ShareFetchResponse message; versions 0. */
export interface ShareFetchResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions: 0+. */
  throttleTimeMs: number;
  /** The top-level response error code. Versions: 0+. */
  errorCode: number;
  /** The top-level error message, or null if there was no error. Versions: 0+. Nullable: 0+. Default: null. */
  errorMessage: string | null;
  /** The response topics. Versions: 0+. */
  responses: ShareFetchResponseShareFetchableTopicResponse[];
  /** Endpoints for all current leaders enumerated in PartitionData with error NOT_LEADER_OR_FOLLOWER. Versions: 0+. */
  nodeEndpoints: ShareFetchResponseNodeEndpoint[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A ShareFetchResponse with every field at its schema default, overridden by `init`. */
export function createShareFetchResponse(init: Partial<ShareFetchResponse> = {}): ShareFetchResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    errorMessage: null,
    responses: [],
    nodeEndpoints: [],
    ...init,
  };
}

/** Writes a ShareFetchResponse in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeShareFetchResponse(writer: Writer, value: ShareFetchResponse, version: number): void {
  writer.writeInt32(value.throttleTimeMs);
  writer.writeInt16(value.errorCode);
  writer.writeNullableString(value.errorMessage, true);
  writer.writeArrayLength(value.responses, true);
  for (const item of value.responses) writeShareFetchResponseShareFetchableTopicResponse(writer, item, version);
  writer.writeArrayLength(value.nodeEndpoints, true);
  for (const item of value.nodeEndpoints) writeShareFetchResponseNodeEndpoint(writer, item, version);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a ShareFetchResponse in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readShareFetchResponse(reader: Reader, version: number): ShareFetchResponse {
  const value: ShareFetchResponse = {
    throttleTimeMs: reader.readInt32(),
    errorCode: reader.readInt16(),
    errorMessage: reader.readNullableString(true),
    responses: reader.readArray(true, () => readShareFetchResponseShareFetchableTopicResponse(reader, version)),
    nodeEndpoints: reader.readArray(true, () => readShareFetchResponseNodeEndpoint(reader, version)),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** ShareFetchableTopicResponse of ShareFetchResponse; versions 0. */
export interface ShareFetchResponseShareFetchableTopicResponse {
  /** The unique topic ID. Versions: 0+. */
  topicId: Uuid;
  /** The topic partitions. Versions: 0+. */
  partitions: ShareFetchResponsePartitionData[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A ShareFetchResponseShareFetchableTopicResponse with every field at its schema default, overridden by `init`. */
export function createShareFetchResponseShareFetchableTopicResponse(init: Partial<ShareFetchResponseShareFetchableTopicResponse> = {}): ShareFetchResponseShareFetchableTopicResponse {
  return {
    topicId: ZERO_UUID,
    partitions: [],
    ...init,
  };
}

/** Writes a ShareFetchResponseShareFetchableTopicResponse in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeShareFetchResponseShareFetchableTopicResponse(writer: Writer, value: ShareFetchResponseShareFetchableTopicResponse, version: number): void {
  writer.writeUuid(value.topicId);
  writer.writeArrayLength(value.partitions, true);
  for (const item of value.partitions) writeShareFetchResponsePartitionData(writer, item, version);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a ShareFetchResponseShareFetchableTopicResponse in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readShareFetchResponseShareFetchableTopicResponse(reader: Reader, version: number): ShareFetchResponseShareFetchableTopicResponse {
  const value: ShareFetchResponseShareFetchableTopicResponse = {
    topicId: reader.readUuid(),
    partitions: reader.readArray(true, () => readShareFetchResponsePartitionData(reader, version)),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** PartitionData of ShareFetchResponse; versions 0. */
export interface ShareFetchResponsePartitionData {
  /** The partition index. Versions: 0+. */
  partitionIndex: number;
  /** The fetch error code, or 0 if there was no fetch error. Versions: 0+. */
  errorCode: number;
  /** The fetch error message, or null if there was no fetch error. Versions: 0+. Nullable: 0+. Default: null. */
  errorMessage: string | null;
  /** The acknowledge error code, or 0 if there was no acknowledge error. Versions: 0+. */
  acknowledgeErrorCode: number;
  /** The acknowledge error message, or null if there was no acknowledge error. Versions: 0+. Nullable: 0+. Default: null. */
  acknowledgeErrorMessage: string | null;
  /** The CurrentLeader field. Versions: 0+. */
  currentLeader: ShareFetchResponseLeaderIdAndEpoch;
  /** The record data. Versions: 0+. Nullable: 0+. */
  records: Uint8Array | null;
  /** The acquired records. Versions: 0+. */
  acquiredRecords: ShareFetchResponseAcquiredRecords[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A ShareFetchResponsePartitionData with every field at its schema default, overridden by `init`. */
export function createShareFetchResponsePartitionData(init: Partial<ShareFetchResponsePartitionData> = {}): ShareFetchResponsePartitionData {
  return {
    partitionIndex: 0,
    errorCode: 0,
    errorMessage: null,
    acknowledgeErrorCode: 0,
    acknowledgeErrorMessage: null,
    currentLeader: createShareFetchResponseLeaderIdAndEpoch(),
    records: null,
    acquiredRecords: [],
    ...init,
  };
}

/** Writes a ShareFetchResponsePartitionData in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeShareFetchResponsePartitionData(writer: Writer, value: ShareFetchResponsePartitionData, version: number): void {
  writer.writeInt32(value.partitionIndex);
  writer.writeInt16(value.errorCode);
  writer.writeNullableString(value.errorMessage, true);
  writer.writeInt16(value.acknowledgeErrorCode);
  writer.writeNullableString(value.acknowledgeErrorMessage, true);
  writeShareFetchResponseLeaderIdAndEpoch(writer, value.currentLeader, version);
  writer.writeNullableBytes(value.records, true);
  writer.writeArrayLength(value.acquiredRecords, true);
  for (const item of value.acquiredRecords) writeShareFetchResponseAcquiredRecords(writer, item, version);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a ShareFetchResponsePartitionData in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readShareFetchResponsePartitionData(reader: Reader, version: number): ShareFetchResponsePartitionData {
  const value: ShareFetchResponsePartitionData = {
    partitionIndex: reader.readInt32(),
    errorCode: reader.readInt16(),
    errorMessage: reader.readNullableString(true),
    acknowledgeErrorCode: reader.readInt16(),
    acknowledgeErrorMessage: reader.readNullableString(true),
    currentLeader: readShareFetchResponseLeaderIdAndEpoch(reader, version),
    records: reader.readNullableBytes(true),
    acquiredRecords: reader.readArray(true, () => readShareFetchResponseAcquiredRecords(reader, version)),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** LeaderIdAndEpoch of ShareFetchResponse; versions 0. */
export interface ShareFetchResponseLeaderIdAndEpoch {
  /** The ID of the current leader or -1 if the leader is unknown. Versions: 0+. */
  leaderId: number;
  /** The latest known leader epoch. Versions: 0+. */
  leaderEpoch: number;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A ShareFetchResponseLeaderIdAndEpoch with every field at its schema default, overridden by `init`. */
export function createShareFetchResponseLeaderIdAndEpoch(init: Partial<ShareFetchResponseLeaderIdAndEpoch> = {}): ShareFetchResponseLeaderIdAndEpoch {
  return {
    leaderId: 0,
    leaderEpoch: 0,
    ...init,
  };
}

/** Writes a ShareFetchResponseLeaderIdAndEpoch in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeShareFetchResponseLeaderIdAndEpoch(writer: Writer, value: ShareFetchResponseLeaderIdAndEpoch, _version: number): void {
  writer.writeInt32(value.leaderId);
  writer.writeInt32(value.leaderEpoch);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a ShareFetchResponseLeaderIdAndEpoch in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readShareFetchResponseLeaderIdAndEpoch(reader: Reader, _version: number): ShareFetchResponseLeaderIdAndEpoch {
  const value: ShareFetchResponseLeaderIdAndEpoch = {
    leaderId: reader.readInt32(),
    leaderEpoch: reader.readInt32(),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** AcquiredRecords of ShareFetchResponse; versions 0. */
export interface ShareFetchResponseAcquiredRecords {
  /** The earliest offset in this batch of acquired records. Versions: 0+. */
  firstOffset: bigint;
  /** The last offset of this batch of acquired records. Versions: 0+. */
  lastOffset: bigint;
  /** The delivery count of this batch of acquired records. Versions: 0+. */
  deliveryCount: number;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A ShareFetchResponseAcquiredRecords with every field at its schema default, overridden by `init`. */
export function createShareFetchResponseAcquiredRecords(init: Partial<ShareFetchResponseAcquiredRecords> = {}): ShareFetchResponseAcquiredRecords {
  return {
    firstOffset: 0n,
    lastOffset: 0n,
    deliveryCount: 0,
    ...init,
  };
}

/** Writes a ShareFetchResponseAcquiredRecords in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeShareFetchResponseAcquiredRecords(writer: Writer, value: ShareFetchResponseAcquiredRecords, _version: number): void {
  writer.writeInt64(value.firstOffset);
  writer.writeInt64(value.lastOffset);
  writer.writeInt16(value.deliveryCount);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a ShareFetchResponseAcquiredRecords in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readShareFetchResponseAcquiredRecords(reader: Reader, _version: number): ShareFetchResponseAcquiredRecords {
  const value: ShareFetchResponseAcquiredRecords = {
    firstOffset: reader.readInt64(),
    lastOffset: reader.readInt64(),
    deliveryCount: reader.readInt16(),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** NodeEndpoint of ShareFetchResponse; versions 0. */
export interface ShareFetchResponseNodeEndpoint {
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

/** A ShareFetchResponseNodeEndpoint with every field at its schema default, overridden by `init`. */
export function createShareFetchResponseNodeEndpoint(init: Partial<ShareFetchResponseNodeEndpoint> = {}): ShareFetchResponseNodeEndpoint {
  return {
    nodeId: 0 as NodeId,
    host: "",
    port: 0,
    rack: null,
    ...init,
  };
}

/** Writes a ShareFetchResponseNodeEndpoint in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeShareFetchResponseNodeEndpoint(writer: Writer, value: ShareFetchResponseNodeEndpoint, _version: number): void {
  writer.writeInt32(value.nodeId);
  writer.writeString(value.host, true);
  writer.writeInt32(value.port);
  writer.writeNullableString(value.rack, true);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a ShareFetchResponseNodeEndpoint in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readShareFetchResponseNodeEndpoint(reader: Reader, _version: number): ShareFetchResponseNodeEndpoint {
  const value: ShareFetchResponseNodeEndpoint = {
    nodeId: reader.readInt32() as NodeId,
    host: reader.readString(true),
    port: reader.readInt32(),
    rack: reader.readNullableString(true),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}
