// Generated from WriteTxnMarkersRequest.json and WriteTxnMarkersResponse.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// WriteTxnMarkers (API key 27): request and response codecs, versions 0-1.
// Kafka wire format: https://kafka.apache.org/protocol#The_Messages_WriteTxnMarkers
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';
import { taggedFieldsNotInVersion } from '../../primitives/errors.js';
import { type ProducerId, type TopicName } from '../../entity-types.js';

/** Versions of WriteTxnMarkersRequest (API key 27): valid 0-1, flexible 1+. */
export const writeTxnMarkersRequestVersions = {
  lowestVersion: 0,
  highestVersion: 1,
  flexibleLowestVersion: 1,
} as const;

/** The WriteTxnMarkersRequest message; versions 0-1. */
export interface WriteTxnMarkersRequest {
  /** The transaction markers to be written. Versions: 0+. */
  markers: WriteTxnMarkersRequestWritableTxnMarker[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A WriteTxnMarkersRequest with every field at its schema default, overridden by `init`. */
export function createWriteTxnMarkersRequest(init: Partial<WriteTxnMarkersRequest> = {}): WriteTxnMarkersRequest {
  return {
    markers: [],
    ...init,
  };
}

/** Writes a WriteTxnMarkersRequest in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeWriteTxnMarkersRequest(writer: Writer, value: WriteTxnMarkersRequest, version: number): void {
  const flexible = version >= 1;
  writer.writeArrayLength(value.markers, flexible);
  for (const item of value.markers) writeWriteTxnMarkersRequestWritableTxnMarker(writer, item, version);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('WriteTxnMarkersRequest', version);
  }
}

/** Reads a WriteTxnMarkersRequest in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readWriteTxnMarkersRequest(reader: Reader, version: number): WriteTxnMarkersRequest {
  const flexible = version >= 1;
  const value: WriteTxnMarkersRequest = {
    markers: reader.readArray(flexible, () => readWriteTxnMarkersRequestWritableTxnMarker(reader, version)),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** WritableTxnMarker of WriteTxnMarkersRequest; versions 0-1. */
export interface WriteTxnMarkersRequestWritableTxnMarker {
  /** The current producer ID. Versions: 0+. Entity: producerId. */
  producerId: ProducerId;
  /** The current epoch associated with the producer ID. Versions: 0+. */
  producerEpoch: number;
  /** The result of the transaction to write to the partitions (false = ABORT, true = COMMIT). Versions: 0+. */
  transactionResult: boolean;
  /** Each topic that we want to write transaction marker(s) for. Versions: 0+. */
  topics: WriteTxnMarkersRequestWritableTxnMarkerTopic[];
  /** Epoch associated with the transaction state partition hosted by this transaction coordinator. Versions: 0+. */
  coordinatorEpoch: number;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A WriteTxnMarkersRequestWritableTxnMarker with every field at its schema default, overridden by `init`. */
export function createWriteTxnMarkersRequestWritableTxnMarker(init: Partial<WriteTxnMarkersRequestWritableTxnMarker> = {}): WriteTxnMarkersRequestWritableTxnMarker {
  return {
    producerId: 0n as ProducerId,
    producerEpoch: 0,
    transactionResult: false,
    topics: [],
    coordinatorEpoch: 0,
    ...init,
  };
}

/** Writes a WriteTxnMarkersRequestWritableTxnMarker in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeWriteTxnMarkersRequestWritableTxnMarker(writer: Writer, value: WriteTxnMarkersRequestWritableTxnMarker, version: number): void {
  const flexible = version >= 1;
  writer.writeInt64(value.producerId);
  writer.writeInt16(value.producerEpoch);
  writer.writeBool(value.transactionResult);
  writer.writeArrayLength(value.topics, flexible);
  for (const item of value.topics) writeWriteTxnMarkersRequestWritableTxnMarkerTopic(writer, item, version);
  writer.writeInt32(value.coordinatorEpoch);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('WriteTxnMarkersRequestWritableTxnMarker', version);
  }
}

/** Reads a WriteTxnMarkersRequestWritableTxnMarker in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readWriteTxnMarkersRequestWritableTxnMarker(reader: Reader, version: number): WriteTxnMarkersRequestWritableTxnMarker {
  const flexible = version >= 1;
  const value: WriteTxnMarkersRequestWritableTxnMarker = {
    producerId: reader.readInt64() as ProducerId,
    producerEpoch: reader.readInt16(),
    transactionResult: reader.readBool(),
    topics: reader.readArray(flexible, () => readWriteTxnMarkersRequestWritableTxnMarkerTopic(reader, version)),
    coordinatorEpoch: reader.readInt32(),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** WritableTxnMarkerTopic of WriteTxnMarkersRequest; versions 0-1. */
export interface WriteTxnMarkersRequestWritableTxnMarkerTopic {
  /** The topic name. Versions: 0+. Entity: topicName. */
  name: TopicName;
  /** The indexes of the partitions to write transaction markers for. Versions: 0+. */
  partitionIndexes: number[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A WriteTxnMarkersRequestWritableTxnMarkerTopic with every field at its schema default, overridden by `init`. */
export function createWriteTxnMarkersRequestWritableTxnMarkerTopic(init: Partial<WriteTxnMarkersRequestWritableTxnMarkerTopic> = {}): WriteTxnMarkersRequestWritableTxnMarkerTopic {
  return {
    name: "" as TopicName,
    partitionIndexes: [],
    ...init,
  };
}

/** Writes a WriteTxnMarkersRequestWritableTxnMarkerTopic in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeWriteTxnMarkersRequestWritableTxnMarkerTopic(writer: Writer, value: WriteTxnMarkersRequestWritableTxnMarkerTopic, version: number): void {
  const flexible = version >= 1;
  writer.writeString(value.name, flexible);
  writer.writeArrayLength(value.partitionIndexes, flexible);
  for (const item of value.partitionIndexes) writer.writeInt32(item);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('WriteTxnMarkersRequestWritableTxnMarkerTopic', version);
  }
}

/** Reads a WriteTxnMarkersRequestWritableTxnMarkerTopic in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readWriteTxnMarkersRequestWritableTxnMarkerTopic(reader: Reader, version: number): WriteTxnMarkersRequestWritableTxnMarkerTopic {
  const flexible = version >= 1;
  const value: WriteTxnMarkersRequestWritableTxnMarkerTopic = {
    name: reader.readString(flexible) as TopicName,
    partitionIndexes: reader.readInt32Array(flexible),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** Versions of WriteTxnMarkersResponse (API key 27): valid 0-1, flexible 1+. */
export const writeTxnMarkersResponseVersions = {
  lowestVersion: 0,
  highestVersion: 1,
  flexibleLowestVersion: 1,
} as const;

/** The WriteTxnMarkersResponse message; versions 0-1. */
export interface WriteTxnMarkersResponse {
  /** The results for writing makers. Versions: 0+. */
  markers: WriteTxnMarkersResponseWritableTxnMarkerResult[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A WriteTxnMarkersResponse with every field at its schema default, overridden by `init`. */
export function createWriteTxnMarkersResponse(init: Partial<WriteTxnMarkersResponse> = {}): WriteTxnMarkersResponse {
  return {
    markers: [],
    ...init,
  };
}

/** Writes a WriteTxnMarkersResponse in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeWriteTxnMarkersResponse(writer: Writer, value: WriteTxnMarkersResponse, version: number): void {
  const flexible = version >= 1;
  writer.writeArrayLength(value.markers, flexible);
  for (const item of value.markers) writeWriteTxnMarkersResponseWritableTxnMarkerResult(writer, item, version);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('WriteTxnMarkersResponse', version);
  }
}

/** Reads a WriteTxnMarkersResponse in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readWriteTxnMarkersResponse(reader: Reader, version: number): WriteTxnMarkersResponse {
  const flexible = version >= 1;
  const value: WriteTxnMarkersResponse = {
    markers: reader.readArray(flexible, () => readWriteTxnMarkersResponseWritableTxnMarkerResult(reader, version)),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** WritableTxnMarkerResult of WriteTxnMarkersResponse; versions 0-1. */
export interface WriteTxnMarkersResponseWritableTxnMarkerResult {
  /** The current producer ID in use by the transactional ID. Versions: 0+. Entity: producerId. */
  producerId: ProducerId;
  /** The results by topic. Versions: 0+. */
  topics: WriteTxnMarkersResponseWritableTxnMarkerTopicResult[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A WriteTxnMarkersResponseWritableTxnMarkerResult with every field at its schema default, overridden by `init`. */
export function createWriteTxnMarkersResponseWritableTxnMarkerResult(init: Partial<WriteTxnMarkersResponseWritableTxnMarkerResult> = {}): WriteTxnMarkersResponseWritableTxnMarkerResult {
  return {
    producerId: 0n as ProducerId,
    topics: [],
    ...init,
  };
}

/** Writes a WriteTxnMarkersResponseWritableTxnMarkerResult in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeWriteTxnMarkersResponseWritableTxnMarkerResult(writer: Writer, value: WriteTxnMarkersResponseWritableTxnMarkerResult, version: number): void {
  const flexible = version >= 1;
  writer.writeInt64(value.producerId);
  writer.writeArrayLength(value.topics, flexible);
  for (const item of value.topics) writeWriteTxnMarkersResponseWritableTxnMarkerTopicResult(writer, item, version);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('WriteTxnMarkersResponseWritableTxnMarkerResult', version);
  }
}

/** Reads a WriteTxnMarkersResponseWritableTxnMarkerResult in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readWriteTxnMarkersResponseWritableTxnMarkerResult(reader: Reader, version: number): WriteTxnMarkersResponseWritableTxnMarkerResult {
  const flexible = version >= 1;
  const value: WriteTxnMarkersResponseWritableTxnMarkerResult = {
    producerId: reader.readInt64() as ProducerId,
    topics: reader.readArray(flexible, () => readWriteTxnMarkersResponseWritableTxnMarkerTopicResult(reader, version)),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** WritableTxnMarkerTopicResult of WriteTxnMarkersResponse; versions 0-1. */
export interface WriteTxnMarkersResponseWritableTxnMarkerTopicResult {
  /** The topic name. Versions: 0+. Entity: topicName. */
  name: TopicName;
  /** The results by partition. Versions: 0+. */
  partitions: WriteTxnMarkersResponseWritableTxnMarkerPartitionResult[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A WriteTxnMarkersResponseWritableTxnMarkerTopicResult with every field at its schema default, overridden by `init`. */
export function createWriteTxnMarkersResponseWritableTxnMarkerTopicResult(init: Partial<WriteTxnMarkersResponseWritableTxnMarkerTopicResult> = {}): WriteTxnMarkersResponseWritableTxnMarkerTopicResult {
  return {
    name: "" as TopicName,
    partitions: [],
    ...init,
  };
}

/** Writes a WriteTxnMarkersResponseWritableTxnMarkerTopicResult in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeWriteTxnMarkersResponseWritableTxnMarkerTopicResult(writer: Writer, value: WriteTxnMarkersResponseWritableTxnMarkerTopicResult, version: number): void {
  const flexible = version >= 1;
  writer.writeString(value.name, flexible);
  writer.writeArrayLength(value.partitions, flexible);
  for (const item of value.partitions) writeWriteTxnMarkersResponseWritableTxnMarkerPartitionResult(writer, item, version);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('WriteTxnMarkersResponseWritableTxnMarkerTopicResult', version);
  }
}

/** Reads a WriteTxnMarkersResponseWritableTxnMarkerTopicResult in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readWriteTxnMarkersResponseWritableTxnMarkerTopicResult(reader: Reader, version: number): WriteTxnMarkersResponseWritableTxnMarkerTopicResult {
  const flexible = version >= 1;
  const value: WriteTxnMarkersResponseWritableTxnMarkerTopicResult = {
    name: reader.readString(flexible) as TopicName,
    partitions: reader.readArray(flexible, () => readWriteTxnMarkersResponseWritableTxnMarkerPartitionResult(reader, version)),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** WritableTxnMarkerPartitionResult of WriteTxnMarkersResponse; versions 0-1. */
export interface WriteTxnMarkersResponseWritableTxnMarkerPartitionResult {
  /** The partition index. Versions: 0+. */
  partitionIndex: number;
  /** The error code, or 0 if there was no error. Versions: 0+. */
  errorCode: number;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A WriteTxnMarkersResponseWritableTxnMarkerPartitionResult with every field at its schema default, overridden by `init`. */
export function createWriteTxnMarkersResponseWritableTxnMarkerPartitionResult(init: Partial<WriteTxnMarkersResponseWritableTxnMarkerPartitionResult> = {}): WriteTxnMarkersResponseWritableTxnMarkerPartitionResult {
  return {
    partitionIndex: 0,
    errorCode: 0,
    ...init,
  };
}

/** Writes a WriteTxnMarkersResponseWritableTxnMarkerPartitionResult in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeWriteTxnMarkersResponseWritableTxnMarkerPartitionResult(writer: Writer, value: WriteTxnMarkersResponseWritableTxnMarkerPartitionResult, version: number): void {
  const flexible = version >= 1;
  writer.writeInt32(value.partitionIndex);
  writer.writeInt16(value.errorCode);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('WriteTxnMarkersResponseWritableTxnMarkerPartitionResult', version);
  }
}

/** Reads a WriteTxnMarkersResponseWritableTxnMarkerPartitionResult in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readWriteTxnMarkersResponseWritableTxnMarkerPartitionResult(reader: Reader, version: number): WriteTxnMarkersResponseWritableTxnMarkerPartitionResult {
  const flexible = version >= 1;
  const value: WriteTxnMarkersResponseWritableTxnMarkerPartitionResult = {
    partitionIndex: reader.readInt32(),
    errorCode: reader.readInt16(),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}
