// Generated from BrokerRegistrationChangeRecord.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// BrokerRegistrationChangeRecord: KRaft metadata record (type 17) codec, versions 0-2.
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import { encodeTaggedField, type Writer } from '../../primitives/writer.js';
import { fieldNotInVersion } from '../../primitives/errors.js';
import { type NodeId, type Uuid } from '../../entity-types.js';

/** Versions of BrokerRegistrationChangeRecord (API key 17): valid 0-2, flexible 0+. */
export const brokerRegistrationChangeRecordVersions = {
  lowestVersion: 0,
  highestVersion: 2,
  flexibleLowestVersion: 0,
} as const;

/** The BrokerRegistrationChangeRecord message; versions 0-2. */
export interface BrokerRegistrationChangeRecord {
  /** The broker id. Versions: 0+. Entity: brokerId. */
  brokerId: NodeId;
  /** The broker epoch assigned by the controller. Versions: 0+. */
  brokerEpoch: bigint;
  /** -1 if the broker has been unfenced, 0 if no change, 1 if the broker has been fenced. Versions: 0+. Tagged: 0+ (tag 0). */
  fenced: number;
  /** 0 if no change, 1 if the broker is in controlled shutdown. Versions: 1+. Tagged: 1+ (tag 1). */
  inControlledShutdown: number;
  /** Log directories configured in this broker which are available. Versions: 2+. Tagged: 2+ (tag 2). */
  logDirs: Uuid[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A BrokerRegistrationChangeRecord with every field at its schema default, overridden by `init`. */
export function createBrokerRegistrationChangeRecord(init: Partial<BrokerRegistrationChangeRecord> = {}): BrokerRegistrationChangeRecord {
  return {
    brokerId: 0 as NodeId,
    brokerEpoch: 0n,
    fenced: 0,
    inControlledShutdown: 0,
    logDirs: [],
    ...init,
  };
}

/** Writes a BrokerRegistrationChangeRecord in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeBrokerRegistrationChangeRecord(writer: Writer, value: BrokerRegistrationChangeRecord, version: number): void {
  writer.writeInt32(value.brokerId);
  writer.writeInt64(value.brokerEpoch);
  if (!(version >= 1) && value.inControlledShutdown !== 0) {
    throw fieldNotInVersion('BrokerRegistrationChangeRecord', 'inControlledShutdown', version);
  }
  if (!(version >= 2) && value.logDirs.length !== 0) {
    throw fieldNotInVersion('BrokerRegistrationChangeRecord', 'logDirs', version);
  }
  const taggedFields: RawTaggedField[] = [];
  if (value.fenced !== 0) {
    taggedFields.push(encodeTaggedField(0, (taggedWriter) => {
      taggedWriter.writeInt8(value.fenced);
    }));
  }
  if ((version >= 1) && value.inControlledShutdown !== 0) {
    taggedFields.push(encodeTaggedField(1, (taggedWriter) => {
      taggedWriter.writeInt8(value.inControlledShutdown);
    }));
  }
  if ((version >= 2) && value.logDirs.length !== 0) {
    taggedFields.push(encodeTaggedField(2, (taggedWriter) => {
      taggedWriter.writeArrayLength(value.logDirs, true);
      for (const item of value.logDirs) taggedWriter.writeUuid(item);
    }));
  }
  writer.writeTaggedFields(taggedFields, value.unknownTaggedFields);
}

/** Reads a BrokerRegistrationChangeRecord in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readBrokerRegistrationChangeRecord(reader: Reader, version: number): BrokerRegistrationChangeRecord {
  const value: BrokerRegistrationChangeRecord = {
    brokerId: reader.readInt32() as NodeId,
    brokerEpoch: reader.readInt64(),
    fenced: 0,
    inControlledShutdown: 0,
    logDirs: [],
  };
  const unknownTaggedFields = reader.readTaggedFields((tag, fieldReader) => {
    switch (tag) {
      case 0:
        value.fenced = fieldReader.readInt8();
        return true;
      case 1:
        if (!(version >= 1)) return false;
        value.inControlledShutdown = fieldReader.readInt8();
        return true;
      case 2:
        if (!(version >= 2)) return false;
        value.logDirs = fieldReader.readUuidArray(true);
        return true;
      default:
        return false;
    }
  });
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}
