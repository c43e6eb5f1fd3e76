// Generated from KRaftVersionRecord.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// KRaftVersionRecord: data schema codec, versions 0.
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';

/** Versions of KRaftVersionRecord: valid 0, flexible 0+. */
export const kRaftVersionRecordVersions = {
  lowestVersion: 0,
  highestVersion: 0,
  flexibleLowestVersion: 0,
} as const;

/** The KRaftVersionRecord message; versions 0. */
export interface KRaftVersionRecord {
  /** The version of the kraft version record. Versions: 0+. */
  version: number;
  /** The kraft protocol version. Versions: 0+. */
  kRaftVersion: number;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A KRaftVersionRecord with every field at its schema default, overridden by `init`. */
export function createKRaftVersionRecord(init: Partial<KRaftVersionRecord> = {}): KRaftVersionRecord {
  return {
    version: 0,
    kRaftVersion: 0,
    ...init,
  };
}

/** Writes a KRaftVersionRecord in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeKRaftVersionRecord(writer: Writer, value: KRaftVersionRecord, _version: number): void {
  writer.writeInt16(value.version);
  writer.writeInt16(value.kRaftVersion);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a KRaftVersionRecord in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readKRaftVersionRecord(reader: Reader, _version: number): KRaftVersionRecord {
  const value: KRaftVersionRecord = {
    version: reader.readInt16(),
    kRaftVersion: reader.readInt16(),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}
