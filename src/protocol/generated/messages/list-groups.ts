// Generated from ListGroupsRequest.json and ListGroupsResponse.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// ListGroups (API key 16): request and response codecs, versions 0-5.
// Kafka wire format: https://kafka.apache.org/protocol#The_Messages_ListGroups
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';
import { fieldNotInVersion, taggedFieldsNotInVersion } from '../../primitives/errors.js';
import { type GroupId } from '../../entity-types.js';

/** Versions of ListGroupsRequest (API key 16): valid 0-5, flexible 3+. */
export const listGroupsRequestVersions = {
  lowestVersion: 0,
  highestVersion: 5,
  flexibleLowestVersion: 3,
} as const;

/** The ListGroupsRequest message; versions 0-5. */
export interface ListGroupsRequest {
  /** The states of the groups we want to list. If empty, all groups are returned with their state. Versions: 4+. */
  statesFilter: string[];
  /** The types of the groups we want to list. If empty, all groups are returned with their type. Versions: 5+. */
  typesFilter: string[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A ListGroupsRequest with every field at its schema default, overridden by `init`. */
export function createListGroupsRequest(init: Partial<ListGroupsRequest> = {}): ListGroupsRequest {
  return {
    statesFilter: [],
    typesFilter: [],
    ...init,
  };
}

/** Writes a ListGroupsRequest in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeListGroupsRequest(writer: Writer, value: ListGroupsRequest, version: number): void {
  const flexible = version >= 3;
  if (version >= 4) {
    writer.writeArrayLength(value.statesFilter, flexible);
    for (const item of value.statesFilter) writer.writeString(item, flexible);
  }
  if (!(version >= 4) && value.statesFilter.length !== 0) {
    throw fieldNotInVersion('ListGroupsRequest', 'statesFilter', version);
  }
  if (version >= 5) {
    writer.writeArrayLength(value.typesFilter, flexible);
    for (const item of value.typesFilter) writer.writeString(item, flexible);
  }
  if (!(version >= 5) && value.typesFilter.length !== 0) {
    throw fieldNotInVersion('ListGroupsRequest', 'typesFilter', version);
  }
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('ListGroupsRequest', version);
  }
}

/** Reads a ListGroupsRequest in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readListGroupsRequest(reader: Reader, version: number): ListGroupsRequest {
  const flexible = version >= 3;
  const value: ListGroupsRequest = {
    statesFilter: (version >= 4) ? reader.readStringArray(flexible) : [],
    typesFilter: (version >= 5) ? reader.readStringArray(flexible) : [],
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** Versions of ListGroupsResponse (API key 16): valid 0-5, flexible 3+. */
export const listGroupsResponseVersions = {
  lowestVersion: 0,
  highestVersion: 5,
  flexibleLowestVersion: 3,
} as const;

/** The ListGroupsResponse message; versions 0-5. */
export interface ListGroupsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions: 1+. Ignorable. */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. Versions: 0+. */
  errorCode: number;
  /** Each group in the response. Versions: 0+. */
  groups: ListGroupsResponseListedGroup[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A ListGroupsResponse with every field at its schema default, overridden by `init`. */
export function createListGroupsResponse(init: Partial<ListGroupsResponse> = {}): ListGroupsResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    groups: [],
    ...init,
  };
}

/** Writes a ListGroupsResponse in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeListGroupsResponse(writer: Writer, value: ListGroupsResponse, version: number): void {
  const flexible = version >= 3;
  if (version >= 1) {
    writer.writeInt32(value.throttleTimeMs);
  }
  writer.writeInt16(value.errorCode);
  writer.writeArrayLength(value.groups, flexible);
  for (const item of value.groups) writeListGroupsResponseListedGroup(writer, item, version);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('ListGroupsResponse', version);
  }
}

/** Reads a ListGroupsResponse in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readListGroupsResponse(reader: Reader, version: number): ListGroupsResponse {
  const flexible = version >= 3;
  const value: ListGroupsResponse = {
    throttleTimeMs: (version >= 1) ? reader.readInt32() : 0,
    errorCode: reader.readInt16(),
    groups: reader.readArray(flexible, () => readListGroupsResponseListedGroup(reader, version)),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** ListedGroup of ListGroupsResponse; versions 0-5. */
export interface ListGroupsResponseListedGroup {
  /** The group ID. Versions: 0+. Entity: groupId. */
  groupId: GroupId;
  /** The group protocol type. Versions: 0+. */
  protocolType: string;
  /** The group state name. Versions: 4+. Ignorable. */
  groupState: string;
  /** The group type name. Versions: 5+. Ignorable. */
  groupType: string;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A ListGroupsResponseListedGroup with every field at its schema default, overridden by `init`. */
export function createListGroupsResponseListedGroup(init: Partial<ListGroupsResponseListedGroup> = {}): ListGroupsResponseListedGroup {
  return {
    groupId: "" as GroupId,
    protocolType: "",
    groupState: "",
    groupType: "",
    ...init,
  };
}

/** Writes a ListGroupsResponseListedGroup in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeListGroupsResponseListedGroup(writer: Writer, value: ListGroupsResponseListedGroup, version: number): void {
  const flexible = version >= 3;
  writer.writeString(value.groupId, flexible);
  writer.writeString(value.protocolType, flexible);
  if (version >= 4) {
    writer.writeString(value.groupState, flexible);
  }
  if (version >= 5) {
    writer.writeString(value.groupType, flexible);
  }
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('ListGroupsResponseListedGroup', version);
  }
}

/** Reads a ListGroupsResponseListedGroup in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readListGroupsResponseListedGroup(reader: Reader, version: number): ListGroupsResponseListedGroup {
  const flexible = version >= 3;
  const value: ListGroupsResponseListedGroup = {
    groupId: reader.readString(flexible) as GroupId,
    protocolType: reader.readString(flexible),
    groupState: (version >= 4) ? reader.readString(flexible) : "",
    groupType: (version >= 5) ? reader.readString(flexible) : "",
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}
