// Generated from RemoveUserScramCredentialRecord.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// RemoveUserScramCredentialRecord: KRaft metadata record (type 22) codec, versions 0.
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';

/** Versions of RemoveUserScramCredentialRecord (API key 22): valid 0, flexible 0+. */
export const removeUserScramCredentialRecordVersions = {
  lowestVersion: 0,
  highestVersion: 0,
  flexibleLowestVersion: 0,
} as const;

/** The RemoveUserScramCredentialRecord message; versions 0. */
export interface RemoveUserScramCredentialRecord {
  /** The user name. Versions: 0+. */
  name: string;
  /** The SCRAM mechanism. Versions: 0+. */
  mechanism: number;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A RemoveUserScramCredentialRecord with every field at its schema default, overridden by `init`. */
export function createRemoveUserScramCredentialRecord(init: Partial<RemoveUserScramCredentialRecord> = {}): RemoveUserScramCredentialRecord {
  return {
    name: "",
    mechanism: 0,
    ...init,
  };
}

/** Writes a RemoveUserScramCredentialRecord in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeRemoveUserScramCredentialRecord(writer: Writer, value: RemoveUserScramCredentialRecord, _version: number): void {
  writer.writeString(value.name, true);
  writer.writeInt8(value.mechanism);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a RemoveUserScramCredentialRecord in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readRemoveUserScramCredentialRecord(reader: Reader, _version: number): RemoveUserScramCredentialRecord {
  const value: RemoveUserScramCredentialRecord = {
    name: reader.readString(true),
    mechanism: reader.readInt8(),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}
