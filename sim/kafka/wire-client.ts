// A minimal Kafka client connection for the simulator's Kafka workload: it speaks the real wire
// protocol (size-prefixed frames, request headers, the generated codecs of src/protocol) over a
// stream-mode connection of the simulated network, to the node's Kafka listener. Part of
// sim/kafka/. Many requests may be in flight; Kafka answers them in order, and each answer is
// matched by correlation id. A request ends exactly once: with its response, or with 'closed'
// (the connection reset: a node crash or a partition) or 'timeout' (the client gives up and
// closes the connection, as real clients do after request.timeout.ms). A late response to a
// request that already ended is ignored, so the history records one outcome per operation.
import assert from 'node:assert/strict';
import {
  FrameDecoder, decodeResponseFrame, encodeRequestFrame,
} from '../../src/protocol/mod.js';
import type { Connection, Network } from '../../src/runtime/seam.js';
import type { SimEvent } from '../event-queue.js';
import type { SimProcess, World } from '../world.js';

/** How a request ended. */
export type WireOutcome<Body> =
  | { readonly kind: 'response'; readonly body: Body }
  | { readonly kind: 'closed' }
  | { readonly kind: 'timeout' };

interface PendingRequest {
  readonly correlationId: number;
  readonly apiKey: number;
  readonly apiVersion: number;
  readonly finish: (outcome: WireOutcome<object>) => void;
  readonly timer: SimEvent;
}

/** One open connection to a node's Kafka listener. Open with `WireClient.connect`. */
export class WireClient {
  private readonly pending: PendingRequest[] = [];
  private readonly decoder = new FrameDecoder();
  private nextCorrelationId = 1;
  private open = true;

  private constructor(
    private readonly world: World,
    private readonly process: SimProcess,
    private readonly connection: Connection,
    private readonly clientId: string,
  ) {
    connection.onData((bytes) => this.onData(bytes));
    connection.onClose(() => this.failAll({ kind: 'closed' }));
  }

  /** Connects to `address`; resolves null when the node is unreachable (down, partitioned). */
  static async connect(init: {
    world: World; process: SimProcess; network: Network; address: string; clientId: string;
  }): Promise<WireClient | null> {
    try {
      const connection = await init.network.connect(init.address);
      return new WireClient(init.world, init.process, connection, init.clientId);
    } catch {
      return null;
    }
  }

  /** False once the connection closed (from either side); a closed client only answers 'closed'. */
  get isOpen(): boolean {
    return this.open;
  }

  /** Sends one request and resolves with its outcome; never rejects. */
  request<Body extends object>(apiKey: number, apiVersion: number, body: object, timeoutMs: number): Promise<WireOutcome<Body>> {
    assert.ok(timeoutMs > 0, 'a request has a positive timeout');
    if (!this.open) return Promise.resolve({ kind: 'closed' });
    const correlationId = this.nextCorrelationId++;
    const frame = encodeRequestFrame({ requestApiKey: apiKey, requestApiVersion: apiVersion, correlationId,
      clientId: this.clientId }, body);
    return new Promise((resolve) => {
      const timer = this.world.schedule(timeoutMs, this.process, () => this.onTimeout(correlationId));
      this.pending.push({ correlationId, apiKey, apiVersion, timer,
        finish: (outcome) => resolve(outcome as WireOutcome<Body>) });
      this.connection.send(frame);
    });
  }

  /** Closes the connection; pending requests end with 'closed'. */
  close(): void {
    if (!this.open) return;
    this.connection.close();
    this.failAll({ kind: 'closed' });
  }

  private onData(bytes: Uint8Array): void {
    if (!this.open) return;
    for (const frame of this.decoder.push(bytes)) {
      const request = this.pending.shift();
      assert.ok(request !== undefined, `${this.clientId} received a response to no request`);
      const decoded = decodeResponseFrame(frame, request.apiKey, request.apiVersion);
      assert.equal(decoded.correlationId, request.correlationId, 'Kafka answers requests in the order they were sent');
      this.world.cancel(request.timer);
      request.finish({ kind: 'response', body: decoded.body });
    }
  }

  private onTimeout(correlationId: number): void {
    if (!this.open) return;
    assert.ok(this.pending.some((request) => request.correlationId === correlationId), 'a timer belongs to a pending request');
    // Like a real client after request.timeout.ms: give up on the connection, and with it on
    // every request still waiting on it (their answers could no longer be matched safely).
    this.connection.close();
    this.failAll({ kind: 'timeout' });
  }

  private failAll(outcome: WireOutcome<object>): void {
    this.open = false;
    for (const request of this.pending.splice(0)) {
      this.world.cancel(request.timer);
      request.finish(outcome);
    }
  }
}
