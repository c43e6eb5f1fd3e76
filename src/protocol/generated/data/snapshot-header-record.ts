// Generated from SnapshotHeaderRecord.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// SnapshotHeaderRecord: data schema codec, versions 0.
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';

/** Versions of SnapshotHeaderRecord: valid 0, flexible 0+. */
export const snapshotHeaderRecordVersions = {
  lowestVersion: 0,
  highestVersion: 0,
  flexibleLowestVersion: 0,
} as const;

/** The SnapshotHeaderRecord message; versions 0. */
export interface SnapshotHeaderRecord {
  /** The version of the snapshot header record. Versions: 0+. */
  version: number;
  /** The append time of the last record from the log contained in this snapshot. Versions: 0+. */
  lastContainedLogTimestamp: bigint;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A SnapshotHeaderRecord with every field at its schema default, overridden by `init`. */
export function createSnapshotHeaderRecord(init: Partial<SnapshotHeaderRecord> = {}): SnapshotHeaderRecord {
  return {
    version: 0,
    lastContainedLogTimestamp: 0n,
    ...init,
  };
}

/** Writes a SnapshotHeaderRecord in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeSnapshotHeaderRecord(writer: Writer, value: SnapshotHeaderRecord, _version: number): void {
  writer.writeInt16(value.version);
  writer.writeInt64(value.lastContainedLogTimestamp);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a SnapshotHeaderRecord in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readSnapshotHeaderRecord(reader: Reader, _version: number): SnapshotHeaderRecord {
  const value: SnapshotHeaderRecord = {
    version: reader.readInt16(),
    lastContainedLogTimestamp: reader.readInt64(),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}
