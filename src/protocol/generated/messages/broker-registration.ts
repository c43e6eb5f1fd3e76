// Generated from BrokerRegistrationRequest.json and BrokerRegistrationResponse.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// BrokerRegistration (API key 62): request and response codecs, versions 0-4.
// Kafka wire format: https://kafka.apache.org/protocol#The_Messages_BrokerRegistration
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';
import { fieldNotInVersion } from '../../primitives/errors.js';
import { ZERO_UUID, type NodeId, type Uuid } from '../../entity-types.js';

/** Versions of BrokerRegistrationRequest (API key 62): valid 0-4, flexible 0+. */
export const brokerRegistrationRequestVersions = {
  lowestVersion: 0,
  highestVersion: 4,
  flexibleLowestVersion: 0,
} as const;

/** The BrokerRegistrationRequest message; versions 0-4. */
export interface BrokerRegistrationRequest {
  /** The broker ID. Versions: 0+. Entity: brokerId. */
  brokerId: NodeId;
  /** The cluster id of the broker process. Versions: 0+. */
  clusterId: string;
  /** The incarnation id of the broker process. Versions: 0+. */
  incarnationId: Uuid;
  /** The listeners of this broker. Versions: 0+. */
  listeners: BrokerRegistrationRequestListener[];
  /** The features on this broker. Note: in v0-v3, features with MinSupportedVersion = 0 are omitted. Versions: 0+. */
  features: BrokerRegistrationRequestFeature[];
  /** The rack which this broker is in. Versions: 0+. Nullable: 0+. */
  rack: string | null;
  /** If the required configurations for ZK migration are present, this value is set to true. Versions: 1+. Default: false. */
  isMigratingZkBroker: boolean;
  /** Log directories configured in this broker which are available. Versions: 2+. Ignorable. */
  logDirs: Uuid[];
  /** The epoch before a clean shutdown. Versions: 3+. Ignorable. Default: -1. */
  previousBrokerEpoch: bigint;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A BrokerRegistrationRequest with every field at its schema default, overridden by `init`. */
export function createBrokerRegistrationRequest(init: Partial<BrokerRegistrationRequest> = {}): BrokerRegistrationRequest {
  return {
    brokerId: 0 as NodeId,
    clusterId: "",
    incarnationId: ZERO_UUID,
    listeners: [],
    features: [],
    rack: "",
    isMigratingZkBroker: false,
    logDirs: [],
    previousBrokerEpoch: -1n,
    ...init,
  };
}

/** Writes a BrokerRegistrationRequest in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeBrokerRegistrationRequest(writer: Writer, value: BrokerRegistrationRequest, version: number): void {
  writer.writeInt32(value.brokerId);
  writer.writeString(value.clusterId, true);
  writer.writeUuid(value.incarnationId);
  writer.writeArrayLength(value.listeners, true);
  for (const item of value.listeners) writeBrokerRegistrationRequestListener(writer, item, version);
  writer.writeArrayLength(value.features, true);
  for (const item of value.features) writeBrokerRegistrationRequestFeature(writer, item, version);
  writer.writeNullableString(value.rack, true);
  if (version >= 1) {
    writer.writeBool(value.isMigratingZkBroker);
  }
  if (!(version >= 1) && value.isMigratingZkBroker !== false) {
    throw fieldNotInVersion('BrokerRegistrationRequest', 'isMigratingZkBroker', version);
  }
  if (version >= 2) {
    writer.writeArrayLength(value.logDirs, true);
    for (const item of value.logDirs) writer.writeUuid(item);
  }
  if (version >= 3) {
    writer.writeInt64(value.previousBrokerEpoch);
  }
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a BrokerRegistrationRequest in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readBrokerRegistrationRequest(reader: Reader, version: number): BrokerRegistrationRequest {
  const value: BrokerRegistrationRequest = {
    brokerId: reader.readInt32() as NodeId,
    clusterId: reader.readString(true),
    incarnationId: reader.readUuid(),
    listeners: reader.readArray(true, () => readBrokerRegistrationRequestListener(reader, version)),
    features: reader.readArray(true, () => readBrokerRegistrationRequestFeature(reader, version)),
    rack: reader.readNullableString(true),
    isMigratingZkBroker: (version >= 1) ? reader.readBool() : false,
    logDirs: (version >= 2) ? reader.readUuidArray(true) : [],
    previousBrokerEpoch: (version >= 3) ? reader.readInt64() : -1n,
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** Listener of BrokerRegistrationRequest; versions 0-4. */
export interface BrokerRegistrationRequestListener {
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

/** A BrokerRegistrationRequestListener with every field at its schema default, overridden by `init`. */
export function createBrokerRegistrationRequestListener(init: Partial<BrokerRegistrationRequestListener> = {}): BrokerRegistrationRequestListener {
  return {
    name: "",
    host: "",
    port: 0,
    securityProtocol: 0,
    ...init,
  };
}

/** Writes a BrokerRegistrationRequestListener in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeBrokerRegistrationRequestListener(writer: Writer, value: BrokerRegistrationRequestListener, _version: number): void {
  writer.writeString(value.name, true);
  writer.writeString(value.host, true);
  writer.writeUint16(value.port);
  writer.writeInt16(value.securityProtocol);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a BrokerRegistrationRequestListener in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readBrokerRegistrationRequestListener(reader: Reader, _version: number): BrokerRegistrationRequestListener {
  const value: BrokerRegistrationRequestListener = {
    name: reader.readString(true),
    host: reader.readString(true),
    port: reader.readUint16(),
    securityProtocol: reader.readInt16(),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** Feature of BrokerRegistrationRequest; versions 0-4. */
export interface BrokerRegistrationRequestFeature {
  /** The feature name. Versions: 0+. */
  name: string;
  /** The minimum supported feature level. Versions: 0+. */
  minSupportedVersion: number;
  /** The maximum supported feature level. Versions: 0+. */
  maxSupportedVersion: number;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A BrokerRegistrationRequestFeature with every field at its schema default, overridden by `init`. */
export function createBrokerRegistrationRequestFeature(init: Partial<BrokerRegistrationRequestFeature> = {}): BrokerRegistrationRequestFeature {
  return {
    name: "",
    minSupportedVersion: 0,
    maxSupportedVersion: 0,
    ...init,
  };
}

/** Writes a BrokerRegistrationRequestFeature in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeBrokerRegistrationRequestFeature(writer: Writer, value: BrokerRegistrationRequestFeature, _version: number): void {
  writer.writeString(value.name, true);
  writer.writeInt16(value.minSupportedVersion);
  writer.writeInt16(value.maxSupportedVersion);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a BrokerRegistrationRequestFeature in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readBrokerRegistrationRequestFeature(reader: Reader, _version: number): BrokerRegistrationRequestFeature {
  const value: BrokerRegistrationRequestFeature = {
    name: reader.readString(true),
    minSupportedVersion: reader.readInt16(),
    maxSupportedVersion: reader.readInt16(),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** Versions of BrokerRegistrationResponse (API key 62): valid 0-4, flexible 0+. */
export const brokerRegistrationResponseVersions = {
  lowestVersion: 0,
  highestVersion: 4,
  flexibleLowestVersion: 0,
} as const;

/** The BrokerRegistrationResponse message; versions 0-4. */
export interface BrokerRegistrationResponse {
  /** Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions: 0+. */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. Versions: 0+. */
  errorCode: number;
  /** The broker's assigned epoch, or -1 if none was assigned. Versions: 0+. Default: -1. */
  brokerEpoch: bigint;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A BrokerRegistrationResponse with every field at its schema default, overridden by `init`. */
export function createBrokerRegistrationResponse(init: Partial<BrokerRegistrationResponse> = {}): BrokerRegistrationResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    brokerEpoch: -1n,
    ...init,
  };
}

/** Writes a BrokerRegistrationResponse in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeBrokerRegistrationResponse(writer: Writer, value: BrokerRegistrationResponse, _version: number): void {
  writer.writeInt32(value.throttleTimeMs);
  writer.writeInt16(value.errorCode);
  writer.writeInt64(value.brokerEpoch);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a BrokerRegistrationResponse in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readBrokerRegistrationResponse(reader: Reader, _version: number): BrokerRegistrationResponse {
  const value: BrokerRegistrationResponse = {
    throttleTimeMs: reader.readInt32(),
    errorCode: reader.readInt16(),
    brokerEpoch: reader.readInt64(),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}
