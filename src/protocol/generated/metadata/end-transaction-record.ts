// Generated from EndTransactionRecord.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// EndTransactionRecord: KRaft metadata record (type 24) codec, versions 0.
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';

/** Versions of EndTransactionRecord (API key 24): valid 0, flexible 0+. */
export const endTransactionRecordVersions = {
  lowestVersion: 0,
  highestVersion: 0,
  flexibleLowestVersion: 0,
} as const;

/** The EndTransactionRecord message; versions 0. */
export interface EndTransactionRecord {
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A EndTransactionRecord with every field at its schema default, overridden by `init`. */
export function createEndTransactionRecord(init: Partial<EndTransactionRecord> = {}): EndTransactionRecord {
  return {
    ...init,
  };
}

/** Writes a EndTransactionRecord in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeEndTransactionRecord(writer: Writer, value: EndTransactionRecord, _version: number): void {
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a EndTransactionRecord in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readEndTransactionRecord(reader: Reader, _version: number): EndTransactionRecord {
  const value: EndTransactionRecord = {
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}
