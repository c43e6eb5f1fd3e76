// Generated from OffsetCommitKey.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// OffsetCommitKey: data schema codec, versions 0-1.
import type { Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';

/** Versions of OffsetCommitKey: valid 0-1, flexible none. */
export const offsetCommitKeyVersions = {
  lowestVersion: 0,
  highestVersion: 1,
  flexibleLowestVersion: null,
} as const;

/** The OffsetCommitKey message; versions 0-1. */
export interface OffsetCommitKey {
  /** The group field. Versions: 0-1. */
  group: string;
  /** The topic field. Versions: 0-1. */
  topic: string;
  /** The partition field. Versions: 0-1. */
  partition: number;
}

/** A OffsetCommitKey with every field at its schema default, overridden by `init`. */
export function createOffsetCommitKey(init: Partial<OffsetCommitKey> = {}): OffsetCommitKey {
  return {
    group: "",
    topic: "",
    partition: 0,
    ...init,
  };
}

/** Writes a OffsetCommitKey in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeOffsetCommitKey(writer: Writer, value: OffsetCommitKey, _version: number): void {
  writer.writeString(value.group, false);
  writer.writeString(value.topic, false);
  writer.writeInt32(value.partition);
}

/** Reads a OffsetCommitKey in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readOffsetCommitKey(reader: Reader, _version: number): OffsetCommitKey {
  const value: OffsetCommitKey = {
    group: reader.readString(false),
    topic: reader.readString(false),
    partition: reader.readInt32(),
  };
  return value;
}
