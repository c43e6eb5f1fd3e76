// Generated from ListClientMetricsResourcesRequest.json and ListClientMetricsResourcesResponse.json: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// ListClientMetricsResources (API key 74): request and response codecs, versions 0.
// Kafka wire format: https://kafka.apache.org/protocol#The_Messages_ListClientMetricsResources
import { type RawTaggedField, type Reader } from '../../primitives/reader.js';
import type { Writer } from '../../primitives/writer.js';

/** Versions of ListClientMetricsResourcesRequest (API key 74): valid 0, flexible 0+. */
export const listClientMetricsResourcesRequestVersions = {
  lowestVersion: 0,
  highestVersion: 0,
  flexibleLowestVersion: 0,
} as const;

/** The ListClientMetricsResourcesRequest message; versions 0. */
export interface ListClientMetricsResourcesRequest {
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A ListClientMetricsResourcesRequest with every field at its schema default, overridden by `init`. */
export function createListClientMetricsResourcesRequest(init: Partial<ListClientMetricsResourcesRequest> = {}): ListClientMetricsResourcesRequest {
  return {
    ...init,
  };
}

/** Writes a ListClientMetricsResourcesRequest in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeListClientMetricsResourcesRequest(writer: Writer, value: ListClientMetricsResourcesRequest, _version: number): void {
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a ListClientMetricsResourcesRequest in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readListClientMetricsResourcesRequest(reader: Reader, _version: number): ListClientMetricsResourcesRequest {
  const value: ListClientMetricsResourcesRequest = {
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** Versions of ListClientMetricsResourcesResponse (API key 74): valid 0, flexible 0+. */
export const listClientMetricsResourcesResponseVersions = {
  lowestVersion: 0,
  highestVersion: 0,
  flexibleLowestVersion: 0,
} as const;

/** The ListClientMetricsResourcesResponse message; versions 0. */
export interface ListClientMetricsResourcesResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions: 0+. */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. Versions: 0+. */
  errorCode: number;
  /** Each client metrics resource in the response. Versions: 0+. */
  clientMetricsResources: ListClientMetricsResourcesResponseClientMetricsResource[];
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A ListClientMetricsResourcesResponse with every field at its schema default, overridden by `init`. */
export function createListClientMetricsResourcesResponse(init: Partial<ListClientMetricsResourcesResponse> = {}): ListClientMetricsResourcesResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    clientMetricsResources: [],
    ...init,
  };
}

/** Writes a ListClientMetricsResourcesResponse in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeListClientMetricsResourcesResponse(writer: Writer, value: ListClientMetricsResourcesResponse, version: number): void {
  writer.writeInt32(value.throttleTimeMs);
  writer.writeInt16(value.errorCode);
  writer.writeArrayLength(value.clientMetricsResources, true);
  for (const item of value.clientMetricsResources) writeListClientMetricsResourcesResponseClientMetricsResource(writer, item, version);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a ListClientMetricsResourcesResponse in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readListClientMetricsResourcesResponse(reader: Reader, version: number): ListClientMetricsResourcesResponse {
  const value: ListClientMetricsResourcesResponse = {
    throttleTimeMs: reader.readInt32(),
    errorCode: reader.readInt16(),
    clientMetricsResources: reader.readArray(true, () => readListClientMetricsResourcesResponseClientMetricsResource(reader, version)),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}

/** ClientMetricsResource of ListClientMetricsResourcesResponse; versions 0. */
export interface ListClientMetricsResourcesResponseClientMetricsResource {
  /** The resource name. Versions: 0+. */
  name: string;
  /** Tagged fields this version does not know, kept to be written back unchanged. */
  unknownTaggedFields?: RawTaggedField[];
}

/** A ListClientMetricsResourcesResponseClientMetricsResource with every field at its schema default, overridden by `init`. */
export function createListClientMetricsResourcesResponseClientMetricsResource(init: Partial<ListClientMetricsResourcesResponseClientMetricsResource> = {}): ListClientMetricsResourcesResponseClientMetricsResource {
  return {
    name: "",
    ...init,
  };
}

/** Writes a ListClientMetricsResourcesResponseClientMetricsResource in `version`; throws ProtocolEncodeError for a value that version cannot carry. */
export function writeListClientMetricsResourcesResponseClientMetricsResource(writer: Writer, value: ListClientMetricsResourcesResponseClientMetricsResource, _version: number): void {
  writer.writeString(value.name, true);
  writer.writeUnknownTaggedFields(value.unknownTaggedFields);
}

/** Reads a ListClientMetricsResourcesResponseClientMetricsResource in `version`; throws ProtocolDecodeError for malformed bytes. */
export function readListClientMetricsResourcesResponseClientMetricsResource(reader: Reader, _version: number): ListClientMetricsResourcesResponseClientMetricsResource {
  const value: ListClientMetricsResourcesResponseClientMetricsResource = {
    name: reader.readString(true),
  };
  const unknownTaggedFields = reader.readTaggedFields();
  if (unknownTaggedFields !== undefined) value.unknownTaggedFields = unknownTaggedFields;
  return value;
}
