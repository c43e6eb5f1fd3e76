// Generated from CreatePartitionsRequest.json and CreatePartitionsResponse.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// CreatePartitions (API key 37): request and response codecs, versions 0-3.
// Kafka wire format: https://kafka.apache.org/protocol#The_Messages_CreatePartitions
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';
import { taggedFieldsNotInVersion } from '../../primitives/errors.js';
import { type NodeId, type TopicName } from '../../entity-types.js';

/** Versions of CreatePartitionsRequest (API key 37): valid 0-3, flexible 2+. */
export const createPartitionsRequestVersions = {
  lowestVersion: 0,
  highestVersion: 3,
  flexibleLowestVersion: 2,
} as const;

/** The CreatePartitionsRequest message; versions 0-3. */
export interface CreatePartitionsRequest {
  /** Each topic that we want to create new partitions inside. Versions: 0+. */
  topics: CreatePartitionsRequestCreatePartitionsTopic[];
  /** The time in ms to wait for the partitions to be created. Versions: 0+. */
  timeoutMs: number;
  /** If true, then validate the request, but don't actually increase the number of partitions. Versions: 0+. */
  validateOnly: boolean;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A CreatePartitionsRequest with every field at its schema default, overridden by `init`. */
export function createCreatePartitionsRequest(init: Partial<CreatePartitionsRequest> = {}): CreatePartitionsRequest {
  return {
    topics: [],
    timeoutMs: 0,
    validateOnly: false,
    ...init,
  };
}

/** Writes a CreatePartitionsRequest in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeCreatePartitionsRequest(writer: Writer, value: CreatePartitionsRequest, version: number): void {
  const flexible = version >= 2;
  writer.writeArrayLength(value.topics, flexible);
  for (const item of value.topics) writeCreatePartitionsRequestCreatePartitionsTopic(writer, item, version);
  writer.writeInt32(value.timeoutMs);
  writer.writeBool(value.validateOnly);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('CreatePartitionsRequest', version);
  }
}

/** Reads a CreatePartitionsRequest in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readCreatePartitionsRequest(reader: Reader, version: number): CreatePartitionsRequest {
  const flexible = version >= 2;
  const value: CreatePartitionsRequest = {
    topics: reader.readArray(flexible, () => readCreatePartitionsRequestCreatePartitionsTopic(reader, version)),
    timeoutMs: reader.readInt32(),
    validateOnly: reader.readBool(),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** CreatePartitionsTopic of CreatePartitionsRequest; versions 0-3. */
export interface CreatePartitionsRequestCreatePartitionsTopic {
  /** The topic name. Versions: 0+. Entity: topicName. */
  name: TopicName;
  /** The new partition count. Versions: 0+. */
  count: number;
  /** The new partition assignments. Versions: 0+. Nullable: 0+. */
  assignments: CreatePartitionsRequestCreatePartitionsAssignment[] | null;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A CreatePartitionsRequestCreatePartitionsTopic with every field at its schema default, overridden by `init`. */
export function createCreatePartitionsRequestCreatePartitionsTopic(init: Partial<CreatePartitionsRequestCreatePartitionsTopic> = {}): CreatePartitionsRequestCreatePartitionsTopic {
  return {
    name: "" as TopicName,
    count: 0,
    assignments: [],
    ...init,
  };
}

/** Writes a CreatePartitionsRequestCreatePartitionsTopic in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeCreatePartitionsRequestCreatePartitionsTopic(writer: Writer, value: CreatePartitionsRequestCreatePartitionsTopic, version: number): void {
  const flexible = version >= 2;
  writer.writeString(value.name, flexible);
  writer.writeInt32(value.count);
  writer.writeArrayLength(value.assignments, flexible);
  if (value.assignments !== null) for (const item of value.assignments) writeCreatePartitionsRequestCreatePartitionsAssignment(writer, item, version);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('CreatePartitionsRequestCreatePartitionsTopic', version);
  }
}

/** Reads a CreatePartitionsRequestCreatePartitionsTopic in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readCreatePartitionsRequestCreatePartitionsTopic(reader: Reader, version: number): CreatePartitionsRequestCreatePartitionsTopic {
  const flexible = version >= 2;
  const value: CreatePartitionsRequestCreatePartitionsTopic = {
    name: reader.readString(flexible) as TopicName,
    count: reader.readInt32(),
    assignments: reader.readNullableArray(flexible, () => readCreatePartitionsRequestCreatePartitionsAssignment(reader, version)),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** CreatePartitionsAssignment of CreatePartitionsRequest; versions 0-3. */
export interface CreatePartitionsRequestCreatePartitionsAssignment {
  /** The assigned broker IDs. Versions: 0+. Entity: brokerId. */
  brokerIds: NodeId[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A CreatePartitionsRequestCreatePartitionsAssignment with every field at its schema default, overridden by `init`. */
export function createCreatePartitionsRequestCreatePartitionsAssignment(init: Partial<CreatePartitionsRequestCreatePartitionsAssignment> = {}): CreatePartitionsRequestCreatePartitionsAssignment {
  return {
    brokerIds: [],
    ...init,
  };
}

/** Writes a CreatePartitionsRequestCreatePartitionsAssignment in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeCreatePartitionsRequestCreatePartitionsAssignment(writer: Writer, value: CreatePartitionsRequestCreatePartitionsAssignment, version: number): void {
  const flexible = version >= 2;
  writer.writeArrayLength(value.brokerIds, flexible);
  for (const item of value.brokerIds) writer.writeInt32(item);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('CreatePartitionsRequestCreatePartitionsAssignment', version);
  }
}

/** Reads a CreatePartitionsRequestCreatePartitionsAssignment in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readCreatePartitionsRequestCreatePartitionsAssignment(reader: Reader, version: number): CreatePartitionsRequestCreatePartitionsAssignment {
  const flexible = version >= 2;
  const value: CreatePartitionsRequestCreatePartitionsAssignment = {
    brokerIds: reader.readInt32Array(flexible) as NodeId[],
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** Versions of CreatePartitionsResponse (API key 37): valid 0-3, flexible 2+. */
export const createPartitionsResponseVersions = {
  lowestVersion: 0,
  highestVersion: 3,
  flexibleLowestVersion: 2,
} as const;

/** The CreatePartitionsResponse message; versions 0-3. */
export interface CreatePartitionsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions: 0+. */
  throttleTimeMs: number;
  /** The partition creation results for each topic. Versions: 0+. */
  results: CreatePartitionsResponseCreatePartitionsTopicResult[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A CreatePartitionsResponse with every field at its schema default, overridden by `init`. */
export function createCreatePartitionsResponse(init: Partial<CreatePartitionsResponse> = {}): CreatePartitionsResponse {
  return {
    throttleTimeMs: 0,
    results: [],
    ...init,
  };
}

/** Writes a CreatePartitionsResponse in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeCreatePartitionsResponse(writer: Writer, value: CreatePartitionsResponse, version: number): void {
  const flexible = version >= 2;
  writer.writeInt32(value.throttleTimeMs);
  writer.writeArrayLength(value.results, flexible);
  for (const item of value.results) writeCreatePartitionsResponseCreatePartitionsTopicResult(writer, item, version);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('CreatePartitionsResponse', version);
  }
}

/** Reads a CreatePartitionsResponse in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readCreatePartitionsResponse(reader: Reader, version: number): CreatePartitionsResponse {
  const flexible = version >= 2;
  const value: CreatePartitionsResponse = {
    throttleTimeMs: reader.readInt32(),
    results: reader.readArray(flexible, () => readCreatePartitionsResponseCreatePartitionsTopicResult(reader, version)),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** CreatePartitionsTopicResult of CreatePartitionsResponse; versions 0-3. */
export interface CreatePartitionsResponseCreatePartitionsTopicResult {
  /** The topic name. Versions: 0+. Entity: topicName. */
  name: TopicName;
  /** The result error, or zero if there was no error. Versions: 0+. */
  errorCode: number;
  /** The result message, or null if there was no error. Versions: 0+. Nullable: 0+. Default: null. */
  errorMessage: string | null;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A CreatePartitionsResponseCreatePartitionsTopicResult with every field at its schema default, overridden by `init`. */
export function createCreatePartitionsResponseCreatePartitionsTopicResult(init: Partial<CreatePartitionsResponseCreatePartitionsTopicResult> = {}): CreatePartitionsResponseCreatePartitionsTopicResult {
  return {
    name: "" as TopicName,
    errorCode: 0,
    errorMessage: null,
    ...init,
  };
}

/** Writes a CreatePartitionsResponseCreatePartitionsTopicResult in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeCreatePartitionsResponseCreatePartitionsTopicResult(writer: Writer, value: CreatePartitionsResponseCreatePartitionsTopicResult, version: number): void {
  const flexible = version >= 2;
  writer.writeString(value.name, flexible);
  writer.writeInt16(value.errorCode);
  writer.writeNullableString(value.errorMessage, flexible);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('CreatePartitionsResponseCreatePartitionsTopicResult', version);
  }
}

/** Reads a CreatePartitionsResponseCreatePartitionsTopicResult in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readCreatePartitionsResponseCreatePartitionsTopicResult(reader: Reader, version: number): CreatePartitionsResponseCreatePartitionsTopicResult {
  const flexible = version >= 2;
  const value: CreatePartitionsResponseCreatePartitionsTopicResult = {
    name: reader.readString(flexible) as TopicName,
    errorCode: reader.readInt16(),
    errorMessage: reader.readNullableString(flexible),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}
