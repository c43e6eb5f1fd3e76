// Internal RPC between nodes: one-way messages as msgpack values in length-prefixed frames over
// the runtime seam's connections (DESIGN.md). Part of src/quorum/.
//
// A node keeps one outgoing connection per peer whose address it knows, opened on the first send
// and reopened after a failure (with a backoff). Every frame carries the sender's cluster id
// (peer-frame.ts); a frame of another cluster closes its connection before its message reaches
// Raft. Messages travel both ways on any connection: a voter answers a voter over its own
// outgoing connection, and answers an observer (a broker-only node, whose address no voter
// knows) over the latest connection that observer opened. Raft needs no more: every message
// names its sender and receiver, answers travel as ordinary messages, and loss, duplication and
// reordering are tolerated by the protocol. So this layer never retries a message and never
// blocks: when a peer is unreachable its messages are dropped. Every send() carries exactly one
// frame (src/protocol/framing.ts, the Kafka listener's framing), which lets the simulator's
// message-mode links (sim/sim-network.ts) drop or duplicate whole messages without
// desynchronising the stream.
import assert from 'node:assert/strict';
import { Packr, Unpackr } from 'msgpackr';
import type { Clock, Connection, Listener, Network } from '../runtime/seam.js';
import { FrameDecoder } from '../protocol/mod.js';
import { decodePeerPayload, encodePeerFrame } from './peer-frame.js';

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
  /** This node's id (its own entry in `peers` is ignored). */
  readonly localId: number;
  /** The cluster this node belongs to, sent in every frame; frames of another cluster are refused. */
  readonly clusterId: string;
  /**
   * Where peers reach this node: an address to listen on, or 'handed-over' when the node's
   * controller listener accepts connections and hands the peers' to `accept` (src/node/), or
   * 'none' for an observer, which only dials.
   */
  readonly inbound: { readonly listenAddress: string } | 'handed-over' | 'none';
  /** Address of every peer this node dials, by node id (this node's own entry is ignored). */
  readonly peers: ReadonlyMap<number, string>;
  /** Validates a decoded value from the wire; throws RpcDecodeError when it is not a Message. */
  readonly validate: (value: unknown) => Message;
  /** The node a message says it is from (the return path to it is learned from its frames). */
  readonly senderOf: (message: Message) => number;
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
  /** The latest connection each caller opened to this node: how to answer a peer without an address. */
  private readonly returnPaths = new Map<number, Connection>();
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
      if (id === options.localId) continue;
      this.links.set(id, { address, connection: null, connecting: false, queue: [], retryAtMs: 0 });
    }
  }

  /** Creates the messenger, listening first when `inbound` names an address. */
  static async start<Message>(options: PeerMessengerOptions<Message>): Promise<PeerMessenger<Message>> {
    const messenger = new PeerMessenger(options);
    if (typeof options.inbound === 'object') {
      messenger.listener = await options.network.listen(options.inbound.listenAddress, (connection) => {
        messenger.accept(connection);
      });
    }
    return messenger;
  }

  /** The bound listening address (only when the messenger listens itself). */
  get address(): string {
    assert(this.listener !== null, 'the messenger is listening');
    return this.listener.address;
  }

  /** Sends `message` to peer `to`, or drops it if the peer cannot be reached now. */
  send(to: number, message: Message): void {
    if (this.closed) return;
    const frame = encodePeerFrame(this.packr, this.options.clusterId, message);
    assert(frame.length - 4 <= this.frameBytesMax, 'an outgoing message fits in a frame');
    const link = this.links.get(to);
    if (link === undefined) {
      // No address: only a peer that called us can be answered, on the connection it opened.
      this.returnPaths.get(to)?.send(frame);
      return;
    }
    if (link.connection !== null) {
      link.connection.send(frame);
      return;
    }
    link.queue.push(frame);
    if (link.queue.length > this.queuedMessagesMax) link.queue.shift();
    this.connect(link);
  }

  /**
   * Learns or changes where peer `id` is reached (a voter the log added, or whose endpoints an
   * UpdateRaftVoter changed). A changed address drops the old connection, so the next send dials
   * the new one; the same address changes nothing.
   */
  setPeerAddress(id: number, address: string): void {
    if (id === this.options.localId || this.closed) return;
    const link = this.links.get(id);
    if (link?.address === address) return;
    link?.connection?.close();
    this.links.set(id, { address, connection: null, connecting: false, queue: [], retryAtMs: 0 });
  }

  /**
   * Serves a connection a peer opened. `buffered` holds bytes already read from it (by the
   * controller listener, to tell peers from Kafka clients).
   */
  accept(connection: Connection, buffered: Uint8Array = new Uint8Array(0)): void {
    if (this.closed) {
      connection.close();
      return;
    }
    this.incoming.add(connection);
    const callers = new Set<number>();
    connection.onClose(() => {
      this.incoming.delete(connection);
      for (const caller of callers) if (this.returnPaths.get(caller) === connection) this.returnPaths.delete(caller);
    });
    this.readFrames(connection, buffered, (payload) => {
      const sender = this.receive(payload);
      callers.add(sender);
      this.returnPaths.set(sender, connection);
    });
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
    this.returnPaths.clear();
    await this.listener?.close();
  }

  /** Cuts a connection's bytes into frames; a frame that cannot be read closes the connection. */
  private readFrames(connection: Connection, buffered: Uint8Array, onFrame: (payload: Uint8Array) => void): void {
    const reader = new FrameDecoder({ frameBytesMax: this.frameBytesMax });
    const onData = (chunk: Uint8Array): void => {
      try {
        for (const payload of reader.push(chunk)) onFrame(payload);
      } catch (error) {
        this.options.onProblem?.(`closing connection with ${connection.remoteAddress}: ${String(error)}`);
        connection.close();
      }
    };
    connection.onData(onData);
    if (buffered.length > 0) onData(buffered);
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
    // A link replaced by setPeerAddress while it was dialing is no longer anyone's.
    if (this.closed || ![...this.links.values()].includes(link)) {
      connection.close();
      return;
    }
    link.connection = connection;
    connection.onClose((reason) => {
      if (link.connection === connection) link.connection = null;
      this.options.onProblem?.(`connection to ${link.address} closed (${reason.by}: ${reason.message})`);
    });
    // The peer answers on this connection when it has no address for us (we are an observer).
    this.readFrames(connection, new Uint8Array(0), (payload) => { this.receive(payload); });
    for (const frame of link.queue.splice(0)) connection.send(frame);
  }

  private connectFailed(link: PeerLink, error: unknown): void {
    link.connecting = false;
    link.queue.length = 0;
    link.retryAtMs = this.options.clock.monotonicNow() + this.reconnectBackoffMs;
    this.options.onProblem?.(`cannot connect to ${link.address}: ${String(error)}`);
  }

  /** Decodes, checks and delivers one message; returns its sender. Throws on a bad frame. */
  private receive(payload: Uint8Array): number {
    const contents = decodePeerPayload(this.unpackr, payload);
    if (typeof contents === 'string') throw new RpcDecodeError(contents);
    if (contents.clusterId !== this.options.clusterId) {
      throw new RpcDecodeError(`INCONSISTENT_CLUSTER_ID: a peer of cluster "${contents.clusterId}" ` +
        `reached this node of cluster "${this.options.clusterId}"`);
    }
    const message = this.options.validate(contents.message);
    this.options.onMessage(message);
    return this.options.senderOf(message);
  }
}
