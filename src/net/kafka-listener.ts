// The Kafka client listener: accepts TCP connections on the runtime's Network seam and hands
// each to a connection handler (src/broker/connection.ts serves the protocol). It owns the
// listening socket and the set of live connections, so the broker can stop accepting and then
// let every connection finish what it already received (graceful shutdown, as Kafka's
// SocketServer does on controlled shutdown). The drain is bounded by a timer on the runtime clock:
// a connection that has not finished by then (a request that never answers, whatever the
// client does) is closed, so a stopping node ends in bounded time. No protocol knowledge lives
// here.
import assert from 'node:assert/strict';
import type { Logger } from '../log/logger.js';
import type { Clock, Connection, Listener, Network } from '../runtime/seam.js';

/** A served connection as the listener sees it. */
export interface ServedConnection {
  /** Stops reading, answers what was received, then closes. */
  drain(): Promise<void>;
  /** Closes at once. */
  close(): void;
}

/** Where to listen and how to serve each accepted connection. */
export interface KafkaListenerOptions {
  readonly network: Network;
  /** The listener's name from `listeners` (e.g. PLAINTEXT). */
  readonly name: string;
  /** "host:port" to bind; port 0 picks a free port. */
  readonly address: string;
  readonly logger: Logger;
  /** The clock that bounds the drain at stop. */
  readonly clock: Clock;
  /** How long `stop` lets connections answer what they received before closing them. */
  readonly drainTimeoutMs: number;
  /**
   * Builds the handler of a new connection. The handler owns the connection's callbacks and
   * calls `onClosed` once when the connection ends.
   */
  serve(connection: Connection, listenerName: string, onClosed: () => void): ServedConnection;
}

/** A bound Kafka listener. Create with `KafkaListener.open`. */
export class KafkaListener {
  private readonly connections = new Set<ServedConnection>();
  private accepting = true;

  private constructor(private readonly options: KafkaListenerOptions, private listener: Listener | undefined) {}

  /** Binds the address and starts accepting. Rejects with NetworkError if it cannot bind. */
  static async open(options: KafkaListenerOptions): Promise<KafkaListener> {
    assert.ok(Number.isFinite(options.drainTimeoutMs) && options.drainTimeoutMs >= 0, 'the drain is bounded');
    const kafkaListener = new KafkaListener(options, undefined);
    kafkaListener.listener = await options.network.listen(options.address,
      (connection) => kafkaListener.accept(connection));
    options.logger.info('listening', { listener: options.name, address: kafkaListener.address });
    return kafkaListener;
  }

  get name(): string {
    return this.options.name;
  }

  /** The bound "host:port" (a requested port 0 resolved). */
  get address(): string {
    assert.ok(this.listener !== undefined, 'the listener is bound');
    return this.listener.address;
  }

  get connectionCount(): number {
    return this.connections.size;
  }

  private accept(connection: Connection): void {
    if (!this.accepting) {
      connection.close();
      return;
    }
    let closedEarly = false;
    let served: ServedConnection | undefined;
    served = this.options.serve(connection, this.options.name, () => {
      if (served === undefined) closedEarly = true;
      else this.connections.delete(served);
    });
    if (!closedEarly) this.connections.add(served);
  }

  /**
   * Stops accepting, lets each connection answer what it received, then closes them; after
   * `drainTimeoutMs` every connection still open is closed without waiting further.
   */
  async stop(): Promise<void> {
    if (!this.accepting) return;
    this.accepting = false;
    // Node's server.close() settles only once every connection has ended, so the connections
    // are drained while it is pending rather than after.
    const closing = this.listener?.close();
    const draining = [...this.connections];
    const cancelBound = this.options.clock.setTimer(this.options.drainTimeoutMs, () => {
      const late = draining.filter((connection) => this.connections.has(connection));
      this.options.logger.warn('closing connections that did not drain in time', { listener: this.options.name,
        connections: late.length, drainTimeoutMs: this.options.drainTimeoutMs });
      for (const connection of late) connection.close();
    });
    await Promise.all(draining.map((connection) => connection.drain()));
    cancelBound();
    this.connections.clear();
    await closing;
  }
}
