// Generated from ConsumerGroupTargetAssignmentMetadataValue.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// ConsumerGroupTargetAssignmentMetadataValue: data schema codec, versions 0.
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';

/** Versions of ConsumerGroupTargetAssignmentMetadataValue: valid 0, flexible 0+. */
export const consumerGroupTargetAssignmentMetadataValueVersions = {
  lowestVersion: 0,
  highestVersion: 0,
  flexibleLowestVersion: 0,
} as const;

/** The ConsumerGroupTargetAssignmentMetadataValue message; versions 0. */
export interface ConsumerGroupTargetAssignmentMetadataValue {
  /** The assignment epoch. Versions: 0+. */
  assignmentEpoch: number;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A ConsumerGroupTargetAssignmentMetadataValue with every field at its schema default, overridden by `init`. */
export function createConsumerGroupTargetAssignmentMetadataValue(init: Partial<ConsumerGroupTargetAssignmentMetadataValue> = {}): ConsumerGroupTargetAssignmentMetadataValue {
  return {
    assignmentEpoch: 0,
    ...init,
  };
}

/** Writes a ConsumerGroupTargetAssignmentMetadataValue in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeConsumerGroupTargetAssignmentMetadataValue(writer: Writer, value: ConsumerGroupTargetAssignmentMetadataValue, _version: number): void {
  writer.writeInt32(value.assignmentEpoch);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a ConsumerGroupTargetAssignmentMetadataValue in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readConsumerGroupTargetAssignmentMetadataValue(reader: Reader, _version: number): ConsumerGroupTargetAssignmentMetadataValue {
  const value: ConsumerGroupTargetAssignmentMetadataValue = {
    assignmentEpoch: reader.readInt32(),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}
