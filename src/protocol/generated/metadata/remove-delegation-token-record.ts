// Generated from RemoveDelegationTokenRecord.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// RemoveDelegationTokenRecord: KRaft metadata record (type 26) codec, versions 0.
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';

/** Versions of RemoveDelegationTokenRecord (API key 26): valid 0, flexible 0+. */
export const removeDelegationTokenRecordVersions = {
  lowestVersion: 0,
  highestVersion: 0,
  flexibleLowestVersion: 0,
} as const;

/** The RemoveDelegationTokenRecord message; versions 0. */
export interface RemoveDelegationTokenRecord {
  /** The tokenID to remove. Versions: 0+. */
  tokenId: string;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A RemoveDelegationTokenRecord with every field at its schema default, overridden by `init`. */
export function createRemoveDelegationTokenRecord(init: Partial<RemoveDelegationTokenRecord> = {}): RemoveDelegationTokenRecord {
  return {
    tokenId: "",
    ...init,
  };
}

/** Writes a RemoveDelegationTokenRecord in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeRemoveDelegationTokenRecord(writer: Writer, value: RemoveDelegationTokenRecord, _version: number): void {
  writer.writeString(value.tokenId, true);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a RemoveDelegationTokenRecord in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readRemoveDelegationTokenRecord(reader: Reader, _version: number): RemoveDelegationTokenRecord {
  const value: RemoveDelegationTokenRecord = {
    tokenId: reader.readString(true),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}
