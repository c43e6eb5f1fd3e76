// Generated from DescribeGroupsRequest.json and DescribeGroupsResponse.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// DescribeGroups (API key 15): request and response codecs, versions 0-5.
// Kafka wire format: https://kafka.apache.org/protocol#The_Messages_DescribeGroups
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';
import { fieldNotInVersion, taggedFieldsNotInVersion } from '../../primitives/errors.js';
import { type GroupId } from '../../entity-types.js';

/** Versions of DescribeGroupsRequest (API key 15): valid 0-5, flexible 5+. */
export const describeGroupsRequestVersions = {
  lowestVersion: 0,
  highestVersion: 5,
  flexibleLowestVersion: 5,
} as const;

/** The DescribeGroupsRequest message; versions 0-5. */
export interface DescribeGroupsRequest {
  /** The names of the groups to describe. Versions: 0+. Entity: groupId. */
  groups: GroupId[];
  /** Whether to include authorized operations. Versions: 3+. */
  includeAuthorizedOperations: boolean;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A DescribeGroupsRequest with every field at its schema default, overridden by `init`. */
export function createDescribeGroupsRequest(init: Partial<DescribeGroupsRequest> = {}): DescribeGroupsRequest {
  return {
    groups: [],
    includeAuthorizedOperations: false,
    ...init,
  };
}

/** Writes a DescribeGroupsRequest in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeDescribeGroupsRequest(writer: Writer, value: DescribeGroupsRequest, version: number): void {
  const flexible = version >= 5;
  writer.writeArrayLength(value.groups, flexible);
  for (const item of value.groups) writer.writeString(item, flexible);
  if (version >= 3) {
    writer.writeBool(value.includeAuthorizedOperations);
  }
  if (!(version >= 3) && value.includeAuthorizedOperations !== false) {
    throw fieldNotInVersion('DescribeGroupsRequest', 'includeAuthorizedOperations', version);
  }
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('DescribeGroupsRequest', version);
  }
}

/** Reads a DescribeGroupsRequest in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readDescribeGroupsRequest(reader: Reader, version: number): DescribeGroupsRequest {
  const flexible = version >= 5;
  const value: DescribeGroupsRequest = {
    groups: reader.readStringArray(flexible) as GroupId[],
    includeAuthorizedOperations: (version >= 3) ? reader.readBool() : false,
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** Versions of DescribeGroupsResponse (API key 15): valid 0-5, flexible 5+. */
export const describeGroupsResponseVersions = {
  lowestVersion: 0,
  highestVersion: 5,
  flexibleLowestVersion: 5,
} as const;

/** The DescribeGroupsResponse message; versions 0-5. */
export interface DescribeGroupsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions: 1+. Ignorable. */
  throttleTimeMs: number;
  /** Each described group. Versions: 0+. */
  groups: DescribeGroupsResponseDescribedGroup[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A DescribeGroupsResponse with every field at its schema default, overridden by `init`. */
export function createDescribeGroupsResponse(init: Partial<DescribeGroupsResponse> = {}): DescribeGroupsResponse {
  return {
    throttleTimeMs: 0,
    groups: [],
    ...init,
  };
}

/** Writes a DescribeGroupsResponse in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeDescribeGroupsResponse(writer: Writer, value: DescribeGroupsResponse, version: number): void {
  const flexible = version >= 5;
  if (version >= 1) {
    writer.writeInt32(value.throttleTimeMs);
  }
  writer.writeArrayLength(value.groups, flexible);
  for (const item of value.groups) writeDescribeGroupsResponseDescribedGroup(writer, item, version);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('DescribeGroupsResponse', version);
  }
}

/** Reads a DescribeGroupsResponse in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readDescribeGroupsResponse(reader: Reader, version: number): DescribeGroupsResponse {
  const flexible = version >= 5;
  const value: DescribeGroupsResponse = {
    throttleTimeMs: (version >= 1) ? reader.readInt32() : 0,
    groups: reader.readArray(flexible, () => readDescribeGroupsResponseDescribedGroup(reader, version)),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** DescribedGroup of DescribeGroupsResponse; versions 0-5. */
export interface DescribeGroupsResponseDescribedGroup {
  /** The describe error, or 0 if there was no error. Versions: 0+. */
  errorCode: number;
  /** The group ID string. Versions: 0+. Entity: groupId. */
  groupId: GroupId;
  /** The group state string, or the empty string. Versions: 0+. */
  groupState: string;
  /** The group protocol type, or the empty string. Versions: 0+. */
  protocolType: string;
  /** The group protocol data, or the empty string. Versions: 0+. */
  protocolData: string;
  /** The group members. Versions: 0+. */
  members: DescribeGroupsResponseDescribedGroupMember[];
  /** 32-bit bitfield to represent authorized operations for this group. Versions: 3+. Default: -2147483648. */
  authorizedOperations: number;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A DescribeGroupsResponseDescribedGroup with every field at its schema default, overridden by `init`. */
export function createDescribeGroupsResponseDescribedGroup(init: Partial<DescribeGroupsResponseDescribedGroup> = {}): DescribeGroupsResponseDescribedGroup {
  return {
    errorCode: 0,
    groupId: "" as GroupId,
    groupState: "",
    protocolType: "",
    protocolData: "",
    members: [],
    authorizedOperations: -2147483648,
    ...init,
  };
}

/** Writes a DescribeGroupsResponseDescribedGroup in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeDescribeGroupsResponseDescribedGroup(writer: Writer, value: DescribeGroupsResponseDescribedGroup, version: number): void {
  const flexible = version >= 5;
  writer.writeInt16(value.errorCode);
  writer.writeString(value.groupId, flexible);
  writer.writeString(value.groupState, flexible);
  writer.writeString(value.protocolType, flexible);
  writer.writeString(value.protocolData, flexible);
  writer.writeArrayLength(value.members, flexible);
  for (const item of value.members) writeDescribeGroupsResponseDescribedGroupMember(writer, item, version);
  if (version >= 3) {
    writer.writeInt32(value.authorizedOperations);
  }
  if (!(version >= 3) && value.authorizedOperations !== -2147483648) {
    throw fieldNotInVersion('DescribeGroupsResponseDescribedGroup', 'authorizedOperations', version);
  }
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('DescribeGroupsResponseDescribedGroup', version);
  }
}

/** Reads a DescribeGroupsResponseDescribedGroup in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readDescribeGroupsResponseDescribedGroup(reader: Reader, version: number): DescribeGroupsResponseDescribedGroup {
  const flexible = version >= 5;
  const value: DescribeGroupsResponseDescribedGroup = {
    errorCode: reader.readInt16(),
    groupId: reader.readString(flexible) as GroupId,
    groupState: reader.readString(flexible),
    protocolType: reader.readString(flexible),
    protocolData: reader.readString(flexible),
    members: reader.readArray(flexible, () => readDescribeGroupsResponseDescribedGroupMember(reader, version)),
    authorizedOperations: (version >= 3) ? reader.readInt32() : -2147483648,
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** DescribedGroupMember of DescribeGroupsResponse; versions 0-5. */
export interface DescribeGroupsResponseDescribedGroupMember {
  /** The member ID assigned by the group coordinator. Versions: 0+. */
  memberId: string;
  /** The unique identifier of the consumer instance provided by end user. Versions: 4+. Nullable: 4+. Ignorable. Default: null. */
  groupInstanceId: string | null;
  /** The client ID used in the member's latest join group request. Versions: 0+. */
  clientId: string;
  /** The client host. Versions: 0+. */
  clientHost: string;
  /** The metadata corresponding to the current group protocol in use. Versions: 0+. */
  memberMetadata: Uint8Array;
  /** The current assignment provided by the group leader. Versions: 0+. */
  memberAssignment: Uint8Array;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A DescribeGroupsResponseDescribedGroupMember with every field at its schema default, overridden by `init`. */
export function createDescribeGroupsResponseDescribedGroupMember(init: Partial<DescribeGroupsResponseDescribedGroupMember> = {}): DescribeGroupsResponseDescribedGroupMember {
  return {
    memberId: "",
    groupInstanceId: null,
    clientId: "",
    clientHost: "",
    memberMetadata: new Uint8Array(0),
    memberAssignment: new Uint8Array(0),
    ...init,
  };
}

/** Writes a DescribeGroupsResponseDescribedGroupMember in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeDescribeGroupsResponseDescribedGroupMember(writer: Writer, value: DescribeGroupsResponseDescribedGroupMember, version: number): void {
  const flexible = version >= 5;
  writer.writeString(value.memberId, flexible);
  if (version >= 4) {
    writer.writeNullableString(value.groupInstanceId, flexible);
  }
  writer.writeString(value.clientId, flexible);
  writer.writeString(value.clientHost, flexible);
  writer.writeBytes(value.memberMetadata, flexible);
  writer.writeBytes(value.memberAssignment, flexible);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('DescribeGroupsResponseDescribedGroupMember', version);
  }
}

/** Reads a DescribeGroupsResponseDescribedGroupMember in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readDescribeGroupsResponseDescribedGroupMember(reader: Reader, version: number): DescribeGroupsResponseDescribedGroupMember {
  const flexible = version >= 5;
  const value: DescribeGroupsResponseDescribedGroupMember = {
    memberId: reader.readString(flexible),
    groupInstanceId: (version >= 4) ? reader.readNullableString(flexible) : null,
    clientId: reader.readString(flexible),
    clientHost: reader.readString(flexible),
    memberMetadata: reader.readBytes(flexible),
    memberAssignment: reader.readBytes(flexible),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}
