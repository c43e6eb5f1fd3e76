// Generated from EndQuorumEpochRequest.json and EndQuorumEpochResponse.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// EndQuorumEpoch (API key 54): request and response codecs, versions 0-1.
// Kafka wire format: https://kafka.apache.org/protocol#The_Messages_EndQuorumEpoch
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import { encodeTaggedField, type Writer } from '../../primitives/writer.js';
import { fieldNotInVersion, taggedFieldsNotInVersion } from '../../primitives/errors.js';
import { ZERO_UUID, type NodeId, type TopicName, type Uuid } from '../../entity-types.js';

/** Versions of EndQuorumEpochRequest (API key 54): valid 0-1, flexible 1+. */
export const endQuorumEpochRequestVersions = {
  lowestVersion: 0,
  highestVersion: 1,
  flexibleLowestVersion: 1,
} as const;

/** The EndQuorumEpochRequest message; versions 0-1. */
export interface EndQuorumEpochRequest {
  /** The ClusterId field. Versions: 0+. Nullable: 0+. Default: null. */
  clusterId: string | null;
  /** The Topics field. Versions: 0+. */
  topics: EndQuorumEpochRequestTopicData[];
  /** Endpoints for the leader. Versions: 1+. Ignorable. */
  leaderEndpoints: EndQuorumEpochRequestLeaderEndpoint[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A EndQuorumEpochRequest with every field at its schema default, overridden by `init`. */
export function createEndQuorumEpochRequest(init: Partial<EndQuorumEpochRequest> = {}): EndQuorumEpochRequest {
  return {
    clusterId: null,
    topics: [],
    leaderEndpoints: [],
    ...init,
  };
}

/** Writes a EndQuorumEpochRequest in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeEndQuorumEpochRequest(writer: Writer, value: EndQuorumEpochRequest, version: number): void {
  const flexible = version >= 1;
  writer.writeNullableString(value.clusterId, flexible);
  writer.writeArrayLength(value.topics, flexible);
  for (const item of value.topics) writeEndQuorumEpochRequestTopicData(writer, item, version);
  if (version >= 1) {
    writer.writeArrayLength(value.leaderEndpoints, flexible);
    for (const item of value.leaderEndpoints) writeEndQuorumEpochRequestLeaderEndpoint(writer, item, version);
  }
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('EndQuorumEpochRequest', version);
  }
}

/** Reads a EndQuorumEpochRequest in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readEndQuorumEpochRequest(reader: Reader, version: number): EndQuorumEpochRequest {
  const flexible = version >= 1;
  const value: EndQuorumEpochRequest = {
    clusterId: reader.readNullableString(flexible),
    topics: reader.readArray(flexible, () => readEndQuorumEpochRequestTopicData(reader, version)),
    leaderEndpoints: (version >= 1) ? reader.readArray(flexible, () => readEndQuorumEpochRequestLeaderEndpoint(reader, version)) : [],
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** TopicData of EndQuorumEpochRequest; versions 0-1. */
export interface EndQuorumEpochRequestTopicData {
  /** The topic name. Versions: 0+. Entity: topicName. */
  topicName: TopicName;
  /** The Partitions field. Versions: 0+. */
  partitions: EndQuorumEpochRequestPartitionData[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A EndQuorumEpochRequestTopicData with every field at its schema default, overridden by `init`. */
export function createEndQuorumEpochRequestTopicData(init: Partial<EndQuorumEpochRequestTopicData> = {}): EndQuorumEpochRequestTopicData {
  return {
    topicName: "" as TopicName,
    partitions: [],
    ...init,
  };
}

/** Writes a EndQuorumEpochRequestTopicData in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeEndQuorumEpochRequestTopicData(writer: Writer, value: EndQuorumEpochRequestTopicData, version: number): void {
  const flexible = version >= 1;
  writer.writeString(value.topicName, flexible);
  writer.writeArrayLength(value.partitions, flexible);
  for (const item of value.partitions) writeEndQuorumEpochRequestPartitionData(writer, item, version);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('EndQuorumEpochRequestTopicData', version);
  }
}

/** Reads a EndQuorumEpochRequestTopicData in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readEndQuorumEpochRequestTopicData(reader: Reader, version: number): EndQuorumEpochRequestTopicData {
  const flexible = version >= 1;
  const value: EndQuorumEpochRequestTopicData = {
    topicName: reader.readString(flexible) as TopicName,
    partitions: reader.readArray(flexible, () => readEndQuorumEpochRequestPartitionData(reader, version)),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** PartitionData of EndQuorumEpochRequest; versions 0-1. */
export interface EndQuorumEpochRequestPartitionData {
  /** The partition index. Versions: 0+. */
  partitionIndex: number;
  /** The current leader ID that is resigning. Versions: 0+. Entity: brokerId. */
  leaderId: NodeId;
  /** The current epoch. Versions: 0+. */
  leaderEpoch: number;
  /** A sorted list of preferred successors to start the election. Versions: 0. Ignorable. */
  preferredSuccessors: number[];
  /** A sorted list of preferred candidates to start the election. Versions: 1+. Ignorable. */
  preferredCandidates: EndQuorumEpochRequestReplicaInfo[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A EndQuorumEpochRequestPartitionData with every field at its schema default, overridden by `init`. */
export function createEndQuorumEpochRequestPartitionData(init: Partial<EndQuorumEpochRequestPartitionData> = {}): EndQuorumEpochRequestPartitionData {
  return {
    partitionIndex: 0,
    leaderId: 0 as NodeId,
    leaderEpoch: 0,
    preferredSuccessors: [],
    preferredCandidates: [],
    ...init,
  };
}

/** Writes a EndQuorumEpochRequestPartitionData in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeEndQuorumEpochRequestPartitionData(writer: Writer, value: EndQuorumEpochRequestPartitionData, version: number): void {
  const flexible = version >= 1;
  writer.writeInt32(value.partitionIndex);
  writer.writeInt32(value.leaderId);
  writer.writeInt32(value.leaderEpoch);
  if (version <= 0) {
    writer.writeArrayLength(value.preferredSuccessors, flexible);
    for (const item of value.preferredSuccessors) writer.writeInt32(item);
  }
  if (version >= 1) {
    writer.writeArrayLength(value.preferredCandidates, flexible);
    for (const item of value.preferredCandidates) writeEndQuorumEpochRequestReplicaInfo(writer, item, version);
  }
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('EndQuorumEpochRequestPartitionData', version);
  }
}

/** Reads a EndQuorumEpochRequestPartitionData in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readEndQuorumEpochRequestPartitionData(reader: Reader, version: number): EndQuorumEpochRequestPartitionData {
  const flexible = version >= 1;
  const value: EndQuorumEpochRequestPartitionData = {
    partitionIndex: reader.readInt32(),
    leaderId: reader.readInt32() as NodeId,
    leaderEpoch: reader.readInt32(),
    preferredSuccessors: (version <= 0) ? reader.readInt32Array(flexible) : [],
    preferredCandidates: (version >= 1) ? reader.readArray(flexible, () => readEndQuorumEpochRequestReplicaInfo(reader, version)) : [],
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** ReplicaInfo of EndQuorumEpochRequest; versions 1. */
export interface EndQuorumEpochRequestReplicaInfo {
  /** The CandidateId field. Versions: 1+. Entity: brokerId. */
  candidateId: NodeId;
  /** The CandidateDirectoryId field. Versions: 1+. */
  candidateDirectoryId: Uuid;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A EndQuorumEpochRequestReplicaInfo with every field at its schema default, overridden by `init`. */
export function createEndQuorumEpochRequestReplicaInfo(init: Partial<EndQuorumEpochRequestReplicaInfo> = {}): EndQuorumEpochRequestReplicaInfo {
  return {
    candidateId: 0 as NodeId,
    candidateDirectoryId: ZERO_UUID,
    ...init,
  };
}

/** Writes a EndQuorumEpochRequestReplicaInfo in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeEndQuorumEpochRequestReplicaInfo(writer: Writer, value: EndQuorumEpochRequestReplicaInfo, _version: number): void {
  writer.writeInt32(value.candidateId);
  writer.writeUuid(value.candidateDirectoryId);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a EndQuorumEpochRequestReplicaInfo in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readEndQuorumEpochRequestReplicaInfo(reader: Reader, _version: number): EndQuorumEpochRequestReplicaInfo {
  const value: EndQuorumEpochRequestReplicaInfo = {
    candidateId: reader.readInt32() as NodeId,
    candidateDirectoryId: reader.readUuid(),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** LeaderEndpoint of EndQuorumEpochRequest; versions 1. */
export interface EndQuorumEpochRequestLeaderEndpoint {
  /** The name of the endpoint. Versions: 1+. */
  name: string;
  /** The node's hostname. Versions: 1+. */
  host: string;
  /** The node's port. Versions: 1+. */
  port: number;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A EndQuorumEpochRequestLeaderEndpoint with every field at its schema default, overridden by `init`. */
export function createEndQuorumEpochRequestLeaderEndpoint(init: Partial<EndQuorumEpochRequestLeaderEndpoint> = {}): EndQuorumEpochRequestLeaderEndpoint {
  return {
    name: "",
    host: "",
    port: 0,
    ...init,
  };
}

/** Writes a EndQuorumEpochRequestLeaderEndpoint in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeEndQuorumEpochRequestLeaderEndpoint(writer: Writer, value: EndQuorumEpochRequestLeaderEndpoint, _version: number): void {
  writer.writeString(value.name, true);
  writer.writeString(value.host, true);
  writer.writeUint16(value.port);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a EndQuorumEpochRequestLeaderEndpoint in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readEndQuorumEpochRequestLeaderEndpoint(reader: Reader, _version: number): EndQuorumEpochRequestLeaderEndpoint {
  const value: EndQuorumEpochRequestLeaderEndpoint = {
    name: reader.readString(true),
    host: reader.readString(true),
    port: reader.readUint16(),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** Versions of EndQuorumEpochResponse (API key 54): valid 0-1, flexible 1+. */
export const endQuorumEpochResponseVersions = {
  lowestVersion: 0,
  highestVersion: 1,
  flexibleLowestVersion: 1,
} as const;

/** The EndQuorumEpochResponse message; versions 0-1. */
export interface EndQuorumEpochResponse {
  /** The top level error code. Versions: 0+. */
  errorCode: number;
  /** The Topics field. Versions: 0+. */
  topics: EndQuorumEpochResponseTopicData[];
  /** Endpoints for all leaders enumerated in PartitionData. Versions: 1+. Tagged: 1+ (tag 0). */
  nodeEndpoints: EndQuorumEpochResponseNodeEndpoint[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A EndQuorumEpochResponse with every field at its schema default, overridden by `init`. */
export function createEndQuorumEpochResponse(init: Partial<EndQuorumEpochResponse> = {}): EndQuorumEpochResponse {
  return {
    errorCode: 0,
    topics: [],
    nodeEndpoints: [],
    ...init,
  };
}

/** Writes a EndQuorumEpochResponse in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeEndQuorumEpochResponse(writer: Writer, value: EndQuorumEpochResponse, version: number): void {
  const flexible = version >= 1;
  writer.writeInt16(value.errorCode);
  writer.writeArrayLength(value.topics, flexible);
  for (const item of value.topics) writeEndQuorumEpochResponseTopicData(writer, item, version);
  if (!(version >= 1) && value.nodeEndpoints.length !== 0) {
    throw fieldNotInVersion('EndQuorumEpochResponse', 'nodeEndpoints', version);
  }
  if (flexible) {
    const taggedFields: RawTaggedField[] = [];
    if (value.nodeEndpoints.length !== 0) {
      taggedFields.push(encodeTaggedField(0, (taggedWriter) => {
        taggedWriter.writeArrayLength(value.nodeEndpoints, true);
        for (const item of value.nodeEndpoints) writeEndQuorumEpochResponseNodeEndpoint(taggedWriter, item, version);
      }));
    }
    writer.writeTaggedFields(taggedFields, value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('EndQuorumEpochResponse', version);
  }
}

/** Reads a EndQuorumEpochResponse in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readEndQuorumEpochResponse(reader: Reader, version: number): EndQuorumEpochResponse {
  const flexible = version >= 1;
  const value: EndQuorumEpochResponse = {
    errorCode: reader.readInt16(),
    topics: reader.readArray(flexible, () => readEndQuorumEpochResponseTopicData(reader, version)),
    nodeEndpoints: [],
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields((tag, fieldReader) => {
      switch (tag) {
        case 0:
          value.nodeEndpoints = fieldReader.readArray(true, () => readEndQuorumEpochResponseNodeEndpoint(fieldReader, version));
          return true;
        default:
          return false;
      }
    });
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** TopicData of EndQuorumEpochResponse; versions 0-1. */
export interface EndQuorumEpochResponseTopicData {
  /** The topic name. Versions: 0+. Entity: topicName. */
  topicName: TopicName;
  /** The Partitions field. Versions: 0+. */
  partitions: EndQuorumEpochResponsePartitionData[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A EndQuorumEpochResponseTopicData with every field at its schema default, overridden by `init`. */
export function createEndQuorumEpochResponseTopicData(init: Partial<EndQuorumEpochResponseTopicData> = {}): EndQuorumEpochResponseTopicData {
  return {
    topicName: "" as TopicName,
    partitions: [],
    ...init,
  };
}

/** Writes a EndQuorumEpochResponseTopicData in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeEndQuorumEpochResponseTopicData(writer: Writer, value: EndQuorumEpochResponseTopicData, version: number): void {
  const flexible = version >= 1;
  writer.writeString(value.topicName, flexible);
  writer.writeArrayLength(value.partitions, flexible);
  for (const item of value.partitions) writeEndQuorumEpochResponsePartitionData(writer, item, version);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('EndQuorumEpochResponseTopicData', version);
  }
}

/** Reads a EndQuorumEpochResponseTopicData in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readEndQuorumEpochResponseTopicData(reader: Reader, version: number): EndQuorumEpochResponseTopicData {
  const flexible = version >= 1;
  const value: EndQuorumEpochResponseTopicData = {
    topicName: reader.readString(flexible) as TopicName,
    partitions: reader.readArray(flexible, () => readEndQuorumEpochResponsePartitionData(reader, version)),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** PartitionData of EndQuorumEpochResponse; versions 0-1. */
export interface EndQuorumEpochResponsePartitionData {
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

/** A EndQuorumEpochResponsePartitionData with every field at its schema default, overridden by `init`. */
export function createEndQuorumEpochResponsePartitionData(init: Partial<EndQuorumEpochResponsePartitionData> = {}): EndQuorumEpochResponsePartitionData {
  return {
    partitionIndex: 0,
    errorCode: 0,
    leaderId: 0 as NodeId,
    leaderEpoch: 0,
    ...init,
  };
}

/** Writes a EndQuorumEpochResponsePartitionData in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeEndQuorumEpochResponsePartitionData(writer: Writer, value: EndQuorumEpochResponsePartitionData, version: number): void {
  const flexible = version >= 1;
  writer.writeInt32(value.partitionIndex);
  writer.writeInt16(value.errorCode);
  writer.writeInt32(value.leaderId);
  writer.writeInt32(value.leaderEpoch);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('EndQuorumEpochResponsePartitionData', version);
  }
}

/** Reads a EndQuorumEpochResponsePartitionData in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readEndQuorumEpochResponsePartitionData(reader: Reader, version: number): EndQuorumEpochResponsePartitionData {
  const flexible = version >= 1;
  const value: EndQuorumEpochResponsePartitionData = {
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

/** NodeEndpoint of EndQuorumEpochResponse; versions 1. */
export interface EndQuorumEpochResponseNodeEndpoint {
  /** The ID of the associated node. Versions: 1+. Entity: brokerId. */
  nodeId: NodeId;
  /** The node's hostname. Versions: 1+. */
  host: string;
  /** The node's port. Versions: 1+. */
  port: number;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A EndQuorumEpochResponseNodeEndpoint with every field at its schema default, overridden by `init`. */
export function createEndQuorumEpochResponseNodeEndpoint(init: Partial<EndQuorumEpochResponseNodeEndpoint> = {}): EndQuorumEpochResponseNodeEndpoint {
  return {
    nodeId: 0 as NodeId,
    host: "",
    port: 0,
    ...init,
  };
}

/** Writes a EndQuorumEpochResponseNodeEndpoint in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeEndQuorumEpochResponseNodeEndpoint(writer: Writer, value: EndQuorumEpochResponseNodeEndpoint, _version: number): void {
  writer.writeInt32(value.nodeId);
  writer.writeString(value.host, true);
  writer.writeUint16(value.port);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a EndQuorumEpochResponseNodeEndpoint in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readEndQuorumEpochResponseNodeEndpoint(reader: Reader, _version: number): EndQuorumEpochResponseNodeEndpoint {
  const value: EndQuorumEpochResponseNodeEndpoint = {
    nodeId: reader.readInt32() as NodeId,
    host: reader.readString(true),
    port: reader.readUint16(),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}
