// The simulated network: listeners, connections and links between simulated machines, all
// driven by world events. Addresses are "host:port"; the host names the machine.
//
// Two kinds of connection, chosen per listening address (`NetworkOptions.modeFor`):
// - 'message' (internal RPC): each send() is delivered as one chunk or not at all, with
//   per-message latency, loss and duplication; independent latencies reorder messages. This is a
//   superset of what TCP with reconnects can do to whole messages, which Raft must tolerate. It
//   only suits a peer that sends exactly one frame per send() and treats every chunk as one
//   frame, as src/quorum/peer-messenger.ts does.
// - 'stream' (anything that relies on byte order, such as the Kafka listener): bytes arrive in
//   order, at most once; the only faults are delay and a connection reset. This is exactly the
//   seam's `Connection` contract. The one exception a workload may ask for
//   (`NetworkOptions.wholeFrame`): sends that are whole self-contained frames (the Raft peer
//   frames on the controller listener) may be delivered twice, back to back, in order.
// Partitions block directed links: a message crossing a blocked link is dropped (message mode)
// or resets its connection (stream mode); a connect across a blocked link fails.
import assert from 'node:assert/strict';
import { NetworkError } from '../src/runtime/seam.js';
import type { CloseReason, Connection, Listener, Network } from '../src/runtime/seam.js';
import type { Prng } from './prng.js';
import type { SimProcess, World } from './world.js';

export type LinkMode = 'message' | 'stream';

/** Latency, loss and duplication of the network; the nemesis changes them during a run. */
export interface LinkConditions {
  /** Every message takes at least this long. */
  minimumLatencyMs: number;
  /** Mean of the exponentially distributed extra latency (which also reorders messages). */
  meanExtraLatencyMs: number;
  /** Probability that a message-mode send is lost. */
  lossRate: number;
  /** Probability that a message-mode send is delivered twice. */
  duplicateRate: number;
}

export interface NetworkOptions {
  readonly conditions: LinkConditions;
  /** Which kind of connection a listening address accepts. */
  readonly modeFor: (address: string) => LinkMode;
  /** How long a connect across a blocked link takes to fail. */
  readonly connectTimeoutMs: number;
  /** Describes a message-mode frame for the trace (e.g. "Fetch 2->1 e3"); optional. */
  readonly describe?: (bytes: Uint8Array) => string;
  /**
   * Stream mode: whether one send() is a whole frame that its receiver takes on its own (a Raft
   * peer frame: one-way, no correlation id, duplicates expected). Such a frame is delivered a
   * second time, right behind the first in the stream's order, with the `duplicateRate`: what a
   * transport that resends whole messages does. TCP never duplicates bytes, so a send not
   * accepted here (a Kafka request or response, whose correlation ids must match one to one)
   * never is. Optional: without it no stream send is duplicated.
   */
  readonly wholeFrame?: (bytes: Uint8Array) => boolean;
}

interface ListenerEntry {
  readonly process: SimProcess;
  readonly onConnection: (connection: Connection) => void;
  readonly mode: LinkMode;
}

/** The part of an address before the last ':'. */
export function hostOf(address: string): string {
  const colon = address.lastIndexOf(':');
  assert(colon > 0, `address "${address}" has no host`);
  return address.slice(0, colon);
}

/**
 * Builds an error without capturing a stack: a refused connect is an expected outcome here, one
 * of thousands a run produces, and its stack (the world's event loop) would tell nobody anything.
 */
function withoutStack<E extends Error>(make: () => E): E {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return make();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** The network of one world. */
export class SimNetwork {
  readonly conditions: LinkConditions;
  private readonly random: Prng;
  private readonly listeners = new Map<string, ListenerEntry>();
  private readonly blockedLinks = new Set<string>();
  private readonly slowLinks = new Map<string, number>();
  private readonly connectionsByHost = new Map<string, Set<SimConnection>>();
  private nextPort = 40000;
  private nextConnectionId = 1;
  private nextFrameId = 1;
  /** Counters for the run summary. */
  readonly counts = { sent: 0, delivered: 0, dropped: 0, duplicated: 0 };

  constructor(readonly world: World, readonly options: NetworkOptions) {
    this.conditions = { ...options.conditions };
    this.random = world.random.fork('network');
  }

  /** The `Network` seen by one process running on `host`. */
  forProcess(host: string, process: SimProcess): Network {
    return {
      listen: (address, onConnection) => this.listen(host, process, address, onConnection),
      connect: (address) => this.connect(host, process, address),
    };
  }

  /** Blocks messages from `fromHost` to `toHost` (one direction). */
  block(fromHost: string, toHost: string): void {
    assert(fromHost !== toHost, 'a host cannot be partitioned from itself');
    this.blockedLinks.add(`${fromHost}>${toHost}`);
  }

  isBlocked(fromHost: string, toHost: string): boolean {
    return this.blockedLinks.size > 0 && this.blockedLinks.has(`${fromHost}>${toHost}`);
  }

  /** Multiplies the latency of one directed link by `factor` (1 restores it). */
  setLinkSlowness(fromHost: string, toHost: string, factor: number): void {
    assert(factor >= 1, `slowness factor must be at least 1, got ${factor}`);
    if (factor === 1) this.slowLinks.delete(`${fromHost}>${toHost}`);
    else this.slowLinks.set(`${fromHost}>${toHost}`, factor);
  }

  /** Removes every partition (blocked link). */
  clearPartitions(): void {
    this.blockedLinks.clear();
  }

  /** Restores the original latency, loss and duplication, and removes slow links. */
  restoreConditions(): void {
    this.slowLinks.clear();
    Object.assign(this.conditions, this.options.conditions);
  }

  /** Removes every partition and slow link, and restores the original conditions. */
  heal(): void {
    this.clearPartitions();
    this.restoreConditions();
  }

  /** A crash of `host`: its listeners vanish and its peers see their connections reset. */
  crashHost(host: string): void {
    for (const [address, entry] of [...this.listeners]) {
      if (hostOf(address) === host) {
        assert(entry.process.state === 'stopped', 'crash the process before its network');
        this.listeners.delete(address);
      }
    }
    const connections = this.connectionsByHost.get(host);
    if (connections === undefined) return;
    for (const connection of [...connections]) connection.abort();
  }

  private listen(
    host: string,
    process: SimProcess,
    address: string,
    onConnection: (connection: Connection) => void,
  ): Promise<Listener> {
    assert(hostOf(address) === host, `${host} cannot listen on "${address}"`);
    let bound = address;
    if (address.endsWith(':0')) bound = `${host}:${this.nextPort++}`;
    if (this.listeners.has(bound)) {
      return Promise.reject(new NetworkError(`Cannot listen on "${bound}": address in use`, bound));
    }
    const mode = this.options.modeFor(bound);
    this.listeners.set(bound, { process, onConnection, mode });
    const listener: Listener = {
      address: bound,
      close: async () => {
        if (this.listeners.get(bound)?.process === process) this.listeners.delete(bound);
      },
    };
    return Promise.resolve(listener);
  }

  private connect(host: string, process: SimProcess, address: string): Promise<Connection> {
    const targetHost = hostOf(address);
    return new Promise((resolve, reject) => {
      const blocked = this.isBlocked(host, targetHost) || this.isBlocked(targetHost, host);
      const delayMs = blocked ? this.options.connectTimeoutMs : this.sampleLatency(host, targetHost);
      this.world.schedule(delayMs, process, () => {
        const entry = this.listeners.get(address);
        const stillBlocked = this.isBlocked(host, targetHost) || this.isBlocked(targetHost, host);
        if (entry === undefined || stillBlocked || entry.process.state === 'stopped') {
          const why = entry === undefined ? 'connection refused' : 'unreachable';
          reject(withoutStack(() => new NetworkError(`Cannot connect to "${address}": ${why}`, address)));
          return;
        }
        const id = this.nextConnectionId++;
        const local = new SimConnection(this, id, host, `${host}:c${id}`, address, process, entry.mode);
        const remote = new SimConnection(this, id, targetHost, address, local.localAddress, entry.process, entry.mode);
        local.peer = remote;
        remote.peer = local;
        this.world.record('connect', { connection: id, from: host, to: address, mode: entry.mode });
        this.world.schedule(0, entry.process, () => entry.onConnection(remote));
        resolve(local);
      });
    });
  }

  /** Registers a live connection end under its host (for crashes). */
  track(connection: SimConnection, alive: boolean): void {
    let connections = this.connectionsByHost.get(connection.host);
    if (connections === undefined) {
      connections = new Set();
      this.connectionsByHost.set(connection.host, connections);
    }
    if (alive) connections.add(connection);
    else connections.delete(connection);
  }

  /** One latency draw for a directed link. */
  sampleLatency(fromHost: string, toHost: string): number {
    const conditions = this.conditions;
    let latencyMs = conditions.minimumLatencyMs + this.random.nextExponential(conditions.meanExtraLatencyMs);
    if (this.slowLinks.size > 0) latencyMs *= this.slowLinks.get(`${fromHost}>${toHost}`) ?? 1;
    return latencyMs;
  }

  /** Carries one send() from `from` to its peer, applying the link's faults. */
  transmit(from: SimConnection, bytes: Uint8Array): void {
    const to = from.peer;
    const frameId = this.nextFrameId++;
    this.counts.sent += 1;
    const label = this.options.describe !== undefined && from.mode === 'message' ? this.options.describe(bytes) : '';
    this.world.record('send', { frame: frameId, connection: from.id, from: from.host, to: to.host, bytes: bytes.length, message: label });
    if (this.isBlocked(from.host, to.host)) {
      this.dropFrame(frameId, 'partition');
      if (from.mode === 'stream') from.abort();
      return;
    }
    if (from.mode === 'stream') {
      this.deliverInOrder(frameId, from, bytes);
      // Drawn only for frames that may be duplicated, while the nemesis duplicates: other runs'
      // draws from the network's stream stay where they were.
      const mayDuplicate = this.conditions.duplicateRate > 0 && this.options.wholeFrame?.(bytes) === true;
      if (mayDuplicate && this.random.chance(this.conditions.duplicateRate)) {
        this.counts.duplicated += 1;
        this.deliverInOrder(frameId, from, bytes);
      }
      return;
    }
    if (this.random.chance(this.conditions.lossRate)) {
      this.dropFrame(frameId, 'loss');
      return;
    }
    this.scheduleDelivery(frameId, to, bytes, this.sampleLatency(from.host, to.host));
    if (this.random.chance(this.conditions.duplicateRate)) {
      this.counts.duplicated += 1;
      this.scheduleDelivery(frameId, to, bytes, this.sampleLatency(from.host, to.host));
    }
  }

  /** Stream mode: delivers `bytes` after the latency, never before what `from` sent earlier. */
  private deliverInOrder(frameId: number, from: SimConnection, bytes: Uint8Array): void {
    const deliverAtMs = Math.max(this.world.nowMs + this.sampleLatency(from.host, from.peer.host), from.lastDeliveryMs);
    from.lastDeliveryMs = deliverAtMs;
    this.scheduleDelivery(frameId, from.peer, bytes, deliverAtMs - this.world.nowMs);
  }

  private scheduleDelivery(frameId: number, to: SimConnection, bytes: Uint8Array, delayMs: number): void {
    this.world.schedule(delayMs, to.process, () => {
      if (to.closed) {
        this.dropFrame(frameId, 'closed');
        return;
      }
      if (this.isBlocked(to.peer.host, to.host)) {
        this.dropFrame(frameId, 'partition');
        if (to.mode === 'stream') to.abort();
        return;
      }
      this.counts.delivered += 1;
      this.world.record('deliver', { frame: frameId });
      to.receive(bytes);
    });
  }

  private dropFrame(frameId: number, why: string): void {
    this.counts.dropped += 1;
    this.world.record('drop', { frame: frameId, why });
  }
}

/** One end of a simulated connection. */
export class SimConnection implements Connection {
  peer!: SimConnection;
  closed = false;
  /** Stream mode: when the last byte sent from this end will arrive, to keep order. */
  lastDeliveryMs = 0;
  private dataHandler: ((bytes: Uint8Array) => void) | null = null;
  private closeHandler: ((reason: CloseReason) => void) | null = null;
  /** Reading paused (pauseReading): delivered bytes wait here, in order. */
  private paused = false;
  private heldBack: Uint8Array[] = [];

  constructor(
    private readonly network: SimNetwork,
    readonly id: number,
    readonly host: string,
    readonly localAddress: string,
    readonly remoteAddress: string,
    readonly process: SimProcess,
    readonly mode: LinkMode,
  ) {
    network.track(this, true);
  }

  send(bytes: Uint8Array): void {
    if (this.closed) return;
    // Copy: the sender may reuse its buffer once send() returns, as it may with a real socket.
    this.network.transmit(this, bytes.slice());
  }

  onData(handler: (bytes: Uint8Array) => void): void {
    this.dataHandler = handler;
  }

  onClose(handler: (reason: CloseReason) => void): void {
    this.closeHandler = handler;
  }

  pauseReading(): void {
    this.paused = true;
  }

  /** Hands the held-back bytes over on a microtask (deterministic), not inside the caller. */
  resumeReading(): void {
    if (!this.paused) return;
    this.paused = false;
    queueMicrotask(() => {
      while (!this.paused && !this.closed && this.heldBack.length > 0) {
        const bytes = this.heldBack.shift();
        assert(bytes !== undefined);
        this.dataHandler?.(bytes);
      }
    });
  }

  close(): void {
    if (this.closed) return;
    this.end({ by: 'local', message: 'closed by this side' });
    this.notifyPeer({ by: 'remote', message: 'closed by the peer' });
  }

  /** A reset (crash of this host, or a partition on a stream): both ends see an error. */
  abort(): void {
    if (this.closed) return;
    this.end({ by: 'error', message: 'connection reset' });
    this.notifyPeer({ by: 'error', message: 'connection reset by the peer' });
  }

  /** Hands delivered bytes to the handler. Precondition: the connection is open. */
  receive(bytes: Uint8Array): void {
    assert(!this.closed, 'delivery to a closed connection');
    if (this.paused || this.heldBack.length > 0) this.heldBack.push(bytes);
    else this.dataHandler?.(bytes);
  }

  private end(reason: CloseReason): void {
    this.closed = true;
    this.network.track(this, false);
    const handler = this.closeHandler;
    if (handler !== null) this.network.world.schedule(0, this.process, () => handler(reason));
  }

  private notifyPeer(reason: CloseReason): void {
    const peer = this.peer;
    const delayMs = this.network.sampleLatency(this.host, peer.host);
    this.network.world.schedule(delayMs, peer.process, () => {
      if (!peer.closed) peer.end(reason);
    });
  }
}

/**
 * The network of a workload that speaks byte streams (the Kafka protocol; the controller
 * listener's Raft frames): every link in stream mode, latency drawn once per seed from the
 * `swarm` stream, no message-level loss (faults reset connections instead), and duplication only
 * of the sends `wholeFrame` accepts.
 */
export function swarmStreamNetwork(world: World, wholeFrame?: NetworkOptions['wholeFrame']): SimNetwork {
  const swarm = world.random.fork('swarm');
  return new SimNetwork(world, {
    conditions: { minimumLatencyMs: 0.2 + swarm.nextFloat(), meanExtraLatencyMs: 0.5 + swarm.nextFloat() * 3,
      lossRate: 0, duplicateRate: 0 },
    modeFor: () => 'stream',
    connectTimeoutMs: 100,
    ...(wholeFrame === undefined ? {} : { wholeFrame }),
  });
}
