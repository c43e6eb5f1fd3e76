// Generated from BeginTransactionRecord.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// BeginTransactionRecord: KRaft metadata record (type 23) codec, versions 0.
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import { encodeTaggedField, type Writer } from '../../primitives/writer.js';

/** Versions of BeginTransactionRecord (API key 23): valid 0, flexible 0+. */
export const beginTransactionRecordVersions = {
  lowestVersion: 0,
  highestVersion: 0,
  flexibleLowestVersion: 0,
} as const;

/** The BeginTransactionRecord message; versions 0. */
export interface BeginTransactionRecord {
  /** An optional textual description of this transaction. Versions: 0+. Nullable: 0+. Tagged: 0+ (tag 0). Default: null. */
  name: string | null;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A BeginTransactionRecord with every field at its schema default, overridden by `init`. */
export function createBeginTransactionRecord(init: Partial<BeginTransactionRecord> = {}): BeginTransactionRecord {
  return {
    name: null,
    ...init,
  };
}

/** Writes a BeginTransactionRecord in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeBeginTransactionRecord(writer: Writer, value: BeginTransactionRecord, _version: number): void {
  const taggedFields: RawTaggedField[] = [];
  if (value.name !== null) {
    taggedFields.push(encodeTaggedField(0, (taggedWriter) => {
      taggedWriter.writeNullableString(value.name, true);
    }));
  }
  writer.writeTaggedFields(taggedFields, value.unknownTaggedFields);
}

/** Reads a BeginTransactionRecord in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readBeginTransactionRecord(reader: Reader, _version: number): BeginTransactionRecord {
  const value: BeginTransactionRecord = {
    name: null,
  };
  const unknownTaggedFields = reader.readTaggedFields((tag, fieldReader) => {
    switch (tag) {
      case 0:
        value.name = fieldReader.readNullableString(true);
        return true;
      default:
        return false;
    }
  });
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}
