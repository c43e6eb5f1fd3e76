// Generated from OffsetCommitValue.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// OffsetCommitValue: data schema codec, versions 0-4.
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';
import { taggedFieldsNotInVersion } from '../../primitives/errors.js';

/** Versions of OffsetCommitValue: valid 0-4, flexible 4+. */
export const offsetCommitValueVersions = {
  lowestVersion: 0,
  highestVersion: 4,
  flexibleLowestVersion: 4,
} as const;

/** The OffsetCommitValue message; versions 0-4. */
export interface OffsetCommitValue {
  /** The offset field. Versions: 0+. */
  offset: bigint;
  /** The leaderEpoch field. Versions: 3+. Ignorable. Default: -1. */
  leaderEpoch: number;
  /** The metadata field. Versions: 0+. */
  metadata: string;
  /** The commitTimestamp field. Versions: 0+. */
  commitTimestamp: bigint;
  /** The expireTimestamp field. Versions: 1. Ignorable. Default: -1. */
  expireTimestamp: bigint;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A OffsetCommitValue with every field at its schema default, overridden by `init`. */
export function createOffsetCommitValue(init: Partial<OffsetCommitValue> = {}): OffsetCommitValue {
  return {
    offset: 0n,
    leaderEpoch: -1,
    metadata: "",
    commitTimestamp: 0n,
    expireTimestamp: -1n,
    ...init,
  };
}

/** Writes a OffsetCommitValue in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeOffsetCommitValue(writer: Writer, value: OffsetCommitValue, version: number): void {
  const flexible = version >= 4;
  writer.writeInt64(value.offset);
  if (version >= 3) {
    writer.writeInt32(value.leaderEpoch);
  }
  writer.writeString(value.metadata, flexible);
  writer.writeInt64(value.commitTimestamp);
  if (version >= 1 && version <= 1) {
    writer.writeInt64(value.expireTimestamp);
  }
  if (flexible) {
    writer.writeUnknownTaggedFields(value.unknownTaggedFields);
  } else if (value.unknownTaggedFields !== undefined && value.unknownTaggedFields.length > 0) {
    throw taggedFieldsNotInVersion('OffsetCommitValue', version);
  }
}

/** Reads a OffsetCommitValue in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readOffsetCommitValue(reader: Reader, version: number): OffsetCommitValue {
  const flexible = version >= 4;
  const value: OffsetCommitValue = {
    offset: reader.readInt64(),
    leaderEpoch: (version >= 3) ? reader.readInt32() : -1,
    metadata: reader.readString(flexible),
    commitTimestamp: reader.readInt64(),
    expireTimestamp: (version >= 1 && version <= 1) ? reader.readInt64() : -1n,
  };
  if (flexible) {
    const unknownTaggedFields = reader.readTaggedFields();
    if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  }
  return value;
}
