// One client connection of the Kafka listener: bytes in, frames out (Kafka's SocketServer
// Processor, reduced to what a single event loop needs). Incoming bytes are cut into frames by a
// FrameDecoder bounded by socket.request.max.bytes (checked before allocating); each frame is
// decoded with the generated codecs and handed to the dispatcher. Requests are handled one after
// another, as Kafka does per connection, except that a long-polling Fetch does not hold back the
// requests behind it, and a Produce lets the next Produce start once its batches are appended
// (while it waits for acks=-1 replication, so pipelined produces share replication rounds); up
// to `inFlightMax` are in flight, and their responses leave strictly in request order
// (kafka-python and others match responses to requests by position). A Produce with acks=0 gets
// no response.
//
// Bad input closes only this connection, with a logged reason, as Kafka does: a malformed or
// oversized frame, an unknown API key, or an API or version this broker does not advertise. The
// reason goes to the broker's RefusalLog, which logs a client's repeats as one counted line.
// Requests received before the bad input are still answered; nothing after it is read. An
// ApiVersions request in a version too new is answered in v0 with UNSUPPORTED_VERSION (KIP-511).
import assert from 'node:assert/strict';
import type { Logger } from '../log/logger.js';
import {
  ApiKey, FrameDecoder, InFlightResponses, ProtocolDecodeError, ProtocolEncodeError, apiDescriptor,
  decodeRequestFrame, encodeApiVersionsFallbackResponse, encodeResponseFrame,
} from '../protocol/mod.js';
import type { RequestHeader } from '../protocol/mod.js';
import type { Clock, CloseReason, Connection } from '../runtime/seam.js';
import type { RequestContext } from './broker-services.js';
import type { HandlerOutcome } from './dispatch.js';
import type { BrokerMetrics } from './metrics.js';
import type { RefusalLog } from './refusal-log.js';

/** What a connection needs from the broker. */
export interface ConnectionOptions {
  readonly connection: Connection;
  readonly listenerName: string;
  readonly clock: Clock;
  readonly logger: Logger;
  /** Where the reason for closing on bad input is logged, shared by the broker's connections. */
  readonly refusals: RefusalLog;
  readonly metrics: BrokerMetrics;
  /** socket.request.max.bytes: larger frames close the connection before any allocation. */
  readonly frameBytesMax: number;
  /** Requests handled at once on this connection; further frames wait in arrival order. */
  readonly inFlightMax: number;
  /**
   * Frames waiting behind a full in-flight window at which the connection stops reading its
   * socket (backpressure, as Kafka mutes a channel); it reads again once half have started.
   */
  readonly queuedFramesMax: number;
  /** Whether (apiKey, apiVersion) is advertised in ApiVersions (and therefore handled). */
  isAdvertised(apiKey: number, apiVersion: number): boolean;
  /** The ApiVersions ranges, for the fallback answer to a too-new ApiVersions request. */
  advertisedRanges(): readonly { apiKey: number; minVersion: number; maxVersion: number }[];
  dispatch(context: RequestContext, apiKey: number, body: object): Promise<HandlerOutcome>;
  /** A bug surfaced while handling a request (an assertion failed): the process must end. */
  onFatal(error: unknown): void;
  /** Called once when the connection has ended. */
  onClosed?(): void;
}

interface QueuedFrame {
  readonly frame: Uint8Array;
  readonly arrivedMs: number;
}

/** Serves Kafka requests on one connection. */
export class KafkaConnection {
  private readonly decoder: FrameDecoder;
  private readonly inFlight: InFlightResponses;
  private readonly queued: QueuedFrame[] = [];
  private ticketsBegun = 0;
  /**
   * Settles when every earlier request except Fetch has been handled: each request starts after
   * it, so a request sees the effects of the ones sent before it on this connection (a fetch
   * after a produce reads the produced records, a produce after CreateTopics finds the topic),
   * as Kafka's one-request-at-a-time processing per connection guarantees.
   */
  private previousDone: Promise<void> = Promise.resolve();
  /**
   * Settles when every earlier request except Fetch has been handled, except that an earlier
   * Produce counts once its batches are appended (RequestContext.onSequenced): a Produce starts
   * after it, so pipelined acks=-1 produces append in order and wait for the high watermark
   * together. Anything else still waits for `previousDone` (a Fetch after a Produce reads it).
   */
  private previousSequenced: Promise<void> = Promise.resolve();
  /** Close once the response of this ticket (and all before it) has been released. */
  private closeAfterTicket: { ticket: number; reason: string } | undefined;
  private closed = false;
  /** Bad input was seen: nothing more is read, and the connection closes once idle. */
  private rejected = false;
  private draining = false;
  private drained: (() => void) | undefined;
  /** Reading the socket is paused because `queuedFramesMax` frames wait (backpressure). */
  private readingPaused = false;

  constructor(private readonly options: ConnectionOptions) {
    assert.ok(options.inFlightMax >= 1, 'at least one request may be in flight');
    this.decoder = new FrameDecoder({ frameBytesMax: options.frameBytesMax });
    this.inFlight = new InFlightResponses({ inFlightMax: options.inFlightMax });
    options.connection.onData((bytes) => this.onData(bytes));
    options.connection.onClose((reason) => this.onClose(reason));
    options.metrics.recordConnection('open');
  }

  get remoteAddress(): string {
    return this.options.connection.remoteAddress;
  }

  /** Requests received and not yet answered, plus frames waiting for a slot. */
  get pendingRequests(): number {
    return this.inFlight.inFlight + this.queued.length;
  }

  private onData(bytes: Uint8Array): void {
    if (this.closed || this.draining || this.rejected) return;
    this.options.metrics.recordBytesIn(bytes.length);
    let frames: Uint8Array[];
    try {
      frames = this.decoder.push(bytes);
    } catch (error) {
      if (!(error instanceof ProtocolDecodeError)) throw error;
      this.reject(error.code, error.message);
      return;
    }
    const arrivedMs = this.options.clock.monotonicNow();
    for (const frame of frames) {
      if (this.closed || this.rejected) return;
      if (this.inFlight.isFull) this.queued.push({ frame, arrivedMs });
      else this.start(frame, arrivedMs);
    }
    // The frames of this chunk are kept (they were read); the socket holds back the next ones.
    if (!this.readingPaused && this.queued.length >= this.options.queuedFramesMax) {
      this.readingPaused = true;
      this.options.connection.pauseReading();
    }
  }

  /** Reads the socket again once the waiting queue is down to half its bound. */
  private maybeResumeReading(): void {
    if (!this.readingPaused || this.closed || this.queued.length > this.options.queuedFramesMax / 2) return;
    this.readingPaused = false;
    this.options.connection.resumeReading();
  }

  /** Decodes one frame and starts handling it; bad frames close the connection. */
  private start(frame: Uint8Array, arrivedMs: number): void {
    let decoded;
    try {
      decoded = decodeRequestFrame(frame);
    } catch (error) {
      if (!(error instanceof ProtocolDecodeError)) throw error;
      this.reject(error.code, error.message);
      return;
    }
    const { header } = decoded;
    const ticket = this.inFlight.begin();
    this.ticketsBegun += 1;
    const measure = { header, arrivedMs, requestBytes: frame.length + 4 };
    if (decoded.kind === 'unsupported-api-versions') {
      const response = encodeApiVersionsFallbackResponse(header.correlationId, this.options.advertisedRanges()
        .map((range) => ({ apiKey: range.apiKey, minVersion: range.minVersion, maxVersion: range.maxVersion })));
      this.finish(ticket, response, measure);
      return;
    }
    if (!this.options.isAdvertised(header.requestApiKey, header.requestApiVersion)) {
      this.finish(ticket, null, measure);
      this.reject('UNSUPPORTED_API', `API key ${header.requestApiKey} version ${header.requestApiVersion} ` +
        'is not supported by this broker', { header });
      return;
    }
    const context: RequestContext = {
      apiVersion: header.requestApiVersion,
      correlationId: header.correlationId,
      clientId: header.clientId,
      listenerName: this.options.listenerName,
      remoteAddress: this.options.connection.remoteAddress,
    };
    const body = decoded.body;
    const apiKey = header.requestApiKey;
    const handled = this.handle(context, apiKey, body);
    handled.then(
      (outcome) => this.complete(ticket, outcome, measure),
      (error: unknown) => this.fail(ticket, error, measure),
    );
  }

  /** Starts `apiKey` behind the requests it must see (see `previousDone`, `previousSequenced`). */
  private handle(context: RequestContext, apiKey: number, body: object): Promise<HandlerOutcome> {
    const settled = (promise: Promise<unknown>): Promise<void> => promise.then(() => undefined, () => undefined);
    // A Fetch may long-poll; later requests do not wait for it (they could not depend on it).
    if (apiKey === ApiKey.Fetch) return this.previousDone.then(() => this.options.dispatch(context, apiKey, body));
    if (apiKey !== ApiKey.Produce) {
      const handled = this.previousDone.then(() => this.options.dispatch(context, apiKey, body));
      this.previousDone = settled(handled);
      this.previousSequenced = this.previousDone;
      return handled;
    }
    let sequenced: () => void = () => {};
    const appended = new Promise<void>((resolve) => { sequenced = resolve; });
    const handled = this.previousSequenced.then(() => this.options.dispatch({ ...context, onSequenced: sequenced }, apiKey, body));
    // A handler that ends (or fails) without saying so is sequenced by its end.
    void settled(handled).then(sequenced);
    this.previousSequenced = appended;
    this.previousDone = Promise.all([this.previousDone, settled(handled)]).then(() => undefined);
    return handled;
  }

  private complete(ticket: number, outcome: HandlerOutcome, measure: Measure): void {
    switch (outcome.kind) {
      case 'respond': {
        let response: Uint8Array;
        try {
          response = encodeResponseFrame({ apiKey: measure.header.requestApiKey,
            apiVersion: measure.header.requestApiVersion, correlationId: measure.header.correlationId,
            body: outcome.body });
        } catch (error) {
          this.fail(ticket, error, measure);
          return;
        }
        this.finish(ticket, response, measure);
        return;
      }
      case 'no-response':
        this.finish(ticket, null, measure);
        return;
      case 'close':
        this.closeAfterTicket = { ticket, reason: outcome.reason };
        this.finish(ticket, null, measure);
        return;
      default: {
        const unexpected: never = outcome;
        assert.fail(`unknown handler outcome ${String(unexpected)}`);
      }
    }
  }

  /**
   * A handler threw: anything closes this connection once the requests before it are answered,
   * and an assertion is also a bug, reported as fatal (the node stops). The request's slot is
   * finished either way, so a shutdown drain never waits for a request that will not answer.
   */
  private fail(ticket: number, error: unknown, measure: Measure): void {
    const fatal = error instanceof assert.AssertionError;
    const code = fatal ? 'ASSERTION_FAILED' : error instanceof ProtocolEncodeError ? 'ENCODE_FAILED' : 'HANDLER_FAILED';
    this.options.logger.error('request failed', { api: apiName(measure.header.requestApiKey),
      version: measure.header.requestApiVersion, error: String(error) });
    this.closeAfterTicket = { ticket, reason: code };
    this.finish(ticket, null, measure);
    if (fatal) this.options.onFatal(error);
  }

  private finish(ticket: number, response: Uint8Array | null, measure: Measure): void {
    const released = this.inFlight.finish(ticket, response);
    if (!this.closed) {
      for (const frame of released) {
        this.options.connection.send(frame);
        this.options.metrics.recordBytesOut(frame.length);
      }
    }
    this.options.metrics.recordRequest({
      apiKey: measure.header.requestApiKey,
      apiName: apiName(measure.header.requestApiKey),
      apiVersion: measure.header.requestApiVersion,
      latencyMs: this.options.clock.monotonicNow() - measure.arrivedMs,
      requestBytes: measure.requestBytes,
      responseBytes: response?.length ?? 0,
    });
    const releasedCount = this.ticketsBegun - this.inFlight.inFlight;
    if (this.closeAfterTicket !== undefined && releasedCount > this.closeAfterTicket.ticket) {
      this.reject('CLOSED_BY_HANDLER', this.closeAfterTicket.reason, { immediately: true });
      return;
    }
    if (this.rejected && this.inFlight.inFlight === 0) {
      this.close();
      return;
    }
    while (!this.closed && !this.inFlight.isFull && this.queued.length > 0) {
      const next = this.queued.shift();
      assert.ok(next !== undefined);
      this.start(next.frame, next.arrivedMs);
    }
    this.maybeResumeReading();
    this.checkInvariants();
    this.maybeDrained();
  }

  /** Closes the connection because of what the client sent; logged, counted. */
  /**
   * Stops reading because of what the client sent (logged, counted) and closes the connection
   * once the requests received before the bad input are answered, as Kafka, which reads one
   * request at a time, would have answered them first. `immediately` closes at once.
   */
  private reject(code: string, message: string,
    options: { immediately?: boolean; header?: RequestHeader } = {}): void {
    if (this.closed) return;
    if (!this.rejected) {
      this.options.refusals.record({ remoteAddress: this.remoteAddress, clientId: options.header?.clientId ?? null,
        code, apiKey: options.header?.requestApiKey ?? null, reason: message }, this.options.clock.monotonicNow());
      this.options.metrics.recordRejectedFrame(code);
    }
    this.rejected = true;
    // Frames still waiting arrived after the bad input; they are never handled.
    this.queued.length = 0;
    if (options.immediately === true || this.inFlight.inFlight === 0) this.close();
  }

  /**
   * Stops reading new requests and resolves once every request already received is answered;
   * then closes the connection (graceful shutdown).
   */
  drain(): Promise<void> {
    this.draining = true;
    return new Promise((resolve) => {
      this.drained = resolve;
      this.maybeDrained();
    });
  }

  private maybeDrained(): void {
    if (this.drained === undefined) return;
    if (!this.closed && this.pendingRequests > 0) return;
    const resolve = this.drained;
    this.drained = undefined;
    this.close();
    resolve();
  }

  /** Asserts the bounds of the in-flight window and the waiting queue. */
  checkInvariants(): void {
    assert.ok(this.inFlight.inFlight <= this.options.inFlightMax, 'the in-flight window is bounded');
    assert.ok(this.readingPaused || this.queued.length < this.options.queuedFramesMax,
      'the waiting queue is bounded: reading pauses once it is full');
    assert.ok(this.queued.length === 0 || this.inFlight.isFull, 'frames wait only behind a full window');
    assert.ok(!this.closed || this.queued.length === 0, 'a closed connection holds no waiting frames');
    assert.ok(!this.rejected || this.queued.length === 0, 'nothing after bad input is handled');
  }

  /** Closes at once; requests still in flight are never answered (their slots stay). */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.queued.length = 0;
    this.options.connection.close();
    this.maybeDrained();
  }

  private onClose(_reason: CloseReason): void {
    this.closed = true;
    this.queued.length = 0;
    this.options.metrics.recordConnection('close');
    this.maybeDrained();
    this.options.onClosed?.();
  }
}

interface Measure {
  readonly header: RequestHeader;
  readonly arrivedMs: number;
  readonly requestBytes: number;
}

function apiName(apiKey: number): string {
  return apiDescriptor(apiKey)?.name ?? `api-${apiKey}`;
}

