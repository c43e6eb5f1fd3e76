// Generated from SyncGroupRequest.json and SyncGroupResponse.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// SyncGroup (API key 14): request and response codecs, versions 0-5.
// Kafka wire format: https://kafka.apache.org/protocol#The_Messages_SyncGroup
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';
import { fieldNotInVersion, taggedFieldsNotInVersion } from '../../primitives/errors.js';
import { type GroupId } from '../../entity-types.js';

/** Versions of SyncGroupRequest (API key 14): valid 0-5, flexible 4+. */
export const syncGroupRequestVersions = {
  lowestVersion: 0,
  highestVersion: 5,
  flexibleLowestVersion: 4,
} as const;

/** The SyncGroupRequest message; versions 0-5. */
export interface SyncGroupRequest {
  /** The unique group identifier. Versions: 0+. Entity: groupId. */
  groupId: GroupId;
  /** The generation of the group. Versions: 0+. */
  generationId: number;
  /** The member ID assigned by the group. Versions: 0+. */
  memberId: string;
  /** The unique identifier of the consumer instance provided by end user. Versions: 3+. Nullable: 3+. Default: null. */
  groupInstanceId: string | null;
  /** The group protocol type. Versions: 5+. Nullable: 5+. Ignorable. Default: null. */
  protocolType: string | null;
  /** The group protocol name. Versions: 5+. Nullable: 5+. Ignorable. Default: null. */
  protocolName: string | null;
  /** Each assignment. Versions: 0+. */
  assignments: SyncGroupRequestAssignment[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A SyncGroupRequest with every field at its schema default, overridden by `init`. */
export function createSyncGroupRequest(init: Partial<SyncGroupRequest> = {}): SyncGroupRequest {
  return {
    groupId: "" as GroupId,
    generationId: 0,
    memberId: "",
    groupInstanceId: null,
    protocolType: null,
    protocolName: null,
    assignments: [],
    ...init,
  };
}

/** Writes a SyncGroupRequest in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeSyncGroupRequest(writer: Writer, value: SyncGroupRequest, version: number): void {
  const flexible = version >= 4;
  writer.writeString(value.groupId, flexible);
  writer.writeInt32(value.generationId);
  writer.writeString(value.memberId, flexible);
  if (version >= 3) {
    writer.writeNullableString(value.groupInstanceId, flexible);
  }
  if (!(version >= 3) && value.groupInstanceId !== null) {
    throw fieldNotInVersion('SyncGroupRequest', 'groupInstanceId', version);
  }
  if (version >= 5) {
    writer.writeNullableString(value.protocolType, flexible);
  }
  if (version >= 5) {
    writer.writeNullableString(value.protocolName, flexible);
  }
  writer.writeArrayLength(value.assignments, flexible);
  for (const item of value.assignments) writeSyncGroupRequestAssignment(writer, item, version);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('SyncGroupRequest', version);
  }
}

/** Reads a SyncGroupRequest in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readSyncGroupRequest(reader: Reader, version: number): SyncGroupRequest {
  const flexible = version >= 4;
  const value: SyncGroupRequest = {
    groupId: reader.readString(flexible) as GroupId,
    generationId: reader.readInt32(),
    memberId: reader.readString(flexible),
    groupInstanceId: (version >= 3) ? reader.readNullableString(flexible) : null,
    protocolType: (version >= 5) ? reader.readNullableString(flexible) : null,
    protocolName: (version >= 5) ? reader.readNullableString(flexible) : null,
    assignments: reader.readArray(flexible, () => readSyncGroupRequestAssignment(reader, version)),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** SyncGroupRequestAssignment of SyncGroupRequest; versions 0-5. */
export interface SyncGroupRequestAssignment {
  /** The ID of the member to assign. Versions: 0+. */
  memberId: string;
  /** The member assignment. Versions: 0+. */
  assignment: Uint8Array;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A SyncGroupRequestAssignment with every field at its schema default, overridden by `init`. */
export function createSyncGroupRequestAssignment(init: Partial<SyncGroupRequestAssignment> = {}): SyncGroupRequestAssignment {
  return {
    memberId: "",
    assignment: new Uint8Array(0),
    ...init,
  };
}

/** Writes a SyncGroupRequestAssignment in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeSyncGroupRequestAssignment(writer: Writer, value: SyncGroupRequestAssignment, version: number): void {
  const flexible = version >= 4;
  writer.writeString(value.memberId, flexible);
  writer.writeBytes(value.assignment, flexible);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('SyncGroupRequestAssignment', version);
  }
}

/** Reads a SyncGroupRequestAssignment in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readSyncGroupRequestAssignment(reader: Reader, version: number): SyncGroupRequestAssignment {
  const flexible = version >= 4;
  const value: SyncGroupRequestAssignment = {
    memberId: reader.readString(flexible),
    assignment: reader.readBytes(flexible),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** Versions of SyncGroupResponse (API key 14): valid 0-5, flexible 4+. */
export const syncGroupResponseVersions = {
  lowestVersion: 0,
  highestVersion: 5,
  flexibleLowestVersion: 4,
} as const;

/** The SyncGroupResponse message; versions 0-5. */
export interface SyncGroupResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions: 1+. Ignorable. */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. Versions: 0+. */
  errorCode: number;
  /** The group protocol type. Versions: 5+. Nullable: 5+. Ignorable. Default: null. */
  protocolType: string | null;
  /** The group protocol name. Versions: 5+. Nullable: 5+. Ignorable. Default: null. */
  protocolName: string | null;
  /** The member assignment. Versions: 0+. */
  assignment: Uint8Array;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A SyncGroupResponse with every field at its schema default, overridden by `init`. */
export function createSyncGroupResponse(init: Partial<SyncGroupResponse> = {}): SyncGroupResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    protocolType: null,
    protocolName: null,
    assignment: new Uint8Array(0),
    ...init,
  };
}

/** Writes a SyncGroupResponse in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeSyncGroupResponse(writer: Writer, value: SyncGroupResponse, version: number): void {
  const flexible = version >= 4;
  if (version >= 1) {
    writer.writeInt32(value.throttleTimeMs);
  }
  writer.writeInt16(value.errorCode);
  if (version >= 5) {
    writer.writeNullableString(value.protocolType, flexible);
  }
  if (version >= 5) {
    writer.writeNullableString(value.protocolName, flexible);
  }
  writer.writeBytes(value.assignment, flexible);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('SyncGroupResponse', version);
  }
}

/** Reads a SyncGroupResponse in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readSyncGroupResponse(reader: Reader, version: number): SyncGroupResponse {
  const flexible = version >= 4;
  const value: SyncGroupResponse = {
    throttleTimeMs: (version >= 1) ? reader.readInt32() : 0,
    errorCode: reader.readInt16(),
    protocolType: (version >= 5) ? reader.readNullableString(flexible) : null,
    protocolName: (version >= 5) ? reader.readNullableString(flexible) : null,
    assignment: reader.readBytes(flexible),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}
