// A session of Weir's admin operations with a cluster (src/admin/): Weir's own Kafka client
// (src/net/kafka-client/) on the runtime it is given, starting from one bootstrap broker. The
// `weir` admin verbs and the HTTP admin API both work through it. Requests that any broker serves
// (Metadata, and the controller-bound ones the broker forwards) go to the bootstrap; every
// Metadata answer teaches the session's LeaderBook where brokers and partition leaders are, and
// partition-led requests go to each partition's leader (partition-router.ts). A request either
// yields its decoded answer or throws an AdminError that says why not: the broker cannot be
// reached, timed out, or speaks no version of the API the body can be written in.
import assert from 'node:assert/strict';

import { KafkaClient, type ClientOutcome, type ClientRequest } from '../net/kafka-client/kafka-client.js';
import { ApiKey, ErrorCode, apiDescriptor, kafkaError } from '../protocol/mod.js';
import type { MetadataResponse } from '../protocol/generated/messages/metadata.js';
import type { Runtime } from '../runtime/seam.js';
import { AdminError } from './admin-error.js';
import { LeaderBook } from './leader-book.js';

/** How long a partition-led request keeps looking for a leader that answers (Kafka's delivery.timeout.ms is 120 s). */
const LEADER_WAIT_MS = 60_000;

/** One session with a broker. Close it when done. */
export class AdminSession {
  private readonly client: KafkaClient;
  /** Brokers and partition leaders as the last Metadata answers said. */
  readonly leaders = new LeaderBook();
  /** How long a partition-led request may keep following a moving or missing leader. */
  readonly leaderWaitMs: number;

  constructor(readonly runtime: Runtime, readonly bootstrap: string,
    options: { clientId?: string; requestTimeoutMs?: number; leaderWaitMs?: number } = {}) {
    this.leaderWaitMs = options.leaderWaitMs ?? LEADER_WAIT_MS;
    this.client = new KafkaClient({
      clock: runtime.clock, random: runtime.random, network: runtime.network, clientId: options.clientId ?? 'weir-admin',
      requestTimeoutMs: options.requestTimeoutMs ?? 30_000,
    });
  }

  /** Sends `request` and returns the answer's body, or throws an AdminError saying why not. */
  async request<Body extends object>(request: ClientRequest): Promise<Body> {
    assert.ok(request.expectResponse !== false, 'an unanswered request (Produce with acks=0) goes through sendPerLeader');
    if (request.apiKey === ApiKey.Metadata) return this.readMetadataAnywhere<Body>(request);
    const outcome = await this.client.send<Body>(this.bootstrap, request);
    assert.ok(outcome.kind !== 'sent', 'an answered request never ends as merely sent');
    if (outcome.kind !== 'response') throw this.failure(outcome, request.apiKey, this.bootstrap);
    return outcome.body;
  }

  /**
   * Metadata from the bootstrap or, when it does not answer, from the other brokers it named (a
   * read, so asking again elsewhere is harmless): a session outlives the loss of its bootstrap
   * broker, as Kafka's clients do. The answer teaches the LeaderBook.
   */
  private async readMetadataAnywhere<Body extends object>(request: ClientRequest): Promise<Body> {
    const addresses = [this.bootstrap, ...this.leaders.brokerAddresses().filter((address) => address !== this.bootstrap)];
    let firstFailure: AdminError | null = null;
    for (const address of addresses) {
      const outcome = await this.client.send<Body>(address, request);
      assert.ok(outcome.kind !== 'sent', 'an answered request never ends as merely sent');
      if (outcome.kind === 'response') {
        this.leaders.learnMetadata(outcome.body as unknown as MetadataResponse);
        return outcome.body;
      }
      const failure = this.failure(outcome, request.apiKey, address);
      // A broker that cannot write the request's version would refuse it anywhere.
      if (failure.failure !== 'unavailable') throw failure;
      firstFailure ??= failure;
    }
    throw firstFailure as AdminError;
  }

  /** Sends `request` to `address` (a partition's leader) and returns how it ended; the caller decides on retries. */
  sendTo<Body extends object>(address: string, request: ClientRequest): Promise<ClientOutcome<Body>> {
    return this.client.send<Body>(address, request);
  }

  /** The AdminError for an outcome other than a response (or `sent`) of a request to `address`. */
  failure(outcome: Exclude<ClientOutcome<object>, { kind: 'response' | 'sent' }>, apiKey: number, address: string): AdminError {
    const api = apiDescriptor(apiKey)?.name ?? `API ${apiKey}`;
    switch (outcome.kind) {
      case 'unreachable':
        return new AdminError(`Cannot reach broker ${address}: ${outcome.reason}`, 'unavailable');
      case 'timeout':
        return new AdminError(`Cannot complete ${api} on ${address}: no answer in time`, 'unavailable');
      case 'closed':
        return new AdminError(`Cannot complete ${api} on ${address}: ${outcome.reason}`, 'unavailable');
      case 'overloaded':
      case 'client-closed':
        return new AdminError(`Cannot send ${api} to ${address}: ${outcome.kind}`, 'unavailable');
      case 'unsupported-version':
        return new AdminError(`Cannot send ${api} to ${address}: the broker supports no version this operation can write`, 'refused',
          'UNSUPPORTED_VERSION');
      default: {
        const unexpected: never = outcome;
        throw new Error(`unexpected outcome ${JSON.stringify(unexpected)}`);
      }
    }
  }

  close(): void {
    this.client.close();
  }
}

/** Kafka errors that mean the named topic, partition or group is not there. */
const notFoundErrors: ReadonlySet<number> = new Set([
  ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, ErrorCode.UNKNOWN_TOPIC_ID, ErrorCode.GROUP_ID_NOT_FOUND,
]);

/** Throws an AdminError for a Kafka error code other than NONE, naming what failed. */
export function expectNoError(errorCode: number, errorMessage: string | null | undefined, what: string): void {
  if (errorCode === ErrorCode.NONE) return;
  const name = kafkaError(errorCode)?.name ?? `error ${errorCode}`;
  const detail = errorMessage === null || errorMessage === undefined || errorMessage === '' ? '' : ` (${errorMessage})`;
  throw new AdminError(`Cannot ${what}: ${name}${detail}`, notFoundErrors.has(errorCode) ? 'not-found' : 'refused', name);
}
