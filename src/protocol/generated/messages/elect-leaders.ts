// Generated from ElectLeadersRequest.json and ElectLeadersResponse.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// ElectLeaders (API key 43): request and response codecs, versions 0-2.
// Kafka wire format: https://kafka.apache.org/protocol#The_Messages_ElectLeaders
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';
import { fieldNotInVersion, taggedFieldsNotInVersion } from '../../primitives/errors.js';
import { type TopicName } from '../../entity-types.js';

/** Versions of ElectLeadersRequest (API key 43): valid 0-2, flexible 2+. */
export const electLeadersRequestVersions = {
  lowestVersion: 0,
  highestVersion: 2,
  flexibleLowestVersion: 2,
} as const;

/** The ElectLeadersRequest message; versions 0-2. */
export interface ElectLeadersRequest {
  /** Type of elections to conduct for the partition. A value of '0' elects the preferred replica. A value of '1' elects the first live replica if there are no in-sync replica. Versions: 1+. */
  electionType: number;
  /** The topic partitions to elect leaders. Versions: 0+. Nullable: 0+. */
  topicPartitions: ElectLeadersRequestTopicPartitions[] | null;
  /** The time in ms to wait for the election to complete. Versions: 0+. Default: 60000. */
  timeoutMs: number;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A ElectLeadersRequest with every field at its schema default, overridden by `init`. */
export function createElectLeadersRequest(init: Partial<ElectLeadersRequest> = {}): ElectLeadersRequest {
  return {
    electionType: 0,
    topicPartitions: [],
    timeoutMs: 60000,
    ...init,
  };
}

/** Writes a ElectLeadersRequest in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeElectLeadersRequest(writer: Writer, value: ElectLeadersRequest, version: number): void {
  const flexible = version >= 2;
  if (version >= 1) {
    writer.writeInt8(value.electionType);
  }
  if (!(version >= 1) && value.electionType !== 0) {
    throw fieldNotInVersion('ElectLeadersRequest', 'electionType', version);
  }
  writer.writeArrayLength(value.topicPartitions, flexible);
  if (value.topicPartitions !== null) for (const item of value.topicPartitions) writeElectLeadersRequestTopicPartitions(writer, item, version);
  writer.writeInt32(value.timeoutMs);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('ElectLeadersRequest', version);
  }
}

/** Reads a ElectLeadersRequest in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readElectLeadersRequest(reader: Reader, version: number): ElectLeadersRequest {
  const flexible = version >= 2;
  const value: ElectLeadersRequest = {
    electionType: (version >= 1) ? reader.readInt8() : 0,
    topicPartitions: reader.readNullableArray(flexible, () => readElectLeadersRequestTopicPartitions(reader, version)),
    timeoutMs: reader.readInt32(),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** TopicPartitions of ElectLeadersRequest; versions 0-2. */
export interface ElectLeadersRequestTopicPartitions {
  /** The name of a topic. Versions: 0+. Entity: topicName. */
  topic: TopicName;
  /** The partitions of this topic whose leader should be elected. Versions: 0+. */
  partitions: number[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A ElectLeadersRequestTopicPartitions with every field at its schema default, overridden by `init`. */
export function createElectLeadersRequestTopicPartitions(init: Partial<ElectLeadersRequestTopicPartitions> = {}): ElectLeadersRequestTopicPartitions {
  return {
    topic: "" as TopicName,
    partitions: [],
    ...init,
  };
}

/** Writes a ElectLeadersRequestTopicPartitions in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeElectLeadersRequestTopicPartitions(writer: Writer, value: ElectLeadersRequestTopicPartitions, version: number): void {
  const flexible = version >= 2;
  writer.writeString(value.topic, flexible);
  writer.writeArrayLength(value.partitions, flexible);
  for (const item of value.partitions) writer.writeInt32(item);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('ElectLeadersRequestTopicPartitions', version);
  }
}

/** Reads a ElectLeadersRequestTopicPartitions in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readElectLeadersRequestTopicPartitions(reader: Reader, version: number): ElectLeadersRequestTopicPartitions {
  const flexible = version >= 2;
  const value: ElectLeadersRequestTopicPartitions = {
    topic: reader.readString(flexible) as TopicName,
    partitions: reader.readInt32Array(flexible),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** Versions of ElectLeadersResponse (API key 43): valid 0-2, flexible 2+. */
export const electLeadersResponseVersions = {
  lowestVersion: 0,
  highestVersion: 2,
  flexibleLowestVersion: 2,
} as const;

/** The ElectLeadersResponse message; versions 0-2. */
export interface ElectLeadersResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions: 0+. */
  throttleTimeMs: number;
  /** The top level response error code. Versions: 1+. */
  errorCode: number;
  /** The election results, or an empty array if the requester did not have permission and the request asks for all partitions. Versions: 0+. */
  replicaElectionResults: ElectLeadersResponseReplicaElectionResult[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A ElectLeadersResponse with every field at its schema default, overridden by `init`. */
export function createElectLeadersResponse(init: Partial<ElectLeadersResponse> = {}): ElectLeadersResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    replicaElectionResults: [],
    ...init,
  };
}

/** Writes a ElectLeadersResponse in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeElectLeadersResponse(writer: Writer, value: ElectLeadersResponse, version: number): void {
  const flexible = version >= 2;
  writer.writeInt32(value.throttleTimeMs);
  if (version >= 1) {
    writer.writeInt16(value.errorCode);
  }
  if (!(version >= 1) && value.errorCode !== 0) {
    throw fieldNotInVersion('ElectLeadersResponse', 'errorCode', version);
  }
  writer.writeArrayLength(value.replicaElectionResults, flexible);
  for (const item of value.replicaElectionResults) writeElectLeadersResponseReplicaElectionResult(writer, item, version);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('ElectLeadersResponse', version);
  }
}

/** Reads a ElectLeadersResponse in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readElectLeadersResponse(reader: Reader, version: number): ElectLeadersResponse {
  const flexible = version >= 2;
  const value: ElectLeadersResponse = {
    throttleTimeMs: reader.readInt32(),
    errorCode: (version >= 1) ? reader.readInt16() : 0,
    replicaElectionResults: reader.readArray(flexible, () => readElectLeadersResponseReplicaElectionResult(reader, version)),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** ReplicaElectionResult of ElectLeadersResponse; versions 0-2. */
export interface ElectLeadersResponseReplicaElectionResult {
  /** The topic name. Versions: 0+. Entity: topicName. */
  topic: TopicName;
  /** The results for each partition. Versions: 0+. */
  partitionResult: ElectLeadersResponsePartitionResult[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A ElectLeadersResponseReplicaElectionResult with every field at its schema default, overridden by `init`. */
export function createElectLeadersResponseReplicaElectionResult(init: Partial<ElectLeadersResponseReplicaElectionResult> = {}): ElectLeadersResponseReplicaElectionResult {
  return {
    topic: "" as TopicName,
    partitionResult: [],
    ...init,
  };
}

/** Writes a ElectLeadersResponseReplicaElectionResult in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeElectLeadersResponseReplicaElectionResult(writer: Writer, value: ElectLeadersResponseReplicaElectionResult, version: number): void {
  const flexible = version >= 2;
  writer.writeString(value.topic, flexible);
  writer.writeArrayLength(value.partitionResult, flexible);
  for (const item of value.partitionResult) writeElectLeadersResponsePartitionResult(writer, item, version);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('ElectLeadersResponseReplicaElectionResult', version);
  }
}

/** Reads a ElectLeadersResponseReplicaElectionResult in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readElectLeadersResponseReplicaElectionResult(reader: Reader, version: number): ElectLeadersResponseReplicaElectionResult {
  const flexible = version >= 2;
  const value: ElectLeadersResponseReplicaElectionResult = {
    topic: reader.readString(flexible) as TopicName,
    partitionResult: reader.readArray(flexible, () => readElectLeadersResponsePartitionResult(reader, version)),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** PartitionResult of ElectLeadersResponse; versions 0-2. */
export interface ElectLeadersResponsePartitionResult {
  /** The partition id. Versions: 0+. */
  partitionId: number;
  /** The result error, or zero if there was no error. Versions: 0+. */
  errorCode: number;
  /** The result message, or null if there was no error. Versions: 0+. Nullable: 0+. */
  errorMessage: string | null;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A ElectLeadersResponsePartitionResult with every field at its schema default, overridden by `init`. */
export function createElectLeadersResponsePartitionResult(init: Partial<ElectLeadersResponsePartitionResult> = {}): ElectLeadersResponsePartitionResult {
  return {
    partitionId: 0,
    errorCode: 0,
    errorMessage: "",
    ...init,
  };
}

/** Writes a ElectLeadersResponsePartitionResult in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeElectLeadersResponsePartitionResult(writer: Writer, value: ElectLeadersResponsePartitionResult, version: number): void {
  const flexible = version >= 2;
  writer.writeInt32(value.partitionId);
  writer.writeInt16(value.errorCode);
  writer.writeNullableString(value.errorMessage, flexible);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('ElectLeadersResponsePartitionResult', version);
  }
}

/** Reads a ElectLeadersResponsePartitionResult in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readElectLeadersResponsePartitionResult(reader: Reader, version: number): ElectLeadersResponsePartitionResult {
  const flexible = version >= 2;
  const value: ElectLeadersResponsePartitionResult = {
    partitionId: reader.readInt32(),
    errorCode: reader.readInt16(),
    errorMessage: reader.readNullableString(flexible),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}
