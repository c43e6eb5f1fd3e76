// The log of connections closed because of what a client sent (connection.ts), kept readable
// when a client repeats itself. A connection that asks for an API this broker does not offer is
// closed, and some clients reconnect and ask again at once: kafka-python's consumer asks for its
// group coordinator (FindCoordinator) about six times a second until groups exist. Each refusal
// is its own connection, so counting per connection cannot help; repeats are counted per client
// instead (its host, client id, the refusal's code and API), across its connections.
//
// The first refusal of a client is logged in full. Repeats within `summaryIntervalMs` are only
// counted; one line then reports how many there were, when the client refuses again after the
// interval, when any refusal arrives after the client went quiet, or at `flush()` (broker stop).
// The table is bounded by `clientsMax`: the client tracked the longest is summarised and dropped.
import assert from 'node:assert/strict';
import type { Logger } from '../log/logger.js';

/** One refused connection. */
export interface Refusal {
  /** "host:port" of the client; the port changes with every reconnect, the host does not. */
  readonly remoteAddress: string;
  /** The client id of the refused request, null when no request header was read. */
  readonly clientId: string | null;
  /** Why, as a stable code (UNSUPPORTED_API, MALFORMED_FRAME, ...). */
  readonly code: string;
  /** The API of the refused request, when its header was read. */
  readonly apiKey: number | null;
  /** The full reason, for the log line. */
  readonly reason: string;
}

/** How the refusal log is bounded. */
export interface RefusalLogOptions {
  readonly logger: Logger;
  /** At most one line per client in this many milliseconds of the monotonic clock. */
  readonly summaryIntervalMs: number;
  /** Clients whose repeats are tracked at once. */
  readonly clientsMax: number;
}

interface ClientRefusals {
  readonly host: string;
  readonly latest: Refusal;
  /** When the last line for this client was written (monotonic ms). */
  readonly loggedAtMs: number;
  /** When this client was last refused (monotonic ms). Invariant: >= loggedAtMs. */
  readonly refusedAtMs: number;
  /** Refusals since that line, not yet reported. Invariant: >= 0. */
  readonly unreported: number;
}

/** Logs each client's first refusal, then a count of its repeats at most once per interval. */
export class RefusalLog {
  private readonly clients = new Map<string, ClientRefusals>();

  constructor(private readonly options: RefusalLogOptions) {
    assert.ok(options.summaryIntervalMs > 0, 'the summary interval is positive');
    assert.ok(options.clientsMax >= 1, 'at least one client is tracked');
  }

  /** Records one refusal at monotonic time `nowMs`, logging what is due. */
  record(refusal: Refusal, nowMs: number): void {
    this.summariseQuiet(nowMs);
    const key = clientKey(refusal);
    const known = this.clients.get(key);
    if (known === undefined) {
      this.makeRoom(nowMs);
      this.options.logger.warn('closing connection', { remote: refusal.remoteAddress, ...clientField(refusal),
        code: refusal.code, reason: refusal.reason, repeats: `counted, reported every ${this.options.summaryIntervalMs} ms` });
      this.clients.set(key, { host: hostOf(refusal.remoteAddress), latest: refusal, loggedAtMs: nowMs,
        refusedAtMs: nowMs, unreported: 0 });
    } else if (nowMs - known.loggedAtMs >= this.options.summaryIntervalMs) {
      this.report({ ...known, latest: refusal, unreported: known.unreported + 1 }, nowMs);
      this.clients.set(key, { ...known, latest: refusal, loggedAtMs: nowMs, refusedAtMs: nowMs, unreported: 0 });
    } else {
      this.clients.set(key, { ...known, latest: refusal, refusedAtMs: nowMs, unreported: known.unreported + 1 });
    }
    this.checkInvariants();
  }

  /** Reports every count not yet reported and forgets all clients (the broker stops). */
  flush(nowMs: number): void {
    for (const client of this.clients.values()) {
      if (client.unreported > 0) this.report(client, nowMs);
    }
    this.clients.clear();
  }

  /** Clients tracked now (tests). */
  get trackedClients(): number {
    return this.clients.size;
  }

  /** Asserts the table's bound and its counts. */
  checkInvariants(): void {
    assert.ok(this.clients.size <= this.options.clientsMax, 'the refusal table is bounded');
    for (const client of this.clients.values()) {
      assert.ok(client.unreported >= 0, 'counts are never negative');
      assert.ok(client.refusedAtMs >= client.loggedAtMs, 'a client is refused no earlier than it was logged');
    }
  }

  /** A client not refused for a whole interval gets its count reported and is forgotten. */
  private summariseQuiet(nowMs: number): void {
    for (const [key, client] of this.clients) {
      if (nowMs - client.refusedAtMs < this.options.summaryIntervalMs) continue;
      if (client.unreported > 0) this.report(client, nowMs);
      this.clients.delete(key);
    }
  }

  /** Drops the client tracked the longest (the Map keeps insertion order) when the table is full. */
  private makeRoom(nowMs: number): void {
    if (this.clients.size < this.options.clientsMax) return;
    const [oldestKey, oldest] = this.clients.entries().next().value as [string, ClientRefusals];
    if (oldest.unreported > 0) this.report(oldest, nowMs);
    this.clients.delete(oldestKey);
  }

  private report(client: ClientRefusals, nowMs: number): void {
    assert.ok(client.unreported > 0, 'only a count of repeats is reported');
    assert.ok(nowMs >= client.loggedAtMs, 'the monotonic clock does not go back');
    const { latest } = client;
    this.options.logger.warn('closed connections again for the same reason', { remote: client.host,
      ...clientField(latest), code: latest.code, reason: latest.reason, times: client.unreported,
      sinceMs: nowMs - client.loggedAtMs });
  }
}

function clientField(refusal: Refusal): { client?: string } {
  return refusal.clientId === null ? {} : { client: refusal.clientId };
}

function hostOf(remoteAddress: string): string {
  const cut = remoteAddress.lastIndexOf(':');
  return cut <= 0 ? remoteAddress : remoteAddress.slice(0, cut);
}

function clientKey(refusal: Refusal): string {
  return JSON.stringify([hostOf(refusal.remoteAddress), refusal.clientId, refusal.code, refusal.apiKey]);
}
