// Request and response headers (https://kafka.apache.org/protocol#protocol_messages). The header
// codecs are generated from RequestHeader.json and ResponseHeader.json; this file picks the header
// version for an (apiKey, apiVersion) from the generated API-key table: request header v0 (no
// client id; ControlledShutdown v0 only), v1 (client id), v2 (v1 + tagged fields, KIP-482);
// response header v0 (correlation id), v1 (+ tagged fields). The ApiVersions response always uses
// header v0 (KIP-511) so that a client can read it before it knows what the broker speaks.
import { apiDescriptor, requestHeaderVersion, responseHeaderVersion } from './generated/api-keys.js';
import { readRequestHeader, writeRequestHeader, type RequestHeader } from './generated/headers/request-header.js';
import { readResponseHeader, writeResponseHeader, type ResponseHeader } from './generated/headers/response-header.js';
import { ProtocolDecodeError } from './primitives/errors.js';
import type { Reader } from './primitives/reader.js';
import type { Writer } from './primitives/writer.js';

export type { RequestHeader, ResponseHeader };
export { requestHeaderVersion, responseHeaderVersion };

/**
 * Reads a request header. The API key and version come first in every header version, so they
 * are sniffed to choose the header version. Throws `ProtocolDecodeError` UNKNOWN_API_KEY for a key
 * Weir does not know (its header layout is unknowable). A known key with an unsupported version
 * still decodes, so the caller can answer ApiVersions with UNSUPPORTED_VERSION as Kafka does.
 */
export function decodeRequestHeader(reader: Reader): RequestHeader {
  const apiKey = reader.peekInt16(0);
  const apiVersion = reader.peekInt16(2);
  if (apiDescriptor(apiKey) === undefined) {
    throw new ProtocolDecodeError('UNKNOWN_API_KEY', `Cannot decode request header: unknown API key ${apiKey}`);
  }
  if (apiVersion < 0) {
    throw new ProtocolDecodeError('UNSUPPORTED_VERSION', `Cannot decode request header: negative version ${apiVersion}`);
  }
  return readRequestHeader(reader, requestHeaderVersion(apiKey, apiVersion));
}

/** Writes `header` in the header version its API key and version call for. */
export function encodeRequestHeader(writer: Writer, header: RequestHeader): void {
  writeRequestHeader(writer, header, requestHeaderVersion(header.requestApiKey, header.requestApiVersion));
}

/** Writes the response header of a response to (apiKey, apiVersion). */
export function encodeResponseHeader(writer: Writer, options: { apiKey: number; apiVersion: number; correlationId: number }): void {
  const version = responseHeaderVersion(options.apiKey, options.apiVersion);
  writeResponseHeader(writer, { correlationId: options.correlationId }, version);
}

/** Reads the response header of a response to (apiKey, apiVersion). */
export function decodeResponseHeader(reader: Reader, apiKey: number, apiVersion: number): ResponseHeader {
  return readResponseHeader(reader, responseHeaderVersion(apiKey, apiVersion));
}
