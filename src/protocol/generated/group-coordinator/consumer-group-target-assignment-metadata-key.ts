// Generated from ConsumerGroupTargetAssignmentMetadataKey.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// ConsumerGroupTargetAssignmentMetadataKey: data schema codec, versions 6.
import type { Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';

/** Versions of ConsumerGroupTargetAssignmentMetadataKey: valid 6, flexible none. */
export const consumerGroupTargetAssignmentMetadataKeyVersions = {
  lowestVersion: 6,
  highestVersion: 6,
  flexibleLowestVersion: null,
} as const;

/** The ConsumerGroupTargetAssignmentMetadataKey message; versions 6. */
export interface ConsumerGroupTargetAssignmentMetadataKey {
  /** The group id. Versions: 6. */
  groupId: string;
}

/** A ConsumerGroupTargetAssignmentMetadataKey with every field at its schema default, overridden by `init`. */
export function createConsumerGroupTargetAssignmentMetadataKey(init: Partial<ConsumerGroupTargetAssignmentMetadataKey> = {}): ConsumerGroupTargetAssignmentMetadataKey {
  return {
    groupId: "",
    ...init,
  };
}

/** Writes a ConsumerGroupTargetAssignmentMetadataKey in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeConsumerGroupTargetAssignmentMetadataKey(writer: Writer, value: ConsumerGroupTargetAssignmentMetadataKey, _version: number): void {
  writer.writeString(value.groupId, false);
}

/** Reads a ConsumerGroupTargetAssignmentMetadataKey in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readConsumerGroupTargetAssignmentMetadataKey(reader: Reader, _version: number): ConsumerGroupTargetAssignmentMetadataKey {
  const value: ConsumerGroupTargetAssignmentMetadataKey = {
    groupId: reader.readString(false),
  };
  return value;
}
