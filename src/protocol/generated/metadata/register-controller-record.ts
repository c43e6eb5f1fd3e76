// Generated from RegisterControllerRecord.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// RegisterControllerRecord: KRaft metadata record (type 27) codec, versions 0.
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';
import { ZERO_UUID, type Uuid } from '../../entity-types.js';

/** Versions of RegisterControllerRecord (API key 27): valid 0, flexible 0+. */
export const registerControllerRecordVersions = {
  lowestVersion: 0,
  highestVersion: 0,
  flexibleLowestVersion: 0,
} as const;

/** The RegisterControllerRecord message; versions 0. */
export interface RegisterControllerRecord {
  /** The controller id. Versions: 0+. */
  controllerId: number;
  /** The incarnation ID of the controller process. Versions: 0+. */
  incarnationId: Uuid;
  /** Set if the required configurations for ZK migration are present. Versions: 0+. */
  zkMigrationReady: boolean;
  /** The endpoints that can be used to communicate with this controller. Versions: 0+. */
  endPoints: RegisterControllerRecordControllerEndpoint[];
  /** The features on this controller. Versions: 0+. */
  features: RegisterControllerRecordControllerFeature[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A RegisterControllerRecord with every field at its schema default, overridden by `init`. */
export function createRegisterControllerRecord(init: Partial<RegisterControllerRecord> = {}): RegisterControllerRecord {
  return {
    controllerId: 0,
    incarnationId: ZERO_UUID,
    zkMigrationReady: false,
    endPoints: [],
    features: [],
    ...init,
  };
}

/** Writes a RegisterControllerRecord in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeRegisterControllerRecord(writer: Writer, value: RegisterControllerRecord, version: number): void {
  writer.writeInt32(value.controllerId);
  writer.writeUuid(value.incarnationId);
  writer.writeBool(value.zkMigrationReady);
  writer.writeArrayLength(value.endPoints, true);
  for (const item of value.endPoints) writeRegisterControllerRecordControllerEndpoint(writer, item, version);
  writer.writeArrayLength(value.features, true);
  for (const item of value.features) writeRegisterControllerRecordControllerFeature(writer, item, version);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a RegisterControllerRecord in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readRegisterControllerRecord(reader: Reader, version: number): RegisterControllerRecord {
  const value: RegisterControllerRecord = {
    controllerId: reader.readInt32(),
    incarnationId: reader.readUuid(),
    zkMigrationReady: reader.readBool(),
    endPoints: reader.readArray(true, () => readRegisterControllerRecordControllerEndpoint(reader, version)),
    features: reader.readArray(true, () => readRegisterControllerRecordControllerFeature(reader, version)),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** ControllerEndpoint of RegisterControllerRecord; versions 0. */
export interface RegisterControllerRecordControllerEndpoint {
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

/** A RegisterControllerRecordControllerEndpoint with every field at its schema default, overridden by `init`. */
export function createRegisterControllerRecordControllerEndpoint(init: Partial<RegisterControllerRecordControllerEndpoint> = {}): RegisterControllerRecordControllerEndpoint {
  return {
    name: "",
    host: "",
    port: 0,
    securityProtocol: 0,
    ...init,
  };
}

/** Writes a RegisterControllerRecordControllerEndpoint in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeRegisterControllerRecordControllerEndpoint(writer: Writer, value: RegisterControllerRecordControllerEndpoint, _version: number): void {
  writer.writeString(value.name, true);
  writer.writeString(value.host, true);
  writer.writeUint16(value.port);
  writer.writeInt16(value.securityProtocol);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a RegisterControllerRecordControllerEndpoint in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readRegisterControllerRecordControllerEndpoint(reader: Reader, _version: number): RegisterControllerRecordControllerEndpoint {
  const value: RegisterControllerRecordControllerEndpoint = {
    name: reader.readString(true),
    host: reader.readString(true),
    port: reader.readUint16(),
    securityProtocol: reader.readInt16(),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** ControllerFeature of RegisterControllerRecord; versions 0. */
export interface RegisterControllerRecordControllerFeature {
  /** The feature name. Versions: 0+. */
  name: string;
  /** The minimum supported feature level. Versions: 0+. */
  minSupportedVersion: number;
  /** The maximum supported feature level. Versions: 0+. */
  maxSupportedVersion: number;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A RegisterControllerRecordControllerFeature with every field at its schema default, overridden by `init`. */
export function createRegisterControllerRecordControllerFeature(init: Partial<RegisterControllerRecordControllerFeature> = {}): RegisterControllerRecordControllerFeature {
  return {
    name: "",
    minSupportedVersion: 0,
    maxSupportedVersion: 0,
    ...init,
  };
}

/** Writes a RegisterControllerRecordControllerFeature in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeRegisterControllerRecordControllerFeature(writer: Writer, value: RegisterControllerRecordControllerFeature, _version: number): void {
  writer.writeString(value.name, true);
  writer.writeInt16(value.minSupportedVersion);
  writer.writeInt16(value.maxSupportedVersion);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a RegisterControllerRecordControllerFeature in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readRegisterControllerRecordControllerFeature(reader: Reader, _version: number): RegisterControllerRecordControllerFeature {
  const value: RegisterControllerRecordControllerFeature = {
    name: reader.readString(true),
    minSupportedVersion: reader.readInt16(),
    maxSupportedVersion: reader.readInt16(),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}
