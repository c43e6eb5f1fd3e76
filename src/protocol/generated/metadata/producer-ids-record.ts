// Generated from ProducerIdsRecord.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// ProducerIdsRecord: KRaft metadata record (type 15) codec, versions 0.
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';
import { type NodeId } from '../../entity-types.js';

/** Versions of ProducerIdsRecord (API key 15): valid 0, flexible 0+. */
export const producerIdsRecordVersions = {
  lowestVersion: 0,
  highestVersion: 0,
  flexibleLowestVersion: 0,
} as const;

/** The ProducerIdsRecord message; versions 0. */
export interface ProducerIdsRecord {
  /** The ID of the requesting broker. Versions: 0+. Entity: brokerId. */
  brokerId: NodeId;
  /** The epoch of the requesting broker. Versions: 0+. Default: -1. */
  brokerEpoch: bigint;
  /** The next producerId that will be assigned (i.e. the first producerId in the next assigned block). Versions: 0+. */
  nextProducerId: bigint;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A ProducerIdsRecord with every field at its schema default, overridden by `init`. */
export function createProducerIdsRecord(init: Partial<ProducerIdsRecord> = {}): ProducerIdsRecord {
  return {
    brokerId: 0 as NodeId,
    brokerEpoch: -1n,
    nextProducerId: 0n,
    ...init,
  };
}

/** Writes a ProducerIdsRecord in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeProducerIdsRecord(writer: Writer, value: ProducerIdsRecord, _version: number): void {
  writer.writeInt32(value.brokerId);
  writer.writeInt64(value.brokerEpoch);
  writer.writeInt64(value.nextProducerId);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a ProducerIdsRecord in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readProducerIdsRecord(reader: Reader, _version: number): ProducerIdsRecord {
  const value: ProducerIdsRecord = {
    brokerId: reader.readInt32() as NodeId,
    brokerEpoch: reader.readInt64(),
    nextProducerId: reader.readInt64(),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}
