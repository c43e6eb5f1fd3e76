// Generated from ConsumerGroupMemberMetadataKey.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// ConsumerGroupMemberMetadataKey: data schema codec, versions 5.
import type { Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';

/** Versions of ConsumerGroupMemberMetadataKey: valid 5, flexible none. */
export const consumerGroupMemberMetadataKeyVersions = {
  lowestVersion: 5,
  highestVersion: 5,
  flexibleLowestVersion: null,
} as const;

/** The ConsumerGroupMemberMetadataKey message; versions 5. */
export interface ConsumerGroupMemberMetadataKey {
  /** The group id. Versions: 5. */
  groupId: string;
  /** The member id. Versions: 5. */
  memberId: string;
}

/** A ConsumerGroupMemberMetadataKey with every field at its schema default, overridden by `init`. */
export function createConsumerGroupMemberMetadataKey(init: Partial<ConsumerGroupMemberMetadataKey> = {}): ConsumerGroupMemberMetadataKey {
  return {
    groupId: "",
    memberId: "",
    ...init,
  };
}

/** Writes a ConsumerGroupMemberMetadataKey in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeConsumerGroupMemberMetadataKey(writer: Writer, value: ConsumerGroupMemberMetadataKey, _version: number): void {
  writer.writeString(value.groupId, false);
  writer.writeString(value.memberId, false);
}

/** Reads a ConsumerGroupMemberMetadataKey in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readConsumerGroupMemberMetadataKey(reader: Reader, _version: number): ConsumerGroupMemberMetadataKey {
  const value: ConsumerGroupMemberMetadataKey = {
    groupId: reader.readString(false),
    memberId: reader.readString(false),
  };
  return value;
}
