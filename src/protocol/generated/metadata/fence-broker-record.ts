// Generated from FenceBrokerRecord.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// FenceBrokerRecord: KRaft metadata record (type 7) codec, versions 0.
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';
import { type NodeId } from '../../entity-types.js';

/** Versions of FenceBrokerRecord (API key 7): valid 0, flexible 0+. */
export const fenceBrokerRecordVersions = {
  lowestVersion: 0,
  highestVersion: 0,
  flexibleLowestVersion: 0,
} as const;

/** The FenceBrokerRecord message; versions 0. */
export interface FenceBrokerRecord {
  /** The broker ID to fence. It will be removed from all ISRs. Versions: 0+. Entity: brokerId. */
  id: NodeId;
  /** The epoch of the broker to fence. Versions: 0+. */
  epoch: bigint;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A FenceBrokerRecord with every field at its schema default, overridden by `init`. */
export function createFenceBrokerRecord(init: Partial<FenceBrokerRecord> = {}): FenceBrokerRecord {
  return {
    id: 0 as NodeId,
    epoch: 0n,
    ...init,
  };
}

/** Writes a FenceBrokerRecord in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeFenceBrokerRecord(writer: Writer, value: FenceBrokerRecord, _version: number): void {
  writer.writeInt32(value.id);
  writer.writeInt64(value.epoch);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a FenceBrokerRecord in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readFenceBrokerRecord(reader: Reader, _version: number): FenceBrokerRecord {
  const value: FenceBrokerRecord = {
    id: reader.readInt32() as NodeId,
    epoch: reader.readInt64(),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}
