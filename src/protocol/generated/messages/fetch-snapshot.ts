// Generated from FetchSnapshotRequest.json and FetchSnapshotResponse.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// FetchSnapshot (API key 59): request and response codecs, versions 0-1.
// Kafka wire format: https://kafka.apache.org/protocol#The_Messages_FetchSnapshot
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import { encodeTaggedField, type Writer } from '../../primitives/writer.js';
import { fieldNotInVersion } from '../../primitives/errors.js';
import { ZERO_UUID, type NodeId, type TopicName, type Uuid } from '../../entity-types.js';

/** Versions of FetchSnapshotRequest (API key 59): valid 0-1, flexible 0+. */
export const fetchSnapshotRequestVersions = {
  lowestVersion: 0,
  highestVersion: 1,
  flexibleLowestVersion: 0,
} as const;

/** The FetchSnapshotRequest message; versions 0-1. */
export interface FetchSnapshotRequest {
  /** The clusterId if known, this is used to validate metadata fetches prior to broker registration. Versions: 0+. Nullable: 0+. Tagged: 0+ (tag 0). Default: null. */
  clusterId: string | null;
  /** The broker ID of the follower. Versions: 0+. Default: -1. Entity: brokerId. */
  replicaId: NodeId;
  /** The maximum bytes to fetch from all of the snapshots. Versions: 0+. Default: 0x7fffffff. */
  maxBytes: number;
  /** The topics to fetch. Versions: 0+. */
  topics: FetchSnapshotRequestTopicSnapshot[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A FetchSnapshotRequest with every field at its schema default, overridden by `init`. */
export function createFetchSnapshotRequest(init: Partial<FetchSnapshotRequest> = {}): FetchSnapshotRequest {
  return {
    clusterId: null,
    replicaId: -1 as NodeId,
    maxBytes: 2147483647,
    topics: [],
    ...init,
  };
}

/** Writes a FetchSnapshotRequest in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeFetchSnapshotRequest(writer: Writer, value: FetchSnapshotRequest, version: number): void {
  writer.writeInt32(value.replicaId);
  writer.writeInt32(value.maxBytes);
  writer.writeArrayLength(value.topics, true);
  for (const item of value.topics) writeFetchSnapshotRequestTopicSnapshot(writer, item, version);
  const taggedFields: RawTaggedField[] = [];
  if (value.clusterId !== null) {
    taggedFields.push(encodeTaggedField(0, (taggedWriter) => {
      taggedWriter.writeNullableString(value.clusterId, true);
    }));
  }
  writer.writeTaggedFields(taggedFields, value.unknownTaggedFields);
}

/** Reads a FetchSnapshotRequest in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readFetchSnapshotRequest(reader: Reader, version: number): FetchSnapshotRequest {
  const value: FetchSnapshotRequest = {
    clusterId: null,
    replicaId: reader.readInt32() as NodeId,
    maxBytes: reader.readInt32(),
    topics: reader.readArray(true, () => readFetchSnapshotRequestTopicSnapshot(reader, version)),
  };
  const unknownTaggedFields = reader.readTaggedFields((tag, fieldReader) => {
    switch (tag) {
      case 0:
        value.clusterId = fieldReader.readNullableString(true);
        return true;
      default:
        return false;
    }
  });
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** TopicSnapshot of FetchSnapshotRequest; versions 0-1. */
export interface FetchSnapshotRequestTopicSnapshot {
  /** The name of the topic to fetch. Versions: 0+. Entity: topicName. */
  name: TopicName;
  /** The partitions to fetch. Versions: 0+. */
  partitions: FetchSnapshotRequestPartitionSnapshot[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A FetchSnapshotRequestTopicSnapshot with every field at its schema default, overridden by `init`. */
export function createFetchSnapshotRequestTopicSnapshot(init: Partial<FetchSnapshotRequestTopicSnapshot> = {}): FetchSnapshotRequestTopicSnapshot {
  return {
    name: "" as TopicName,
    partitions: [],
    ...init,
  };
}

/** Writes a FetchSnapshotRequestTopicSnapshot in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeFetchSnapshotRequestTopicSnapshot(writer: Writer, value: FetchSnapshotRequestTopicSnapshot, version: number): void {
  writer.writeString(value.name, true);
  writer.writeArrayLength(value.partitions, true);
  for (const item of value.partitions) writeFetchSnapshotRequestPartitionSnapshot(writer, item, version);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a FetchSnapshotRequestTopicSnapshot in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readFetchSnapshotRequestTopicSnapshot(reader: Reader, version: number): FetchSnapshotRequestTopicSnapshot {
  const value: FetchSnapshotRequestTopicSnapshot = {
    name: reader.readString(true) as TopicName,
    partitions: reader.readArray(true, () => readFetchSnapshotRequestPartitionSnapshot(reader, version)),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** PartitionSnapshot of FetchSnapshotRequest; versions 0-1. */
export interface FetchSnapshotRequestPartitionSnapshot {
  /** The partition index. Versions: 0+. */
  partition: number;
  /** The current leader epoch of the partition, -1 for unknown leader epoch. Versions: 0+. */
  currentLeaderEpoch: number;
  /** The snapshot endOffset and epoch to fetch. Versions: 0+. */
  snapshotId: FetchSnapshotRequestSnapshotId;
  /** The byte position within the snapshot to start fetching from. Versions: 0+. */
  position: bigint;
  /** The directory id of the follower fetching. Versions: 1+. Tagged: 1+ (tag 0). Ignorable. */
  replicaDirectoryId: Uuid;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A FetchSnapshotRequestPartitionSnapshot with every field at its schema default, overridden by `init`. */
export function createFetchSnapshotRequestPartitionSnapshot(init: Partial<FetchSnapshotRequestPartitionSnapshot> = {}): FetchSnapshotRequestPartitionSnapshot {
  return {
    partition: 0,
    currentLeaderEpoch: 0,
    snapshotId: createFetchSnapshotRequestSnapshotId(),
    position: 0n,
    replicaDirectoryId: ZERO_UUID,
    ...init,
  };
}

/** Writes a FetchSnapshotRequestPartitionSnapshot in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeFetchSnapshotRequestPartitionSnapshot(writer: Writer, value: FetchSnapshotRequestPartitionSnapshot, version: number): void {
  writer.writeInt32(value.partition);
  writer.writeInt32(value.currentLeaderEpoch);
  writeFetchSnapshotRequestSnapshotId(writer, value.snapshotId, version);
  writer.writeInt64(value.position);
  const taggedFields: RawTaggedField[] = [];
  if ((version >= 1) && value.replicaDirectoryId !== ZERO_UUID) {
    taggedFields.push(encodeTaggedField(0, (taggedWriter) => {
      taggedWriter.writeUuid(value.replicaDirectoryId);
    }));
  }
  writer.writeTaggedFields(taggedFields, value.unknownTaggedFields);
}

/** Reads a FetchSnapshotRequestPartitionSnapshot in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readFetchSnapshotRequestPartitionSnapshot(reader: Reader, version: number): FetchSnapshotRequestPartitionSnapshot {
  const value: FetchSnapshotRequestPartitionSnapshot = {
    partition: reader.readInt32(),
    currentLeaderEpoch: reader.readInt32(),
    snapshotId: readFetchSnapshotRequestSnapshotId(reader, version),
    position: reader.readInt64(),
    replicaDirectoryId: ZERO_UUID,
  };
  const unknownTaggedFields = reader.readTaggedFields((tag, fieldReader) => {
    switch (tag) {
      case 0:
        if (!(version >= 1)) return false;
        value.replicaDirectoryId = fieldReader.readUuid();
        return true;
      default:
        return false;
    }
  });
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** SnapshotId of FetchSnapshotRequest; versions 0-1. */
export interface FetchSnapshotRequestSnapshotId {
  /** The EndOffset field. Versions: 0+. */
  endOffset: bigint;
  /** The Epoch field. Versions: 0+. */
  epoch: number;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A FetchSnapshotRequestSnapshotId with every field at its schema default, overridden by `init`. */
export function createFetchSnapshotRequestSnapshotId(init: Partial<FetchSnapshotRequestSnapshotId> = {}): FetchSnapshotRequestSnapshotId {
  return {
    endOffset: 0n,
    epoch: 0,
    ...init,
  };
}

/** Writes a FetchSnapshotRequestSnapshotId in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeFetchSnapshotRequestSnapshotId(writer: Writer, value: FetchSnapshotRequestSnapshotId, _version: number): void {
  writer.writeInt64(value.endOffset);
  writer.writeInt32(value.epoch);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a FetchSnapshotRequestSnapshotId in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readFetchSnapshotRequestSnapshotId(reader: Reader, _version: number): FetchSnapshotRequestSnapshotId {
  const value: FetchSnapshotRequestSnapshotId = {
    endOffset: reader.readInt64(),
    epoch: reader.readInt32(),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** Versions of FetchSnapshotResponse (API key 59): valid 0-1, flexible 0+. */
export const fetchSnapshotResponseVersions = {
  lowestVersion: 0,
  highestVersion: 1,
  flexibleLowestVersion: 0,
} as const;

/** The FetchSnapshotResponse message; versions 0-1. */
export interface FetchSnapshotResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions: 0+. Ignorable. */
  throttleTimeMs: number;
  /** The top level response error code. Versions: 0+. */
  errorCode: number;
  /** The topics to fetch. Versions: 0+. */
  topics: FetchSnapshotResponseTopicSnapshot[];
  /** Endpoints for all current-leaders enumerated in PartitionSnapshot. Versions: 1+. Tagged: 1+ (tag 0). */
  nodeEndpoints: FetchSnapshotResponseNodeEndpoint[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A FetchSnapshotResponse with every field at its schema default, overridden by `init`. */
export function createFetchSnapshotResponse(init: Partial<FetchSnapshotResponse> = {}): FetchSnapshotResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    topics: [],
    nodeEndpoints: [],
    ...init,
  };
}

/** Writes a FetchSnapshotResponse in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeFetchSnapshotResponse(writer: Writer, value: FetchSnapshotResponse, version: number): void {
  writer.writeInt32(value.throttleTimeMs);
  writer.writeInt16(value.errorCode);
  writer.writeArrayLength(value.topics, true);
  for (const item of value.topics) writeFetchSnapshotResponseTopicSnapshot(writer, item, version);
  if (!(version >= 1) && value.nodeEndpoints.length !== 0) {
    throw fieldNotInVersion('FetchSnapshotResponse', 'nodeEndpoints', version);
  }
  const taggedFields: RawTaggedField[] = [];
  if ((version >= 1) && value.nodeEndpoints.length !== 0) {
    taggedFields.push(encodeTaggedField(0, (taggedWriter) => {
      taggedWriter.writeArrayLength(value.nodeEndpoints, true);
      for (const item of value.nodeEndpoints) writeFetchSnapshotResponseNodeEndpoint(taggedWriter, item, version);
    }));
  }
  writer.writeTaggedFields(taggedFields, value.unknownTaggedFields);
}

/** Reads a FetchSnapshotResponse in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readFetchSnapshotResponse(reader: Reader, version: number): FetchSnapshotResponse {
  const value: FetchSnapshotResponse = {
    throttleTimeMs: reader.readInt32(),
    errorCode: reader.readInt16(),
    topics: reader.readArray(true, () => readFetchSnapshotResponseTopicSnapshot(reader, version)),
    nodeEndpoints: [],
  };
  const unknownTaggedFields = reader.readTaggedFields((tag, fieldReader) => {
    switch (tag) {
      case 0:
        if (!(version >= 1)) return false;
        value.nodeEndpoints = fieldReader.readArray(true, () => readFetchSnapshotResponseNodeEndpoint(fieldReader, version));
        return true;
      default:
        return false;
    }
  });
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** TopicSnapshot of FetchSnapshotResponse; versions 0-1. */
export interface FetchSnapshotResponseTopicSnapshot {
  /** The name of the topic to fetch. Versions: 0+. Entity: topicName. */
  name: TopicName;
  /** The partitions to fetch. Versions: 0+. */
  partitions: FetchSnapshotResponsePartitionSnapshot[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A FetchSnapshotResponseTopicSnapshot with every field at its schema default, overridden by `init`. */
export function createFetchSnapshotResponseTopicSnapshot(init: Partial<FetchSnapshotResponseTopicSnapshot> = {}): FetchSnapshotResponseTopicSnapshot {
  return {
    name: "" as TopicName,
    partitions: [],
    ...init,
  };
}

/** Writes a FetchSnapshotResponseTopicSnapshot in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeFetchSnapshotResponseTopicSnapshot(writer: Writer, value: FetchSnapshotResponseTopicSnapshot, version: number): void {
  writer.writeString(value.name, true);
  writer.writeArrayLength(value.partitions, true);
  for (const item of value.partitions) writeFetchSnapshotResponsePartitionSnapshot(writer, item, version);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a FetchSnapshotResponseTopicSnapshot in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readFetchSnapshotResponseTopicSnapshot(reader: Reader, version: number): FetchSnapshotResponseTopicSnapshot {
  const value: FetchSnapshotResponseTopicSnapshot = {
    name: reader.readString(true) as TopicName,
    partitions: reader.readArray(true, () => readFetchSnapshotResponsePartitionSnapshot(reader, version)),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** PartitionSnapshot of FetchSnapshotResponse; versions 0-1. */
export interface FetchSnapshotResponsePartitionSnapshot {
  /** The partition index. Versions: 0+. */
  index: number;
  /** The error code, or 0 if there was no fetch error. Versions: 0+. */
  errorCode: number;
  /** The snapshot endOffset and epoch fetched. Versions: 0+. */
  snapshotId: FetchSnapshotResponseSnapshotId;
  /** The CurrentLeader field. Versions: 0+. Tagged: 0+ (tag 0). */
  currentLeader: FetchSnapshotResponseLeaderIdAndEpoch;
  /** The total size of the snapshot. Versions: 0+. */
  size: bigint;
  /** The starting byte position within the snapshot included in the Bytes field. Versions: 0+. */
  position: bigint;
  /** Snapshot data in records format which may not be aligned on an offset boundary. Versions: 0+. */
  unalignedRecords: Uint8Array;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A FetchSnapshotResponsePartitionSnapshot with every field at its schema default, overridden by `init`. */
export function createFetchSnapshotResponsePartitionSnapshot(init: Partial<FetchSnapshotResponsePartitionSnapshot> = {}): FetchSnapshotResponsePartitionSnapshot {
  return {
    index: 0,
    errorCode: 0,
    snapshotId: createFetchSnapshotResponseSnapshotId(),
    currentLeader: createFetchSnapshotResponseLeaderIdAndEpoch(),
    size: 0n,
    position: 0n,
    unalignedRecords: new Uint8Array(0),
    ...init,
  };
}

/** Writes a FetchSnapshotResponsePartitionSnapshot in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeFetchSnapshotResponsePartitionSnapshot(writer: Writer, value: FetchSnapshotResponsePartitionSnapshot, version: number): void {
  writer.writeInt32(value.index);
  writer.writeInt16(value.errorCode);
  writeFetchSnapshotResponseSnapshotId(writer, value.snapshotId, version);
  writer.writeInt64(value.size);
  writer.writeInt64(value.position);
  writer.writeBytes(value.unalignedRecords, true);
  const taggedFields: RawTaggedField[] = [];
  if (!isFetchSnapshotResponseLeaderIdAndEpochDefault(value.currentLeader)) {
    taggedFields.push(encodeTaggedField(0, (taggedWriter) => {
      writeFetchSnapshotResponseLeaderIdAndEpoch(taggedWriter, value.currentLeader, version);
    }));
  }
  writer.writeTaggedFields(taggedFields, value.unknownTaggedFields);
}

/** Reads a FetchSnapshotResponsePartitionSnapshot in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readFetchSnapshotResponsePartitionSnapshot(reader: Reader, version: number): FetchSnapshotResponsePartitionSnapshot {
  const value: FetchSnapshotResponsePartitionSnapshot = {
    index: reader.readInt32(),
    errorCode: reader.readInt16(),
    snapshotId: readFetchSnapshotResponseSnapshotId(reader, version),
    currentLeader: createFetchSnapshotResponseLeaderIdAndEpoch(),
    size: reader.readInt64(),
    position: reader.readInt64(),
    unalignedRecords: reader.readBytes(true),
  };
  const unknownTaggedFields = reader.readTaggedFields((tag, fieldReader) => {
    switch (tag) {
      case 0:
        value.currentLeader = readFetchSnapshotResponseLeaderIdAndEpoch(fieldReader, version);
        return true;
      default:
        return false;
    }
  });
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** SnapshotId of FetchSnapshotResponse; versions 0-1. */
export interface FetchSnapshotResponseSnapshotId {
  /** The EndOffset field. Versions: 0+. */
  endOffset: bigint;
  /** The Epoch field. Versions: 0+. */
  epoch: number;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A FetchSnapshotResponseSnapshotId with every field at its schema default, overridden by `init`. */
export function createFetchSnapshotResponseSnapshotId(init: Partial<FetchSnapshotResponseSnapshotId> = {}): FetchSnapshotResponseSnapshotId {
  return {
    endOffset: 0n,
    epoch: 0,
    ...init,
  };
}

/** Writes a FetchSnapshotResponseSnapshotId in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeFetchSnapshotResponseSnapshotId(writer: Writer, value: FetchSnapshotResponseSnapshotId, _version: number): void {
  writer.writeInt64(value.endOffset);
  writer.writeInt32(value.epoch);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a FetchSnapshotResponseSnapshotId in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readFetchSnapshotResponseSnapshotId(reader: Reader, _version: number): FetchSnapshotResponseSnapshotId {
  const value: FetchSnapshotResponseSnapshotId = {
    endOffset: reader.readInt64(),
    epoch: reader.readInt32(),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** LeaderIdAndEpoch of FetchSnapshotResponse; versions 0-1. */
export interface FetchSnapshotResponseLeaderIdAndEpoch {
  /** The ID of the current leader or -1 if the leader is unknown. Versions: 0+. Entity: brokerId. */
  leaderId: NodeId;
  /** The latest known leader epoch. Versions: 0+. */
  leaderEpoch: number;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A FetchSnapshotResponseLeaderIdAndEpoch with every field at its schema default, overridden by `init`. */
export function createFetchSnapshotResponseLeaderIdAndEpoch(init: Partial<FetchSnapshotResponseLeaderIdAndEpoch> = {}): FetchSnapshotResponseLeaderIdAndEpoch {
  return {
    leaderId: 0 as NodeId,
    leaderEpoch: 0,
    ...init,
  };
}

/** Writes a FetchSnapshotResponseLeaderIdAndEpoch in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeFetchSnapshotResponseLeaderIdAndEpoch(writer: Writer, value: FetchSnapshotResponseLeaderIdAndEpoch, _version: number): void {
  writer.writeInt32(value.leaderId);
  writer.writeInt32(value.leaderEpoch);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a FetchSnapshotResponseLeaderIdAndEpoch in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readFetchSnapshotResponseLeaderIdAndEpoch(reader: Reader, _version: number): FetchSnapshotResponseLeaderIdAndEpoch {
  const value: FetchSnapshotResponseLeaderIdAndEpoch = {
    leaderId: reader.readInt32() as NodeId,
    leaderEpoch: reader.readInt32(),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** NodeEndpoint of FetchSnapshotResponse; versions 1. */
export interface FetchSnapshotResponseNodeEndpoint {
  /** The ID of the associated node. Versions: 1+. Entity: brokerId. */
  nodeId: NodeId;
  /** The node's hostname. Versions: 1+. */
  host: string;
  /** The node's port. Versions: 1+. */
  port: number;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A FetchSnapshotResponseNodeEndpoint with every field at its schema default, overridden by `init`. */
export function createFetchSnapshotResponseNodeEndpoint(init: Partial<FetchSnapshotResponseNodeEndpoint> = {}): FetchSnapshotResponseNodeEndpoint {
  return {
    nodeId: 0 as NodeId,
    host: "",
    port: 0,
    ...init,
  };
}

/** Writes a FetchSnapshotResponseNodeEndpoint in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeFetchSnapshotResponseNodeEndpoint(writer: Writer, value: FetchSnapshotResponseNodeEndpoint, _version: number): void {
  writer.writeInt32(value.nodeId);
  writer.writeString(value.host, true);
  writer.writeUint16(value.port);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a FetchSnapshotResponseNodeEndpoint in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readFetchSnapshotResponseNodeEndpoint(reader: Reader, _version: number): FetchSnapshotResponseNodeEndpoint {
  const value: FetchSnapshotResponseNodeEndpoint = {
    nodeId: reader.readInt32() as NodeId,
    host: reader.readString(true),
    port: reader.readUint16(),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** True when every field of `value` holds its schema default. */
function isFetchSnapshotResponseLeaderIdAndEpochDefault(value: FetchSnapshotResponseLeaderIdAndEpoch): boolean {
  return value.leaderId === 0
    && value.leaderEpoch === 0
    && (value.unknownTaggedFields === undefined || value.unknownTaggedFields.length === 0);
}
