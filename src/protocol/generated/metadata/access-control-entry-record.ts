// Generated from AccessControlEntryRecord.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// AccessControlEntryRecord: KRaft metadata record (type 18) codec, versions 0.
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';
import { ZERO_UUID, type Uuid } from '../../entity-types.js';

/** Versions of AccessControlEntryRecord (API key 18): valid 0, flexible 0+. */
export const accessControlEntryRecordVersions = {
  lowestVersion: 0,
  highestVersion: 0,
  flexibleLowestVersion: 0,
} as const;

/** The AccessControlEntryRecord message; versions 0. */
export interface AccessControlEntryRecord {
  /** The unique ID of this ACL. Versions: 0+. */
  id: Uuid;
  /** The resource type. Versions: 0+. */
  resourceType: number;
  /** The resource name. Versions: 0+. */
  resourceName: string;
  /** The resource name pattern type. Versions: 0+. */
  patternType: number;
  /** The principal name. Versions: 0+. */
  principal: string;
  /** The host name. Versions: 0+. */
  host: string;
  /** The AclOperation. Versions: 0+. */
  operation: number;
  /** The AclPermissionType. Versions: 0+. */
  permissionType: number;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A AccessControlEntryRecord with every field at its schema default, overridden by `init`. */
export function createAccessControlEntryRecord(init: Partial<AccessControlEntryRecord> = {}): AccessControlEntryRecord {
  return {
    id: ZERO_UUID,
    resourceType: 0,
    resourceName: "",
    patternType: 0,
    principal: "",
    host: "",
    operation: 0,
    permissionType: 0,
    ...init,
  };
}

/** Writes a AccessControlEntryRecord in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeAccessControlEntryRecord(writer: Writer, value: AccessControlEntryRecord, _version: number): void {
  writer.writeUuid(value.id);
  writer.writeInt8(value.resourceType);
  writer.writeString(value.resourceName, true);
  writer.writeInt8(value.patternType);
  writer.writeString(value.principal, true);
  writer.writeString(value.host, true);
  writer.writeInt8(value.operation);
  writer.writeInt8(value.permissionType);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a AccessControlEntryRecord in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readAccessControlEntryRecord(reader: Reader, _version: number): AccessControlEntryRecord {
  const value: AccessControlEntryRecord = {
    id: reader.readUuid(),
    resourceType: reader.readInt8(),
    resourceName: reader.readString(true),
    patternType: reader.readInt8(),
    principal: reader.readString(true),
    host: reader.readString(true),
    operation: reader.readInt8(),
    permissionType: reader.readInt8(),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}
