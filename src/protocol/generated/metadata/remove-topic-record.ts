// Generated from RemoveTopicRecord.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// RemoveTopicRecord: KRaft metadata record (type 9) codec, versions 0.
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';
import { ZERO_UUID, type Uuid } from '../../entity-types.js';

/** Versions of RemoveTopicRecord (API key 9): valid 0, flexible 0+. */
export const removeTopicRecordVersions = {
  lowestVersion: 0,
  highestVersion: 0,
  flexibleLowestVersion: 0,
} as const;

/** The RemoveTopicRecord message; versions 0. */
export interface RemoveTopicRecord {
  /** The topic to remove. All associated partitions will be removed as well. Versions: 0+. */
  topicId: Uuid;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A RemoveTopicRecord with every field at its schema default, overridden by `init`. */
export function createRemoveTopicRecord(init: Partial<RemoveTopicRecord> = {}): RemoveTopicRecord {
  return {
    topicId: ZERO_UUID,
    ...init,
  };
}

/** Writes a RemoveTopicRecord in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeRemoveTopicRecord(writer: Writer, value: RemoveTopicRecord, _version: number): void {
  writer.writeUuid(value.topicId);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a RemoveTopicRecord in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readRemoveTopicRecord(reader: Reader, _version: number): RemoveTopicRecord {
  const value: RemoveTopicRecord = {
    topicId: reader.readUuid(),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}
