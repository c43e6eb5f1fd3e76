// Generated from JoinGroupRequest.json and JoinGroupResponse.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// JoinGroup (API key 11): request and response codecs, versions 0-9.
// Kafka wire format: https://kafka.apache.org/protocol#The_Messages_JoinGroup
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';
import { fieldNotInVersion, nullNotAllowed, taggedFieldsNotInVersion } from '../../primitives/errors.js';
import { type GroupId } from '../../entity-types.js';

/** Versions of JoinGroupRequest (API key 11): valid 0-9, flexible 6+. */
export const joinGroupRequestVersions = {
  lowestVersion: 0,
  highestVersion: 9,
  flexibleLowestVersion: 6,
} as const;

/** The JoinGroupRequest message; versions 0-9. */
export interface JoinGroupRequest {
  /** The group identifier. Versions: 0+. Entity: groupId. */
  groupId: GroupId;
  /** The coordinator considers the consumer dead if it receives no heartbeat after this timeout in milliseconds. Versions: 0+. */
  sessionTimeoutMs: number;
  /** The maximum time in milliseconds that the coordinator will wait for each member to rejoin when rebalancing the group. Versions: 1+. Ignorable. Default: -1. */
  rebalanceTimeoutMs: number;
  /** The member id assigned by the group coordinator. Versions: 0+. */
  memberId: string;
  /** The unique identifier of the consumer instance provided by end user. Versions: 5+. Nullable: 5+. Default: null. */
  groupInstanceId: string | null;
  /** The unique name the for class of protocols implemented by the group we want to join. Versions: 0+. */
  protocolType: string;
  /** The list of protocols that the member supports. Versions: 0+. */
  protocols: JoinGroupRequestProtocol[];
  /** The reason why the member (re-)joins the group. Versions: 8+. Nullable: 8+. Ignorable. Default: null. */
  reason: string | null;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A JoinGroupRequest with every field at its schema default, overridden by `init`. */
export function createJoinGroupRequest(init: Partial<JoinGroupRequest> = {}): JoinGroupRequest {
  return {
    groupId: "" as GroupId,
    sessionTimeoutMs: 0,
    rebalanceTimeoutMs: -1,
    memberId: "",
    groupInstanceId: null,
    protocolType: "",
    protocols: [],
    reason: null,
    ...init,
  };
}

/** Writes a JoinGroupRequest in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeJoinGroupRequest(writer: Writer, value: JoinGroupRequest, version: number): void {
  const flexible = version >= 6;
  writer.writeString(value.groupId, flexible);
  writer.writeInt32(value.sessionTimeoutMs);
  if (version >= 1) {
    writer.writeInt32(value.rebalanceTimeoutMs);
  }
  writer.writeString(value.memberId, flexible);
  if (version >= 5) {
    writer.writeNullableString(value.groupInstanceId, flexible);
  }
  if (!(version >= 5) && value.groupInstanceId !== null) {
    throw fieldNotInVersion('JoinGroupRequest', 'groupInstanceId', version);
  }
  writer.writeString(value.protocolType, flexible);
  writer.writeArrayLength(value.protocols, flexible);
  for (const item of value.protocols) writeJoinGroupRequestProtocol(writer, item, version);
  if (version >= 8) {
    writer.writeNullableString(value.reason, flexible);
  }
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('JoinGroupRequest', version);
  }
}

/** Reads a JoinGroupRequest in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readJoinGroupRequest(reader: Reader, version: number): JoinGroupRequest {
  const flexible = version >= 6;
  const value: JoinGroupRequest = {
    groupId: reader.readString(flexible) as GroupId,
    sessionTimeoutMs: reader.readInt32(),
    rebalanceTimeoutMs: (version >= 1) ? reader.readInt32() : -1,
    memberId: reader.readString(flexible),
    groupInstanceId: (version >= 5) ? reader.readNullableString(flexible) : null,
    protocolType: reader.readString(flexible),
    protocols: reader.readArray(flexible, () => readJoinGroupRequestProtocol(reader, version)),
    reason: (version >= 8) ? reader.readNullableString(flexible) : null,
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** JoinGroupRequestProtocol of JoinGroupRequest; versions 0-9. */
export interface JoinGroupRequestProtocol {
  /** The protocol name. Versions: 0+. */
  name: string;
  /** The protocol metadata. Versions: 0+. */
  metadata: Uint8Array;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A JoinGroupRequestProtocol with every field at its schema default, overridden by `init`. */
export function createJoinGroupRequestProtocol(init: Partial<JoinGroupRequestProtocol> = {}): JoinGroupRequestProtocol {
  return {
    name: "",
    metadata: new Uint8Array(0),
    ...init,
  };
}

/** Writes a JoinGroupRequestProtocol in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeJoinGroupRequestProtocol(writer: Writer, value: JoinGroupRequestProtocol, version: number): void {
  const flexible = version >= 6;
  writer.writeString(value.name, flexible);
  writer.writeBytes(value.metadata, flexible);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('JoinGroupRequestProtocol', version);
  }
}

/** Reads a JoinGroupRequestProtocol in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readJoinGroupRequestProtocol(reader: Reader, version: number): JoinGroupRequestProtocol {
  const flexible = version >= 6;
  const value: JoinGroupRequestProtocol = {
    name: reader.readString(flexible),
    metadata: reader.readBytes(flexible),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** Versions of JoinGroupResponse (API key 11): valid 0-9, flexible 6+. */
export const joinGroupResponseVersions = {
  lowestVersion: 0,
  highestVersion: 9,
  flexibleLowestVersion: 6,
} as const;

/** The JoinGroupResponse message; versions 0-9. */
export interface JoinGroupResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions: 2+. Ignorable. */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. Versions: 0+. */
  errorCode: number;
  /** The generation ID of the group. Versions: 0+. Default: -1. */
  generationId: number;
  /** The group protocol name. Versions: 7+. Nullable: 7+. Ignorable. Default: null. */
  protocolType: string | null;
  /** The group protocol selected by the coordinator. Versions: 0+. Nullable: 7+. */
  protocolName: string | null;
  /** The leader of the group. Versions: 0+. */
  leader: string;
  /** True if the leader must skip running the assignment. Versions: 9+. Default: false. */
  skipAssignment: boolean;
  /** The member ID assigned by the group coordinator. Versions: 0+. */
  memberId: string;
  /** The Members field. Versions: 0+. */
  members: JoinGroupResponseMember[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A JoinGroupResponse with every field at its schema default, overridden by `init`. */
export function createJoinGroupResponse(init: Partial<JoinGroupResponse> = {}): JoinGroupResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    generationId: -1,
    protocolType: null,
    protocolName: "",
    leader: "",
    skipAssignment: false,
    memberId: "",
    members: [],
    ...init,
  };
}

/** Writes a JoinGroupResponse in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeJoinGroupResponse(writer: Writer, value: JoinGroupResponse, version: number): void {
  const flexible = version >= 6;
  if (version >= 2) {
    writer.writeInt32(value.throttleTimeMs);
  }
  writer.writeInt16(value.errorCode);
  writer.writeInt32(value.generationId);
  if (version >= 7) {
    writer.writeNullableString(value.protocolType, flexible);
  }
  if (value.protocolName === null && !((version >= 7))) throw nullNotAllowed('JoinGroupResponse', 'protocolName', version);
  writer.writeNullableString(value.protocolName, flexible);
  writer.writeString(value.leader, flexible);
  if (version >= 9) {
    writer.writeBool(value.skipAssignment);
  }
  if (!(version >= 9) && value.skipAssignment !== false) {
    throw fieldNotInVersion('JoinGroupResponse', 'skipAssignment', version);
  }
  writer.writeString(value.memberId, flexible);
  writer.writeArrayLength(value.members, flexible);
  for (const item of value.members) writeJoinGroupResponseMember(writer, item, version);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('JoinGroupResponse', version);
  }
}

/** Reads a JoinGroupResponse in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readJoinGroupResponse(reader: Reader, version: number): JoinGroupResponse {
  const flexible = version >= 6;
  const value: JoinGroupResponse = {
    throttleTimeMs: (version >= 2) ? reader.readInt32() : 0,
    errorCode: reader.readInt16(),
    generationId: reader.readInt32(),
    protocolType: (version >= 7) ? reader.readNullableString(flexible) : null,
    protocolName: ((version >= 7)) ? reader.readNullableString(flexible) : reader.readString(flexible),
    leader: reader.readString(flexible),
    skipAssignment: (version >= 9) ? reader.readBool() : false,
    memberId: reader.readString(flexible),
    members: reader.readArray(flexible, () => readJoinGroupResponseMember(reader, version)),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** JoinGroupResponseMember of JoinGroupResponse; versions 0-9. */
export interface JoinGroupResponseMember {
  /** The group member ID. Versions: 0+. */
  memberId: string;
  /** The unique identifier of the consumer instance provided by end user. Versions: 5+. Nullable: 5+. Ignorable. Default: null. */
  groupInstanceId: string | null;
  /** The group member metadata. Versions: 0+. */
  metadata: Uint8Array;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A JoinGroupResponseMember with every field at its schema default, overridden by `init`. */
export function createJoinGroupResponseMember(init: Partial<JoinGroupResponseMember> = {}): JoinGroupResponseMember {
  return {
    memberId: "",
    groupInstanceId: null,
    metadata: new Uint8Array(0),
    ...init,
  };
}

/** Writes a JoinGroupResponseMember in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeJoinGroupResponseMember(writer: Writer, value: JoinGroupResponseMember, version: number): void {
  const flexible = version >= 6;
  writer.writeString(value.memberId, flexible);
  if (version >= 5) {
    writer.writeNullableString(value.groupInstanceId, flexible);
  }
  writer.writeBytes(value.metadata, flexible);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('JoinGroupResponseMember', version);
  }
}

/** Reads a JoinGroupResponseMember in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readJoinGroupResponseMember(reader: Reader, version: number): JoinGroupResponseMember {
  const flexible = version >= 6;
  const value: JoinGroupResponseMember = {
    memberId: reader.readString(flexible),
    groupInstanceId: (version >= 5) ? reader.readNullableString(flexible) : null,
    metadata: reader.readBytes(flexible),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}
