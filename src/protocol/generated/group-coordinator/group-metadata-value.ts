// Generated from GroupMetadataValue.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// GroupMetadataValue: data schema codec, versions 0-4.
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';
import { taggedFieldsNotInVersion } from '../../primitives/errors.js';

/** Versions of GroupMetadataValue: valid 0-4, flexible 4+. */
export const groupMetadataValueVersions = {
  lowestVersion: 0,
  highestVersion: 4,
  flexibleLowestVersion: 4,
} as const;

/** The GroupMetadataValue message; versions 0-4. */
export interface GroupMetadataValue {
  /** The protocolType field. Versions: 0+. */
  protocolType: string;
  /** The generation field. Versions: 0+. */
  generation: number;
  /** The protocol field. Versions: 0+. Nullable: 0+. */
  protocol: string | null;
  /** The leader field. Versions: 0+. Nullable: 0+. */
  leader: string | null;
  /** The currentStateTimestamp field. Versions: 2+. Ignorable. Default: -1. */
  currentStateTimestamp: bigint;
  /** The members field. Versions: 0+. */
  members: GroupMetadataValueMemberMetadata[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A GroupMetadataValue with every field at its schema default, overridden by `init`. */
export function createGroupMetadataValue(init: Partial<GroupMetadataValue> = {}): GroupMetadataValue {
  return {
    protocolType: "",
    generation: 0,
    protocol: "",
    leader: "",
    currentStateTimestamp: -1n,
    members: [],
    ...init,
  };
}

/** Writes a GroupMetadataValue in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeGroupMetadataValue(writer: Writer, value: GroupMetadataValue, version: number): void {
  const flexible = version >= 4;
  writer.writeString(value.protocolType, flexible);
  writer.writeInt32(value.generation);
  writer.writeNullableString(value.protocol, flexible);
  writer.writeNullableString(value.leader, flexible);
  if (version >= 2) {
    writer.writeInt64(value.currentStateTimestamp);
  }
  writer.writeArrayLength(value.members, flexible);
  for (const item of value.members) writeGroupMetadataValueMemberMetadata(writer, item, version);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('GroupMetadataValue', version);
  }
}

/** Reads a GroupMetadataValue in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readGroupMetadataValue(reader: Reader, version: number): GroupMetadataValue {
  const flexible = version >= 4;
  const value: GroupMetadataValue = {
    protocolType: reader.readString(flexible),
    generation: reader.readInt32(),
    protocol: reader.readNullableString(flexible),
    leader: reader.readNullableString(flexible),
    currentStateTimestamp: (version >= 2) ? reader.readInt64() : -1n,
    members: reader.readArray(flexible, () => readGroupMetadataValueMemberMetadata(reader, version)),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}

/** MemberMetadata of GroupMetadataValue; versions 0-4. */
export interface GroupMetadataValueMemberMetadata {
  /** The memberId field. Versions: 0+. */
  memberId: string;
  /** The groupInstanceId field. Versions: 3+. Nullable: 3+. Ignorable. Default: null. */
  groupInstanceId: string | null;
  /** The clientId field. Versions: 0+. */
  clientId: string;
  /** The clientHost field. Versions: 0+. */
  clientHost: string;
  /** The rebalanceTimeout field. Versions: 1+. Ignorable. Default: -1. */
  rebalanceTimeout: number;
  /** The sessionTimeout field. Versions: 0+. */
  sessionTimeout: number;
  /** The subscription field. Versions: 0+. */
  subscription: Uint8Array;
  /** The assignment field. Versions: 0+. */
  assignment: Uint8Array;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A GroupMetadataValueMemberMetadata with every field at its schema default, overridden by `init`. */
export function createGroupMetadataValueMemberMetadata(init: Partial<GroupMetadataValueMemberMetadata> = {}): GroupMetadataValueMemberMetadata {
  return {
    memberId: "",
    groupInstanceId: null,
    clientId: "",
    clientHost: "",
    rebalanceTimeout: -1,
    sessionTimeout: 0,
    subscription: new Uint8Array(0),
    assignment: new Uint8Array(0),
    ...init,
  };
}

/** Writes a GroupMetadataValueMemberMetadata in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeGroupMetadataValueMemberMetadata(writer: Writer, value: GroupMetadataValueMemberMetadata, version: number): void {
  const flexible = version >= 4;
  writer.writeString(value.memberId, flexible);
  if (version >= 3) {
    writer.writeNullableString(value.groupInstanceId, flexible);
  }
  writer.writeString(value.clientId, flexible);
  writer.writeString(value.clientHost, flexible);
  if (version >= 1) {
    writer.writeInt32(value.rebalanceTimeout);
  }
  writer.writeInt32(value.sessionTimeout);
  writer.writeBytes(value.subscription, flexible);
  writer.writeBytes(value.assignment, flexible);
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('GroupMetadataValueMemberMetadata', version);
  }
}

/** Reads a GroupMetadataValueMemberMetadata in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readGroupMetadataValueMemberMetadata(reader: Reader, version: number): GroupMetadataValueMemberMetadata {
  const flexible = version >= 4;
  const value: GroupMetadataValueMemberMetadata = {
    memberId: reader.readString(flexible),
    groupInstanceId: (version >= 3) ? reader.readNullableString(flexible) : null,
    clientId: reader.readString(flexible),
    clientHost: reader.readString(flexible),
    rebalanceTimeout: (version >= 1) ? reader.readInt32() : -1,
    sessionTimeout: reader.readInt32(),
    subscription: reader.readBytes(flexible),
    assignment: reader.readBytes(flexible),
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}
