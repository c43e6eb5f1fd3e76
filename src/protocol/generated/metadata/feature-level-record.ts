// Generated from FeatureLevelRecord.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// FeatureLevelRecord: KRaft metadata record (type 12) codec, versions 0.
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';

/** Versions of FeatureLevelRecord (API key 12): valid 0, flexible 0+. */
export const featureLevelRecordVersions = {
  lowestVersion: 0,
  highestVersion: 0,
  flexibleLowestVersion: 0,
} as const;

/** The FeatureLevelRecord message; versions 0. */
export interface FeatureLevelRecord {
  /** The feature name. Versions: 0+. */
  name: string;
  /** The current finalized feature level of this feature for the cluster, a value of 0 means feature not supported. Versions: 0+. */
  featureLevel: number;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A FeatureLevelRecord with every field at its schema default, overridden by `init`. */
export function createFeatureLevelRecord(init: Partial<FeatureLevelRecord> = {}): FeatureLevelRecord {
  return {
    name: "",
    featureLevel: 0,
    ...init,
  };
}

/** Writes a FeatureLevelRecord in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeFeatureLevelRecord(writer: Writer, value: FeatureLevelRecord, _version: number): void {
  writer.writeString(value.name, true);
  writer.writeInt16(value.featureLevel);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a FeatureLevelRecord in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readFeatureLevelRecord(reader: Reader, _version: number): FeatureLevelRecord {
  const value: FeatureLevelRecord = {
    name: reader.readString(true),
    featureLevel: reader.readInt16(),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}
