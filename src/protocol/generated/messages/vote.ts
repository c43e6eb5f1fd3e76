// Generated from VoteRequest.json and VoteResponse.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// Vote (API key 52): request and response codecs, versions 0-1.
// Kafka wire format: https://kafka.apache.org/protocol#The_Messages_Vote
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import { encodeTaggedField, type Writer } from '../../primitives/writer.js';
import { fieldNotInVersion } from '../../primitives/errors.js';
import { ZERO_UUID, type NodeId, type TopicName, type Uuid } from '../../entity-types.js';

/** Versions of VoteRequest (API key 52): valid 0-1, flexible 0+. */
export const voteRequestVersions = {
  lowestVersion: 0,
  highestVersion: 1,
  flexibleLowestVersion: 0,
} as const;

/** The VoteRequest message; versions 0-1. */
export interface VoteRequest {
  /** The ClusterId field. Versions: 0+. Nullable: 0+. Default: null. */
  clusterId: string | null;
  /** The replica id of the voter receiving the request. Versions: 1+. Ignorable. Default: -1. Entity: brokerId. */
  voterId: NodeId;
  /** The Topics field. Versions: 0+. */
  topics: VoteRequestTopicData[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A VoteRequest with every field at its schema default, overridden by `init`. */
export function createVoteRequest(init: Partial<VoteRequest> = {}): VoteRequest {
  return {
    clusterId: null,
    voterId: -1 as NodeId,
    topics: [],
    ...init,
  };
}

/** Writes a VoteRequest in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeVoteRequest(writer: Writer, value: VoteRequest, version: number): void {
  writer.writeNullableString(value.clusterId, true);
  if (version >= 1) {
    writer.writeInt32(value.voterId);
  }
  writer.writeArrayLength(value.topics, true);
  for (const item of value.topics) writeVoteRequestTopicData(writer, item, version);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a VoteRequest in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readVoteRequest(reader: Reader, version: number): VoteRequest {
  const value: VoteRequest = {
    clusterId: reader.readNullableString(true),
    voterId: (version >= 1) ? reader.readInt32() as NodeId : -1 as NodeId,
    topics: reader.readArray(true, () => readVoteRequestTopicData(reader, version)),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** TopicData of VoteRequest; versions 0-1. */
export interface VoteRequestTopicData {
  /** The topic name. Versions: 0+. Entity: topicName. */
  topicName: TopicName;
  /** The Partitions field. Versions: 0+. */
  partitions: VoteRequestPartitionData[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A VoteRequestTopicData with every field at its schema default, overridden by `init`. */
export function createVoteRequestTopicData(init: Partial<VoteRequestTopicData> = {}): VoteRequestTopicData {
  return {
    topicName: "" as TopicName,
    partitions: [],
    ...init,
  };
}

/** Writes a VoteRequestTopicData in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeVoteRequestTopicData(writer: Writer, value: VoteRequestTopicData, version: number): void {
  writer.writeString(value.topicName, true);
  writer.writeArrayLength(value.partitions, true);
  for (const item of value.partitions) writeVoteRequestPartitionData(writer, item, version);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a VoteRequestTopicData in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readVoteRequestTopicData(reader: Reader, version: number): VoteRequestTopicData {
  const value: VoteRequestTopicData = {
    topicName: reader.readString(true) as TopicName,
    partitions: reader.readArray(true, () => readVoteRequestPartitionData(reader, version)),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** PartitionData of VoteRequest; versions 0-1. */
export interface VoteRequestPartitionData {
  /** The partition index. Versions: 0+. */
  partitionIndex: number;
  /** The bumped epoch of the candidate sending the request. Versions: 0+. */
  candidateEpoch: number;
  /** The replica id of the voter sending the request. Versions: 0+. Entity: brokerId. */
  candidateId: NodeId;
  /** The directory id of the voter sending the request. Versions: 1+. Ignorable. */
  candidateDirectoryId: Uuid;
  /** The ID of the voter sending the request. Versions: 1+. Ignorable. */
  voterDirectoryId: Uuid;
  /** The epoch of the last record written to the metadata log. Versions: 0+. */
  lastOffsetEpoch: number;
  /** The offset of the last record written to the metadata log. Versions: 0+. */
  lastOffset: bigint;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A VoteRequestPartitionData with every field at its schema default, overridden by `init`. */
export function createVoteRequestPartitionData(init: Partial<VoteRequestPartitionData> = {}): VoteRequestPartitionData {
  return {
    partitionIndex: 0,
    candidateEpoch: 0,
    candidateId: 0 as NodeId,
    candidateDirectoryId: ZERO_UUID,
    voterDirectoryId: ZERO_UUID,
    lastOffsetEpoch: 0,
    lastOffset: 0n,
    ...init,
  };
}

/** Writes a VoteRequestPartitionData in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeVoteRequestPartitionData(writer: Writer, value: VoteRequestPartitionData, version: number): void {
  writer.writeInt32(value.partitionIndex);
  writer.writeInt32(value.candidateEpoch);
  writer.writeInt32(value.candidateId);
  if (version >= 1) {
    writer.writeUuid(value.candidateDirectoryId);
  }
  if (version >= 1) {
    writer.writeUuid(value.voterDirectoryId);
  }
  writer.writeInt32(value.lastOffsetEpoch);
  writer.writeInt64(value.lastOffset);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a VoteRequestPartitionData in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readVoteRequestPartitionData(reader: Reader, version: number): VoteRequestPartitionData {
  const value: VoteRequestPartitionData = {
    partitionIndex: reader.readInt32(),
    candidateEpoch: reader.readInt32(),
    candidateId: reader.readInt32() as NodeId,
    candidateDirectoryId: (version >= 1) ? reader.readUuid() : ZERO_UUID,
    voterDirectoryId: (version >= 1) ? reader.readUuid() : ZERO_UUID,
    lastOffsetEpoch: reader.readInt32(),
    lastOffset: reader.readInt64(),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** Versions of VoteResponse (API key 52): valid 0-1, flexible 0+. */
export const voteResponseVersions = {
  lowestVersion: 0,
  highestVersion: 1,
  flexibleLowestVersion: 0,
} as const;

/** The VoteResponse message; versions 0-1. */
export interface VoteResponse {
  /** The top level error code. Versions: 0+. */
  errorCode: number;
  /** The Topics field. Versions: 0+. */
  topics: VoteResponseTopicData[];
  /** Endpoints for all current-leaders enumerated in PartitionData. Versions: 1+. Tagged: 1+ (tag 0). */
  nodeEndpoints: VoteResponseNodeEndpoint[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A VoteResponse with every field at its schema default, overridden by `init`. */
export function createVoteResponse(init: Partial<VoteResponse> = {}): VoteResponse {
  return {
    errorCode: 0,
    topics: [],
    nodeEndpoints: [],
    ...init,
  };
}

/** Writes a VoteResponse in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeVoteResponse(writer: Writer, value: VoteResponse, version: number): void {
  writer.writeInt16(value.errorCode);
  writer.writeArrayLength(value.topics, true);
  for (const item of value.topics) writeVoteResponseTopicData(writer, item, version);
  if (!(version >= 1) && value.nodeEndpoints.length !== 0) {
    throw fieldNotInVersion('VoteResponse', 'nodeEndpoints', version);
  }
  const taggedFields: RawTaggedField[] = [];
  if ((version >= 1) && value.nodeEndpoints.length !== 0) {
    taggedFields.push(encodeTaggedField(0, (taggedWriter) => {
      taggedWriter.writeArrayLength(value.nodeEndpoints, true);
      for (const item of value.nodeEndpoints) writeVoteResponseNodeEndpoint(taggedWriter, item, version);
    }));
  }
  writer.writeTaggedFields(taggedFields, value.unknownTaggedFields);
}

/** Reads a VoteResponse in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readVoteResponse(reader: Reader, version: number): VoteResponse {
  const value: VoteResponse = {
    errorCode: reader.readInt16(),
    topics: reader.readArray(true, () => readVoteResponseTopicData(reader, version)),
    nodeEndpoints: [],
  };
  const unknownTaggedFields = reader.readTaggedFields((tag, fieldReader) => {
    switch (tag) {
      case 0:
        if (!(version >= 1)) return false;
        value.nodeEndpoints = fieldReader.readArray(true, () => readVoteResponseNodeEndpoint(fieldReader, version));
        return true;
      default:
        return false;
    }
  });
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** TopicData of VoteResponse; versions 0-1. */
export interface VoteResponseTopicData {
  /** The topic name. Versions: 0+. Entity: topicName. */
  topicName: TopicName;
  /** The Partitions field. Versions: 0+. */
  partitions: VoteResponsePartitionData[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A VoteResponseTopicData with every field at its schema default, overridden by `init`. */
export function createVoteResponseTopicData(init: Partial<VoteResponseTopicData> = {}): VoteResponseTopicData {
  return {
    topicName: "" as TopicName,
    partitions: [],
    ...init,
  };
}

/** Writes a VoteResponseTopicData in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeVoteResponseTopicData(writer: Writer, value: VoteResponseTopicData, version: number): void {
  writer.writeString(value.topicName, true);
  writer.writeArrayLength(value.partitions, true);
  for (const item of value.partitions) writeVoteResponsePartitionData(writer, item, version);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a VoteResponseTopicData in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readVoteResponseTopicData(reader: Reader, version: number): VoteResponseTopicData {
  const value: VoteResponseTopicData = {
    topicName: reader.readString(true) as TopicName,
    partitions: reader.readArray(true, () => readVoteResponsePartitionData(reader, version)),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** PartitionData of VoteResponse; versions 0-1. */
export interface VoteResponsePartitionData {
  /** The partition index. Versions: 0+. */
  partitionIndex: number;
  /** The ErrorCode field. Versions: 0+. */
  errorCode: number;
  /** The ID of the current leader or -1 if the leader is unknown. Versions: 0+. Entity: brokerId. */
  leaderId: NodeId;
  /** The latest known leader epoch. Versions: 0+. */
  leaderEpoch: number;
  /** True if the vote was granted and false otherwise. Versions: 0+. */
  voteGranted: boolean;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A VoteResponsePartitionData with every field at its schema default, overridden by `init`. */
export function createVoteResponsePartitionData(init: Partial<VoteResponsePartitionData> = {}): VoteResponsePartitionData {
  return {
    partitionIndex: 0,
    errorCode: 0,
    leaderId: 0 as NodeId,
    leaderEpoch: 0,
    voteGranted: false,
    ...init,
  };
}

/** Writes a VoteResponsePartitionData in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeVoteResponsePartitionData(writer: Writer, value: VoteResponsePartitionData, _version: number): void {
  writer.writeInt32(value.partitionIndex);
  writer.writeInt16(value.errorCode);
  writer.writeInt32(value.leaderId);
  writer.writeInt32(value.leaderEpoch);
  writer.writeBool(value.voteGranted);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a VoteResponsePartitionData in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readVoteResponsePartitionData(reader: Reader, _version: number): VoteResponsePartitionData {
  const value: VoteResponsePartitionData = {
    partitionIndex: reader.readInt32(),
    errorCode: reader.readInt16(),
    leaderId: reader.readInt32() as NodeId,
    leaderEpoch: reader.readInt32(),
    voteGranted: reader.readBool(),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** NodeEndpoint of VoteResponse; versions 1. */
export interface VoteResponseNodeEndpoint {
  /** The ID of the associated node. Versions: 1+. Entity: brokerId. */
  nodeId: NodeId;
  /** The node's hostname. Versions: 1+. */
  host: string;
  /** The node's port. Versions: 1+. */
  port: number;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A VoteResponseNodeEndpoint with every field at its schema default, overridden by `init`. */
export function createVoteResponseNodeEndpoint(init: Partial<VoteResponseNodeEndpoint> = {}): VoteResponseNodeEndpoint {
  return {
    nodeId: 0 as NodeId,
    host: "",
    port: 0,
    ...init,
  };
}

/** Writes a VoteResponseNodeEndpoint in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeVoteResponseNodeEndpoint(writer: Writer, value: VoteResponseNodeEndpoint, _version: number): void {
  writer.writeInt32(value.nodeId);
  writer.writeString(value.host, true);
  writer.writeUint16(value.port);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a VoteResponseNodeEndpoint in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readVoteResponseNodeEndpoint(reader: Reader, _version: number): VoteResponseNodeEndpoint {
  const value: VoteResponseNodeEndpoint = {
    nodeId: reader.readInt32() as NodeId,
    host: reader.readString(true),
    port: reader.readUint16(),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}
