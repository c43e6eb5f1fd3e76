// Generated from MetadataRequest.json and MetadataResponse.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// Metadata (API key 3): request and response codecs, versions 0-12.
// Kafka wire format: https://kafka.apache.org/protocol#The_Messages_Metadata
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';
import { fieldNotInVersion, nullNotAllowed, taggedFieldsNotInVersion } from '../../primitives/errors.js';
import { ZERO_UUID, type NodeId, type TopicName, type Uuid } from '../../entity-types.js';

/** Versions of MetadataRequest (API key 3): valid 0-12, flexible 9+. */
export const metadataRequestVersions = {
  lowestVersion: 0,
  highestVersion: 12,
  flexibleLowestVersion: 9,
} as const;

/** The MetadataRequest message; versions 0-12. */
export interface MetadataRequest {
  /** The topics to fetch metadata for. Versions: 0+. Nullable: 1+. */
  topics: MetadataRequestTopic[] | null;
  /** If this is true, the broker may auto-create topics that we requested which do not already exist, if it is configured to do so. Versions: 4+. Default: true. */
  allowAutoTopicCreation: boolean;
  /** Whether to include cluster authorized operations. Versions: 8-10. */
  includeClusterAuthorizedOperations: boolean;
  /** Whether to include topic authorized operations. Versions: 8+. */
  includeTopicAuthorizedOperations: boolean;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A MetadataRequest with every field at its schema default, overridden by `init`. */
export function createMetadataRequest(init: Partial<MetadataRequest> = {}): MetadataRequest {
  return {
    topics: [],
    allowAutoTopicCreation: true,
    includeClusterAuthorizedOperations: false,
    includeTopicAuthorizedOperations: false,
    ...init,
  };
}

/** Writes a MetadataRequest in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeMetadataRequest(writer: Writer, value: MetadataRequest, version: number): void {
  const flexible = version >= 9;
  if (value.topics === null && !((version >= 1))) throw nullNotAllowed('MetadataRequest', 'topics', version);
  writer.writeArrayLength(value.topics, flexible);
  if (value.topics !== null) for (const item of value.topics) writeMetadataRequestTopic(writer, item, version);
  if (version >= 4) {
    writer.writeBool(value.allowAutoTopicCreation);
  }
  if (!(version >= 4) && value.allowAutoTopicCreation !== true) {
    throw fieldNotInVersion('MetadataRequest', 'allowAutoTopicCreation', version);
  }
  if (version >= 8 && version <= 10) {
    writer.writeBool(value.includeClusterAuthorizedOperations);
  }
  if (!(version >= 8 && version <= 10) && value.includeClusterAuthorizedOperations !== false) {
    throw fieldNotInVersion('MetadataRequest', 'includeClusterAuthorizedOperations', version);
  }
  if (version >= 8) {
    writer.writeBool(value.includeTopicAuthorizedOperations);
  }
  if (!(version >= 8) && value.includeTopicAuthorizedOperations !== false) {
    throw fieldNotInVersion('MetadataRequest', 'includeTopicAuthorizedOperations', version);
  }
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('MetadataRequest', version);
  }
}

/** Reads a MetadataRequest in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readMetadataRequest(reader: Reader, version: number): MetadataRequest {
  const flexible = version >= 9;
  const value: MetadataRequest = {
    topics: ((version >= 1)) ? reader.readNullableArray(flexible, () => readMetadataRequestTopic(reader, version)) : reader.readArray(flexible, () => readMetadataRequestTopic(reader, version)),
    allowAutoTopicCreation: (version >= 4) ? reader.readBool() : true,
    includeClusterAuthorizedOperations: (version >= 8 && version <= 10) ? reader.readBool() : false,
    includeTopicAuthorizedOperations: (version >= 8) ? reader.readBool() : false,
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** MetadataRequestTopic of MetadataRequest; versions 0-12. */
export interface MetadataRequestTopic {
  /** The topic id. Versions: 10+. Ignorable. */
  topicId: Uuid;
  /** The topic name. Versions: 0+. Nullable: 10+. Entity: topicName. */
  name: TopicName | null;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A MetadataRequestTopic with every field at its schema default, overridden by `init`. */
export function createMetadataRequestTopic(init: Partial<MetadataRequestTopic> = {}): MetadataRequestTopic {
  return {
    topicId: ZERO_UUID,
    name: "" as TopicName,
    ...init,
  };
}

/** Writes a MetadataRequestTopic in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeMetadataRequestTopic(writer: Writer, value: MetadataRequestTopic, version: number): void {
  const flexible = version >= 9;
  if (version >= 10) {
    writer.writeUuid(value.topicId);
  }
  if (value.name === null && !((version >= 10))) throw nullNotAllowed('MetadataRequestTopic', 'name', version);
  writer.writeNullableString(value.name, flexible);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('MetadataRequestTopic', version);
  }
}

/** Reads a MetadataRequestTopic in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readMetadataRequestTopic(reader: Reader, version: number): MetadataRequestTopic {
  const flexible = version >= 9;
  const value: MetadataRequestTopic = {
    topicId: (version >= 10) ? reader.readUuid() : ZERO_UUID,
    name: ((version >= 10)) ? reader.readNullableString(flexible) as TopicName | null : reader.readString(flexible) as TopicName,
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** Versions of MetadataResponse (API key 3): valid 0-12, flexible 9+. */
export const metadataResponseVersions = {
  lowestVersion: 0,
  highestVersion: 12,
  flexibleLowestVersion: 9,
} as const;

/** The MetadataResponse message; versions 0-12. */
export interface MetadataResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions: 3+. Ignorable. */
  throttleTimeMs: number;
  /** A list of brokers present in the cluster. Versions: 0+. */
  brokers: MetadataResponseBroker[];
  /** The cluster ID that responding broker belongs to. Versions: 2+. Nullable: 2+. Ignorable. Default: null. */
  clusterId: string | null;
  /** The ID of the controller broker. Versions: 1+. Ignorable. Default: -1. Entity: brokerId. */
  controllerId: NodeId;
  /** Each topic in the response. Versions: 0+. */
  topics: MetadataResponseTopic[];
  /** 32-bit bitfield to represent authorized operations for this cluster. Versions: 8-10. Default: -2147483648. */
  clusterAuthorizedOperations: number;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A MetadataResponse with every field at its schema default, overridden by `init`. */
export function createMetadataResponse(init: Partial<MetadataResponse> = {}): MetadataResponse {
  return {
    throttleTimeMs: 0,
    brokers: [],
    clusterId: null,
    controllerId: -1 as NodeId,
    topics: [],
    clusterAuthorizedOperations: -2147483648,
    ...init,
  };
}

/** Writes a MetadataResponse in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeMetadataResponse(writer: Writer, value: MetadataResponse, version: number): void {
  const flexible = version >= 9;
  if (version >= 3) {
    writer.writeInt32(value.throttleTimeMs);
  }
  writer.writeArrayLength(value.brokers, flexible);
  for (const item of value.brokers) writeMetadataResponseBroker(writer, item, version);
  if (version >= 2) {
    writer.writeNullableString(value.clusterId, flexible);
  }
  if (version >= 1) {
    writer.writeInt32(value.controllerId);
  }
  writer.writeArrayLength(value.topics, flexible);
  for (const item of value.topics) writeMetadataResponseTopic(writer, item, version);
  if (version >= 8 && version <= 10) {
    writer.writeInt32(value.clusterAuthorizedOperations);
  }
  if (!(version >= 8 && version <= 10) && value.clusterAuthorizedOperations !== -2147483648) {
    throw fieldNotInVersion('MetadataResponse', 'clusterAuthorizedOperations', version);
  }
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('MetadataResponse', version);
  }
}

/** Reads a MetadataResponse in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readMetadataResponse(reader: Reader, version: number): MetadataResponse {
  const flexible = version >= 9;
  const value: MetadataResponse = {
    throttleTimeMs: (version >= 3) ? reader.readInt32() : 0,
    brokers: reader.readArray(flexible, () => readMetadataResponseBroker(reader, version)),
    clusterId: (version >= 2) ? reader.readNullableString(flexible) : null,
    controllerId: (version >= 1) ? reader.readInt32() as NodeId : -1 as NodeId,
    topics: reader.readArray(flexible, () => readMetadataResponseTopic(reader, version)),
    clusterAuthorizedOperations: (version >= 8 && version <= 10) ? reader.readInt32() : -2147483648,
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** MetadataResponseBroker of MetadataResponse; versions 0-12. */
export interface MetadataResponseBroker {
  /** The broker ID. Versions: 0+. Entity: brokerId. */
  nodeId: NodeId;
  /** The broker hostname. Versions: 0+. */
  host: string;
  /** The broker port. Versions: 0+. */
  port: number;
  /** The rack of the broker, or null if it has not been assigned to a rack. Versions: 1+. Nullable: 1+. Ignorable. Default: null. */
  rack: string | null;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A MetadataResponseBroker with every field at its schema default, overridden by `init`. */
export function createMetadataResponseBroker(init: Partial<MetadataResponseBroker> = {}): MetadataResponseBroker {
  return {
    nodeId: 0 as NodeId,
    host: "",
    port: 0,
    rack: null,
    ...init,
  };
}

/** Writes a MetadataResponseBroker in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeMetadataResponseBroker(writer: Writer, value: MetadataResponseBroker, version: number): void {
  const flexible = version >= 9;
  writer.writeInt32(value.nodeId);
  writer.writeString(value.host, flexible);
  writer.writeInt32(value.port);
  if (version >= 1) {
    writer.writeNullableString(value.rack, flexible);
  }
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('MetadataResponseBroker', version);
  }
}

/** Reads a MetadataResponseBroker in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readMetadataResponseBroker(reader: Reader, version: number): MetadataResponseBroker {
  const flexible = version >= 9;
  const value: MetadataResponseBroker = {
    nodeId: reader.readInt32() as NodeId,
    host: reader.readString(flexible),
    port: reader.readInt32(),
    rack: (version >= 1) ? reader.readNullableString(flexible) : null,
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** MetadataResponseTopic of MetadataResponse; versions 0-12. */
export interface MetadataResponseTopic {
  /** The topic error, or 0 if there was no error. Versions: 0+. */
  errorCode: number;
  /** The topic name. Null for non-existing topics queried by ID. This is never null when ErrorCode is zero. One of Name and TopicId is always populated. Versions: 0+. Nullable: 12+. Entity: topicName. */
  name: TopicName | null;
  /** The topic id. Zero for non-existing topics queried by name. This is never zero when ErrorCode is zero. One of Name and TopicId is always populated. Versions: 10+. Ignorable. */
  topicId: Uuid;
  /** True if the topic is internal. Versions: 1+. Ignorable. Default: false. */
  isInternal: boolean;
  /** Each partition in the topic. Versions: 0+. */
  partitions: MetadataResponsePartition[];
  /** 32-bit bitfield to represent authorized operations for this topic. Versions: 8+. Default: -2147483648. */
  topicAuthorizedOperations: number;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A MetadataResponseTopic with every field at its schema default, overridden by `init`. */
export function createMetadataResponseTopic(init: Partial<MetadataResponseTopic> = {}): MetadataResponseTopic {
  return {
    errorCode: 0,
    name: "" as TopicName,
    topicId: ZERO_UUID,
    isInternal: false,
    partitions: [],
    topicAuthorizedOperations: -2147483648,
    ...init,
  };
}

/** Writes a MetadataResponseTopic in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeMetadataResponseTopic(writer: Writer, value: MetadataResponseTopic, version: number): void {
  const flexible = version >= 9;
  writer.writeInt16(value.errorCode);
  if (value.name === null && !((version >= 12))) throw nullNotAllowed('MetadataResponseTopic', 'name', version);
  writer.writeNullableString(value.name, flexible);
  if (version >= 10) {
    writer.writeUuid(value.topicId);
  }
  if (version >= 1) {
    writer.writeBool(value.isInternal);
  }
  writer.writeArrayLength(value.partitions, flexible);
  for (const item of value.partitions) writeMetadataResponsePartition(writer, item, version);
  if (version >= 8) {
    writer.writeInt32(value.topicAuthorizedOperations);
  }
  if (!(version >= 8) && value.topicAuthorizedOperations !== -2147483648) {
    throw fieldNotInVersion('MetadataResponseTopic', 'topicAuthorizedOperations', version);
  }
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('MetadataResponseTopic', version);
  }
}

/** Reads a MetadataResponseTopic in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readMetadataResponseTopic(reader: Reader, version: number): MetadataResponseTopic {
  const flexible = version >= 9;
  const value: MetadataResponseTopic = {
    errorCode: reader.readInt16(),
    name: ((version >= 12)) ? reader.readNullableString(flexible) as TopicName | null : reader.readString(flexible) as TopicName,
    topicId: (version >= 10) ? reader.readUuid() : ZERO_UUID,
    isInternal: (version >= 1) ? reader.readBool() : false,
    partitions: reader.readArray(flexible, () => readMetadataResponsePartition(reader, version)),
    topicAuthorizedOperations: (version >= 8) ? reader.readInt32() : -2147483648,
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** MetadataResponsePartition of MetadataResponse; versions 0-12. */
export interface MetadataResponsePartition {
  /** The partition error, or 0 if there was no error. Versions: 0+. */
  errorCode: number;
  /** The partition index. Versions: 0+. */
  partitionIndex: number;
  /** The ID of the leader broker. Versions: 0+. Entity: brokerId. */
  leaderId: NodeId;
  /** The leader epoch of this partition. Versions: 7+. Ignorable. Default: -1. */
  leaderEpoch: number;
  /** The set of all nodes that host this partition. Versions: 0+. Entity: brokerId. */
  replicaNodes: NodeId[];
  /** The set of nodes that are in sync with the leader for this partition. Versions: 0+. Entity: brokerId. */
  isrNodes: NodeId[];
  /** The set of offline replicas of this partition. Versions: 5+. Ignorable. Entity: brokerId. */
  offlineReplicas: NodeId[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A MetadataResponsePartition with every field at its schema default, overridden by `init`. */
export function createMetadataResponsePartition(init: Partial<MetadataResponsePartition> = {}): MetadataResponsePartition {
  return {
    errorCode: 0,
    partitionIndex: 0,
    leaderId: 0 as NodeId,
    leaderEpoch: -1,
    replicaNodes: [],
    isrNodes: [],
    offlineReplicas: [],
    ...init,
  };
}

/** Writes a MetadataResponsePartition in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeMetadataResponsePartition(writer: Writer, value: MetadataResponsePartition, version: number): void {
  const flexible = version >= 9;
  writer.writeInt16(value.errorCode);
  writer.writeInt32(value.partitionIndex);
  writer.writeInt32(value.leaderId);
  if (version >= 7) {
    writer.writeInt32(value.leaderEpoch);
  }
  writer.writeArrayLength(value.replicaNodes, flexible);
  for (const item of value.replicaNodes) writer.writeInt32(item);
  writer.writeArrayLength(value.isrNodes, flexible);
  for (const item of value.isrNodes) writer.writeInt32(item);
  if (version >= 5) {
    writer.writeArrayLength(value.offlineReplicas, flexible);
    for (const item of value.offlineReplicas) writer.writeInt32(item);
  }
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('MetadataResponsePartition', version);
  }
}

/** Reads a MetadataResponsePartition in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readMetadataResponsePartition(reader: Reader, version: number): MetadataResponsePartition {
  const flexible = version >= 9;
  const value: MetadataResponsePartition = {
    errorCode: reader.readInt16(),
    partitionIndex: reader.readInt32(),
    leaderId: reader.readInt32() as NodeId,
    leaderEpoch: (version >= 7) ? reader.readInt32() : -1,
    replicaNodes: reader.readInt32Array(flexible) as NodeId[],
    isrNodes: reader.readInt32Array(flexible) as NodeId[],
    offlineReplicas: (version >= 5) ? reader.readInt32Array(flexible) as NodeId[] : [],
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}
