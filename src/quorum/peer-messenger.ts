// Internal RPC between nodes: one-way messages as msgpack values in length-prefixed frames over
// the runtime seam's connections (DESIGN.md). Part of src/quorum/.
//
// Each node listens on its own address and keeps one outgoing connection per peer, opened on the
// first send and reopened after a failure (with a backoff); incoming connections are only read.
// Raft needs no more: every message names its sender and receiver, answers travel as ordinary
// messages, and loss, duplication and reordering are tolerated by the protocol. So this layer
// never retries a message and never blocks: when a peer is unreachable its messages are dropped.
// Every send() carries exactly one frame (src/protocol/framing.ts, the Kafka listener's framing),
// which lets the simulator's message-mode links (sim/sim-network.ts) drop or duplicate whole
// messages without desynchronising the stream.
import assert from 'node:assert/strict';
import { Packr, Unpackr } from 'msgpackr';
import type { Clock, Connection, Listener, Network } from '../runtime/seam.js';
import { FrameDecoder, frameBytes } from '../protocol/mod.js';

/** A peer sent something that is not a valid message (close that connection, log why). */
export class RpcDecodeError extends Error {
  readonly code = 'RPC_DECODE_ERROR';
  constructor(message: string) {
    super(message);
    this.name = 'RpcDecodeError';
  }
}

export interface PeerMessengerOptions<Message> {
  readonly clock: Clock;
  readonly network: Network;
  /** Where this node listens, "host:port". */
  readonly listenAddress: string;
  /** Address of every peer by node id (this node's own entry is ignored). */
  readonly peers: ReadonlyMap<number, string>;
  /** Validates a decoded value from the wire; throws RpcDecodeError when it is not a Message. */
  readonly validate: (value: unknown) => Message;
  readonly onMessage: (message: Message) => void;
  /** Reports a dropped connection or a bad frame, for logs; optional. */
  readonly onProblem?: (problem: string) => void;
  readonly frameBytesMax?: number;
  /** Messages kept for a peer while its connection opens; older ones are dropped beyond this. */
  readonly queuedMessagesMax?: number;
  readonly reconnectBackoffMs?: number;
}

interface PeerLink {
  readonly address: string;
  connection: Connection | null;
  connecting: boolean;
  /** Frames waiting for the connection to open. Invariant: length <= queuedMessagesMax. */
  readonly queue: Uint8Array[];
  /** Monotonic time before which no new connect is tried. */
  retryAtMs: number;
}

/** Sends and receives one-way messages to and from peers. */
export class PeerMessenger<Message> {
  private readonly links = new Map<number, PeerLink>();
  private readonly incoming = new Set<Connection>();
  private readonly packr = new Packr({ useRecords: false, moreTypes: false });
  private readonly unpackr = new Unpackr({ useRecords: false, moreTypes: false });
  private readonly frameBytesMax: number;
  private readonly queuedMessagesMax: number;
  private readonly reconnectBackoffMs: number;
  private listener: Listener | null = null;
  private closed = false;

  private constructor(private readonly options: PeerMessengerOptions<Message>) {
    this.frameBytesMax = options.frameBytesMax ?? 16 * 1024 * 1024;
    this.queuedMessagesMax = options.queuedMessagesMax ?? 256;
    this.reconnectBackoffMs = options.reconnectBackoffMs ?? 50;
    assert(this.queuedMessagesMax > 0, 'the send queue holds at least one message');
    for (const [id, address] of options.peers) {
      this.links.set(id, { address, connection: null, connecting: false, queue: [], retryAtMs: 0 });
    }
  }

  /** Starts listening and returns the messenger. */
  static async start<Message>(options: PeerMessengerOptions<Message>): Promise<PeerMessenger<Message>> {
    const messenger = new PeerMessenger(options);
    messenger.listener = await options.network.listen(options.listenAddress, (connection) => {
      messenger.accept(connection);
    });
    return messenger;
  }

  /** The bound listening address. */
  get address(): string {
    assert(this.listener !== null, 'the messenger is listening');
    return this.listener.address;
  }

  /** Sends `message` to peer `to`, or drops it if the peer cannot be reached now. */
  send(to: number, message: Message): void {
    if (this.closed) return;
    const link = this.links.get(to);
    assert(link !== undefined, `no address for node ${to}`);
    const frame = frameBytes(this.packr.pack(message));
    assert(frame.length - 4 <= this.frameBytesMax, 'an outgoing message fits in a frame');
    if (link.connection !== null) {
      link.connection.send(frame);
      return;
    }
    link.queue.push(frame);
    if (link.queue.length > this.queuedMessagesMax) link.queue.shift();
    this.connect(link);
  }

  /** Stops listening and closes every connection. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const link of this.links.values()) {
      link.connection?.close();
      link.connection = null;
      link.queue.length = 0;
    }
    for (const connection of this.incoming) connection.close();
    this.incoming.clear();
    await this.listener?.close();
  }

  private connect(link: PeerLink): void {
    if (link.connecting) return;
    const nowMs = this.options.clock.monotonicNow();
    if (nowMs < link.retryAtMs) {
      link.queue.length = 0;
      return;
    }
    link.connecting = true;
    this.options.network.connect(link.address).then(
      (connection) => this.connected(link, connection),
      (error: unknown) => this.connectFailed(link, error),
    );
  }

  private connected(link: PeerLink, connection: Connection): void {
    link.connecting = false;
    if (this.closed) {
      connection.close();
      return;
    }
    link.connection = connection;
    connection.onData(() => {
      // Outgoing connections carry one direction only; a peer never writes back on them.
    });
    connection.onClose((reason) => {
      if (link.connection === connection) link.connection = null;
      this.options.onProblem?.(`connection to ${link.address} closed (${reason.by}: ${reason.message})`);
    });
    for (const frame of link.queue.splice(0)) connection.send(frame);
  }

  private connectFailed(link: PeerLink, error: unknown): void {
    link.connecting = false;
    link.queue.length = 0;
    link.retryAtMs = this.options.clock.monotonicNow() + this.reconnectBackoffMs;
    this.options.onProblem?.(`cannot connect to ${link.address}: ${String(error)}`);
  }

  private accept(connection: Connection): void {
    if (this.closed) {
      connection.close();
      return;
    }
    this.incoming.add(connection);
    const reader = new FrameDecoder({ frameBytesMax: this.frameBytesMax });
    connection.onClose(() => this.incoming.delete(connection));
    connection.onData((chunk) => {
      try {
        for (const payload of reader.push(chunk)) this.receive(payload);
      } catch (error) {
        this.options.onProblem?.(`closing connection from ${connection.remoteAddress}: ${String(error)}`);
        connection.close();
      }
    });
  }

  private receive(payload: Uint8Array): void {
    let value: unknown;
    try {
      value = this.unpackr.unpack(payload);
    } catch (error) {
      throw new RpcDecodeError(`Cannot decode message: ${String(error)}`);
    }
    this.options.onMessage(this.options.validate(value));
  }
}
