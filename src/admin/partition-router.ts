// Sending a partition-led request (Produce, Fetch, ListOffsets) to the leaders of its partitions
// (src/admin/), as Kafka's clients do: the partitions are grouped by the leader the session's
// LeaderBook names, one request goes to each leader at once, and the partitions whose leader said
// "not me" (NOT_LEADER_OR_FOLLOWER, FENCED_LEADER_EPOCH, ...), could not be reached, or is not
// known yet are sent again after a Metadata refresh and a backoff, until the session's
// leaderWaitMs runs out. So a produce keeps going through a leader failover.
//
// A request that was sent and then lost (connection closed, no answer in time) may have been
// carried out; it is resent only when the caller says so (`retryUnknownOutcome`). Produce says
// yes, as Kafka's producer does with retries on: a batch may then be written twice, never lost.
import assert from 'node:assert/strict';

import { DEFAULT_BACKOFF, reconnectBackoffMs } from '../net/kafka-client/backoff.js';
import { sleep } from '../net/kafka-client/follow-leader.js';
import type { ClientRequest } from '../net/kafka-client/kafka-client.js';
import { ErrorCode, kafkaError } from '../protocol/mod.js';
import { AdminError } from './admin-error.js';
import type { MetadataResponse } from '../protocol/generated/messages/metadata.js';
import { expectNoError, type AdminSession } from './admin-session.js';
import { readMetadata } from './metadata-reads.js';

/** Per-partition answers that mean the request went to a broker that does not lead the partition (now). */
const leaderMovedErrors: ReadonlySet<number> = new Set([
  ErrorCode.NOT_LEADER_OR_FOLLOWER, ErrorCode.LEADER_NOT_AVAILABLE, ErrorCode.FENCED_LEADER_EPOCH, ErrorCode.UNKNOWN_LEADER_EPOCH,
]);

/** One partition's part of an answer. */
export interface PartitionAnswer<Answer> {
  readonly partition: number;
  readonly errorCode: number;
  readonly answer: Answer;
}

/** A request over some partitions of one topic, split per leader. */
export interface PartitionLedRequest<Body, Answer> {
  readonly topic: string;
  readonly partitions: readonly number[];
  /** The request for `partitions`, all led by the broker it goes to. */
  readonly build: (partitions: readonly number[]) => ClientRequest;
  /** Each partition's answer in a response body. */
  readonly answers: (body: Body) => ReadonlyArray<PartitionAnswer<Answer>>;
  readonly retryUnknownOutcome: boolean;
  /** Takes in the leader hints a response carries (KIP-951), before any retry. */
  readonly learnHints?: (body: Body) => void;
}

/** What one leader's request settled, and which of its partitions need another attempt. */
interface GroupResult<Answer> {
  readonly settled: ReadonlyArray<PartitionAnswer<Answer>>;
  readonly again: readonly number[];
  readonly why: string;
  readonly retryAfterMs: number;
  /** The "not me" answers of `again`, kept to report if the attempts run out. */
  readonly refusals: ReadonlyArray<PartitionAnswer<Answer>>;
}

/**
 * Sends `request` to the leaders of its partitions and returns each partition's answer (errors
 * other than "leader moved" included, for the caller to judge). An unanswered request
 * (expectResponse false) settles with no answers. Throws an AdminError when a leader cannot be
 * found in time, or the request failed in a way a retry does not mend.
 */
export async function sendPerLeader<Body extends object, Answer>(session: AdminSession, request: PartitionLedRequest<Body, Answer>):
  Promise<Map<number, PartitionAnswer<Answer>>> {
  const { clock, random } = session.runtime;
  const deadline = clock.monotonicNow() + session.leaderWaitMs;
  const settled = new Map<number, PartitionAnswer<Answer>>();
  let left = [...request.partitions];
  let stale = !session.leaders.knowsTopic(request.topic);
  for (let attempt = 1; left.length > 0; attempt += 1) {
    if (stale) expectTopicListed(await readMetadata(session, [request.topic]), request.topic);
    const groups = [...session.leaders.groupByLeader(request.topic, left)];
    const results = await Promise.all(groups.map(([address, partitions]) => sendGroup(session, request, address, partitions)));
    for (const answer of results.flatMap((result) => result.settled)) settled.set(answer.partition, answer);
    left = results.flatMap((result) => result.again);
    if (left.length === 0) break;
    stale = true;
    const waitMs = Math.max(...results.map((result) => result.retryAfterMs), reconnectBackoffMs(attempt, DEFAULT_BACKOFF, random));
    if (clock.monotonicNow() + waitMs >= deadline) return giveUp(request, results, settled, session.leaderWaitMs);
    await sleep(clock, waitMs);
  }
  assert.equal(settled.size <= request.partitions.length, true, 'no partition answers twice');
  return settled;
}

/** A topic the refreshed Metadata says is gone (deleted meanwhile) ends the request now, not at the deadline. */
function expectTopicListed(metadata: MetadataResponse, topic: string): void {
  const errorCode = metadata.topics.find((entry) => entry.name === topic)?.errorCode ?? ErrorCode.UNKNOWN_TOPIC_OR_PARTITION;
  if (!leaderMovedErrors.has(errorCode)) expectNoError(errorCode, null, `find the leaders of "${topic}"`);
}

/** Out of time: the last "not me" answers stand (the caller names them), a leader never reached is an error. */
function giveUp<Answer>(request: { readonly topic: string }, results: ReadonlyArray<GroupResult<Answer>>,
  settled: Map<number, PartitionAnswer<Answer>>, waitedMs: number): Map<number, PartitionAnswer<Answer>> {
  const unanswered = results.filter((result) => result.again.length > result.refusals.length);
  if (unanswered.length > 0) {
    const partitions = unanswered.flatMap((result) => result.again).join(', ');
    throw new AdminError(`Cannot find a leader of ${request.topic} partition(s) ${partitions} that answers within ${waitedMs} ms: `
      + unanswered[0]?.why, 'unavailable');
  }
  for (const refusal of results.flatMap((result) => result.refusals)) settled.set(refusal.partition, refusal);
  return settled;
}

/** Sends the request for `partitions` to `address` (null: no leader known) and sorts out its answer. */
async function sendGroup<Body extends object, Answer>(session: AdminSession, request: PartitionLedRequest<Body, Answer>,
  address: string | null, partitions: readonly number[]): Promise<GroupResult<Answer>> {
  const retryAll = (why: string, retryAfterMs = 0): GroupResult<Answer> => ({ settled: [], again: partitions, why, retryAfterMs, refusals: [] });
  if (address === null) return retryAll(`no leader of ${request.topic} partition(s) ${partitions.join(', ')} is known`);
  const clientRequest = request.build(partitions);
  const outcome = await session.sendTo<Body>(address, clientRequest);
  switch (outcome.kind) {
    case 'response': {
      request.learnHints?.(outcome.body);
      const answers = request.answers(outcome.body);
      const refusals = answers.filter((answer) => leaderMovedErrors.has(answer.errorCode));
      const why = refusals.length === 0 ? '' : `${address} answered ${kafkaError(refusals[0]?.errorCode ?? 0)?.name}`;
      return { settled: answers.filter((answer) => !leaderMovedErrors.has(answer.errorCode)),
        again: refusals.map((answer) => answer.partition), why, retryAfterMs: 0, refusals };
    }
    case 'sent':
      return { settled: [], again: [], why: '', retryAfterMs: 0, refusals: [] };
    case 'unreachable':
      return retryAll(`cannot reach ${address}: ${outcome.reason}`, outcome.retryAfterMs);
    case 'overloaded':
      return retryAll(`the connection to ${address} is overloaded`);
    case 'closed':
    case 'timeout':
      if (request.retryUnknownOutcome) return retryAll(`the request to ${address} was lost (${outcome.kind})`);
      throw session.failure(outcome, clientRequest.apiKey, address);
    case 'unsupported-version':
    case 'client-closed':
      throw session.failure(outcome, clientRequest.apiKey, address);
    default: {
      const unexpected: never = outcome;
      throw new Error(`unexpected outcome ${JSON.stringify(unexpected)}`);
    }
  }
}
