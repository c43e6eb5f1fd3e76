// A session of Weir's admin operations with a broker (src/admin/): Weir's own Kafka client
// (src/net/kafka-client/) on the runtime it is given, pointed at one broker. The `weir` admin
// verbs and the HTTP admin API both work through it. A request either yields its decoded answer
// or throws an AdminError that says why not: the broker cannot be reached, timed out, or speaks
// no version of the API the body can be written in.
import assert from 'node:assert/strict';

import { KafkaClient, type ClientOutcome, type ClientRequest } from '../net/kafka-client/kafka-client.js';
import { ErrorCode, apiDescriptor, kafkaError } from '../protocol/mod.js';
import type { Runtime } from '../runtime/seam.js';
import { AdminError } from './admin-error.js';

/** One session with a broker. Close it when done. */
export class AdminSession {
  private readonly client: KafkaClient;

  constructor(readonly runtime: Runtime, readonly bootstrap: string, options: { clientId?: string; requestTimeoutMs?: number } = {}) {
    this.client = new KafkaClient({
      clock: runtime.clock, random: runtime.random, network: runtime.network, clientId: options.clientId ?? 'weir-admin',
      requestTimeoutMs: options.requestTimeoutMs ?? 30_000,
    });
  }

  /** Sends `request` and returns the answer's body, or throws an AdminError saying why not. */
  async request<Body extends object>(request: ClientRequest): Promise<Body> {
    assert.ok(request.expectResponse !== false, 'an unanswered request goes through sendUnanswered');
    const outcome = await this.client.send<Body>(this.bootstrap, request);
    assert.ok(outcome.kind !== 'sent', 'an answered request never ends as merely sent');
    return this.bodyOf(outcome, request.apiKey);
  }

  /** Sends a request the broker never answers (Produce with acks=0); throws if it could not be written. */
  async sendUnanswered(request: ClientRequest): Promise<void> {
    const outcome = await this.client.send(this.bootstrap, { ...request, expectResponse: false });
    if (outcome.kind !== 'sent') this.bodyOf(outcome, request.apiKey);
  }

  /** The body of a response, or the AdminError for any other outcome. */
  private bodyOf<Body extends object>(outcome: Exclude<ClientOutcome<Body>, { kind: 'sent' }>, apiKey: number): Body {
    const api = apiDescriptor(apiKey)?.name ?? `API ${apiKey}`;
    switch (outcome.kind) {
      case 'response':
        return outcome.body;
      case 'unreachable':
        throw new AdminError(`Cannot reach broker ${this.bootstrap}: ${outcome.reason}`, 'unavailable');
      case 'timeout':
        throw new AdminError(`Cannot complete ${api} on ${this.bootstrap}: no answer in time`, 'unavailable');
      case 'closed':
        throw new AdminError(`Cannot complete ${api} on ${this.bootstrap}: ${outcome.reason}`, 'unavailable');
      case 'overloaded':
      case 'client-closed':
        throw new AdminError(`Cannot send ${api} to ${this.bootstrap}: ${outcome.kind}`, 'unavailable');
      case 'unsupported-version':
        throw new AdminError(`Cannot send ${api} to ${this.bootstrap}: the broker supports no version this operation can write`, 'refused');
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

/** Kafka errors that mean the named topic or partition is not there. */
const notFoundErrors: ReadonlySet<number> = new Set([ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, ErrorCode.UNKNOWN_TOPIC_ID]);

/** Throws an AdminError for a Kafka error code other than NONE, naming what failed. */
export function expectNoError(errorCode: number, errorMessage: string | null | undefined, what: string): void {
  if (errorCode === ErrorCode.NONE) return;
  const name = kafkaError(errorCode)?.name ?? `error ${errorCode}`;
  const detail = errorMessage === null || errorMessage === undefined || errorMessage === '' ? '' : ` (${errorMessage})`;
  throw new AdminError(`Cannot ${what}: ${name}${detail}`, notFoundErrors.has(errorCode) ? 'not-found' : 'refused', name);
}
