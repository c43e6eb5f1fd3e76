// Generated from DeleteTopicsRequest.json and DeleteTopicsResponse.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// DeleteTopics (API key 20): request and response codecs, versions 0-6.
// Kafka wire format: https://kafka.apache.org/protocol#The_Messages_DeleteTopics
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';
import { fieldNotInVersion, nullNotAllowed, taggedFieldsNotInVersion } from '../../primitives/errors.js';
import { ZERO_UUID, type TopicName, type Uuid } from '../../entity-types.js';

/** Versions of DeleteTopicsRequest (API key 20): valid 0-6, flexible 4+. */
export const deleteTopicsRequestVersions = {
  lowestVersion: 0,
  highestVersion: 6,
  flexibleLowestVersion: 4,
} as const;

/** The DeleteTopicsRequest message; versions 0-6. */
export interface DeleteTopicsRequest {
  /** The name or topic ID of the topic. Versions: 6+. */
  topics: DeleteTopicsRequestDeleteTopicState[];
  /** The names of the topics to delete. Versions: 0-5. Ignorable. Entity: topicName. */
  topicNames: TopicName[];
  /** The length of time in milliseconds to wait for the deletions to complete. Versions: 0+. */
  timeoutMs: number;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A DeleteTopicsRequest with every field at its schema default, overridden by `init`. */
export function createDeleteTopicsRequest(init: Partial<DeleteTopicsRequest> = {}): DeleteTopicsRequest {
  return {
    topics: [],
    topicNames: [],
    timeoutMs: 0,
    ...init,
  };
}

/** Writes a DeleteTopicsRequest in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeDeleteTopicsRequest(writer: Writer, value: DeleteTopicsRequest, version: number): void {
  const flexible = version >= 4;
  if (version >= 6) {
    writer.writeArrayLength(value.topics, flexible);
    for (const item of value.topics) writeDeleteTopicsRequestDeleteTopicState(writer, item, version);
  }
  if (!(version >= 6) && value.topics.length !== 0) {
    throw fieldNotInVersion('DeleteTopicsRequest', 'topics', version);
  }
  if (version <= 5) {
    writer.writeArrayLength(value.topicNames, flexible);
    for (const item of value.topicNames) writer.writeString(item, flexible);
  }
  writer.writeInt32(value.timeoutMs);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('DeleteTopicsRequest', version);
  }
}

/** Reads a DeleteTopicsRequest in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readDeleteTopicsRequest(reader: Reader, version: number): DeleteTopicsRequest {
  const flexible = version >= 4;
  const value: DeleteTopicsRequest = {
    topics: (version >= 6) ? reader.readArray(flexible, () => readDeleteTopicsRequestDeleteTopicState(reader, version)) : [],
    topicNames: (version <= 5) ? reader.readStringArray(flexible) as TopicName[] : [],
    timeoutMs: reader.readInt32(),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** DeleteTopicState of DeleteTopicsRequest; versions 6. */
export interface DeleteTopicsRequestDeleteTopicState {
  /** The topic name. Versions: 6+. Nullable: 6+. Default: null. Entity: topicName. */
  name: TopicName | null;
  /** The unique topic ID. Versions: 6+. */
  topicId: Uuid;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A DeleteTopicsRequestDeleteTopicState with every field at its schema default, overridden by `init`. */
export function createDeleteTopicsRequestDeleteTopicState(init: Partial<DeleteTopicsRequestDeleteTopicState> = {}): DeleteTopicsRequestDeleteTopicState {
  return {
    name: null,
    topicId: ZERO_UUID,
    ...init,
  };
}

/** Writes a DeleteTopicsRequestDeleteTopicState in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeDeleteTopicsRequestDeleteTopicState(writer: Writer, value: DeleteTopicsRequestDeleteTopicState, _version: number): void {
  writer.writeNullableString(value.name, true);
  writer.writeUuid(value.topicId);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a DeleteTopicsRequestDeleteTopicState in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readDeleteTopicsRequestDeleteTopicState(reader: Reader, _version: number): DeleteTopicsRequestDeleteTopicState {
  const value: DeleteTopicsRequestDeleteTopicState = {
    name: reader.readNullableString(true) as TopicName | null,
    topicId: reader.readUuid(),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** Versions of DeleteTopicsResponse (API key 20): valid 0-6, flexible 4+. */
export const deleteTopicsResponseVersions = {
  lowestVersion: 0,
  highestVersion: 6,
  flexibleLowestVersion: 4,
} as const;

/** The DeleteTopicsResponse message; versions 0-6. */
export interface DeleteTopicsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions: 1+. Ignorable. */
  throttleTimeMs: number;
  /** The results for each topic we tried to delete. Versions: 0+. */
  responses: DeleteTopicsResponseDeletableTopicResult[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A DeleteTopicsResponse with every field at its schema default, overridden by `init`. */
export function createDeleteTopicsResponse(init: Partial<DeleteTopicsResponse> = {}): DeleteTopicsResponse {
  return {
    throttleTimeMs: 0,
    responses: [],
    ...init,
  };
}

/** Writes a DeleteTopicsResponse in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeDeleteTopicsResponse(writer: Writer, value: DeleteTopicsResponse, version: number): void {
  const flexible = version >= 4;
  if (version >= 1) {
    writer.writeInt32(value.throttleTimeMs);
  }
  writer.writeArrayLength(value.responses, flexible);
  for (const item of value.responses) writeDeleteTopicsResponseDeletableTopicResult(writer, item, version);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('DeleteTopicsResponse', version);
  }
}

/** Reads a DeleteTopicsResponse in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readDeleteTopicsResponse(reader: Reader, version: number): DeleteTopicsResponse {
  const flexible = version >= 4;
  const value: DeleteTopicsResponse = {
    throttleTimeMs: (version >= 1) ? reader.readInt32() : 0,
    responses: reader.readArray(flexible, () => readDeleteTopicsResponseDeletableTopicResult(reader, version)),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** DeletableTopicResult of DeleteTopicsResponse; versions 0-6. */
export interface DeleteTopicsResponseDeletableTopicResult {
  /** The topic name. Versions: 0+. Nullable: 6+. Entity: topicName. */
  name: TopicName | null;
  /** the unique topic ID. Versions: 6+. Ignorable. */
  topicId: Uuid;
  /** The deletion error, or 0 if the deletion succeeded. Versions: 0+. */
  errorCode: number;
  /** The error message, or null if there was no error. Versions: 5+. Nullable: 5+. Ignorable. Default: null. */
  errorMessage: string | null;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A DeleteTopicsResponseDeletableTopicResult with every field at its schema default, overridden by `init`. */
export function createDeleteTopicsResponseDeletableTopicResult(init: Partial<DeleteTopicsResponseDeletableTopicResult> = {}): DeleteTopicsResponseDeletableTopicResult {
  return {
    name: "" as TopicName,
    topicId: ZERO_UUID,
    errorCode: 0,
    errorMessage: null,
    ...init,
  };
}

/** Writes a DeleteTopicsResponseDeletableTopicResult in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeDeleteTopicsResponseDeletableTopicResult(writer: Writer, value: DeleteTopicsResponseDeletableTopicResult, version: number): void {
  const flexible = version >= 4;
  if (value.name === null && !((version >= 6))) throw nullNotAllowed('DeleteTopicsResponseDeletableTopicResult', 'name', version);
  writer.writeNullableString(value.name, flexible);
  if (version >= 6) {
    writer.writeUuid(value.topicId);
  }
  writer.writeInt16(value.errorCode);
  if (version >= 5) {
    writer.writeNullableString(value.errorMessage, flexible);
  }
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('DeleteTopicsResponseDeletableTopicResult', version);
  }
}

/** Reads a DeleteTopicsResponseDeletableTopicResult in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readDeleteTopicsResponseDeletableTopicResult(reader: Reader, version: number): DeleteTopicsResponseDeletableTopicResult {
  const flexible = version >= 4;
  const value: DeleteTopicsResponseDeletableTopicResult = {
    name: ((version >= 6)) ? reader.readNullableString(flexible) as TopicName | null : reader.readString(flexible) as TopicName,
    topicId: (version >= 6) ? reader.readUuid() : ZERO_UUID,
    errorCode: reader.readInt16(),
    errorMessage: (version >= 5) ? reader.readNullableString(flexible) : null,
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}
