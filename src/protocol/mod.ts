// The public surface of src/protocol: Kafka wire codecs generated from the message schemas, the
// headers, framing and error codes. A broker reads a frame with `decodeRequestFrame`, handles the
// typed body (cast to the API's generated type, e.g. ProduceRequest from
// generated/messages/produce.ts), and answers with `encodeResponseFrame`. Every decoder throws
// only `ProtocolDecodeError` for malformed input; the listener closes that connection and logs it.
import assert from 'node:assert/strict';

import type { ApiCodec } from './api-codec.js';
import { ApiKey, apiDescriptor } from './generated/api-keys.js';
import { writeApiVersionsResponse, type ApiVersionsResponseApiVersion } from './generated/messages/api-versions.js';
import { metadataRecordCodecs } from './generated/metadata-records.js';
import { apiCodecs } from './generated/registry.js';
import { decodeRequestHeader, decodeResponseHeader, encodeRequestHeader, encodeResponseHeader, type RequestHeader } from './headers.js';
import { encodeFrame } from './framing.js';
import { ErrorCode } from './errors.js';
import { ProtocolDecodeError, ProtocolEncodeError } from './primitives/errors.js';
import { Reader } from './primitives/reader.js';
import type { Writer } from './primitives/writer.js';

export type { ApiCodec, RecordCodec } from './api-codec.js';
export { ApiKey, apiDescriptor, apiDescriptors, type ApiDescriptor } from './generated/api-keys.js';
export { apiCodecs } from './generated/registry.js';
export { metadataRecordCodecs } from './generated/metadata-records.js';
export * from './headers.js';
export * from './framing.js';
export * from './errors.js';
export * from './entity-types.js';
export * from './primitives/errors.js';
export { Reader, type RawTaggedField } from './primitives/reader.js';
export { Writer } from './primitives/writer.js';

/** An inclusive version range. */
export interface VersionRange {
  readonly lowestVersion: number;
  readonly highestVersion: number;
}

/** The versions of `apiKey` the schemas define, or undefined for an unknown key. */
export function supportedVersions(apiKey: number): VersionRange | undefined {
  const descriptor = apiDescriptor(apiKey);
  return descriptor === undefined ? undefined : { lowestVersion: descriptor.lowestVersion, highestVersion: descriptor.highestVersion };
}

/** True when (apiKey, apiVersion) has a generated codec. */
export function isSupportedVersion(apiKey: number, apiVersion: number): boolean {
  const range = supportedVersions(apiKey);
  return range !== undefined && apiVersion >= range.lowestVersion && apiVersion <= range.highestVersion;
}

function decodeCodec(apiKey: number, apiVersion: number): ApiCodec {
  const codec = apiCodecs.get(apiKey);
  if (codec === undefined) throw new ProtocolDecodeError('UNKNOWN_API_KEY', `Cannot decode: unknown API key ${apiKey}`);
  if (apiVersion < codec.lowestVersion || apiVersion > codec.highestVersion) {
    throw new ProtocolDecodeError('UNSUPPORTED_VERSION', `Cannot decode ${codec.name}: version ${apiVersion} is outside ${codec.lowestVersion}-${codec.highestVersion}`);
  }
  return codec;
}

function encodeCodec(apiKey: number, apiVersion: number): ApiCodec {
  const codec = apiCodecs.get(apiKey);
  if (codec === undefined) throw new ProtocolEncodeError('UNKNOWN_API_KEY', `Cannot encode: unknown API key ${apiKey}`);
  if (apiVersion < codec.lowestVersion || apiVersion > codec.highestVersion) {
    throw new ProtocolEncodeError('UNSUPPORTED_VERSION', `Cannot encode ${codec.name}: version ${apiVersion} is outside ${codec.lowestVersion}-${codec.highestVersion}`);
  }
  return codec;
}

/**
 * Decodes a request body of (apiKey, apiVersion) from `reader`. Like Kafka, bytes after the body
 * are ignored. Throws `ProtocolDecodeError` (UNKNOWN_API_KEY, UNSUPPORTED_VERSION, or malformed).
 */
export function decodeRequest(apiKey: number, apiVersion: number, reader: Reader): object {
  return decodeCodec(apiKey, apiVersion).readRequest(reader, apiVersion);
}

/** Decodes a response body of (apiKey, apiVersion); the client-side mirror of `decodeRequest`. */
export function decodeResponse(apiKey: number, apiVersion: number, reader: Reader): object {
  return decodeCodec(apiKey, apiVersion).readResponse(reader, apiVersion);
}

/** Writes a request body. Throws `ProtocolEncodeError` for a value the version cannot carry. */
export function encodeRequest(writer: Writer, apiKey: number, apiVersion: number, body: object): void {
  encodeCodec(apiKey, apiVersion).writeRequest(writer, body, apiVersion);
}

/** Writes a response body. Throws `ProtocolEncodeError` for a value the version cannot carry. */
export function encodeResponse(writer: Writer, apiKey: number, apiVersion: number, body: object): void {
  encodeCodec(apiKey, apiVersion).writeResponse(writer, body, apiVersion);
}

/** A request frame after decoding: either a body to handle, or an ApiVersions request too new. */
export type DecodedRequestFrame =
  | { readonly kind: 'request'; readonly header: RequestHeader; readonly body: object }
  | { readonly kind: 'unsupported-api-versions'; readonly header: RequestHeader };

/**
 * Decodes one request frame (without its size prefix). An ApiVersions request in a version Weir
 * does not know is not decoded further: Kafka answers it with an ApiVersions v0 response carrying
 * UNSUPPORTED_VERSION and its own ranges (see `encodeApiVersionsFallbackResponse`). Any other
 * unsupported version, unknown key or malformed body throws `ProtocolDecodeError`.
 */
export function decodeRequestFrame(frame: Uint8Array): DecodedRequestFrame {
  const reader = new Reader(frame);
  const apiKey = reader.peekInt16(0);
  const apiVersion = reader.peekInt16(2);
  // Only ApiVersions is answered in a version we lack; anything else is refused before its header.
  if (apiKey !== ApiKey.ApiVersions && apiDescriptor(apiKey) !== undefined && !isSupportedVersion(apiKey, apiVersion)) {
    throw new ProtocolDecodeError('UNSUPPORTED_VERSION', `Cannot decode request: API key ${apiKey} has no version ${apiVersion}`);
  }
  const header = decodeRequestHeader(reader);
  if (header.requestApiKey === ApiKey.ApiVersions && !isSupportedVersion(ApiKey.ApiVersions, header.requestApiVersion)) {
    return { kind: 'unsupported-api-versions', header };
  }
  const body = decodeRequest(header.requestApiKey, header.requestApiVersion, reader);
  return { kind: 'request', header, body };
}

/** Encodes a whole response frame: size prefix, response header, body. */
export function encodeResponseFrame(options: { apiKey: number; apiVersion: number; correlationId: number; body: object }): Uint8Array {
  const codec = encodeCodec(options.apiKey, options.apiVersion);
  return encodeFrame((writer) => {
    encodeResponseHeader(writer, options);
    codec.writeResponse(writer, options.body, options.apiVersion);
  });
}

/** Encodes a whole request frame: size prefix, request header, body (clients, replica fetchers, tests). */
export function encodeRequestFrame(header: RequestHeader, body: object): Uint8Array {
  const codec = encodeCodec(header.requestApiKey, header.requestApiVersion);
  return encodeFrame((writer) => {
    encodeRequestHeader(writer, header);
    codec.writeRequest(writer, body, header.requestApiVersion);
  });
}

/** Decodes a response frame (without its size prefix) to a request of (apiKey, apiVersion). */
export function decodeResponseFrame(frame: Uint8Array, apiKey: number, apiVersion: number): { correlationId: number; body: object } {
  const reader = new Reader(frame);
  const header = decodeResponseHeader(reader, apiKey, apiVersion);
  return { correlationId: header.correlationId, body: decodeResponse(apiKey, apiVersion, reader) };
}

/**
 * The answer to an ApiVersions request in a version Weir does not know: header v0 and an
 * ApiVersions v0 body with UNSUPPORTED_VERSION and the broker's ranges, so the client retries with
 * a version both sides speak (KIP-511).
 */
export function encodeApiVersionsFallbackResponse(correlationId: number, apiKeys: readonly ApiVersionsResponseApiVersion[]): Uint8Array {
  assert.ok(apiKeys.some((entry) => entry.apiKey === ApiKey.ApiVersions), 'the ranges must include ApiVersions itself');
  return encodeFrame((writer) => {
    encodeResponseHeader(writer, { apiKey: ApiKey.ApiVersions, apiVersion: 0, correlationId });
    writeApiVersionsResponse(writer, {
      errorCode: ErrorCode.UNSUPPORTED_VERSION,
      apiKeys: [...apiKeys],
      throttleTimeMs: 0,
      supportedFeatures: [],
      finalizedFeaturesEpoch: -1n,
      finalizedFeatures: [],
      zkMigrationReady: false,
    }, 0);
  });
}

/** The frame version of metadata log records, written before the record type (KIP-631). */
export const METADATA_RECORD_FRAME_VERSION = 1;

/**
 * Encodes a KRaft metadata record as the value of a metadata log record: unsigned varints frame
 * version, record type and record version, then the record.
 */
export function encodeMetadataRecord(writer: Writer, options: { apiKey: number; version: number; record: object }): void {
  const codec = metadataRecordCodecs.get(options.apiKey);
  if (codec === undefined || options.version < codec.lowestVersion || options.version > codec.highestVersion) {
    throw new ProtocolEncodeError('UNSUPPORTED_VERSION', `Cannot encode metadata record type ${options.apiKey} version ${options.version}`);
  }
  writer.writeUnsignedVarint(METADATA_RECORD_FRAME_VERSION);
  writer.writeUnsignedVarint(options.apiKey);
  writer.writeUnsignedVarint(options.version);
  codec.write(writer, options.record, options.version);
}

/** Decodes a metadata log record value written by `encodeMetadataRecord`; the whole input must be used. */
export function decodeMetadataRecord(bytes: Uint8Array): { apiKey: number; version: number; record: object } {
  const reader = new Reader(bytes);
  const frameVersion = reader.readUnsignedVarint();
  if (frameVersion !== METADATA_RECORD_FRAME_VERSION) {
    throw new ProtocolDecodeError('UNSUPPORTED_VERSION', `Cannot decode metadata record: frame version ${frameVersion}`);
  }
  const apiKey = reader.readUnsignedVarint();
  const version = reader.readUnsignedVarint();
  const codec = metadataRecordCodecs.get(apiKey);
  if (codec === undefined) throw new ProtocolDecodeError('UNKNOWN_API_KEY', `Cannot decode metadata record: unknown type ${apiKey}`);
  if (version < codec.lowestVersion || version > codec.highestVersion) {
    throw new ProtocolDecodeError('UNSUPPORTED_VERSION', `Cannot decode ${codec.name}: version ${version}`);
  }
  const record = codec.read(reader, version);
  reader.expectEnd(codec.name);
  return { apiKey, version, record };
}
