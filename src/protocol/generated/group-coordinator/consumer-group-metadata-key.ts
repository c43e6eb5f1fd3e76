// Generated from ConsumerGroupMetadataKey.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// ConsumerGroupMetadataKey: data schema codec, versions 3.
import type { Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';

/** Versions of ConsumerGroupMetadataKey: valid 3, flexible none. */
export const consumerGroupMetadataKeyVersions = {
  lowestVersion: 3,
  highestVersion: 3,
  flexibleLowestVersion: null,
} as const;

/** The ConsumerGroupMetadataKey message; versions 3. */
export interface ConsumerGroupMetadataKey {
  /** The group id. Versions: 3. */
  groupId: string;
}

/** A ConsumerGroupMetadataKey with every field at its schema default, overridden by `init`. */
export function createConsumerGroupMetadataKey(init: Partial<ConsumerGroupMetadataKey> = {}): ConsumerGroupMetadataKey {
  return {
    groupId: "",
    ...init,
  };
}

/** Writes a ConsumerGroupMetadataKey in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeConsumerGroupMetadataKey(writer: Writer, value: ConsumerGroupMetadataKey, _version: number): void {
  writer.writeString(value.groupId, false);
}

/** Reads a ConsumerGroupMetadataKey in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readConsumerGroupMetadataKey(reader: Reader, _version: number): ConsumerGroupMetadataKey {
  const value: ConsumerGroupMetadataKey = {
    groupId: reader.readString(false),
  };
  return value;
}
