// Sending to whichever node currently leads (src/net/kafka-client/): the active controller for a
// broker's registration, heartbeats and forwarded admin requests, a partition's leader for a
// replica fetcher. The leader can move between two attempts, so the caller names it through
// `locate` (asked afresh before every attempt) and says which answers mean "not me"
// (NOT_CONTROLLER, NOT_LEADER_OR_FOLLOWER); those, an unreachable leader, and an unknown one are
// retried after a backoff, within a bounded number of attempts and a deadline.
//
// A request that was sent and then lost (closed, timeout) may have been carried out. It is
// retried only when the caller says repeating it is harmless (`retryUnknownOutcome`): a
// heartbeat, a fetch, a metadata read, yes; a CreateTopics, only if the caller copes with
// TOPIC_ALREADY_EXISTS.
import assert from 'node:assert/strict';

import type { Clock, Random } from '../../runtime/seam.js';
import { DEFAULT_BACKOFF, reconnectBackoffMs, type BackoffSettings } from './backoff.js';
import type { ClientOutcome, ClientRequest, KafkaClient } from './kafka-client.js';

/** A request to the current leader, with its retry policy. */
export interface LeaderRequest<Body> extends ClientRequest {
  /** The leader's address as now known, or null while no leader is known. */
  readonly locate: () => string | null;
  /** True when the answer says the addressee is not (or no longer) the leader. */
  readonly isNotLeader: (body: Body) => boolean;
  /** Called after a "not me" answer or a lost leader, e.g. to refresh metadata. */
  readonly onLeaderLost?: () => void;
  readonly attemptsMax: number;
  /** The whole exchange ends by this much monotonic time after it starts. */
  readonly deadlineMs: number;
  readonly retryUnknownOutcome: boolean;
  readonly backoff?: BackoffSettings;
}

/** The final outcome, or why no leader answered. */
export type LeaderOutcome<Body> =
  | ClientOutcome<Body>
  | { readonly kind: 'no-leader'; readonly attempts: number; readonly last: string };

/** Sends `request` to the current leader, following it as it moves; rejects only as `KafkaClient.send` does. */
export async function sendToLeader<Body extends object>(client: KafkaClient, runtime: { clock: Clock; random: Random },
  request: LeaderRequest<Body>): Promise<LeaderOutcome<Body>> {
  assert.ok(Number.isInteger(request.attemptsMax) && request.attemptsMax >= 1, 'at least one attempt');
  const deadline = runtime.clock.monotonicNow() + request.deadlineMs;
  let last = 'no attempt made';
  for (let attempt = 1; attempt <= request.attemptsMax; attempt += 1) {
    const address = request.locate();
    const outcome = address === null ? null : await client.send<Body>(address, request);
    const verdict = judge(outcome, request);
    if (verdict.final) return outcome as ClientOutcome<Body>;
    last = verdict.why;
    if (verdict.leaderLost) request.onLeaderLost?.();
    const waitMs = Math.max(verdict.retryAfterMs, reconnectBackoffMs(attempt, request.backoff ?? DEFAULT_BACKOFF, runtime.random));
    if (runtime.clock.monotonicNow() + waitMs >= deadline) return { kind: 'no-leader', attempts: attempt, last };
    await sleep(runtime.clock, waitMs);
  }
  return { kind: 'no-leader', attempts: request.attemptsMax, last };
}

type Verdict =
  | { readonly final: true }
  | { readonly final: false; readonly why: string; readonly leaderLost: boolean; readonly retryAfterMs: number };

/** Whether `outcome` ends the exchange, and if not, why and how long to wait. */
function judge<Body>(outcome: ClientOutcome<Body> | null, request: LeaderRequest<Body>): Verdict {
  if (outcome === null) return { final: false, why: 'no leader known', leaderLost: true, retryAfterMs: 0 };
  switch (outcome.kind) {
    case 'response':
      return request.isNotLeader(outcome.body)
        ? { final: false, why: 'the addressee is not the leader', leaderLost: true, retryAfterMs: 0 }
        : { final: true };
    case 'unreachable':
      return { final: false, why: outcome.reason, leaderLost: true, retryAfterMs: outcome.retryAfterMs };
    case 'closed':
    case 'timeout':
      return request.retryUnknownOutcome
        ? { final: false, why: `request ${outcome.kind}`, leaderLost: true, retryAfterMs: 0 }
        : { final: true };
    case 'overloaded':
      return { final: false, why: 'the connection is overloaded', leaderLost: false, retryAfterMs: 0 };
    case 'sent':
    case 'unsupported-version':
    case 'client-closed':
      return { final: true };
    default: {
      const unexpected: never = outcome;
      assert.fail(`unexpected outcome ${JSON.stringify(unexpected)}`);
    }
  }
}

/** Resolves after `delayMs` on `clock` (the backoff between two attempts). */
export function sleep(clock: Clock, delayMs: number): Promise<void> {
  return new Promise((resolve) => { clock.setTimer(delayMs, resolve); });
}
