// Generated from UnregisterBrokerRecord.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// UnregisterBrokerRecord: KRaft metadata record (type 1) codec, versions 0.
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';
import { type NodeId } from '../../entity-types.js';

/** Versions of UnregisterBrokerRecord (API key 1): valid 0, flexible 0+. */
export const unregisterBrokerRecordVersions = {
  lowestVersion: 0,
  highestVersion: 0,
  flexibleLowestVersion: 0,
} as const;

/** The UnregisterBrokerRecord message; versions 0. */
export interface UnregisterBrokerRecord {
  /** The broker id. Versions: 0+. Entity: brokerId. */
  brokerId: NodeId;
  /** The broker epoch. Versions: 0+. */
  brokerEpoch: bigint;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A UnregisterBrokerRecord with every field at its schema default, overridden by `init`. */
export function createUnregisterBrokerRecord(init: Partial<UnregisterBrokerRecord> = {}): UnregisterBrokerRecord {
  return {
    brokerId: 0 as NodeId,
    brokerEpoch: 0n,
    ...init,
  };
}

/** Writes a UnregisterBrokerRecord in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeUnregisterBrokerRecord(writer: Writer, value: UnregisterBrokerRecord, _version: number): void {
  writer.writeInt32(value.brokerId);
  writer.writeInt64(value.brokerEpoch);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a UnregisterBrokerRecord in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readUnregisterBrokerRecord(reader: Reader, _version: number): UnregisterBrokerRecord {
  const value: UnregisterBrokerRecord = {
    brokerId: reader.readInt32() as NodeId,
    brokerEpoch: reader.readInt64(),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}
