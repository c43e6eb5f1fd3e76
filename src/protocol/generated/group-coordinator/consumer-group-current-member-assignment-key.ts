// Generated from ConsumerGroupCurrentMemberAssignmentKey.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// ConsumerGroupCurrentMemberAssignmentKey: data schema codec, versions 8.
import type { Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';

/** Versions of ConsumerGroupCurrentMemberAssignmentKey: valid 8, flexible none. */
export const consumerGroupCurrentMemberAssignmentKeyVersions = {
  lowestVersion: 8,
  highestVersion: 8,
  flexibleLowestVersion: null,
} as const;

/** The ConsumerGroupCurrentMemberAssignmentKey message; versions 8. */
export interface ConsumerGroupCurrentMemberAssignmentKey {
  /** The group id. Versions: 8. */
  groupId: string;
  /** The member id. Versions: 8. */
  memberId: string;
}

/** A ConsumerGroupCurrentMemberAssignmentKey with every field at its schema default, overridden by `init`. */
export function createConsumerGroupCurrentMemberAssignmentKey(init: Partial<ConsumerGroupCurrentMemberAssignmentKey> = {}): ConsumerGroupCurrentMemberAssignmentKey {
  return {
    groupId: "",
    memberId: "",
    ...init,
  };
}

/** Writes a ConsumerGroupCurrentMemberAssignmentKey in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeConsumerGroupCurrentMemberAssignmentKey(writer: Writer, value: ConsumerGroupCurrentMemberAssignmentKey, _version: number): void {
  writer.writeString(value.groupId, false);
  writer.writeString(value.memberId, false);
}

/** Reads a ConsumerGroupCurrentMemberAssignmentKey in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readConsumerGroupCurrentMemberAssignmentKey(reader: Reader, _version: number): ConsumerGroupCurrentMemberAssignmentKey {
  const value: ConsumerGroupCurrentMemberAssignmentKey = {
    groupId: reader.readString(false),
    memberId: reader.readString(false),
  };
  return value;
}
