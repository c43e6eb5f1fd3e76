// Generated from BeginQuorumEpochRequest.json and BeginQuorumEpochResponse.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// BeginQuorumEpoch (API key 53): request and response codecs, versions 0-1.
// Kafka wire format: https://kafka.apache.org/protocol#The_Messages_BeginQuorumEpoch
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import { encodeTaggedField, type Writer } from '../../primitives/writer.js';
import { fieldNotInVersion, taggedFieldsNotInVersion } from '../../primitives/errors.js';
import { ZERO_UUID, type NodeId, type TopicName, type Uuid } from '../../entity-types.js';

/** Versions of BeginQuorumEpochRequest (API key 53): valid 0-1, flexible 1+. */
export const beginQuorumEpochRequestVersions = {
  lowestVersion: 0,
  highestVersion: 1,
  flexibleLowestVersion: 1,
} as const;

/** The BeginQuorumEpochRequest message; versions 0-1. */
export interface BeginQuorumEpochRequest {
  /** The ClusterId field. Versions: 0+. Nullable: 0+. Default: null. */
  clusterId: string | null;
  /** The replica id of the voter receiving the request. Versions: 1+. Ignorable. Default: -1. Entity: brokerId. */
  voterId: NodeId;
  /** The Topics field. Versions: 0+. */
  topics: BeginQuorumEpochRequestTopicData[];
  /** Endpoints for the leader. Versions: 1+. Ignorable. */
  leaderEndpoints: BeginQuorumEpochRequestLeaderEndpoint[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A BeginQuorumEpochRequest with every field at its schema default, overridden by `init`. */
export function createBeginQuorumEpochRequest(init: Partial<BeginQuorumEpochRequest> = {}): BeginQuorumEpochRequest {
  return {
    clusterId: null,
    voterId: -1 as NodeId,
    topics: [],
    leaderEndpoints: [],
    ...init,
  };
}

/** Writes a BeginQuorumEpochRequest in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeBeginQuorumEpochRequest(writer: Writer, value: BeginQuorumEpochRequest, version: number): void {
  const flexible = version >= 1;
  writer.writeNullableString(value.clusterId, flexible);
  if (version >= 1) {
    writer.writeInt32(value.voterId);
  }
  writer.writeArrayLength(value.topics, flexible);
  for (const item of value.topics) writeBeginQuorumEpochRequestTopicData(writer, item, version);
  if (version >= 1) {
    writer.writeArrayLength(value.leaderEndpoints, flexible);
    for (const item of value.leaderEndpoints) writeBeginQuorumEpochRequestLeaderEndpoint(writer, item, version);
  }
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('BeginQuorumEpochRequest', version);
  }
}

/** Reads a BeginQuorumEpochRequest in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readBeginQuorumEpochRequest(reader: Reader, version: number): BeginQuorumEpochRequest {
  const flexible = version >= 1;
  const value: BeginQuorumEpochRequest = {
    clusterId: reader.readNullableString(flexible),
    voterId: (version >= 1) ? reader.readInt32() as NodeId : -1 as NodeId,
    topics: reader.readArray(flexible, () => readBeginQuorumEpochRequestTopicData(reader, version)),
    leaderEndpoints: (version >= 1) ? reader.readArray(flexible, () => readBeginQuorumEpochRequestLeaderEndpoint(reader, version)) : [],
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** TopicData of BeginQuorumEpochRequest; versions 0-1. */
export interface BeginQuorumEpochRequestTopicData {
  /** The topic name. Versions: 0+. Entity: topicName. */
  topicName: TopicName;
  /** The Partitions field. Versions: 0+. */
  partitions: BeginQuorumEpochRequestPartitionData[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A BeginQuorumEpochRequestTopicData with every field at its schema default, overridden by `init`. */
export function createBeginQuorumEpochRequestTopicData(init: Partial<BeginQuorumEpochRequestTopicData> = {}): BeginQuorumEpochRequestTopicData {
  return {
    topicName: "" as TopicName,
    partitions: [],
    ...init,
  };
}

/** Writes a BeginQuorumEpochRequestTopicData in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeBeginQuorumEpochRequestTopicData(writer: Writer, value: BeginQuorumEpochRequestTopicData, version: number): void {
  const flexible = version >= 1;
  writer.writeString(value.topicName, flexible);
  writer.writeArrayLength(value.partitions, flexible);
  for (const item of value.partitions) writeBeginQuorumEpochRequestPartitionData(writer, item, version);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('BeginQuorumEpochRequestTopicData', version);
  }
}

/** Reads a BeginQuorumEpochRequestTopicData in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readBeginQuorumEpochRequestTopicData(reader: Reader, version: number): BeginQuorumEpochRequestTopicData {
  const flexible = version >= 1;
  const value: BeginQuorumEpochRequestTopicData = {
    topicName: reader.readString(flexible) as TopicName,
    partitions: reader.readArray(flexible, () => readBeginQuorumEpochRequestPartitionData(reader, version)),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** PartitionData of BeginQuorumEpochRequest; versions 0-1. */
export interface BeginQuorumEpochRequestPartitionData {
  /** The partition index. Versions: 0+. */
  partitionIndex: number;
  /** The directory id of the receiving replica. Versions: 1+. Ignorable. */
  voterDirectoryId: Uuid;
  /** The ID of the newly elected leader. Versions: 0+. Entity: brokerId. */
  leaderId: NodeId;
  /** The epoch of the newly elected leader. Versions: 0+. */
  leaderEpoch: number;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A BeginQuorumEpochRequestPartitionData with every field at its schema default, overridden by `init`. */
export function createBeginQuorumEpochRequestPartitionData(init: Partial<BeginQuorumEpochRequestPartitionData> = {}): BeginQuorumEpochRequestPartitionData {
  return {
    partitionIndex: 0,
    voterDirectoryId: ZERO_UUID,
    leaderId: 0 as NodeId,
    leaderEpoch: 0,
    ...init,
  };
}

/** Writes a BeginQuorumEpochRequestPartitionData in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeBeginQuorumEpochRequestPartitionData(writer: Writer, value: BeginQuorumEpochRequestPartitionData, version: number): void {
  const flexible = version >= 1;
  writer.writeInt32(value.partitionIndex);
  if (version >= 1) {
    writer.writeUuid(value.voterDirectoryId);
  }
  writer.writeInt32(value.leaderId);
  writer.writeInt32(value.leaderEpoch);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('BeginQuorumEpochRequestPartitionData', version);
  }
}

/** Reads a BeginQuorumEpochRequestPartitionData in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readBeginQuorumEpochRequestPartitionData(reader: Reader, version: number): BeginQuorumEpochRequestPartitionData {
  const flexible = version >= 1;
  const value: BeginQuorumEpochRequestPartitionData = {
    partitionIndex: reader.readInt32(),
    voterDirectoryId: (version >= 1) ? reader.readUuid() : ZERO_UUID,
    leaderId: reader.readInt32() as NodeId,
    leaderEpoch: reader.readInt32(),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** LeaderEndpoint of BeginQuorumEpochRequest; versions 1. */
export interface BeginQuorumEpochRequestLeaderEndpoint {
  /** The name of the endpoint. Versions: 1+. */
  name: string;
  /** The node's hostname. Versions: 1+. */
  host: string;
  /** The node's port. Versions: 1+. */
  port: number;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A BeginQuorumEpochRequestLeaderEndpoint with every field at its schema default, overridden by `init`. */
export function createBeginQuorumEpochRequestLeaderEndpoint(init: Partial<BeginQuorumEpochRequestLeaderEndpoint> = {}): BeginQuorumEpochRequestLeaderEndpoint {
  return {
    name: "",
    host: "",
    port: 0,
    ...init,
  };
}

/** Writes a BeginQuorumEpochRequestLeaderEndpoint in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeBeginQuorumEpochRequestLeaderEndpoint(writer: Writer, value: BeginQuorumEpochRequestLeaderEndpoint, _version: number): void {
  writer.writeString(value.name, true);
  writer.writeString(value.host, true);
  writer.writeUint16(value.port);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a BeginQuorumEpochRequestLeaderEndpoint in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readBeginQuorumEpochRequestLeaderEndpoint(reader: Reader, _version: number): BeginQuorumEpochRequestLeaderEndpoint {
  const value: BeginQuorumEpochRequestLeaderEndpoint = {
    name: reader.readString(true),
    host: reader.readString(true),
    port: reader.readUint16(),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** Versions of BeginQuorumEpochResponse (API key 53): valid 0-1, flexible 1+. */
export const beginQuorumEpochResponseVersions = {
  lowestVersion: 0,
  highestVersion: 1,
  flexibleLowestVersion: 1,
} as const;

/** The BeginQuorumEpochResponse message; versions 0-1. */
export interface BeginQuorumEpochResponse {
  /** The top level error code. Versions: 0+. */
  errorCode: number;
  /** The Topics field. Versions: 0+. */
  topics: BeginQuorumEpochResponseTopicData[];
  /** Endpoints for all leaders enumerated in PartitionData. Versions: 1+. Tagged: 1+ (tag 0). */
  nodeEndpoints: BeginQuorumEpochResponseNodeEndpoint[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A BeginQuorumEpochResponse with every field at its schema default, overridden by `init`. */
export function createBeginQuorumEpochResponse(init: Partial<BeginQuorumEpochResponse> = {}): BeginQuorumEpochResponse {
  return {
    errorCode: 0,
    topics: [],
    nodeEndpoints: [],
    ...init,
  };
}

/** Writes a BeginQuorumEpochResponse in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeBeginQuorumEpochResponse(writer: Writer, value: BeginQuorumEpochResponse, version: number): void {
  const flexible = version >= 1;
  writer.writeInt16(value.errorCode);
  writer.writeArrayLength(value.topics, flexible);
  for (const item of value.topics) writeBeginQuorumEpochResponseTopicData(writer, item, version);
  if (!(version >= 1) && value.nodeEndpoints.length !== 0) {
    throw fieldNotInVersion('BeginQuorumEpochResponse', 'nodeEndpoints', version);
  }
  if (flexible) {
    const taggedFields: RawTaggedField[] = [];
    if (value.nodeEndpoints.length !== 0) {
      taggedFields.push(encodeTaggedField(0, (taggedWriter) => {
        taggedWriter.writeArrayLength(value.nodeEndpoints, true);
        for (const item of value.nodeEndpoints) writeBeginQuorumEpochResponseNodeEndpoint(taggedWriter, item, version);
      }));
    }
    writer.writeTaggedFields(taggedFields, value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('BeginQuorumEpochResponse', version);
  }
}

/** Reads a BeginQuorumEpochResponse in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readBeginQuorumEpochResponse(reader: Reader, version: number): BeginQuorumEpochResponse {
  const flexible = version >= 1;
  const value: BeginQuorumEpochResponse = {
    errorCode: reader.readInt16(),
    topics: reader.readArray(flexible, () => readBeginQuorumEpochResponseTopicData(reader, version)),
    nodeEndpoints: [],
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields((tag, fieldReader) => {
      switch (tag) {
        case 0:
          value.nodeEndpoints = fieldReader.readArray(true, () => readBeginQuorumEpochResponseNodeEndpoint(fieldReader, version));
          return true;
        default:
          return false;
      }
    });
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** TopicData of BeginQuorumEpochResponse; versions 0-1. */
export interface BeginQuorumEpochResponseTopicData {
  /** The topic name. Versions: 0+. Entity: topicName. */
  topicName: TopicName;
  /** The Partitions field. Versions: 0+. */
  partitions: BeginQuorumEpochResponsePartitionData[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A BeginQuorumEpochResponseTopicData with every field at its schema default, overridden by `init`. */
export function createBeginQuorumEpochResponseTopicData(init: Partial<BeginQuorumEpochResponseTopicData> = {}): BeginQuorumEpochResponseTopicData {
  return {
    topicName: "" as TopicName,
    partitions: [],
    ...init,
  };
}

/** Writes a BeginQuorumEpochResponseTopicData in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeBeginQuorumEpochResponseTopicData(writer: Writer, value: BeginQuorumEpochResponseTopicData, version: number): void {
  const flexible = version >= 1;
  writer.writeString(value.topicName, flexible);
  writer.writeArrayLength(value.partitions, flexible);
  for (const item of value.partitions) writeBeginQuorumEpochResponsePartitionData(writer, item, version);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('BeginQuorumEpochResponseTopicData', version);
  }
}

/** Reads a BeginQuorumEpochResponseTopicData in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readBeginQuorumEpochResponseTopicData(reader: Reader, version: number): BeginQuorumEpochResponseTopicData {
  const flexible = version >= 1;
  const value: BeginQuorumEpochResponseTopicData = {
    topicName: reader.readString(flexible) as TopicName,
    partitions: reader.readArray(flexible, () => readBeginQuorumEpochResponsePartitionData(reader, version)),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** PartitionData of BeginQuorumEpochResponse; versions 0-1. */
export interface BeginQuorumEpochResponsePartitionData {
  /** The partition index. Versions: 0+. */
  partitionIndex: number;
  /** The ErrorCode field. Versions: 0+. */
  errorCode: number;
  /** The ID of the current leader or -1 if the leader is unknown. Versions: 0+. Entity: brokerId. */
  leaderId: NodeId;
  /** The latest known leader epoch. Versions: 0+. */
  leaderEpoch: number;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A BeginQuorumEpochResponsePartitionData with every field at its schema default, overridden by `init`. */
export function createBeginQuorumEpochResponsePartitionData(init: Partial<BeginQuorumEpochResponsePartitionData> = {}): BeginQuorumEpochResponsePartitionData {
  return {
    partitionIndex: 0,
    errorCode: 0,
    leaderId: 0 as NodeId,
    leaderEpoch: 0,
    ...init,
  };
}

/** Writes a BeginQuorumEpochResponsePartitionData in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeBeginQuorumEpochResponsePartitionData(writer: Writer, value: BeginQuorumEpochResponsePartitionData, version: number): void {
  const flexible = version >= 1;
  writer.writeInt32(value.partitionIndex);
  writer.writeInt16(value.errorCode);
  writer.writeInt32(value.leaderId);
  writer.writeInt32(value.leaderEpoch);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('BeginQuorumEpochResponsePartitionData', version);
  }
}

/** Reads a BeginQuorumEpochResponsePartitionData in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readBeginQuorumEpochResponsePartitionData(reader: Reader, version: number): BeginQuorumEpochResponsePartitionData {
  const flexible = version >= 1;
  const value: BeginQuorumEpochResponsePartitionData = {
    partitionIndex: reader.readInt32(),
    errorCode: reader.readInt16(),
    leaderId: reader.readInt32() as NodeId,
    leaderEpoch: reader.readInt32(),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** NodeEndpoint of BeginQuorumEpochResponse; versions 1. */
export interface BeginQuorumEpochResponseNodeEndpoint {
  /** The ID of the associated node. Versions: 1+. Entity: brokerId. */
  nodeId: NodeId;
  /** The node's hostname. Versions: 1+. */
  host: string;
  /** The node's port. Versions: 1+. */
  port: number;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A BeginQuorumEpochResponseNodeEndpoint with every field at its schema default, overridden by `init`. */
export function createBeginQuorumEpochResponseNodeEndpoint(init: Partial<BeginQuorumEpochResponseNodeEndpoint> = {}): BeginQuorumEpochResponseNodeEndpoint {
  return {
    nodeId: 0 as NodeId,
    host: "",
    port: 0,
    ...init,
  };
}

/** Writes a BeginQuorumEpochResponseNodeEndpoint in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeBeginQuorumEpochResponseNodeEndpoint(writer: Writer, value: BeginQuorumEpochResponseNodeEndpoint, _version: number): void {
  writer.writeInt32(value.nodeId);
  writer.writeString(value.host, true);
  writer.writeUint16(value.port);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a BeginQuorumEpochResponseNodeEndpoint in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readBeginQuorumEpochResponseNodeEndpoint(reader: Reader, _version: number): BeginQuorumEpochResponseNodeEndpoint {
  const value: BeginQuorumEpochResponseNodeEndpoint = {
    nodeId: reader.readInt32() as NodeId,
    host: reader.readString(true),
    port: reader.readUint16(),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}
