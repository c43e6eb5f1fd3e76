// Generated from DeleteGroupsRequest.json and DeleteGroupsResponse.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// DeleteGroups (API key 42): request and response codecs, versions 0-2.
// Kafka wire format: https://kafka.apache.org/protocol#The_Messages_DeleteGroups
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';
import { taggedFieldsNotInVersion } from '../../primitives/errors.js';
import { type GroupId } from '../../entity-types.js';

/** Versions of DeleteGroupsRequest (API key 42): valid 0-2, flexible 2+. */
export const deleteGroupsRequestVersions = {
  lowestVersion: 0,
  highestVersion: 2,
  flexibleLowestVersion: 2,
} as const;

/** The DeleteGroupsRequest message; versions 0-2. */
export interface DeleteGroupsRequest {
  /** The group names to delete. Versions: 0+. Entity: groupId. */
  groupsNames: GroupId[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A DeleteGroupsRequest with every field at its schema default, overridden by `init`. */
export function createDeleteGroupsRequest(init: Partial<DeleteGroupsRequest> = {}): DeleteGroupsRequest {
  return {
    groupsNames: [],
    ...init,
  };
}

/** Writes a DeleteGroupsRequest in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeDeleteGroupsRequest(writer: Writer, value: DeleteGroupsRequest, version: number): void {
  const flexible = version >= 2;
  writer.writeArrayLength(value.groupsNames, flexible);
  for (const item of value.groupsNames) writer.writeString(item, flexible);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('DeleteGroupsRequest', version);
  }
}

/** Reads a DeleteGroupsRequest in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readDeleteGroupsRequest(reader: Reader, version: number): DeleteGroupsRequest {
  const flexible = version >= 2;
  const value: DeleteGroupsRequest = {
    groupsNames: reader.readStringArray(flexible) as GroupId[],
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** Versions of DeleteGroupsResponse (API key 42): valid 0-2, flexible 2+. */
export const deleteGroupsResponseVersions = {
  lowestVersion: 0,
  highestVersion: 2,
  flexibleLowestVersion: 2,
} as const;

/** The DeleteGroupsResponse message; versions 0-2. */
export interface DeleteGroupsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions: 0+. */
  throttleTimeMs: number;
  /** The deletion results. Versions: 0+. */
  results: DeleteGroupsResponseDeletableGroupResult[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A DeleteGroupsResponse with every field at its schema default, overridden by `init`. */
export function createDeleteGroupsResponse(init: Partial<DeleteGroupsResponse> = {}): DeleteGroupsResponse {
  return {
    throttleTimeMs: 0,
    results: [],
    ...init,
  };
}

/** Writes a DeleteGroupsResponse in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeDeleteGroupsResponse(writer: Writer, value: DeleteGroupsResponse, version: number): void {
  const flexible = version >= 2;
  writer.writeInt32(value.throttleTimeMs);
  writer.writeArrayLength(value.results, flexible);
  for (const item of value.results) writeDeleteGroupsResponseDeletableGroupResult(writer, item, version);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('DeleteGroupsResponse', version);
  }
}

/** Reads a DeleteGroupsResponse in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readDeleteGroupsResponse(reader: Reader, version: number): DeleteGroupsResponse {
  const flexible = version >= 2;
  const value: DeleteGroupsResponse = {
    throttleTimeMs: reader.readInt32(),
    results: reader.readArray(flexible, () => readDeleteGroupsResponseDeletableGroupResult(reader, version)),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** DeletableGroupResult of DeleteGroupsResponse; versions 0-2. */
export interface DeleteGroupsResponseDeletableGroupResult {
  /** The group id. Versions: 0+. Entity: groupId. */
  groupId: GroupId;
  /** The deletion error, or 0 if the deletion succeeded. Versions: 0+. */
  errorCode: number;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A DeleteGroupsResponseDeletableGroupResult with every field at its schema default, overridden by `init`. */
export function createDeleteGroupsResponseDeletableGroupResult(init: Partial<DeleteGroupsResponseDeletableGroupResult> = {}): DeleteGroupsResponseDeletableGroupResult {
  return {
    groupId: "" as GroupId,
    errorCode: 0,
    ...init,
  };
}

/** Writes a DeleteGroupsResponseDeletableGroupResult in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeDeleteGroupsResponseDeletableGroupResult(writer: Writer, value: DeleteGroupsResponseDeletableGroupResult, version: number): void {
  const flexible = version >= 2;
  writer.writeString(value.groupId, flexible);
  writer.writeInt16(value.errorCode);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('DeleteGroupsResponseDeletableGroupResult', version);
  }
}

/** Reads a DeleteGroupsResponseDeletableGroupResult in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readDeleteGroupsResponseDeletableGroupResult(reader: Reader, version: number): DeleteGroupsResponseDeletableGroupResult {
  const flexible = version >= 2;
  const value: DeleteGroupsResponseDeletableGroupResult = {
    groupId: reader.readString(flexible) as GroupId,
    errorCode: reader.readInt16(),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}
