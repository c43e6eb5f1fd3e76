// The controller listener: one port that serves two kinds of callers, as Kafka's controller
// listener does. Raft peers (the other controllers, and observers fetching the metadata log) send
// Raft frames; brokers send Kafka requests (registration, heartbeats, forwarded admin requests).
// A connection's first bytes tell which: every Raft frame opens with a mark no Kafka request can
// start with (src/quorum/peer-frame.ts). Raft connections go to the Raft driver; Kafka ones are
// served by the broker's connection code with the controller's handlers (controller-requests.ts).
import type { RefusalLog } from '../broker/refusal-log.js';
import { KafkaConnection } from '../broker/connection.js';
import type { BrokerMetrics } from '../broker/metrics.js';
import type { Logger } from '../log/logger.js';
import { KafkaListener, type ServedConnection } from '../net/kafka-listener.js';
import { PEER_MARK_DECISION_BYTES, opensWithPeerMark } from '../quorum/peer-frame.js';
import type { Clock, CloseReason, Connection, Network } from '../runtime/seam.js';
import {
  controllerApiRanges, dispatchControllerRequest, isControllerAdvertised, type ControllerRequestHandlers,
} from './controller-requests.js';
import type { QuorumRequests } from './quorum-requests.js';

export interface ControllerListenerOptions {
  readonly network: Network;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly metrics: BrokerMetrics;
  readonly refusals: RefusalLog;
  /** The controller listener's name (controller.listener.names) and address to bind. */
  readonly name: string;
  readonly address: string;
  readonly frameBytesMax: number;
  readonly drainTimeoutMs: number;
  /** Takes a Raft peer's connection, with the bytes already read from it. */
  readonly acceptPeer: (connection: Connection, buffered: Uint8Array) => void;
  readonly controller: ControllerRequestHandlers;
  /** The metadata quorum's APIs (DescribeQuorum, Add/Remove/UpdateRaftVoter). */
  readonly quorum: QuorumRequests;
  readonly onFatal: (error: unknown) => void;
}

/** Opens the controller listener. */
export function openControllerListener(options: ControllerListenerOptions): Promise<KafkaListener> {
  return KafkaListener.open({
    network: options.network,
    name: options.name,
    address: options.address,
    logger: options.logger,
    clock: options.clock,
    drainTimeoutMs: options.drainTimeoutMs,
    serve: (connection, listenerName, onClosed) => new SortingConnection(connection, listenerName, onClosed, options),
  });
}

/** A connection until its first bytes say who called; then the Raft driver's or a Kafka one. */
class SortingConnection implements ServedConnection {
  private buffered = new Uint8Array(0);
  private served: ServedConnection | 'peer' | null = null;

  constructor(private readonly connection: Connection, private readonly listenerName: string,
    private readonly onClosed: () => void, private readonly options: ControllerListenerOptions) {
    connection.onData((bytes) => this.onData(bytes));
    connection.onClose(() => {
      if (this.served === null) this.onClosed();
    });
  }

  drain(): Promise<void> {
    if (this.served !== null && this.served !== 'peer') return this.served.drain();
    this.close();
    return Promise.resolve();
  }

  close(): void {
    if (this.served !== null && this.served !== 'peer') this.served.close();
    else this.connection.close();
  }

  private onData(bytes: Uint8Array): void {
    const joined = new Uint8Array(this.buffered.length + bytes.length);
    joined.set(this.buffered, 0);
    joined.set(bytes, this.buffered.length);
    this.buffered = joined;
    if (this.buffered.length < PEER_MARK_DECISION_BYTES) return;
    const first = this.buffered;
    this.buffered = new Uint8Array(0);
    if (opensWithPeerMark(first)) {
      this.served = 'peer';
      // The driver owns the connection from here; the listener forgets it (Raft stops on its own).
      this.onClosed();
      this.options.acceptPeer(this.connection, first);
      return;
    }
    this.served = this.serveKafka(first);
  }

  private serveKafka(first: Uint8Array): KafkaConnection {
    const { options } = this;
    const served = new KafkaConnection({
      connection: replaying(this.connection, first),
      listenerName: this.listenerName,
      clock: options.clock,
      logger: options.logger.child('connection'),
      refusals: options.refusals,
      metrics: options.metrics,
      frameBytesMax: options.frameBytesMax,
      inFlightMax: 16,
      queuedFramesMax: 1024,
      isAdvertised: isControllerAdvertised,
      advertisedRanges: controllerApiRanges,
      dispatch: (context, apiKey, body) => dispatchControllerRequest(options.controller, options.quorum, options.logger, context, apiKey, body),
      onFatal: options.onFatal,
      onClosed: this.onClosed,
    });
    return served;
  }
}

/** `connection` as seen by a new owner that must first read `first`, the bytes already taken from it. */
function replaying(connection: Connection, first: Uint8Array): Connection {
  return {
    localAddress: connection.localAddress,
    remoteAddress: connection.remoteAddress,
    send: (bytes) => connection.send(bytes),
    onData: (handler) => {
      connection.onData(handler);
      // After the owner's constructor has finished; before any later bytes (those come in a later
      // event, and microtasks run first).
      void Promise.resolve().then(() => handler(first));
    },
    onClose: (handler: (reason: CloseReason) => void) => connection.onClose(handler),
    pauseReading: () => connection.pauseReading(),
    resumeReading: () => connection.resumeReading(),
    close: () => connection.close(),
  };
}
