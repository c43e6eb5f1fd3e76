// Generated from ListPartitionReassignmentsRequest.json and ListPartitionReassignmentsResponse.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// ListPartitionReassignments (API key 46): request and response codecs, versions 0.
// Kafka wire format: https://kafka.apache.org/protocol#The_Messages_ListPartitionReassignments
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';
import { type NodeId, type TopicName } from '../../entity-types.js';

/** Versions of ListPartitionReassignmentsRequest (API key 46): valid 0, flexible 0+. */
export const listPartitionReassignmentsRequestVersions = {
  lowestVersion: 0,
  highestVersion: 0,
  flexibleLowestVersion: 0,
} as const;

/** The ListPartitionReassignmentsRequest message; versions 0. */
export interface ListPartitionReassignmentsRequest {
  /** The time in ms to wait for the request to complete. Versions: 0+. Default: 60000. */
  timeoutMs: number;
  /** The topics to list partition reassignments for, or null to list everything. Versions: 0+. Nullable: 0+. Default: null. */
  topics: ListPartitionReassignmentsRequestListPartitionReassignmentsTopics[] | null;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A ListPartitionReassignmentsRequest with every field at its schema default, overridden by `init`. */
export function createListPartitionReassignmentsRequest(init: Partial<ListPartitionReassignmentsRequest> = {}): ListPartitionReassignmentsRequest {
  return {
    timeoutMs: 60000,
    topics: null,
    ...init,
  };
}

/** Writes a ListPartitionReassignmentsRequest in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeListPartitionReassignmentsRequest(writer: Writer, value: ListPartitionReassignmentsRequest, version: number): void {
  writer.writeInt32(value.timeoutMs);
  writer.writeArrayLength(value.topics, true);
  if (value.topics !== null) for (const item of value.topics) writeListPartitionReassignmentsRequestListPartitionReassignmentsTopics(writer, item, version);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a ListPartitionReassignmentsRequest in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readListPartitionReassignmentsRequest(reader: Reader, version: number): ListPartitionReassignmentsRequest {
  const value: ListPartitionReassignmentsRequest = {
    timeoutMs: reader.readInt32(),
    topics: reader.readNullableArray(true, () => readListPartitionReassignmentsRequestListPartitionReassignmentsTopics(reader, version)),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** ListPartitionReassignmentsTopics of ListPartitionReassignmentsRequest; versions 0. */
export interface ListPartitionReassignmentsRequestListPartitionReassignmentsTopics {
  /** The topic name. Versions: 0+. Entity: topicName. */
  name: TopicName;
  /** The partitions to list partition reassignments for. Versions: 0+. */
  partitionIndexes: number[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A ListPartitionReassignmentsRequestListPartitionReassignmentsTopics with every field at its schema default, overridden by `init`. */
export function createListPartitionReassignmentsRequestListPartitionReassignmentsTopics(init: Partial<ListPartitionReassignmentsRequestListPartitionReassignmentsTopics> = {}): ListPartitionReassignmentsRequestListPartitionReassignmentsTopics {
  return {
    name: "" as TopicName,
    partitionIndexes: [],
    ...init,
  };
}

/** Writes a ListPartitionReassignmentsRequestListPartitionReassignmentsTopics in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeListPartitionReassignmentsRequestListPartitionReassignmentsTopics(writer: Writer, value: ListPartitionReassignmentsRequestListPartitionReassignmentsTopics, _version: number): void {
  writer.writeString(value.name, true);
  writer.writeArrayLength(value.partitionIndexes, true);
  for (const item of value.partitionIndexes) writer.writeInt32(item);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a ListPartitionReassignmentsRequestListPartitionReassignmentsTopics in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readListPartitionReassignmentsRequestListPartitionReassignmentsTopics(reader: Reader, _version: number): ListPartitionReassignmentsRequestListPartitionReassignmentsTopics {
  const value: ListPartitionReassignmentsRequestListPartitionReassignmentsTopics = {
    name: reader.readString(true) as TopicName,
    partitionIndexes: reader.readInt32Array(true),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** Versions of ListPartitionReassignmentsResponse (API key 46): valid 0, flexible 0+. */
export const listPartitionReassignmentsResponseVersions = {
  lowestVersion: 0,
  highestVersion: 0,
  flexibleLowestVersion: 0,
} as const;

/** The ListPartitionReassignmentsResponse message; versions 0. */
export interface ListPartitionReassignmentsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions: 0+. */
  throttleTimeMs: number;
  /** The top-level error code, or 0 if there was no error. Versions: 0+. */
  errorCode: number;
  /** The top-level error message, or null if there was no error. Versions: 0+. Nullable: 0+. */
  errorMessage: string | null;
  /** The ongoing reassignments for each topic. Versions: 0+. */
  topics: ListPartitionReassignmentsResponseOngoingTopicReassignment[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A ListPartitionReassignmentsResponse with every field at its schema default, overridden by `init`. */
export function createListPartitionReassignmentsResponse(init: Partial<ListPartitionReassignmentsResponse> = {}): ListPartitionReassignmentsResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    errorMessage: "",
    topics: [],
    ...init,
  };
}

/** Writes a ListPartitionReassignmentsResponse in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeListPartitionReassignmentsResponse(writer: Writer, value: ListPartitionReassignmentsResponse, version: number): void {
  writer.writeInt32(value.throttleTimeMs);
  writer.writeInt16(value.errorCode);
  writer.writeNullableString(value.errorMessage, true);
  writer.writeArrayLength(value.topics, true);
  for (const item of value.topics) writeListPartitionReassignmentsResponseOngoingTopicReassignment(writer, item, version);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a ListPartitionReassignmentsResponse in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readListPartitionReassignmentsResponse(reader: Reader, version: number): ListPartitionReassignmentsResponse {
  const value: ListPartitionReassignmentsResponse = {
    throttleTimeMs: reader.readInt32(),
    errorCode: reader.readInt16(),
    errorMessage: reader.readNullableString(true),
    topics: reader.readArray(true, () => readListPartitionReassignmentsResponseOngoingTopicReassignment(reader, version)),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** OngoingTopicReassignment of ListPartitionReassignmentsResponse; versions 0. */
export interface ListPartitionReassignmentsResponseOngoingTopicReassignment {
  /** The topic name. Versions: 0+. Entity: topicName. */
  name: TopicName;
  /** The ongoing reassignments for each partition. Versions: 0+. */
  partitions: ListPartitionReassignmentsResponseOngoingPartitionReassignment[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A ListPartitionReassignmentsResponseOngoingTopicReassignment with every field at its schema default, overridden by `init`. */
export function createListPartitionReassignmentsResponseOngoingTopicReassignment(init: Partial<ListPartitionReassignmentsResponseOngoingTopicReassignment> = {}): ListPartitionReassignmentsResponseOngoingTopicReassignment {
  return {
    name: "" as TopicName,
    partitions: [],
    ...init,
  };
}

/** Writes a ListPartitionReassignmentsResponseOngoingTopicReassignment in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeListPartitionReassignmentsResponseOngoingTopicReassignment(writer: Writer, value: ListPartitionReassignmentsResponseOngoingTopicReassignment, version: number): void {
  writer.writeString(value.name, true);
  writer.writeArrayLength(value.partitions, true);
  for (const item of value.partitions) writeListPartitionReassignmentsResponseOngoingPartitionReassignment(writer, item, version);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a ListPartitionReassignmentsResponseOngoingTopicReassignment in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readListPartitionReassignmentsResponseOngoingTopicReassignment(reader: Reader, version: number): ListPartitionReassignmentsResponseOngoingTopicReassignment {
  const value: ListPartitionReassignmentsResponseOngoingTopicReassignment = {
    name: reader.readString(true) as TopicName,
    partitions: reader.readArray(true, () => readListPartitionReassignmentsResponseOngoingPartitionReassignment(reader, version)),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** OngoingPartitionReassignment of ListPartitionReassignmentsResponse; versions 0. */
export interface ListPartitionReassignmentsResponseOngoingPartitionReassignment {
  /** The index of the partition. Versions: 0+. */
  partitionIndex: number;
  /** The current replica set. Versions: 0+. Entity: brokerId. */
  replicas: NodeId[];
  /** The set of replicas we are currently adding. Versions: 0+. Entity: brokerId. */
  addingReplicas: NodeId[];
  /** The set of replicas we are currently removing. Versions: 0+. Entity: brokerId. */
  removingReplicas: NodeId[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A ListPartitionReassignmentsResponseOngoingPartitionReassignment with every field at its schema default, overridden by `init`. */
export function createListPartitionReassignmentsResponseOngoingPartitionReassignment(init: Partial<ListPartitionReassignmentsResponseOngoingPartitionReassignment> = {}): ListPartitionReassignmentsResponseOngoingPartitionReassignment {
  return {
    partitionIndex: 0,
    replicas: [],
    addingReplicas: [],
    removingReplicas: [],
    ...init,
  };
}

/** Writes a ListPartitionReassignmentsResponseOngoingPartitionReassignment in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeListPartitionReassignmentsResponseOngoingPartitionReassignment(writer: Writer, value: ListPartitionReassignmentsResponseOngoingPartitionReassignment, _version: number): void {
  writer.writeInt32(value.partitionIndex);
  writer.writeArrayLength(value.replicas, true);
  for (const item of value.replicas) writer.writeInt32(item);
  writer.writeArrayLength(value.addingReplicas, true);
  for (const item of value.addingReplicas) writer.writeInt32(item);
  writer.writeArrayLength(value.removingReplicas, true);
  for (const item of value.removingReplicas) writer.writeInt32(item);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a ListPartitionReassignmentsResponseOngoingPartitionReassignment in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readListPartitionReassignmentsResponseOngoingPartitionReassignment(reader: Reader, _version: number): ListPartitionReassignmentsResponseOngoingPartitionReassignment {
  const value: ListPartitionReassignmentsResponseOngoingPartitionReassignment = {
    partitionIndex: reader.readInt32(),
    replicas: reader.readInt32Array(true) as NodeId[],
    addingReplicas: reader.readInt32Array(true) as NodeId[],
    removingReplicas: reader.readInt32Array(true) as NodeId[],
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}
