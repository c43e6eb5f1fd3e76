// Generated from ConsumerGroupTargetAssignmentMemberKey.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// ConsumerGroupTargetAssignmentMemberKey: data schema codec, versions 7.
import type { Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';

/** Versions of ConsumerGroupTargetAssignmentMemberKey: valid 7, flexible none. */
export const consumerGroupTargetAssignmentMemberKeyVersions = {
  lowestVersion: 7,
  highestVersion: 7,
  flexibleLowestVersion: null,
} as const;

/** The ConsumerGroupTargetAssignmentMemberKey message; versions 7. */
export interface ConsumerGroupTargetAssignmentMemberKey {
  /** The group id. Versions: 7. */
  groupId: string;
  /** The member id. Versions: 7. */
  memberId: string;
}

/** A ConsumerGroupTargetAssignmentMemberKey with every field at its schema default, overridden by `init`. */
export function createConsumerGroupTargetAssignmentMemberKey(init: Partial<ConsumerGroupTargetAssignmentMemberKey> = {}): ConsumerGroupTargetAssignmentMemberKey {
  return {
    groupId: "",
    memberId: "",
    ...init,
  };
}

/** Writes a ConsumerGroupTargetAssignmentMemberKey in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeConsumerGroupTargetAssignmentMemberKey(writer: Writer, value: ConsumerGroupTargetAssignmentMemberKey, _version: number): void {
  writer.writeString(value.groupId, false);
  writer.writeString(value.memberId, false);
}

/** Reads a ConsumerGroupTargetAssignmentMemberKey in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readConsumerGroupTargetAssignmentMemberKey(reader: Reader, _version: number): ConsumerGroupTargetAssignmentMemberKey {
  const value: ConsumerGroupTargetAssignmentMemberKey = {
    groupId: reader.readString(false),
    memberId: reader.readString(false),
  };
  return value;
}
