// Generated from ControllerRegistrationRequest.json and ControllerRegistrationResponse.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// ControllerRegistration (API key 70): request and response codecs, versions 0.
// Kafka wire format: https://kafka.apache.org/protocol#The_Messages_ControllerRegistration
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';
import { ZERO_UUID, type Uuid } from '../../entity-types.js';

/** Versions of ControllerRegistrationRequest (API key 70): valid 0, flexible 0+. */
export const controllerRegistrationRequestVersions = {
  lowestVersion: 0,
  highestVersion: 0,
  flexibleLowestVersion: 0,
} as const;

/** The ControllerRegistrationRequest message; versions 0. */
export interface ControllerRegistrationRequest {
  /** The ID of the controller to register. Versions: 0+. */
  controllerId: number;
  /** The controller incarnation ID, which is unique to each process run. Versions: 0+. */
  incarnationId: Uuid;
  /** Set if the required configurations for ZK migration are present. Versions: 0+. */
  zkMigrationReady: boolean;
  /** The listeners of this controller. Versions: 0+. */
  listeners: ControllerRegistrationRequestListener[];
  /** The features on this controller. Versions: 0+. */
  features: ControllerRegistrationRequestFeature[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A ControllerRegistrationRequest with every field at its schema default, overridden by `init`. */
export function createControllerRegistrationRequest(init: Partial<ControllerRegistrationRequest> = {}): ControllerRegistrationRequest {
  return {
    controllerId: 0,
    incarnationId: ZERO_UUID,
    zkMigrationReady: false,
    listeners: [],
    features: [],
    ...init,
  };
}

/** Writes a ControllerRegistrationRequest in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeControllerRegistrationRequest(writer: Writer, value: ControllerRegistrationRequest, version: number): void {
  writer.writeInt32(value.controllerId);
  writer.writeUuid(value.incarnationId);
  writer.writeBool(value.zkMigrationReady);
  writer.writeArrayLength(value.listeners, true);
  for (const item of value.listeners) writeControllerRegistrationRequestListener(writer, item, version);
  writer.writeArrayLength(value.features, true);
  for (const item of value.features) writeControllerRegistrationRequestFeature(writer, item, version);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a ControllerRegistrationRequest in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readControllerRegistrationRequest(reader: Reader, version: number): ControllerRegistrationRequest {
  const value: ControllerRegistrationRequest = {
    controllerId: reader.readInt32(),
    incarnationId: reader.readUuid(),
    zkMigrationReady: reader.readBool(),
    listeners: reader.readArray(true, () => readControllerRegistrationRequestListener(reader, version)),
    features: reader.readArray(true, () => readControllerRegistrationRequestFeature(reader, version)),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** Listener of ControllerRegistrationRequest; versions 0. */
export interface ControllerRegistrationRequestListener {
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

/** A ControllerRegistrationRequestListener with every field at its schema default, overridden by `init`. */
export function createControllerRegistrationRequestListener(init: Partial<ControllerRegistrationRequestListener> = {}): ControllerRegistrationRequestListener {
  return {
    name: "",
    host: "",
    port: 0,
    securityProtocol: 0,
    ...init,
  };
}

/** Writes a ControllerRegistrationRequestListener in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeControllerRegistrationRequestListener(writer: Writer, value: ControllerRegistrationRequestListener, _version: number): void {
  writer.writeString(value.name, true);
  writer.writeString(value.host, true);
  writer.writeUint16(value.port);
  writer.writeInt16(value.securityProtocol);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a ControllerRegistrationRequestListener in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readControllerRegistrationRequestListener(reader: Reader, _version: number): ControllerRegistrationRequestListener {
  const value: ControllerRegistrationRequestListener = {
    name: reader.readString(true),
    host: reader.readString(true),
    port: reader.readUint16(),
    securityProtocol: reader.readInt16(),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** Feature of ControllerRegistrationRequest; versions 0. */
export interface ControllerRegistrationRequestFeature {
  /** The feature name. Versions: 0+. */
  name: string;
  /** The minimum supported feature level. Versions: 0+. */
  minSupportedVersion: number;
  /** The maximum supported feature level. Versions: 0+. */
  maxSupportedVersion: number;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A ControllerRegistrationRequestFeature with every field at its schema default, overridden by `init`. */
export function createControllerRegistrationRequestFeature(init: Partial<ControllerRegistrationRequestFeature> = {}): ControllerRegistrationRequestFeature {
  return {
    name: "",
    minSupportedVersion: 0,
    maxSupportedVersion: 0,
    ...init,
  };
}

/** Writes a ControllerRegistrationRequestFeature in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeControllerRegistrationRequestFeature(writer: Writer, value: ControllerRegistrationRequestFeature, _version: number): void {
  writer.writeString(value.name, true);
  writer.writeInt16(value.minSupportedVersion);
  writer.writeInt16(value.maxSupportedVersion);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a ControllerRegistrationRequestFeature in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readControllerRegistrationRequestFeature(reader: Reader, _version: number): ControllerRegistrationRequestFeature {
  const value: ControllerRegistrationRequestFeature = {
    name: reader.readString(true),
    minSupportedVersion: reader.readInt16(),
    maxSupportedVersion: reader.readInt16(),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** Versions of ControllerRegistrationResponse (API key 70): valid 0, flexible 0+. */
export const controllerRegistrationResponseVersions = {
  lowestVersion: 0,
  highestVersion: 0,
  flexibleLowestVersion: 0,
} as const;

/** The ControllerRegistrationResponse message; versions 0. */
export interface ControllerRegistrationResponse {
  /** Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions: 0+. */
  throttleTimeMs: number;
  /** The response error code. Versions: 0+. */
  errorCode: number;
  /** The response error message, or null if there was no error. Versions: 0+. Nullable: 0+. */
  errorMessage: string | null;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A ControllerRegistrationResponse with every field at its schema default, overridden by `init`. */
export function createControllerRegistrationResponse(init: Partial<ControllerRegistrationResponse> = {}): ControllerRegistrationResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    errorMessage: "",
    ...init,
  };
}

/** Writes a ControllerRegistrationResponse in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeControllerRegistrationResponse(writer: Writer, value: ControllerRegistrationResponse, _version: number): void {
  writer.writeInt32(value.throttleTimeMs);
  writer.writeInt16(value.errorCode);
  writer.writeNullableString(value.errorMessage, true);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a ControllerRegistrationResponse in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readControllerRegistrationResponse(reader: Reader, _version: number): ControllerRegistrationResponse {
  const value: ControllerRegistrationResponse = {
    throttleTimeMs: reader.readInt32(),
    errorCode: reader.readInt16(),
    errorMessage: reader.readNullableString(true),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}
