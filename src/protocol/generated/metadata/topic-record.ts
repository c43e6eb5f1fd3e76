// Generated from TopicRecord.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// TopicRecord: KRaft metadata record (type 2) codec, versions 0.
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';
import { ZERO_UUID, type TopicName, type Uuid } from '../../entity-types.js';

/** Versions of TopicRecord (API key 2): valid 0, flexible 0+. */
export const topicRecordVersions = {
  lowestVersion: 0,
  highestVersion: 0,
  flexibleLowestVersion: 0,
} as const;

/** The TopicRecord message; versions 0. */
export interface TopicRecord {
  /** The topic name. Versions: 0+. Entity: topicName. */
  name: TopicName;
  /** The unique ID of this topic. Versions: 0+. */
  topicId: Uuid;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A TopicRecord with every field at its schema default, overridden by `init`. */
export function createTopicRecord(init: Partial<TopicRecord> = {}): TopicRecord {
  return {
    name: "" as TopicName,
    topicId: ZERO_UUID,
    ...init,
  };
}

/** Writes a TopicRecord in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeTopicRecord(writer: Writer, value: TopicRecord, _version: number): void {
  writer.writeString(value.name, true);
  writer.writeUuid(value.topicId);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a TopicRecord in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readTopicRecord(reader: Reader, _version: number): TopicRecord {
  const value: TopicRecord = {
    name: reader.readString(true) as TopicName,
    topicId: reader.readUuid(),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}
