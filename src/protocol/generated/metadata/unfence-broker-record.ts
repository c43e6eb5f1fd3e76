// Generated from UnfenceBrokerRecord.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// UnfenceBrokerRecord: KRaft metadata record (type 8) codec, versions 0.
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';
import { type NodeId } from '../../entity-types.js';

/** Versions of UnfenceBrokerRecord (API key 8): valid 0, flexible 0+. */
export const unfenceBrokerRecordVersions = {
  lowestVersion: 0,
  highestVersion: 0,
  flexibleLowestVersion: 0,
} as const;

/** The UnfenceBrokerRecord message; versions 0. */
export interface UnfenceBrokerRecord {
  /** The broker ID to unfence. Versions: 0+. Entity: brokerId. */
  id: NodeId;
  /** The epoch of the broker to unfence. Versions: 0+. */
  epoch: bigint;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A UnfenceBrokerRecord with every field at its schema default, overridden by `init`. */
export function createUnfenceBrokerRecord(init: Partial<UnfenceBrokerRecord> = {}): UnfenceBrokerRecord {
  return {
    id: 0 as NodeId,
    epoch: 0n,
    ...init,
  };
}

/** Writes a UnfenceBrokerRecord in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeUnfenceBrokerRecord(writer: Writer, value: UnfenceBrokerRecord, _version: number): void {
  writer.writeInt32(value.id);
  writer.writeInt64(value.epoch);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a UnfenceBrokerRecord in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readUnfenceBrokerRecord(reader: Reader, _version: number): UnfenceBrokerRecord {
  const value: UnfenceBrokerRecord = {
    id: reader.readInt32() as NodeId,
    epoch: reader.readInt64(),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}
