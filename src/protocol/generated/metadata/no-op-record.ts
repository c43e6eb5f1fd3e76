// Generated from NoOpRecord.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// NoOpRecord: KRaft metadata record (type 20) codec, versions 0.
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';

/** Versions of NoOpRecord (API key 20): valid 0, flexible 0+. */
export const noOpRecordVersions = {
  lowestVersion: 0,
  highestVersion: 0,
  flexibleLowestVersion: 0,
} as const;

/** The NoOpRecord message; versions 0. */
export interface NoOpRecord {
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A NoOpRecord with every field at its schema default, overridden by `init`. */
export function createNoOpRecord(init: Partial<NoOpRecord> = {}): NoOpRecord {
  return {
    ...init,
  };
}

/** Writes a NoOpRecord in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeNoOpRecord(writer: Writer, value: NoOpRecord, _version: number): void {
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a NoOpRecord in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readNoOpRecord(reader: Reader, _version: number): NoOpRecord {
  const value: NoOpRecord = {
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}
