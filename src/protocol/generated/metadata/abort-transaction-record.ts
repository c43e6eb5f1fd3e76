// Generated from AbortTransactionRecord.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// AbortTransactionRecord: KRaft metadata record (type 25) codec, versions 0.
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import { encodeTaggedField, type Writer } from '../../primitives/writer.js';

/** Versions of AbortTransactionRecord (API key 25): valid 0, flexible 0+. */
export const abortTransactionRecordVersions = {
  lowestVersion: 0,
  highestVersion: 0,
  flexibleLowestVersion: 0,
} as const;

/** The AbortTransactionRecord message; versions 0. */
export interface AbortTransactionRecord {
  /** An optional textual description of why the transaction was aborted. Versions: 0+. Nullable: 0+. Tagged: 0+ (tag 0). Default: null. */
  reason: string | null;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A AbortTransactionRecord with every field at its schema default, overridden by `init`. */
export function createAbortTransactionRecord(init: Partial<AbortTransactionRecord> = {}): AbortTransactionRecord {
  return {
    reason: null,
    ...init,
  };
}

/** Writes a AbortTransactionRecord in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeAbortTransactionRecord(writer: Writer, value: AbortTransactionRecord, _version: number): void {
  const taggedFields: RawTaggedField[] = [];
  if (value.reason !== null) {
    taggedFields.push(encodeTaggedField(0, (taggedWriter) => {
      taggedWriter.writeNullableString(value.reason, true);
    }));
  }
  writer.writeTaggedFields(taggedFields, value.unknownTaggedFields);
}

/** Reads a AbortTransactionRecord in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readAbortTransactionRecord(reader: Reader, _version: number): AbortTransactionRecord {
  const value: AbortTransactionRecord = {
    reason: null,
  };
  const unknownTaggedFields = reader.readTaggedFields((tag, fieldReader) => {
    switch (tag) {
      case 0:
        value.reason = fieldReader.readNullableString(true);
        return true;
      default:
        return false;
    }
  });
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}
