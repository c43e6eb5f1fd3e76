// Generated from RemoveAccessControlEntryRecord.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// RemoveAccessControlEntryRecord: KRaft metadata record (type 19) codec, versions 0.
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';
import { ZERO_UUID, type Uuid } from '../../entity-types.js';

/** Versions of RemoveAccessControlEntryRecord (API key 19): valid 0, flexible 0+. */
export const removeAccessControlEntryRecordVersions = {
  lowestVersion: 0,
  highestVersion: 0,
  flexibleLowestVersion: 0,
} as const;

/** The RemoveAccessControlEntryRecord message; versions 0. */
export interface RemoveAccessControlEntryRecord {
  /** The ID of the AccessControlEntry to remove. Versions: 0+. */
  id: Uuid;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A RemoveAccessControlEntryRecord with every field at its schema default, overridden by `init`. */
export function createRemoveAccessControlEntryRecord(init: Partial<RemoveAccessControlEntryRecord> = {}): RemoveAccessControlEntryRecord {
  return {
    id: ZERO_UUID,
    ...init,
  };
}

/** Writes a RemoveAccessControlEntryRecord in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeRemoveAccessControlEntryRecord(writer: Writer, value: RemoveAccessControlEntryRecord, _version: number): void {
  writer.writeUuid(value.id);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a RemoveAccessControlEntryRecord in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readRemoveAccessControlEntryRecord(reader: Reader, _version: number): RemoveAccessControlEntryRecord {
  const value: RemoveAccessControlEntryRecord = {
    id: reader.readUuid(),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}
