// Generated from ConsumerGroupMetadataValue.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// ConsumerGroupMetadataValue: data schema codec, versions 0.
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';

/** Versions of ConsumerGroupMetadataValue: valid 0, flexible 0+. */
export const consumerGroupMetadataValueVersions = {
  lowestVersion: 0,
  highestVersion: 0,
  flexibleLowestVersion: 0,
} as const;

/** The ConsumerGroupMetadataValue message; versions 0. */
export interface ConsumerGroupMetadataValue {
  /** The group epoch. Versions: 0+. */
  epoch: number;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A ConsumerGroupMetadataValue with every field at its schema default, overridden by `init`. */
export function createConsumerGroupMetadataValue(init: Partial<ConsumerGroupMetadataValue> = {}): ConsumerGroupMetadataValue {
  return {
    epoch: 0,
    ...init,
  };
}

/** Writes a ConsumerGroupMetadataValue in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeConsumerGroupMetadataValue(writer: Writer, value: ConsumerGroupMetadataValue, _version: number): void {
  writer.writeInt32(value.epoch);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a ConsumerGroupMetadataValue in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readConsumerGroupMetadataValue(reader: Reader, _version: number): ConsumerGroupMetadataValue {
  const value: ConsumerGroupMetadataValue = {
    epoch: reader.readInt32(),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}
