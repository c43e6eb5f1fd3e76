// Generated from LeaveGroupRequest.json and LeaveGroupResponse.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// LeaveGroup (API key 13): request and response codecs, versions 0-5.
// Kafka wire format: https://kafka.apache.org/protocol#The_Messages_LeaveGroup
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';
import { fieldNotInVersion, taggedFieldsNotInVersion } from '../../primitives/errors.js';
import { type GroupId } from '../../entity-types.js';

/** Versions of LeaveGroupRequest (API key 13): valid 0-5, flexible 4+. */
export const leaveGroupRequestVersions = {
  lowestVersion: 0,
  highestVersion: 5,
  flexibleLowestVersion: 4,
} as const;

/** The LeaveGroupRequest message; versions 0-5. */
export interface LeaveGroupRequest {
  /** The ID of the group to leave. Versions: 0+. Entity: groupId. */
  groupId: GroupId;
  /** The member ID to remove from the group. Versions: 0-2. */
  memberId: string;
  /** List of leaving member identities. Versions: 3+. */
  members: LeaveGroupRequestMemberIdentity[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A LeaveGroupRequest with every field at its schema default, overridden by `init`. */
export function createLeaveGroupRequest(init: Partial<LeaveGroupRequest> = {}): LeaveGroupRequest {
  return {
    groupId: "" as GroupId,
    memberId: "",
    members: [],
    ...init,
  };
}

/** Writes a LeaveGroupRequest in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeLeaveGroupRequest(writer: Writer, value: LeaveGroupRequest, version: number): void {
  const flexible = version >= 4;
  writer.writeString(value.groupId, flexible);
  if (version <= 2) {
    writer.writeString(value.memberId, flexible);
  }
  if (!(version <= 2) && value.memberId !== "") {
    throw fieldNotInVersion('LeaveGroupRequest', 'memberId', version);
  }
  if (version >= 3) {
    writer.writeArrayLength(value.members, flexible);
    for (const item of value.members) writeLeaveGroupRequestMemberIdentity(writer, item, version);
  }
  if (!(version >= 3) && value.members.length !== 0) {
    throw fieldNotInVersion('LeaveGroupRequest', 'members', version);
  }
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('LeaveGroupRequest', version);
  }
}

/** Reads a LeaveGroupRequest in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readLeaveGroupRequest(reader: Reader, version: number): LeaveGroupRequest {
  const flexible = version >= 4;
  const value: LeaveGroupRequest = {
    groupId: reader.readString(flexible) as GroupId,
    memberId: (version <= 2) ? reader.readString(flexible) : "",
    members: (version >= 3) ? reader.readArray(flexible, () => readLeaveGroupRequestMemberIdentity(reader, version)) : [],
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** MemberIdentity of LeaveGroupRequest; versions 3-5. */
export interface LeaveGroupRequestMemberIdentity {
  /** The member ID to remove from the group. Versions: 3+. */
  memberId: string;
  /** The group instance ID to remove from the group. Versions: 3+. Nullable: 3+. Default: null. */
  groupInstanceId: string | null;
  /** The reason why the member left the group. Versions: 5+. Nullable: 5+. Ignorable. Default: null. */
  reason: string | null;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A LeaveGroupRequestMemberIdentity with every field at its schema default, overridden by `init`. */
export function createLeaveGroupRequestMemberIdentity(init: Partial<LeaveGroupRequestMemberIdentity> = {}): LeaveGroupRequestMemberIdentity {
  return {
    memberId: "",
    groupInstanceId: null,
    reason: null,
    ...init,
  };
}

/** Writes a LeaveGroupRequestMemberIdentity in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeLeaveGroupRequestMemberIdentity(writer: Writer, value: LeaveGroupRequestMemberIdentity, version: number): void {
  const flexible = version >= 4;
  writer.writeString(value.memberId, flexible);
  writer.writeNullableString(value.groupInstanceId, flexible);
  if (version >= 5) {
    writer.writeNullableString(value.reason, flexible);
  }
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('LeaveGroupRequestMemberIdentity', version);
  }
}

/** Reads a LeaveGroupRequestMemberIdentity in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readLeaveGroupRequestMemberIdentity(reader: Reader, version: number): LeaveGroupRequestMemberIdentity {
  const flexible = version >= 4;
  const value: LeaveGroupRequestMemberIdentity = {
    memberId: reader.readString(flexible),
    groupInstanceId: reader.readNullableString(flexible),
    reason: (version >= 5) ? reader.readNullableString(flexible) : null,
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** Versions of LeaveGroupResponse (API key 13): valid 0-5, flexible 4+. */
export const leaveGroupResponseVersions = {
  lowestVersion: 0,
  highestVersion: 5,
  flexibleLowestVersion: 4,
} as const;

/** The LeaveGroupResponse message; versions 0-5. */
export interface LeaveGroupResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions: 1+. Ignorable. */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. Versions: 0+. */
  errorCode: number;
  /** List of leaving member responses. Versions: 3+. */
  members: LeaveGroupResponseMemberResponse[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A LeaveGroupResponse with every field at its schema default, overridden by `init`. */
export function createLeaveGroupResponse(init: Partial<LeaveGroupResponse> = {}): LeaveGroupResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    members: [],
    ...init,
  };
}

/** Writes a LeaveGroupResponse in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeLeaveGroupResponse(writer: Writer, value: LeaveGroupResponse, version: number): void {
  const flexible = version >= 4;
  if (version >= 1) {
    writer.writeInt32(value.throttleTimeMs);
  }
  writer.writeInt16(value.errorCode);
  if (version >= 3) {
    writer.writeArrayLength(value.members, flexible);
    for (const item of value.members) writeLeaveGroupResponseMemberResponse(writer, item, version);
  }
  if (!(version >= 3) && value.members.length !== 0) {
    throw fieldNotInVersion('LeaveGroupResponse', 'members', version);
  }
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('LeaveGroupResponse', version);
  }
}

/** Reads a LeaveGroupResponse in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readLeaveGroupResponse(reader: Reader, version: number): LeaveGroupResponse {
  const flexible = version >= 4;
  const value: LeaveGroupResponse = {
    throttleTimeMs: (version >= 1) ? reader.readInt32() : 0,
    errorCode: reader.readInt16(),
    members: (version >= 3) ? reader.readArray(flexible, () => readLeaveGroupResponseMemberResponse(reader, version)) : [],
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** MemberResponse of LeaveGroupResponse; versions 3-5. */
export interface LeaveGroupResponseMemberResponse {
  /** The member ID to remove from the group. Versions: 3+. */
  memberId: string;
  /** The group instance ID to remove from the group. Versions: 3+. Nullable: 3+. */
  groupInstanceId: string | null;
  /** The error code, or 0 if there was no error. Versions: 3+. */
  errorCode: number;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A LeaveGroupResponseMemberResponse with every field at its schema default, overridden by `init`. */
export function createLeaveGroupResponseMemberResponse(init: Partial<LeaveGroupResponseMemberResponse> = {}): LeaveGroupResponseMemberResponse {
  return {
    memberId: "",
    groupInstanceId: "",
    errorCode: 0,
    ...init,
  };
}

/** Writes a LeaveGroupResponseMemberResponse in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeLeaveGroupResponseMemberResponse(writer: Writer, value: LeaveGroupResponseMemberResponse, version: number): void {
  const flexible = version >= 4;
  writer.writeString(value.memberId, flexible);
  writer.writeNullableString(value.groupInstanceId, flexible);
  writer.writeInt16(value.errorCode);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('LeaveGroupResponseMemberResponse', version);
  }
}

/** Reads a LeaveGroupResponseMemberResponse in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readLeaveGroupResponseMemberResponse(reader: Reader, version: number): LeaveGroupResponseMemberResponse {
  const flexible = version >= 4;
  const value: LeaveGroupResponseMemberResponse = {
    memberId: reader.readString(flexible),
    groupInstanceId: reader.readNullableString(flexible),
    errorCode: reader.readInt16(),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}
