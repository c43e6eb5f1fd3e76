// Generated from GroupMetadataKey.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// GroupMetadataKey: data schema codec, versions 2.
import type { Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';

/** Versions of GroupMetadataKey: valid 2, flexible none. */
export const groupMetadataKeyVersions = {
  lowestVersion: 2,
  highestVersion: 2,
  flexibleLowestVersion: null,
} as const;

/** The GroupMetadataKey message; versions 2. */
export interface GroupMetadataKey {
  /** The group field. Versions: 2. */
  group: string;
}

/** A GroupMetadataKey with every field at its schema default, overridden by `init`. */
export function createGroupMetadataKey(init: Partial<GroupMetadataKey> = {}): GroupMetadataKey {
  return {
    group: "",
    ...init,
  };
}

/** Writes a GroupMetadataKey in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeGroupMetadataKey(writer: Writer, value: GroupMetadataKey, _version: number): void {
  writer.writeString(value.group, false);
}

/** Reads a GroupMetadataKey in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readGroupMetadataKey(reader: Reader, _version: number): GroupMetadataKey {
  const value: GroupMetadataKey = {
    group: reader.readString(false),
  };
  return value;
}
