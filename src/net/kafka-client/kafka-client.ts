// The Kafka client Weir uses wherever it sends a Kafka request (src/net/kafka-client/): node to
// node (a broker to the active controller, a replica fetcher to a partition leader), the
// simulator's clients and the tests' clients. It runs on the runtime seam alone, so the same code
// runs over real sockets and over the simulated network.
//
// It keeps one connection per broker address. A connection opens on the first request to that
// address and starts with the ApiVersions handshake (handshake.ts); each request then goes in the
// highest version both sides speak. When a connection fails (refused, reset, timed out, or the
// handshake failed) the address is "backing off": requests to it are answered `unreachable` at
// once, with the time left, until the next attempt is due (backoff.ts, Kafka's
// reconnect.backoff.ms doubling to reconnect.backoff.max.ms). A successful handshake resets the
// backoff. Retrying, and following a leader that moved, is the caller's policy (follow-leader.ts).
//
//   idle ──request──▶ connecting ──handshake ok──▶ ready ──closed──▶ backing off ──due──▶ idle
//                         │                                               ▲
//                         └──────────── refused / handshake failed ───────┘
import assert from 'node:assert/strict';

import { apiCodecs, type VersionRange } from '../../protocol/mod.js';
import type { Clock, Network, Random } from '../../runtime/seam.js';
import { DEFAULT_BACKOFF, reconnectBackoffMs, type BackoffSettings } from './backoff.js';
import { handshake, type ClientSoftware } from './handshake.js';
import { KafkaConnection, type KafkaConnectionOptions, type RequestOutcome } from './kafka-connection.js';
import { highestCommonVersion, type NegotiatedVersions } from './version-negotiation.js';

/** How a client request ended: a connection outcome, or a reason it was never sent. */
export type ClientOutcome<Body> =
  | (RequestOutcome<Body> & { readonly version: number })
  | { readonly kind: 'unreachable'; readonly reason: string; readonly retryAfterMs: number }
  | { readonly kind: 'unsupported-version'; readonly apiKey: number }
  | { readonly kind: 'client-closed' };

/** The settings of a client; every field but `clientId` has Kafka's default. */
export interface KafkaClientOptions {
  readonly clock: Clock;
  readonly random: Random;
  readonly network: Network;
  readonly clientId: string;
  /** Kafka's request.timeout.ms: how long a request waits for its answer. Default 30 000. */
  readonly requestTimeoutMs?: number;
  readonly backoff?: BackoffSettings;
  readonly inFlightMax?: number;
  readonly queuedRequestsMax?: number;
  readonly responseBytesMax?: number;
  readonly software?: ClientSoftware;
  /** The versions this client can build bodies for; default: every generated codec's range. */
  readonly versions?: ReadonlyMap<number, VersionRange>;
  /** Told when a broker's answer breaks the protocol (see KafkaConnectionOptions). */
  readonly onUntrustedAnswer?: (reason: string) => void;
}

/** Whether `connect` found or opened a ready connection, or why there is none now. */
export type ConnectOutcome =
  | { readonly kind: 'connected' }
  | Extract<ClientOutcome<never>, { readonly kind: 'unreachable' | 'client-closed' }>;

/** One request: the body must be encodable in the version the connection negotiates. */
export interface ClientRequest {
  readonly apiKey: number;
  readonly body: object;
  /** Narrows the versions to choose from (the body uses fields of these versions only). */
  readonly versions?: VersionRange;
  readonly timeoutMs?: number;
  /** False only for requests the broker never answers (Produce with acks=0). */
  readonly expectResponse?: boolean;
}

type BrokerLink =
  | { readonly state: 'connecting'; readonly ready: Promise<void>; readonly failureCount: number }
  | { readonly state: 'ready'; readonly connection: KafkaConnection; readonly versions: NegotiatedVersions }
  | { readonly state: 'backing-off'; readonly retryAtMs: number; readonly failureCount: number; readonly reason: string };

/** A Kafka client over the runtime seam; see the file header. */
export class KafkaClient {
  private readonly links = new Map<string, BrokerLink>();
  private readonly requestTimeoutMs: number;
  private readonly backoff: BackoffSettings;
  private readonly connectionOptions: KafkaConnectionOptions;
  private readonly versions: ReadonlyMap<number, VersionRange>;
  /** Connections still in their handshake; closing the client closes them too. */
  private readonly opening = new Set<KafkaConnection>();
  private closed = false;

  constructor(private readonly options: KafkaClientOptions) {
    this.requestTimeoutMs = options.requestTimeoutMs ?? 30_000;
    this.backoff = options.backoff ?? DEFAULT_BACKOFF;
    this.versions = options.versions ?? allCodecVersions();
    this.connectionOptions = {
      clientId: options.clientId,
      inFlightMax: options.inFlightMax ?? 5,
      queuedRequestsMax: options.queuedRequestsMax ?? 1_000,
      responseBytesMax: options.responseBytesMax ?? 100 * 1024 * 1024,
      ...(options.onUntrustedAnswer === undefined ? {} : { onUntrustedAnswer: options.onUntrustedAnswer }),
    };
    assert.ok(this.requestTimeoutMs > 0, 'request.timeout.ms is positive');
  }

  /**
   * Sends `request` to the broker at `address` and resolves with how it ended. It rejects only
   * when the body cannot be written in the negotiated version (the caller's bug; see `versions`).
   */
  async send<Body extends object>(address: string, request: ClientRequest): Promise<ClientOutcome<Body>> {
    const ready = await this.readyLink(address);
    if (ready.state !== 'ready') return ready.outcome;
    const version = this.chooseVersion(ready.versions, request);
    if (version === null) return { kind: 'unsupported-version', apiKey: request.apiKey };
    const outcome = await ready.connection.request<Body>({
      apiKey: request.apiKey, apiVersion: version, body: request.body,
      timeoutMs: request.timeoutMs ?? this.requestTimeoutMs, expectResponse: request.expectResponse ?? true,
    });
    return { ...outcome, version };
  }

  /**
   * Opens the connection to `address` (with its handshake) unless it is ready already. A caller
   * that must not start an operation it cannot send (a workload that records every operation it
   * invokes) asks this first; `send` does the same on its own.
   */
  async connect(address: string): Promise<ConnectOutcome> {
    const ready = await this.readyLink(address);
    return ready.state === 'ready' ? { kind: 'connected' } : ready.outcome as ConnectOutcome;
  }

  /** Closes every connection; requests in flight end `closed`, later ones `client-closed`. */
  close(): void {
    this.closed = true;
    for (const link of this.links.values()) if (link.state === 'ready') link.connection.close('the client closed');
    for (const connection of this.opening) connection.close('the client closed');
    this.links.clear();
  }

  private chooseVersion(negotiated: NegotiatedVersions, request: ClientRequest): number | null {
    const common = negotiated.get(request.apiKey);
    if (common === undefined) return null;
    return highestCommonVersion(common, request.versions ?? common);
  }

  /** Waits until `address` has a ready connection, or says why it has none now. */
  private async readyLink(address: string): Promise<
    | { state: 'ready'; connection: KafkaConnection; versions: NegotiatedVersions }
    | { state: 'not-ready'; outcome: ConnectOutcome & ClientOutcome<never> }> {
    for (;;) {
      if (this.closed) return { state: 'not-ready', outcome: { kind: 'client-closed' } };
      const link = this.links.get(address);
      if (link === undefined) {
        this.startConnecting(address, 0);
        continue;
      }
      switch (link.state) {
        case 'ready':
          return { state: 'ready', connection: link.connection, versions: link.versions };
        case 'connecting':
          await link.ready;
          continue;
        case 'backing-off': {
          const retryAfterMs = link.retryAtMs - this.options.clock.monotonicNow();
          if (retryAfterMs > 0) return { state: 'not-ready', outcome: { kind: 'unreachable', reason: link.reason, retryAfterMs } };
          this.startConnecting(address, link.failureCount);
          continue;
        }
        default: {
          const unexpected: never = link;
          assert.fail(`unexpected link ${JSON.stringify(unexpected)}`);
        }
      }
    }
  }

  private startConnecting(address: string, failureCount: number): void {
    const ready = this.open(address, failureCount);
    this.links.set(address, { state: 'connecting', ready, failureCount });
  }

  private async open(address: string, failureCount: number): Promise<void> {
    let connection: KafkaConnection;
    try {
      connection = new KafkaConnection(this.options.clock, await this.options.network.connect(address), this.connectionOptions);
    } catch (error) {
      this.backOff(address, failureCount + 1, error instanceof Error ? error.message : String(error));
      return;
    }
    this.opening.add(connection);
    const result = await handshake(connection, {
      ours: this.versions, timeoutMs: this.requestTimeoutMs,
      software: this.options.software ?? { name: 'weir', version: '0.1.0' },
    });
    this.opening.delete(connection);
    if (this.closed) {
      connection.close('the client closed');
      return;
    }
    if (!result.ok) {
      connection.close(`handshake failed: ${result.reason}`);
      this.backOff(address, failureCount + 1, `handshake failed: ${result.reason}`);
      return;
    }
    this.links.set(address, { state: 'ready', connection, versions: result.versions });
    // A connection that worked and then broke backs off from the first step again.
    connection.onClose((reason) => {
      const link = this.links.get(address);
      if (link?.state === 'ready' && link.connection === connection) this.backOff(address, 1, reason);
    });
  }

  private backOff(address: string, failureCount: number, reason: string): void {
    if (this.closed) return;
    const waitMs = reconnectBackoffMs(failureCount, this.backoff, this.options.random);
    this.links.set(address, {
      state: 'backing-off', retryAtMs: this.options.clock.monotonicNow() + waitMs, failureCount, reason,
    });
  }
}

/** Every API with a generated codec, at its full range. */
function allCodecVersions(): ReadonlyMap<number, VersionRange> {
  const versions = new Map<number, VersionRange>();
  for (const [apiKey, codec] of apiCodecs) {
    versions.set(apiKey, { lowestVersion: codec.lowestVersion, highestVersion: codec.highestVersion });
  }
  return versions;
}
