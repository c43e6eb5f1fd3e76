// Generated from ZkMigrationRecord.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// ZkMigrationStateRecord: KRaft metadata record (type 21) codec, versions 0.
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';

/** Versions of ZkMigrationStateRecord (API key 21): valid 0, flexible 0+. */
export const zkMigrationStateRecordVersions = {
  lowestVersion: 0,
  highestVersion: 0,
  flexibleLowestVersion: 0,
} as const;

/** The ZkMigrationStateRecord message; versions 0. */
export interface ZkMigrationStateRecord {
  /** One of the possible migration states. Versions: 0+. */
  zkMigrationState: number;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A ZkMigrationStateRecord with every field at its schema default, overridden by `init`. */
export function createZkMigrationStateRecord(init: Partial<ZkMigrationStateRecord> = {}): ZkMigrationStateRecord {
  return {
    zkMigrationState: 0,
    ...init,
  };
}

/** Writes a ZkMigrationStateRecord in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeZkMigrationStateRecord(writer: Writer, value: ZkMigrationStateRecord, _version: number): void {
  writer.writeInt8(value.zkMigrationState);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a ZkMigrationStateRecord in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readZkMigrationStateRecord(reader: Reader, _version: number): ZkMigrationStateRecord {
  const value: ZkMigrationStateRecord = {
    zkMigrationState: reader.readInt8(),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}
