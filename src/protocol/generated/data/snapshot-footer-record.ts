// Generated from SnapshotFooterRecord.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// SnapshotFooterRecord: data schema codec, versions 0.
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';

/** Versions of SnapshotFooterRecord: valid 0, flexible 0+. */
export const snapshotFooterRecordVersions = {
  lowestVersion: 0,
  highestVersion: 0,
  flexibleLowestVersion: 0,
} as const;

/** The SnapshotFooterRecord message; versions 0. */
export interface SnapshotFooterRecord {
  /** The version of the snapshot footer record. Versions: 0+. */
  version: number;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A SnapshotFooterRecord with every field at its schema default, overridden by `init`. */
export function createSnapshotFooterRecord(init: Partial<SnapshotFooterRecord> = {}): SnapshotFooterRecord {
  return {
    version: 0,
    ...init,
  };
}

/** Writes a SnapshotFooterRecord in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeSnapshotFooterRecord(writer: Writer, value: SnapshotFooterRecord, _version: number): void {
  writer.writeInt16(value.version);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a SnapshotFooterRecord in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readSnapshotFooterRecord(reader: Reader, _version: number): SnapshotFooterRecord {
  const value: SnapshotFooterRecord = {
    version: reader.readInt16(),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}
