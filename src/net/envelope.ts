// Kafka's Envelope (API key 58, KIP-590): how a broker hands an admin request it received to the
// active controller and carries the answer back. The envelope holds the client's request exactly
// as a client would frame it (header and body, without the size prefix) and the client's address;
// the controller answers with the inner response framed the same way, or with an error of the
// envelope itself (NOT_CONTROLLER when it is not active). Both sides are here so that what one
// writes the other reads by construction.
import {
  ErrorCode, ProtocolDecodeError, SIZE_PREFIX_BYTES, decodeRequestFrame, decodeResponseFrame,
  encodeRequestFrame, encodeResponseFrame, type RequestHeader,
} from '../protocol/mod.js';
import {
  createEnvelopeRequest, createEnvelopeResponse, type EnvelopeRequest, type EnvelopeResponse,
} from '../protocol/generated/messages/envelope.js';

/** A request as the broker received it from its client. */
export interface InnerRequest {
  readonly apiKey: number;
  readonly apiVersion: number;
  readonly correlationId: number;
  readonly clientId: string | null;
  readonly body: object;
  /** Where the client connected from, "host:port" (recorded for the controller's logs). */
  readonly clientAddress: string;
}

/** The envelope a broker sends for `inner`. */
export function sealRequest(inner: InnerRequest): EnvelopeRequest {
  const header: RequestHeader = {
    requestApiKey: inner.apiKey, requestApiVersion: inner.apiVersion,
    correlationId: inner.correlationId, clientId: inner.clientId,
  };
  return createEnvelopeRequest({
    requestData: encodeRequestFrame(header, inner.body).subarray(SIZE_PREFIX_BYTES),
    // Weir has no authentication yet: every client is the anonymous principal, sent as none.
    requestPrincipal: null,
    clientHostAddress: new TextEncoder().encode(hostOf(inner.clientAddress)),
  });
}

/** The inner request of an envelope the controller received, or why it cannot be read. */
export function openRequest(envelope: EnvelopeRequest): { header: RequestHeader; body: object } | { problem: string } {
  try {
    const decoded = decodeRequestFrame(envelope.requestData);
    if (decoded.kind !== 'request') return { problem: 'the envelope holds an ApiVersions request in an unknown version' };
    return { header: decoded.header, body: decoded.body };
  } catch (error) {
    if (error instanceof ProtocolDecodeError) return { problem: error.message };
    throw error;
  }
}

/** The controller's envelope answer carrying `body`, the response to the inner request `header`. */
export function sealResponse(header: RequestHeader, body: object): EnvelopeResponse {
  const framed = encodeResponseFrame({
    apiKey: header.requestApiKey, apiVersion: header.requestApiVersion, correlationId: header.correlationId, body,
  });
  return createEnvelopeResponse({ responseData: framed.subarray(SIZE_PREFIX_BYTES), errorCode: ErrorCode.NONE });
}

/** An envelope answer with an error of the envelope itself (no inner response). */
export function refuseEnvelope(errorCode: number): EnvelopeResponse {
  return createEnvelopeResponse({ responseData: null, errorCode });
}

/** The inner response body of an envelope answer, or the envelope's own error code. */
export function openResponse(envelope: EnvelopeResponse, inner: Pick<InnerRequest, 'apiKey' | 'apiVersion'>):
  { body: object } | { errorCode: number } {
  if (envelope.errorCode !== ErrorCode.NONE) return { errorCode: envelope.errorCode };
  if (envelope.responseData === null) return { errorCode: ErrorCode.UNKNOWN_SERVER_ERROR };
  return { body: decodeResponseFrame(envelope.responseData, inner.apiKey, inner.apiVersion).body };
}

/** The host part of "host:port" (or of "[v6]:port"); the whole text when there is no port. */
function hostOf(address: string): string {
  const cut = address.lastIndexOf(':');
  if (cut <= 0) return address;
  return address.slice(0, cut).replace(/^\[(.*)\]$/, '$1');
}
