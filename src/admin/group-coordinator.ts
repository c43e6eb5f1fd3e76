// Sending a group request to the group's coordinator (src/admin/), as Kafka's admin client does:
// FindCoordinator (v4+, batched keys, KIP-699) names the broker that leads the group's partition
// of __consumer_offsets, and the request goes there. The coordinator can be on its way
// (COORDINATOR_NOT_AVAILABLE while __consumer_offsets is created, COORDINATOR_LOAD_IN_PROGRESS
// while a new coordinator replays the partition) or gone (NOT_COORDINATOR after its leadership
// moved, an unreachable broker): each of those is asked again, after a fresh FindCoordinator
// and a backoff, until the session's leaderWaitMs runs out.
//
// A request that was sent and then lost (closed, timeout) may have been carried out; it is resent
// only when the caller says repeating it is harmless (reads and offset commits of fixed values:
// yes; DeleteGroups: no, a second one would answer GROUP_ID_NOT_FOUND).
import assert from 'node:assert/strict';

import { DEFAULT_BACKOFF, reconnectBackoffMs } from '../net/kafka-client/backoff.js';
import { sleep } from '../net/kafka-client/follow-leader.js';
import type { ClientRequest } from '../net/kafka-client/kafka-client.js';
import { ApiKey, ErrorCode, kafkaError } from '../protocol/mod.js';
import {
  createFindCoordinatorRequest, type FindCoordinatorResponse,
} from '../protocol/generated/messages/find-coordinator.js';
import { AdminError } from './admin-error.js';
import { expectNoError, type AdminSession } from './admin-session.js';
import { brokerAddress } from './leader-book.js';

/** Answers that mean "ask again, maybe elsewhere": the coordinator is moving, loading or being created. */
export const coordinatorMovedErrors: ReadonlySet<number> = new Set([
  ErrorCode.NOT_COORDINATOR, ErrorCode.COORDINATOR_LOAD_IN_PROGRESS, ErrorCode.COORDINATOR_NOT_AVAILABLE,
]);

/** FindCoordinator's key type of a consumer group (1 is a transactional id). */
const GROUP_KEY_TYPE = 0;

/** A request to a group's coordinator. */
export interface CoordinatorRequest<Body> {
  readonly request: ClientRequest;
  /** The answer's error that says whether the coordinator moved (the group-level one). */
  readonly errorOf: (body: Body) => number;
  readonly retryUnknownOutcome: boolean;
}

/** One attempt: the answer, or why to try again. */
type Attempt<Body> = { readonly body: Body } | { readonly again: string; readonly retryAfterMs: number };

/**
 * Sends `request` to the coordinator of `groupId` and returns its answer, whose errors other
 * than "coordinator moved" are the caller's to judge. Throws an AdminError when no coordinator
 * answers within the session's leaderWaitMs, or the request failed in a way a retry does not
 * mend (kafkaError UNSUPPORTED_VERSION when the broker lacks the API).
 */
export async function sendToCoordinator<Body extends object>(session: AdminSession, groupId: string,
  request: CoordinatorRequest<Body>): Promise<Body> {
  const { clock, random } = session.runtime;
  const deadline = clock.monotonicNow() + session.leaderWaitMs;
  for (let attempt = 1; ; attempt += 1) {
    const result = await attemptOnce(session, groupId, request);
    if ('body' in result) return result.body;
    const waitMs = Math.max(result.retryAfterMs, reconnectBackoffMs(attempt, DEFAULT_BACKOFF, random));
    if (clock.monotonicNow() + waitMs >= deadline) {
      throw new AdminError(`Cannot reach the coordinator of group "${groupId}" within ${session.leaderWaitMs} ms: ${result.again}`,
        'unavailable');
    }
    await sleep(clock, waitMs);
  }
}

async function attemptOnce<Body extends object>(session: AdminSession, groupId: string,
  request: CoordinatorRequest<Body>): Promise<Attempt<Body>> {
  const found = await findCoordinator(session, groupId);
  if ('again' in found) return found;
  const outcome = await session.sendTo<Body>(found.address, request.request);
  switch (outcome.kind) {
    case 'response': {
      const errorCode = request.errorOf(outcome.body);
      if (!coordinatorMovedErrors.has(errorCode)) return { body: outcome.body };
      return { again: `${found.address} answered ${kafkaError(errorCode)?.name}`, retryAfterMs: 0 };
    }
    case 'unreachable':
      return { again: `cannot reach ${found.address}: ${outcome.reason}`, retryAfterMs: outcome.retryAfterMs };
    case 'overloaded':
      return { again: `the connection to ${found.address} is overloaded`, retryAfterMs: 0 };
    case 'closed':
    case 'timeout':
      if (request.retryUnknownOutcome) return { again: `the request to ${found.address} was lost (${outcome.kind})`, retryAfterMs: 0 };
      throw session.failure(outcome, request.request.apiKey, found.address);
    case 'sent':
      return assert.fail('a group request is always answered');
    case 'unsupported-version':
    case 'client-closed':
      throw session.failure(outcome, request.request.apiKey, found.address);
    default: {
      const unexpected: never = outcome;
      throw new Error(`unexpected outcome ${JSON.stringify(unexpected)}`);
    }
  }
}

/** The coordinator's address as the bootstrap broker names it, or why there is none yet. */
async function findCoordinator(session: AdminSession, groupId: string):
  Promise<{ readonly address: string } | { readonly again: string; readonly retryAfterMs: number }> {
  let response: FindCoordinatorResponse;
  try {
    response = await session.request<FindCoordinatorResponse>({
      apiKey: ApiKey.FindCoordinator,
      // v4+ names the keys in a list (KIP-699); older versions one `key`.
      versions: { lowestVersion: 4, highestVersion: 6 },
      body: createFindCoordinatorRequest({ keyType: GROUP_KEY_TYPE, coordinatorKeys: [groupId] }),
    });
  } catch (error) {
    if (error instanceof AdminError && error.failure === 'unavailable') return { again: error.message, retryAfterMs: 0 };
    throw error;
  }
  const coordinator = response.coordinators.find((entry) => entry.key === groupId);
  if (coordinator === undefined) throw new AdminError(`Cannot find the coordinator of group "${groupId}": the answer lacks the group`, 'refused');
  if (coordinatorMovedErrors.has(coordinator.errorCode)) {
    return { again: `FindCoordinator answered ${kafkaError(coordinator.errorCode)?.name}`, retryAfterMs: 0 };
  }
  expectNoError(coordinator.errorCode, coordinator.errorMessage, `find the coordinator of group "${groupId}"`);
  assert.ok(coordinator.nodeId >= 0, 'a coordinator found without error has a node id');
  return { address: brokerAddress(coordinator.host, coordinator.port) };
}
