// Generated from RegisterBrokerRecord.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// RegisterBrokerRecord: KRaft metadata record (type 0) codec, versions 0-3.
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import { encodeTaggedField, type Writer } from '../../primitives/writer.js';
import { fieldNotInVersion } from '../../primitives/errors.js';
import { ZERO_UUID, type NodeId, type Uuid } from '../../entity-types.js';

/** Versions of RegisterBrokerRecord (API key 0): valid 0-3, flexible 0+. */
export const registerBrokerRecordVersions = {
  lowestVersion: 0,
  highestVersion: 3,
  flexibleLowestVersion: 0,
} as const;

/** The RegisterBrokerRecord message; versions 0-3. */
export interface RegisterBrokerRecord {
  /** The broker id. Versions: 0+. Entity: brokerId. */
  brokerId: NodeId;
  /** True if the broker is a ZK broker in migration mode. Otherwise, false. Versions: 2+. Default: false. */
  isMigratingZkBroker: boolean;
  /** The incarnation ID of the broker process. Versions: 0+. */
  incarnationId: Uuid;
  /** The broker epoch assigned by the controller. Versions: 0+. */
  brokerEpoch: bigint;
  /** The endpoints that can be used to communicate with this broker. Versions: 0+. */
  endPoints: RegisterBrokerRecordBrokerEndpoint[];
  /** The features on this broker. Versions: 0+. */
  features: RegisterBrokerRecordBrokerFeature[];
  /** The broker rack. Versions: 0+. Nullable: 0+. */
  rack: string | null;
  /** True if the broker is fenced. Versions: 0+. Default: true. */
  fenced: boolean;
  /** True if the broker is in controlled shutdown. Versions: 1+. Default: false. */
  inControlledShutdown: boolean;
  /** Log directories configured in this broker which are available. Versions: 3+. Tagged: 3+ (tag 0). */
  logDirs: Uuid[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A RegisterBrokerRecord with every field at its schema default, overridden by `init`. */
export function createRegisterBrokerRecord(init: Partial<RegisterBrokerRecord> = {}): RegisterBrokerRecord {
  return {
    brokerId: 0 as NodeId,
    isMigratingZkBroker: false,
    incarnationId: ZERO_UUID,
    brokerEpoch: 0n,
    endPoints: [],
    features: [],
    rack: "",
    fenced: true,
    inControlledShutdown: false,
    logDirs: [],
    ...init,
  };
}

/** Writes a RegisterBrokerRecord in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeRegisterBrokerRecord(writer: Writer, value: RegisterBrokerRecord, version: number): void {
  writer.writeInt32(value.brokerId);
  if (version >= 2) {
    writer.writeBool(value.isMigratingZkBroker);
  }
  if (!(version >= 2) && value.isMigratingZkBroker !== false) {
    throw fieldNotInVersion('RegisterBrokerRecord', 'isMigratingZkBroker', version);
  }
  writer.writeUuid(value.incarnationId);
  writer.writeInt64(value.brokerEpoch);
  writer.writeArrayLength(value.endPoints, true);
  for (const item of value.endPoints) writeRegisterBrokerRecordBrokerEndpoint(writer, item, version);
  writer.writeArrayLength(value.features, true);
  for (const item of value.features) writeRegisterBrokerRecordBrokerFeature(writer, item, version);
  writer.writeNullableString(value.rack, true);
  writer.writeBool(value.fenced);
  if (version >= 1) {
    writer.writeBool(value.inControlledShutdown);
  }
  if (!(version >= 1) && value.inControlledShutdown !== false) {
    throw fieldNotInVersion('RegisterBrokerRecord', 'inControlledShutdown', version);
  }
  if (!(version >= 3) && value.logDirs.length !== 0) {
    throw fieldNotInVersion('RegisterBrokerRecord', 'logDirs', version);
  }
  const taggedFields: RawTaggedField[] = [];
  if ((version >= 3) && value.logDirs.length !== 0) {
    taggedFields.push(encodeTaggedField(0, (taggedWriter) => {
      taggedWriter.writeArrayLength(value.logDirs, true);
      for (const item of value.logDirs) taggedWriter.writeUuid(item);
    }));
  }
  writer.writeTaggedFields(taggedFields, value.unknownTaggedFields);
}

/** Reads a RegisterBrokerRecord in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readRegisterBrokerRecord(reader: Reader, version: number): RegisterBrokerRecord {
  const value: RegisterBrokerRecord = {
    brokerId: reader.readInt32() as NodeId,
    isMigratingZkBroker: (version >= 2) ? reader.readBool() : false,
    incarnationId: reader.readUuid(),
    brokerEpoch: reader.readInt64(),
    endPoints: reader.readArray(true, () => readRegisterBrokerRecordBrokerEndpoint(reader, version)),
    features: reader.readArray(true, () => readRegisterBrokerRecordBrokerFeature(reader, version)),
    rack: reader.readNullableString(true),
    fenced: reader.readBool(),
    inControlledShutdown: (version >= 1) ? reader.readBool() : false,
    logDirs: [],
  };
  const unknownTaggedFields = reader.readTaggedFields((tag, fieldReader) => {
    switch (tag) {
      case 0:
        if (!(version >= 3)) return false;
        value.logDirs = fieldReader.readUuidArray(true);
        return true;
      default:
        return false;
    }
  });
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** BrokerEndpoint of RegisterBrokerRecord; versions 0-3. */
export interface RegisterBrokerRecordBrokerEndpoint {
  /** The name of the endpoint. Versions: 0+. */
  name: string;
  /** The hostname. Versions: 0+. */
  host: string;
  /** The port. Versions: 0+. */
  port: number;
  /** The security protocol. Versions: 0+. */
  securityProtocol: number;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A RegisterBrokerRecordBrokerEndpoint with every field at its schema default, overridden by `init`. */
export function createRegisterBrokerRecordBrokerEndpoint(init: Partial<RegisterBrokerRecordBrokerEndpoint> = {}): RegisterBrokerRecordBrokerEndpoint {
  return {
    name: "",
    host: "",
    port: 0,
    securityProtocol: 0,
    ...init,
  };
}

/** Writes a RegisterBrokerRecordBrokerEndpoint in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeRegisterBrokerRecordBrokerEndpoint(writer: Writer, value: RegisterBrokerRecordBrokerEndpoint, _version: number): void {
  writer.writeString(value.name, true);
  writer.writeString(value.host, true);
  writer.writeUint16(value.port);
  writer.writeInt16(value.securityProtocol);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a RegisterBrokerRecordBrokerEndpoint in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readRegisterBrokerRecordBrokerEndpoint(reader: Reader, _version: number): RegisterBrokerRecordBrokerEndpoint {
  const value: RegisterBrokerRecordBrokerEndpoint = {
    name: reader.readString(true),
    host: reader.readString(true),
    port: reader.readUint16(),
    securityProtocol: reader.readInt16(),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** BrokerFeature of RegisterBrokerRecord; versions 0-3. */
export interface RegisterBrokerRecordBrokerFeature {
  /** The feature name. Versions: 0+. */
  name: string;
  /** The minimum supported feature level. Versions: 0+. */
  minSupportedVersion: number;
  /** The maximum supported feature level. Versions: 0+. */
  maxSupportedVersion: number;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A RegisterBrokerRecordBrokerFeature with every field at its schema default, overridden by `init`. */
export function createRegisterBrokerRecordBrokerFeature(init: Partial<RegisterBrokerRecordBrokerFeature> = {}): RegisterBrokerRecordBrokerFeature {
  return {
    name: "",
    minSupportedVersion: 0,
    maxSupportedVersion: 0,
    ...init,
  };
}

/** Writes a RegisterBrokerRecordBrokerFeature in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeRegisterBrokerRecordBrokerFeature(writer: Writer, value: RegisterBrokerRecordBrokerFeature, _version: number): void {
  writer.writeString(value.name, true);
  writer.writeInt16(value.minSupportedVersion);
  writer.writeInt16(value.maxSupportedVersion);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a RegisterBrokerRecordBrokerFeature in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readRegisterBrokerRecordBrokerFeature(reader: Reader, _version: number): RegisterBrokerRecordBrokerFeature {
  const value: RegisterBrokerRecordBrokerFeature = {
    name: reader.readString(true),
    minSupportedVersion: reader.readInt16(),
    maxSupportedVersion: reader.readInt16(),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}
