// The determinism seam (DESIGN.md): the one interface through which node code reaches the world.
// A node is handed a `Runtime` at construction and touches time, randomness, disk and network
// only through it. src/runtime/nodejs/ implements it with Node's timers, crypto, fs and net;
// sim/ implements it with a virtual clock, a seeded generator, an in-memory disk and a simulated
// network, so the same node code runs in production and in the deterministic simulator.
import type { Disk } from '../../storage/mod.js';

export type { Disk, DiskFile } from '../../storage/mod.js';

/** Cancels a timer; calling it after the timer fired, or twice, does nothing. */
export type CancelTimer = () => void;

/** Time as the node sees it. In the simulator it is virtual and may be skewed per node. */
export interface Clock {
  /** Milliseconds since the Unix epoch (wall-clock; used for record timestamps and retention). */
  now(): number;
  /** Milliseconds from an arbitrary origin that never goes backwards (used for timeouts). */
  monotonicNow(): number;
  /** Calls `callback` once after `delayMs` milliseconds of monotonic time. */
  setTimer(delayMs: number, callback: () => void): CancelTimer;
}

/** A source of randomness; seeded and reproducible in the simulator. */
export interface Random {
  /** A uniform integer in [0, bound). Precondition: bound is a positive safe integer. */
  nextInt(bound: number): number;
  /** A uniform float in [0, 1). */
  nextFloat(): number;
  /** `byteCount` uniform random bytes (ids, nonces). */
  nextBytes(byteCount: number): Uint8Array;
}

/** Why a connection ended, for logs and traces. */
export interface CloseReason {
  /** 'local' when this side called close(), 'remote' when the peer did, 'error' otherwise. */
  readonly by: 'local' | 'remote' | 'error';
  readonly message: string;
}

/**
 * A bidirectional byte stream, as TCP gives: bytes arrive in order and at most once while the
 * connection lives; a fault shows up as the connection closing. Framing is the caller's job.
 */
export interface Connection {
  readonly localAddress: string;
  readonly remoteAddress: string;
  /** Queues bytes for the peer. Ignored once the connection is closed. */
  send(bytes: Uint8Array): void;
  /** Registers the handler for bytes from the peer (one handler; a later call replaces it). */
  onData(handler: (bytes: Uint8Array) => void): void;
  /**
   * Stops handing bytes to the onData handler until resumeReading (backpressure: what the peer
   * sends meanwhile waits in the socket buffers, and then the peer's writes wait). Idempotent.
   */
  pauseReading(): void;
  /** Hands bytes to the onData handler again, the ones held back first, on a later turn. Idempotent. */
  resumeReading(): void;
  /** Registers the handler called once when the connection ends, from either side. */
  onClose(handler: (reason: CloseReason) => void): void;
  close(): void;
}

/** A listening socket; `address` is the bound "host:port" (a requested port 0 is resolved). */
export interface Listener {
  readonly address: string;
  close(): Promise<void>;
}

/** Network access: addresses are "host:port" strings. */
export interface Network {
  listen(address: string, onConnection: (connection: Connection) => void): Promise<Listener>;
  /** Opens a connection; rejects with a NetworkError when the peer is unreachable. */
  connect(address: string): Promise<Connection>;
}

/** An environment failure reported by the network seam. */
export class NetworkError extends Error {
  readonly code = 'NETWORK_ERROR';
  constructor(message: string, readonly address: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'NetworkError';
  }
}

/** Everything a node may use of the outside world. */
export interface Runtime {
  readonly clock: Clock;
  readonly random: Random;
  readonly disk: Disk;
  readonly network: Network;
}
