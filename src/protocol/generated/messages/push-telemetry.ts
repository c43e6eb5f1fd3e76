// Generated from PushTelemetryRequest.json and PushTelemetryResponse.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// PushTelemetry (API key 72): request and response codecs, versions 0.
// Kafka wire format: https://kafka.apache.org/protocol#The_Messages_PushTelemetry
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';
import { ZERO_UUID, type Uuid } from '../../entity-types.js';

/** Versions of PushTelemetryRequest (API key 72): valid 0, flexible 0+. */
export const pushTelemetryRequestVersions = {
  lowestVersion: 0,
  highestVersion: 0,
  flexibleLowestVersion: 0,
} as const;

/** The PushTelemetryRequest message; versions 0. */
export interface PushTelemetryRequest {
  /** Unique id for this client instance. Versions: 0+. */
  clientInstanceId: Uuid;
  /** Unique identifier for the current subscription. Versions: 0+. */
  subscriptionId: number;
  /** Client is terminating the connection. Versions: 0+. */
  terminating: boolean;
  /** Compression codec used to compress the metrics. Versions: 0+. */
  compressionType: number;
  /** Metrics encoded in OpenTelemetry MetricsData v1 protobuf format. Versions: 0+. */
  metrics: Uint8Array;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A PushTelemetryRequest with every field at its schema default, overridden by `init`. */
export function createPushTelemetryRequest(init: Partial<PushTelemetryRequest> = {}): PushTelemetryRequest {
  return {
    clientInstanceId: ZERO_UUID,
    subscriptionId: 0,
    terminating: false,
    compressionType: 0,
    metrics: new Uint8Array(0),
    ...init,
  };
}

/** Writes a PushTelemetryRequest in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writePushTelemetryRequest(writer: Writer, value: PushTelemetryRequest, _version: number): void {
  writer.writeUuid(value.clientInstanceId);
  writer.writeInt32(value.subscriptionId);
  writer.writeBool(value.terminating);
  writer.writeInt8(value.compressionType);
  writer.writeBytes(value.metrics, true);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a PushTelemetryRequest in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readPushTelemetryRequest(reader: Reader, _version: number): PushTelemetryRequest {
  const value: PushTelemetryRequest = {
    clientInstanceId: reader.readUuid(),
    subscriptionId: reader.readInt32(),
    terminating: reader.readBool(),
    compressionType: reader.readInt8(),
    metrics: reader.readBytes(true),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** Versions of PushTelemetryResponse (API key 72): valid 0, flexible 0+. */
export const pushTelemetryResponseVersions = {
  lowestVersion: 0,
  highestVersion: 0,
  flexibleLowestVersion: 0,
} as const;

/** The PushTelemetryResponse message; versions 0. */
export interface PushTelemetryResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions: 0+. */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. Versions: 0+. */
  errorCode: number;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A PushTelemetryResponse with every field at its schema default, overridden by `init`. */
export function createPushTelemetryResponse(init: Partial<PushTelemetryResponse> = {}): PushTelemetryResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    ...init,
  };
}

/** Writes a PushTelemetryResponse in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writePushTelemetryResponse(writer: Writer, value: PushTelemetryResponse, _version: number): void {
  writer.writeInt32(value.throttleTimeMs);
  writer.writeInt16(value.errorCode);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a PushTelemetryResponse in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readPushTelemetryResponse(reader: Reader, _version: number): PushTelemetryResponse {
  const value: PushTelemetryResponse = {
    throttleTimeMs: reader.readInt32(),
    errorCode: reader.readInt16(),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}
