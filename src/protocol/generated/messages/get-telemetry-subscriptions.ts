// Generated from GetTelemetrySubscriptionsRequest.json and GetTelemetrySubscriptionsResponse.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// GetTelemetrySubscriptions (API key 71): request and response codecs, versions 0.
// Kafka wire format: https://kafka.apache.org/protocol#The_Messages_GetTelemetrySubscriptions
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';
import { ZERO_UUID, type Uuid } from '../../entity-types.js';

/** Versions of GetTelemetrySubscriptionsRequest (API key 71): valid 0, flexible 0+. */
export const getTelemetrySubscriptionsRequestVersions = {
  lowestVersion: 0,
  highestVersion: 0,
  flexibleLowestVersion: 0,
} as const;

/** The GetTelemetrySubscriptionsRequest message; versions 0. */
export interface GetTelemetrySubscriptionsRequest {
  /** Unique id for this client instance, must be set to 0 on the first request. Versions: 0+. */
  clientInstanceId: Uuid;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A GetTelemetrySubscriptionsRequest with every field at its schema default, overridden by `init`. */
export function createGetTelemetrySubscriptionsRequest(init: Partial<GetTelemetrySubscriptionsRequest> = {}): GetTelemetrySubscriptionsRequest {
  return {
    clientInstanceId: ZERO_UUID,
    ...init,
  };
}

/** Writes a GetTelemetrySubscriptionsRequest in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeGetTelemetrySubscriptionsRequest(writer: Writer, value: GetTelemetrySubscriptionsRequest, _version: number): void {
  writer.writeUuid(value.clientInstanceId);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a GetTelemetrySubscriptionsRequest in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readGetTelemetrySubscriptionsRequest(reader: Reader, _version: number): GetTelemetrySubscriptionsRequest {
  const value: GetTelemetrySubscriptionsRequest = {
    clientInstanceId: reader.readUuid(),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** Versions of GetTelemetrySubscriptionsResponse (API key 71): valid 0, flexible 0+. */
export const getTelemetrySubscriptionsResponseVersions = {
  lowestVersion: 0,
  highestVersion: 0,
  flexibleLowestVersion: 0,
} as const;

/** The GetTelemetrySubscriptionsResponse message; versions 0. */
export interface GetTelemetrySubscriptionsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions: 0+. */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. Versions: 0+. */
  errorCode: number;
  /** Assigned client instance id if ClientInstanceId was 0 in the request, else 0. Versions: 0+. */
  clientInstanceId: Uuid;
  /** Unique identifier for the current subscription set for this client instance. Versions: 0+. */
  subscriptionId: number;
  /** Compression types that broker accepts for the PushTelemetryRequest. Versions: 0+. */
  acceptedCompressionTypes: number[];
  /** Configured push interval, which is the lowest configured interval in the current subscription set. Versions: 0+. */
  pushIntervalMs: number;
  /** The maximum bytes of binary data the broker accepts in PushTelemetryRequest. Versions: 0+. */
  telemetryMaxBytes: number;
  /** Flag to indicate monotonic/counter metrics are to be emitted as deltas or cumulative values. Versions: 0+. */
  deltaTemporality: boolean;
  /** Requested metrics prefix string match. Empty array: No metrics subscribed, Array[0] empty string: All metrics subscribed. Versions: 0+. */
  requestedMetrics: string[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A GetTelemetrySubscriptionsResponse with every field at its schema default, overridden by `init`. */
export function createGetTelemetrySubscriptionsResponse(init: Partial<GetTelemetrySubscriptionsResponse> = {}): GetTelemetrySubscriptionsResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    clientInstanceId: ZERO_UUID,
    subscriptionId: 0,
    acceptedCompressionTypes: [],
    pushIntervalMs: 0,
    telemetryMaxBytes: 0,
    deltaTemporality: false,
    requestedMetrics: [],
    ...init,
  };
}

/** Writes a GetTelemetrySubscriptionsResponse in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeGetTelemetrySubscriptionsResponse(writer: Writer, value: GetTelemetrySubscriptionsResponse, _version: number): void {
  writer.writeInt32(value.throttleTimeMs);
  writer.writeInt16(value.errorCode);
  writer.writeUuid(value.clientInstanceId);
  writer.writeInt32(value.subscriptionId);
  writer.writeArrayLength(value.acceptedCompressionTypes, true);
  for (const item of value.acceptedCompressionTypes) writer.writeInt8(item);
  writer.writeInt32(value.pushIntervalMs);
  writer.writeInt32(value.telemetryMaxBytes);
  writer.writeBool(value.deltaTemporality);
  writer.writeArrayLength(value.requestedMetrics, true);
  for (const item of value.requestedMetrics) writer.writeString(item, true);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a GetTelemetrySubscriptionsResponse in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readGetTelemetrySubscriptionsResponse(reader: Reader, _version: number): GetTelemetrySubscriptionsResponse {
  const value: GetTelemetrySubscriptionsResponse = {
    throttleTimeMs: reader.readInt32(),
    errorCode: reader.readInt16(),
    clientInstanceId: reader.readUuid(),
    subscriptionId: reader.readInt32(),
    acceptedCompressionTypes: reader.readArray(true, () => reader.readInt8()),
    pushIntervalMs: reader.readInt32(),
    telemetryMaxBytes: reader.readInt32(),
    deltaTemporality: reader.readBool(),
    requestedMetrics: reader.readStringArray(true),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}
