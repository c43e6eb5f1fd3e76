// One connection from a Kafka client to one broker (src/net/kafka-client/), on the runtime seam.
//
// It speaks the real wire protocol: size-prefixed frames, request headers with correlation ids,
// the generated codecs of src/protocol. Requests may be pipelined: up to `inFlightMax` are sent
// before their answers arrive (Kafka's max.in.flight.requests.per.connection); more wait, in a
// bounded queue, until a slot frees. A broker answers a connection's requests in the order they
// were sent, so the answer at the head of the stream belongs to the oldest request still waiting
// for one; its correlation id must match, or the stream can no longer be trusted.
//
// Every request ends exactly once, as a value; it rejects only when its body cannot be written
// in its version (the caller's bug: a field that version cannot carry), and nothing is sent:
//   response  the broker's answer, decoded;
//   sent      the request expects no answer (Produce with acks=0) and has been written;
//   timeout   no answer within its timeout; like Kafka's NetworkClient after request.timeout.ms,
//             the connection is closed, because later answers could no longer be matched;
//   closed    the connection ended first (the peer closed it, the network failed, an answer
//             could not be decoded, or another request on it timed out);
//   overloaded the wait queue was full; nothing was sent.
// A closed or timed-out request may or may not have been carried out by the broker.
//
// The broker's bytes are untrusted input: a malformed or unmatched answer closes the connection
// with a reason, never an assertion.
import assert from 'node:assert/strict';

import {
  ApiKey, ErrorCode, FrameDecoder, ProtocolDecodeError, decodeResponseFrame, encodeRequestFrame,
} from '../../protocol/mod.js';
import type { CancelTimer, Clock, Connection } from '../../runtime/seam.js';

/** How one request ended; see the file header. */
export type RequestOutcome<Body> =
  | { readonly kind: 'response'; readonly body: Body }
  | { readonly kind: 'sent' }
  | { readonly kind: 'timeout' }
  | { readonly kind: 'closed'; readonly reason: string }
  | { readonly kind: 'overloaded' };

/** The settings of one connection. */
export interface KafkaConnectionOptions {
  /** The client id written into every request header. */
  readonly clientId: string;
  /** Requests sent and not yet answered, at most (Kafka's default is 5). Invariant: >= 1. */
  readonly inFlightMax: number;
  /** Requests waiting for an in-flight slot, at most; beyond it a request is `overloaded`. */
  readonly queuedRequestsMax: number;
  /** The largest answer accepted, in bytes; a larger size prefix closes the connection. */
  readonly responseBytesMax: number;
  /**
   * Called, before the connection closes, when an answer cannot be trusted (undecodable, a
   * wrong correlation id, an answer nobody asked for, a size beyond `responseBytesMax`): the
   * broker broke the protocol. A node logs it; the simulator counts it as a violation, since
   * its network never corrupts a stream.
   */
  readonly onUntrustedAnswer?: (reason: string) => void;
}

/** One request as the caller hands it over. */
export interface OutgoingRequest {
  readonly apiKey: number;
  readonly apiVersion: number;
  readonly body: object;
  readonly timeoutMs: number;
  /** False only for requests the broker never answers (Produce with acks=0). */
  readonly expectResponse: boolean;
}

interface PendingRequest {
  readonly request: OutgoingRequest;
  /** Assigned when the request leaves the queue (0 while queued). */
  correlationId: number;
  readonly finish: (outcome: RequestOutcome<object>) => void;
  /** Rejects the caller's promise: the body cannot be written in its version (the caller's bug). */
  readonly refuse: (error: unknown) => void;
  cancelTimer: CancelTimer;
}

/** One open connection to a broker; see the file header. */
export class KafkaConnection {
  /** Sent and awaiting an answer, oldest first. Invariant: length <= inFlightMax. */
  private readonly inFlight: PendingRequest[] = [];
  /** Waiting for a slot, oldest first. Invariant: length <= queuedRequestsMax. */
  private readonly queued: PendingRequest[] = [];
  private readonly decoder: FrameDecoder;
  private readonly closeHandlers: Array<(reason: string) => void> = [];
  private nextCorrelationId = 1;
  private closedReason: string | null = null;

  constructor(
    private readonly clock: Clock,
    private readonly connection: Connection,
    private readonly options: KafkaConnectionOptions,
  ) {
    assert.ok(Number.isInteger(options.inFlightMax) && options.inFlightMax >= 1, 'inFlightMax is at least 1');
    assert.ok(Number.isInteger(options.queuedRequestsMax) && options.queuedRequestsMax >= 0, 'queuedRequestsMax is a count');
    this.decoder = new FrameDecoder({ frameBytesMax: options.responseBytesMax });
    connection.onData((bytes) => this.onData(bytes));
    connection.onClose((reason) => this.end(`connection closed by ${reason.by}: ${reason.message}`));
  }

  /** The broker's address, "host:port". */
  get remoteAddress(): string {
    return this.connection.remoteAddress;
  }

  /** False once the connection has ended, from either side. */
  get isOpen(): boolean {
    return this.closedReason === null;
  }

  /** Requests sent and not yet answered. */
  get inFlightCount(): number {
    return this.inFlight.length;
  }

  /** Registers a handler called once when the connection ends, with the reason. */
  onClose(handler: (reason: string) => void): void {
    if (this.closedReason !== null) handler(this.closedReason);
    else this.closeHandlers.push(handler);
  }

  /** Sends one request (or queues it for a slot) and resolves with how it ended. */
  request<Body extends object>(request: OutgoingRequest): Promise<RequestOutcome<Body>> {
    assert.ok(request.timeoutMs > 0, 'a request has a positive timeout');
    if (this.closedReason !== null) return Promise.resolve({ kind: 'closed', reason: this.closedReason });
    if (!request.expectResponse) return Promise.resolve(this.sendUnanswered(request) as RequestOutcome<Body>);
    if (this.inFlight.length >= this.options.inFlightMax && this.queued.length >= this.options.queuedRequestsMax) {
      return Promise.resolve({ kind: 'overloaded' });
    }
    return new Promise((resolve, reject) => {
      const pending: PendingRequest = {
        request, correlationId: 0, cancelTimer: () => {},
        finish: (outcome) => resolve(outcome as RequestOutcome<Body>), refuse: reject,
      };
      pending.cancelTimer = this.clock.setTimer(request.timeoutMs, () => this.onRequestTimeout(pending));
      this.queued.push(pending);
      this.sendQueued();
    });
  }

  /** Closes the connection; every request not yet answered ends as `closed`. */
  close(reason = 'closed by the client'): void {
    if (this.closedReason !== null) return;
    this.connection.close();
    this.end(reason);
  }

  /** Asserts the bookkeeping invariants (tests call it after each step). */
  checkInvariants(): void {
    assert.ok(this.inFlight.length <= this.options.inFlightMax, 'in-flight requests within their bound');
    assert.ok(this.queued.length <= this.options.queuedRequestsMax, 'queued requests within their bound');
    if (this.closedReason !== null) assert.equal(this.inFlight.length + this.queued.length, 0, 'a closed connection owes nothing');
    if (this.queued.length > 0) assert.equal(this.inFlight.length, this.options.inFlightMax, 'requests queue only when no slot is free');
  }

  private sendUnanswered(request: OutgoingRequest): RequestOutcome<object> {
    // An unanswered request takes no in-flight slot, but it must not overtake queued ones that
    // were handed over earlier: the broker would then carry them out in another order.
    if (this.queued.length > 0) return { kind: 'overloaded' };
    this.connection.send(this.encode(request, this.nextCorrelationId++));
    return { kind: 'sent' };
  }

  private sendQueued(): void {
    while (this.closedReason === null && this.queued.length > 0 && this.inFlight.length < this.options.inFlightMax) {
      const pending = this.queued.shift() as PendingRequest;
      let frame: Uint8Array;
      try {
        frame = this.encode(pending.request, this.nextCorrelationId);
      } catch (error) {
        // A body the version cannot carry is the caller's bug, not the connection's: only that
        // request fails, and no correlation id or slot is spent on it.
        pending.cancelTimer();
        pending.refuse(error);
        continue;
      }
      pending.correlationId = this.nextCorrelationId++;
      this.inFlight.push(pending);
      this.connection.send(frame);
    }
  }

  private encode(request: OutgoingRequest, correlationId: number): Uint8Array {
    return encodeRequestFrame({
      requestApiKey: request.apiKey, requestApiVersion: request.apiVersion, correlationId, clientId: this.options.clientId,
    }, request.body);
  }

  private onData(bytes: Uint8Array): void {
    if (this.closedReason !== null) return;
    let frames: Uint8Array[];
    try {
      frames = this.decoder.push(bytes);
    } catch (error) {
      this.distrust(`Cannot read an answer from ${this.remoteAddress}: ${describe(error)}`);
      return;
    }
    for (const frame of frames) {
      if (this.closedReason !== null) return;
      this.onResponseFrame(frame);
    }
  }

  private onResponseFrame(frame: Uint8Array): void {
    const pending = this.inFlight.shift();
    if (pending === undefined) {
      this.distrust(`Cannot match an answer from ${this.remoteAddress}: no request is waiting for one`);
      return;
    }
    const decoded = this.decode(frame, pending);
    if (typeof decoded === 'string') {
      this.inFlight.unshift(pending);
      this.distrust(decoded);
      return;
    }
    pending.cancelTimer();
    pending.finish({ kind: 'response', body: decoded });
    this.sendQueued();
  }

  /** The decoded body, or the reason the answer cannot be trusted. */
  private decode(frame: Uint8Array, pending: PendingRequest): object | string {
    const { apiKey } = pending.request;
    try {
      const decoded = decodeResponseFrame(frame, apiKey, answeredVersion(frame, pending.request));
      if (decoded.correlationId !== pending.correlationId) {
        return `Cannot match an answer from ${this.remoteAddress}: correlation id "${decoded.correlationId}", expected "${pending.correlationId}"`;
      }
      return decoded.body;
    } catch (error) {
      if (!(error instanceof ProtocolDecodeError)) throw error;
      return `Cannot decode an answer from ${this.remoteAddress} to API key ${apiKey}: ${error.message}`;
    }
  }

  /** Closes the connection because the broker's bytes broke the protocol. */
  private distrust(reason: string): void {
    this.options.onUntrustedAnswer?.(reason);
    this.close(reason);
  }

  private onRequestTimeout(pending: PendingRequest): void {
    const queuedAt = this.queued.indexOf(pending);
    if (queuedAt >= 0) {
      // Never sent: it can simply be dropped; the connection stays good.
      this.queued.splice(queuedAt, 1);
      pending.finish({ kind: 'timeout' });
      return;
    }
    const inFlightAt = this.inFlight.indexOf(pending);
    assert.ok(inFlightAt >= 0, 'a live timer belongs to a queued or in-flight request');
    this.inFlight.splice(inFlightAt, 1);
    pending.finish({ kind: 'timeout' });
    this.close(`request to API key ${pending.request.apiKey} timed out after ${pending.request.timeoutMs} ms`);
  }

  private end(reason: string): void {
    if (this.closedReason !== null) return;
    this.closedReason = reason;
    for (const pending of [...this.inFlight.splice(0), ...this.queued.splice(0)]) {
      pending.cancelTimer();
      pending.finish({ kind: 'closed', reason });
    }
    for (const handler of this.closeHandlers.splice(0)) handler(reason);
  }
}

/**
 * The version an answer is written in. Always the request's, except one case (KIP-511): a broker
 * that does not know the requested ApiVersions version answers in v0 with UNSUPPORTED_VERSION and
 * its own ranges. Its header is v0 in every version, so the error code sits right after the
 * correlation id.
 */
function answeredVersion(frame: Uint8Array, request: OutgoingRequest): number {
  if (request.apiKey !== ApiKey.ApiVersions || frame.length < 6) return request.apiVersion;
  const errorCode = (frame[4] as number) << 8 | (frame[5] as number);
  return errorCode === ErrorCode.UNSUPPORTED_VERSION ? 0 : request.apiVersion;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
