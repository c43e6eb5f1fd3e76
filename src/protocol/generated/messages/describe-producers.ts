// Generated from DescribeProducersRequest.json and DescribeProducersResponse.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// DescribeProducers (API key 61): request and response codecs, versions 0.
// Kafka wire format: https://kafka.apache.org/protocol#The_Messages_DescribeProducers
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';
import { type ProducerId, type TopicName } from '../../entity-types.js';

/** Versions of DescribeProducersRequest (API key 61): valid 0, flexible 0+. */
export const describeProducersRequestVersions = {
  lowestVersion: 0,
  highestVersion: 0,
  flexibleLowestVersion: 0,
} as const;

/** The DescribeProducersRequest message; versions 0. */
export interface DescribeProducersRequest {
  /** The Topics field. Versions: 0+. */
  topics: DescribeProducersRequestTopicRequest[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A DescribeProducersRequest with every field at its schema default, overridden by `init`. */
export function createDescribeProducersRequest(init: Partial<DescribeProducersRequest> = {}): DescribeProducersRequest {
  return {
    topics: [],
    ...init,
  };
}

/** Writes a DescribeProducersRequest in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeDescribeProducersRequest(writer: Writer, value: DescribeProducersRequest, version: number): void {
  writer.writeArrayLength(value.topics, true);
  for (const item of value.topics) writeDescribeProducersRequestTopicRequest(writer, item, version);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a DescribeProducersRequest in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readDescribeProducersRequest(reader: Reader, version: number): DescribeProducersRequest {
  const value: DescribeProducersRequest = {
    topics: reader.readArray(true, () => readDescribeProducersRequestTopicRequest(reader, version)),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** TopicRequest of DescribeProducersRequest; versions 0. */
export interface DescribeProducersRequestTopicRequest {
  /** The topic name. Versions: 0+. Entity: topicName. */
  name: TopicName;
  /** The indexes of the partitions to list producers for. Versions: 0+. */
  partitionIndexes: number[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A DescribeProducersRequestTopicRequest with every field at its schema default, overridden by `init`. */
export function createDescribeProducersRequestTopicRequest(init: Partial<DescribeProducersRequestTopicRequest> = {}): DescribeProducersRequestTopicRequest {
  return {
    name: "" as TopicName,
    partitionIndexes: [],
    ...init,
  };
}

/** Writes a DescribeProducersRequestTopicRequest in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeDescribeProducersRequestTopicRequest(writer: Writer, value: DescribeProducersRequestTopicRequest, _version: number): void {
  writer.writeString(value.name, true);
  writer.writeArrayLength(value.partitionIndexes, true);
  for (const item of value.partitionIndexes) writer.writeInt32(item);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a DescribeProducersRequestTopicRequest in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readDescribeProducersRequestTopicRequest(reader: Reader, _version: number): DescribeProducersRequestTopicRequest {
  const value: DescribeProducersRequestTopicRequest = {
    name: reader.readString(true) as TopicName,
    partitionIndexes: reader.readInt32Array(true),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** Versions of DescribeProducersResponse (API key 61): valid 0, flexible 0+. */
export const describeProducersResponseVersions = {
  lowestVersion: 0,
  highestVersion: 0,
  flexibleLowestVersion: 0,
} as const;

/** The DescribeProducersResponse message; versions 0. */
export interface DescribeProducersResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions: 0+. */
  throttleTimeMs: number;
  /** Each topic in the response. Versions: 0+. */
  topics: DescribeProducersResponseTopicResponse[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A DescribeProducersResponse with every field at its schema default, overridden by `init`. */
export function createDescribeProducersResponse(init: Partial<DescribeProducersResponse> = {}): DescribeProducersResponse {
  return {
    throttleTimeMs: 0,
    topics: [],
    ...init,
  };
}

/** Writes a DescribeProducersResponse in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeDescribeProducersResponse(writer: Writer, value: DescribeProducersResponse, version: number): void {
  writer.writeInt32(value.throttleTimeMs);
  writer.writeArrayLength(value.topics, true);
  for (const item of value.topics) writeDescribeProducersResponseTopicResponse(writer, item, version);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a DescribeProducersResponse in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readDescribeProducersResponse(reader: Reader, version: number): DescribeProducersResponse {
  const value: DescribeProducersResponse = {
    throttleTimeMs: reader.readInt32(),
    topics: reader.readArray(true, () => readDescribeProducersResponseTopicResponse(reader, version)),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** TopicResponse of DescribeProducersResponse; versions 0. */
export interface DescribeProducersResponseTopicResponse {
  /** The topic name. Versions: 0+. Entity: topicName. */
  name: TopicName;
  /** Each partition in the response. Versions: 0+. */
  partitions: DescribeProducersResponsePartitionResponse[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A DescribeProducersResponseTopicResponse with every field at its schema default, overridden by `init`. */
export function createDescribeProducersResponseTopicResponse(init: Partial<DescribeProducersResponseTopicResponse> = {}): DescribeProducersResponseTopicResponse {
  return {
    name: "" as TopicName,
    partitions: [],
    ...init,
  };
}

/** Writes a DescribeProducersResponseTopicResponse in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeDescribeProducersResponseTopicResponse(writer: Writer, value: DescribeProducersResponseTopicResponse, version: number): void {
  writer.writeString(value.name, true);
  writer.writeArrayLength(value.partitions, true);
  for (const item of value.partitions) writeDescribeProducersResponsePartitionResponse(writer, item, version);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a DescribeProducersResponseTopicResponse in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readDescribeProducersResponseTopicResponse(reader: Reader, version: number): DescribeProducersResponseTopicResponse {
  const value: DescribeProducersResponseTopicResponse = {
    name: reader.readString(true) as TopicName,
    partitions: reader.readArray(true, () => readDescribeProducersResponsePartitionResponse(reader, version)),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** PartitionResponse of DescribeProducersResponse; versions 0. */
export interface DescribeProducersResponsePartitionResponse {
  /** The partition index. Versions: 0+. */
  partitionIndex: number;
  /** The partition error code, or 0 if there was no error. Versions: 0+. */
  errorCode: number;
  /** The partition error message, which may be null if no additional details are available. Versions: 0+. Nullable: 0+. Default: null. */
  errorMessage: string | null;
  /** The ActiveProducers field. Versions: 0+. */
  activeProducers: DescribeProducersResponseProducerState[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A DescribeProducersResponsePartitionResponse with every field at its schema default, overridden by `init`. */
export function createDescribeProducersResponsePartitionResponse(init: Partial<DescribeProducersResponsePartitionResponse> = {}): DescribeProducersResponsePartitionResponse {
  return {
    partitionIndex: 0,
    errorCode: 0,
    errorMessage: null,
    activeProducers: [],
    ...init,
  };
}

/** Writes a DescribeProducersResponsePartitionResponse in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeDescribeProducersResponsePartitionResponse(writer: Writer, value: DescribeProducersResponsePartitionResponse, version: number): void {
  writer.writeInt32(value.partitionIndex);
  writer.writeInt16(value.errorCode);
  writer.writeNullableString(value.errorMessage, true);
  writer.writeArrayLength(value.activeProducers, true);
  for (const item of value.activeProducers) writeDescribeProducersResponseProducerState(writer, item, version);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a DescribeProducersResponsePartitionResponse in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readDescribeProducersResponsePartitionResponse(reader: Reader, version: number): DescribeProducersResponsePartitionResponse {
  const value: DescribeProducersResponsePartitionResponse = {
    partitionIndex: reader.readInt32(),
    errorCode: reader.readInt16(),
    errorMessage: reader.readNullableString(true),
    activeProducers: reader.readArray(true, () => readDescribeProducersResponseProducerState(reader, version)),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** ProducerState of DescribeProducersResponse; versions 0. */
export interface DescribeProducersResponseProducerState {
  /** The ProducerId field. Versions: 0+. Entity: producerId. */
  producerId: ProducerId;
  /** The ProducerEpoch field. Versions: 0+. */
  producerEpoch: number;
  /** The LastSequence field. Versions: 0+. Default: -1. */
  lastSequence: number;
  /** The LastTimestamp field. Versions: 0+. Default: -1. */
  lastTimestamp: bigint;
  /** The CoordinatorEpoch field. Versions: 0+. */
  coordinatorEpoch: number;
  /** The CurrentTxnStartOffset field. Versions: 0+. Default: -1. */
  currentTxnStartOffset: bigint;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A DescribeProducersResponseProducerState with every field at its schema default, overridden by `init`. */
export function createDescribeProducersResponseProducerState(init: Partial<DescribeProducersResponseProducerState> = {}): DescribeProducersResponseProducerState {
  return {
    producerId: 0n as ProducerId,
    producerEpoch: 0,
    lastSequence: -1,
    lastTimestamp: -1n,
    coordinatorEpoch: 0,
    currentTxnStartOffset: -1n,
    ...init,
  };
}

/** Writes a DescribeProducersResponseProducerState in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeDescribeProducersResponseProducerState(writer: Writer, value: DescribeProducersResponseProducerState, _version: number): void {
  writer.writeInt64(value.producerId);
  writer.writeInt32(value.producerEpoch);
  writer.writeInt32(value.lastSequence);
  writer.writeInt64(value.lastTimestamp);
  writer.writeInt32(value.coordinatorEpoch);
  writer.writeInt64(value.currentTxnStartOffset);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a DescribeProducersResponseProducerState in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readDescribeProducersResponseProducerState(reader: Reader, _version: number): DescribeProducersResponseProducerState {
  const value: DescribeProducersResponseProducerState = {
    producerId: reader.readInt64() as ProducerId,
    producerEpoch: reader.readInt32(),
    lastSequence: reader.readInt32(),
    lastTimestamp: reader.readInt64(),
    coordinatorEpoch: reader.readInt32(),
    currentTxnStartOffset: reader.readInt64(),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}
