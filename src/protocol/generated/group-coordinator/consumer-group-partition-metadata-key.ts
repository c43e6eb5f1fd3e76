// Generated from ConsumerGroupPartitionMetadataKey.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// ConsumerGroupPartitionMetadataKey: data schema codec, versions 4.
import type { Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';

/** Versions of ConsumerGroupPartitionMetadataKey: valid 4, flexible none. */
export const consumerGroupPartitionMetadataKeyVersions = {
  lowestVersion: 4,
  highestVersion: 4,
  flexibleLowestVersion: null,
} as const;

/** The ConsumerGroupPartitionMetadataKey message; versions 4. */
export interface ConsumerGroupPartitionMetadataKey {
  /** The group id. Versions: 4. */
  groupId: string;
}

/** A ConsumerGroupPartitionMetadataKey with every field at its schema default, overridden by `init`. */
export function createConsumerGroupPartitionMetadataKey(init: Partial<ConsumerGroupPartitionMetadataKey> = {}): ConsumerGroupPartitionMetadataKey {
  return {
    groupId: "",
    ...init,
  };
}

/** Writes a ConsumerGroupPartitionMetadataKey in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeConsumerGroupPartitionMetadataKey(writer: Writer, value: ConsumerGroupPartitionMetadataKey, _version: number): void {
  writer.writeString(value.groupId, false);
}

/** Reads a ConsumerGroupPartitionMetadataKey in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readConsumerGroupPartitionMetadataKey(reader: Reader, _version: number): ConsumerGroupPartitionMetadataKey {
  const value: ConsumerGroupPartitionMetadataKey = {
    groupId: reader.readString(false),
  };
  return value;
}
