// The runtime seam's `Network` on Node: TCP through node:net. Part of src/runtime/nodejs/. A
// connection is a byte stream; framing is the caller's (src/net/). Errors become a close with
// reason 'error'; a failed connect rejects with NetworkError.
import assert from 'node:assert/strict';
import { createServer, connect as connectSocket, type Socket } from 'node:net';
import { NetworkError } from '../seam.js';
import type { CloseReason, Connection, Listener, Network } from '../seam.js';

function splitAddress(address: string): { host: string; port: number } {
  const colon = address.lastIndexOf(':');
  const port = Number(address.slice(colon + 1));
  if (colon <= 0 || !Number.isInteger(port) || port < 0 || port > 65535) {
    throw new NetworkError(`Cannot use address "${address}": expected host:port`, address);
  }
  return { host: address.slice(0, colon), port };
}

class NodeConnection implements Connection {
  private closeHandler: ((reason: CloseReason) => void) | null = null;
  private ended = false;
  private closedLocally = false;
  private lastError: Error | null = null;
  /** Writes of this turn are gathered (cork) until the next tick. */
  private corked = false;

  constructor(private readonly socket: Socket, readonly localAddress: string, readonly remoteAddress: string) {
    socket.setNoDelay(true);
    socket.on('error', (error) => { this.lastError = error; });
    socket.on('close', () => this.finish());
  }

  send(bytes: Uint8Array): void {
    if (this.ended || this.socket.destroyed) return;
    // Frames sent in one turn (the answers one high watermark advance releases, pipelined
    // requests) leave in one writev instead of a syscall each; uncorked before the next turn.
    if (!this.corked) {
      this.corked = true;
      this.socket.cork();
      process.nextTick(() => {
        this.corked = false;
        this.socket.uncork();
      });
    }
    this.socket.write(bytes);
  }

  onData(handler: (bytes: Uint8Array) => void): void {
    this.socket.removeAllListeners('data');
    this.socket.on('data', (chunk: Buffer) => handler(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength)));
  }

  onClose(handler: (reason: CloseReason) => void): void {
    this.closeHandler = handler;
  }

  pauseReading(): void {
    this.socket.pause();
  }

  resumeReading(): void {
    this.socket.resume();
  }

  close(): void {
    if (this.ended) return;
    this.closedLocally = true;
    this.socket.destroy();
  }

  private finish(): void {
    if (this.ended) return;
    this.ended = true;
    let reason: CloseReason = { by: 'remote', message: 'closed by the peer' };
    if (this.closedLocally) reason = { by: 'local', message: 'closed by this side' };
    else if (this.lastError !== null) reason = { by: 'error', message: this.lastError.message };
    this.closeHandler?.(reason);
  }
}

function describeSocket(socket: Socket, side: 'local' | 'remote'): string {
  const host = side === 'local' ? socket.localAddress : socket.remoteAddress;
  const port = side === 'local' ? socket.localPort : socket.remotePort;
  return `${host ?? 'unknown'}:${port ?? 0}`;
}

export class NodeNetwork implements Network {
  listen(address: string, onConnection: (connection: Connection) => void): Promise<Listener> {
    const { host, port } = splitAddress(address);
    const server = createServer((socket) => {
      onConnection(new NodeConnection(socket, describeSocket(socket, 'local'), describeSocket(socket, 'remote')));
    });
    return new Promise((resolve, reject) => {
      server.once('error', (error) => reject(new NetworkError(`Cannot listen on "${address}": ${error.message}`, address, { cause: error })));
      server.listen(port, host, () => {
        const bound = server.address();
        assert(bound !== null && typeof bound === 'object', 'a TCP server has an address');
        resolve({
          address: `${host}:${bound.port}`,
          close: () => new Promise<void>((done) => server.close(() => done())),
        });
      });
    });
  }

  connect(address: string): Promise<Connection> {
    const { host, port } = splitAddress(address);
    return new Promise((resolve, reject) => {
      const socket = connectSocket({ host, port });
      const onError = (error: Error): void => {
        reject(new NetworkError(`Cannot connect to "${address}": ${error.message}`, address, { cause: error }));
      };
      socket.once('error', onError);
      socket.once('connect', () => {
        socket.off('error', onError);
        resolve(new NodeConnection(socket, describeSocket(socket, 'local'), address));
      });
    });
  }
}
