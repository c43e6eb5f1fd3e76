// The leader role: appends proposals, answers fetches and advances the high watermark.
// Part of raft/roles/ (Kafka's LeaderState.java). Replication is pulled (KIP-595): the leader
// learns each voter's end offset from the fetch offset it asks for, and the high watermark is
// the largest offset a majority of voters store. It only counts once it passes the leader's own
// leader-change record, so an entry of an earlier epoch is committed only together with one of
// the leader's epoch (Raft paper §5.4.2). Check-quorum: with no fetches from a majority within
// 1.5 fetch timeouts the leader resigns (KAFKA-15489).
import assert from 'node:assert/strict';
import type { Context } from '../context.js';
import type {
  BeginQuorumEpochResponse, FetchRequest, FetchSnapshotRequest,
} from '../messages.js';
import { checkFetchPosition } from '../log/divergence.js';
import { majorityEndOffset } from '../quorum/high-watermark.js';
import { majorityCount } from '../quorum/majority.js';
import { transitionToLeader } from '../quorum-state.js';
import { snapshotChunk } from '../snapshot.js';
import {
  offset, type Entry, type EntryKind, type NodeId, type Offset, type OffsetAndEpoch,
} from '../types.js';
import { resign } from './resigned.js';

/** What the leader knows of one replica (voter or observer) in its epoch. */
export interface ReplicaProgress {
  /** The end offset the replica last fetched from, or null before its first valid fetch. */
  endOffset: Offset | null;
  /** The tick of its last fetch, or null before the first one. */
  lastFetchTicks: number | null;
  /** Whether it acknowledged BeginQuorumEpoch (or fetched, which says the same). */
  acknowledged: boolean;
}

/** The state of a leader. */
export interface LeaderState {
  readonly role: 'leader';
  /** The offset of its leader-change record: the first entry of its epoch. */
  readonly epochStartOffset: Offset;
  readonly electedTicks: number;
  readonly replicas: Map<NodeId, ReplicaProgress>;
  nextBeginQuorumEpochTicks: number;
}

/** What the leader appends: a record's kind, bytes and (for `voters`) the new voter set. */
export interface NewEntry {
  readonly kind: EntryKind;
  readonly payload: Uint8Array;
  readonly voters?: readonly NodeId[];
}

/** Takes office: the leader-change record first, then BeginQuorumEpoch to every voter. */
export function becomeLeader(context: Context): void {
  transitionToLeader(context, context.log.endOffset);
  const state = leaderState(context);
  appendAsLeader(context, [{ kind: 'leader-change', payload: new Uint8Array(0) }]);
  sendBeginQuorumEpoch(context, state);
  maybeAdvanceHighWatermark(context, state);
}

function leaderState(context: Context): LeaderState {
  const state = context.quorum.role;
  assert.equal(state.role, 'leader');
  return state;
}

/** Appends entries of the leader's epoch at the log end; returns their offsets. */
export function appendAsLeader(context: Context, newEntries: readonly NewEntry[]): Offset[] {
  assert.equal(context.quorum.role.role, 'leader', 'only the leader appends');
  const first = context.log.endOffset;
  const entries = newEntries.map((entry, entryIndex): Entry => {
    const at = offset(first + entryIndex);
    const { kind, payload, voters } = entry;
    return voters === undefined
      ? { offset: at, epoch: context.epoch, kind, payload }
      : { offset: at, epoch: context.epoch, kind, payload, voters };
  });
  context.log.appendEntries(entries);
  context.emit({ type: 'entries-appended', first, entryCount: entries.length });
  for (const entry of entries) {
    if (entry.voters !== undefined) {
      context.emit({ type: 'voters-changed', offset: entry.offset, voters: entry.voters });
    }
  }
  return entries.map((entry) => entry.offset);
}

/** One tick: check-quorum, then repeat BeginQuorumEpoch to voters not heard from. */
export function onLeaderTick(context: Context, state: LeaderState): void {
  if (!hasFetchQuorum(context, state) && context.options.unsafe.disableCheckQuorum !== true) {
    return resign(context, 'check-quorum', preferredSuccessors(context, state));
  }
  if (context.nowTicks >= state.nextBeginQuorumEpochTicks) sendBeginQuorumEpoch(context, state);
}

/** Whether a majority of voters (the leader included, if a voter) fetched recently. */
function hasFetchQuorum(context: Context, state: LeaderState): boolean {
  let recentCount = 0;
  for (const voter of context.voters) {
    const lastTicks = voter === context.id
      ? context.nowTicks
      : state.replicas.get(voter)?.lastFetchTicks ?? state.electedTicks;
    if (context.nowTicks - lastTicks < context.options.checkQuorumTimeoutTicks) recentCount += 1;
  }
  return recentCount >= majorityCount(context.voters.length);
}

/** The other voters, most caught up first: the order in which they should succeed. */
export function preferredSuccessors(context: Context, state: LeaderState): NodeId[] {
  const endOffsetOf = (voter: NodeId): number => state.replicas.get(voter)?.endOffset ?? -1;
  return context.otherVoters()
    .slice()
    .sort((left, right) => endOffsetOf(right) - endOffsetOf(left) || left - right);
}

function sendBeginQuorumEpoch(context: Context, state: LeaderState): void {
  state.nextBeginQuorumEpochTicks = context.nowTicks + context.options.retryTicks;
  for (const voter of context.otherVoters()) {
    if (state.replicas.get(voter)?.acknowledged === true) continue;
    context.send({
      type: 'BeginQuorumEpochRequest', to: voter, epoch: context.epoch, leaderId: context.id,
    });
  }
}

function progressOf(state: LeaderState, replica: NodeId): ReplicaProgress {
  let progress = state.replicas.get(replica);
  if (progress === undefined) {
    progress = { endOffset: null, lastFetchTicks: null, acknowledged: false };
    state.replicas.set(replica, progress);
  }
  return progress;
}

/** A voter acknowledged BeginQuorumEpoch. */
export function onBeginQuorumEpochResponse(
  _context: Context,
  state: LeaderState,
  response: BeginQuorumEpochResponse,
): void {
  progressOf(state, response.from).acknowledged = true;
}

/** Answers a fetch: entries, a diverging epoch, or a snapshot id (KIP-595, KIP-630). */
export function onFetchRequest(context: Context, state: LeaderState, request: FetchRequest): void {
  const progress = progressOf(state, request.from);
  progress.lastFetchTicks = context.nowTicks;
  progress.acknowledged = true;
  const position = checkFetchPosition(context.log, request.fetchOffset, request.lastFetchedEpoch);
  switch (position.kind) {
    case 'snapshot':
      return answerFetch(context, request, { snapshotId: latestSnapshotId(context) });
    case 'diverging':
      if (context.options.unsafe.serveDivergingFetches === true && request.fetchOffset < context.log.endOffset) {
        return onValidFetch(context, state, request);
      }
      return answerFetch(context, request, { divergingEpoch: position.divergingEpoch });
    case 'valid':
      return onValidFetch(context, state, request);
    default: {
      const unexpected: never = position;
      assert.fail(`unknown fetch position ${JSON.stringify(unexpected)}`);
    }
  }
}

function latestSnapshotId(context: Context): OffsetAndEpoch {
  assert.ok(context.snapshot !== null, 'a log that starts above 0 has a snapshot');
  const endOffset = context.snapshot.id.offset;
  assert.equal(endOffset, context.log.startOffset, 'the snapshot ends at the log start');
  return context.snapshot.id;
}

/** The fetch position matches: record the replica's end offset and send what follows it. */
function onValidFetch(context: Context, state: LeaderState, request: FetchRequest): void {
  progressOf(state, request.from).endOffset = request.fetchOffset;
  // The high watermark may move on this very fetch; the answer then carries the new one.
  maybeAdvanceHighWatermark(context, state);
  const { log, options } = context;
  const entries = log.slice(request.fetchOffset, log.endOffset, options.maxEntriesPerFetch);
  answerFetch(context, request, { entries });
}

/** Sends the answer to `request`; `news` holds at most one of its three kinds of news. */
function answerFetch(
  context: Context,
  request: FetchRequest,
  news: {
    readonly entries?: readonly Entry[];
    readonly divergingEpoch?: OffsetAndEpoch;
    readonly snapshotId?: OffsetAndEpoch;
  },
): void {
  context.send({
    type: 'FetchResponse',
    to: request.from,
    epoch: context.epoch,
    error: null,
    leaderId: context.id,
    fetchOffset: request.fetchOffset,
    lastFetchedEpoch: request.lastFetchedEpoch,
    entries: news.entries ?? [],
    highWatermark: context.highWatermark,
    divergingEpoch: news.divergingEpoch ?? null,
    snapshotId: news.snapshotId ?? null,
  });
}

/** Serves one chunk of the latest snapshot (KIP-630). */
export function onFetchSnapshotRequest(
  context: Context,
  state: LeaderState,
  request: FetchSnapshotRequest,
): void {
  const progress = progressOf(state, request.from);
  progress.lastFetchTicks = context.nowTicks;
  progress.acknowledged = true;
  const snapshot = context.snapshot;
  const base = {
    type: 'FetchSnapshotResponse' as const, to: request.from, epoch: context.epoch,
    leaderId: context.id, snapshotId: request.snapshotId, position: request.position,
  };
  const found = snapshot !== null && snapshot.id.offset === request.snapshotId.offset &&
    snapshot.id.epoch === request.snapshotId.epoch;
  if (!found || request.position > snapshot.data.length) {
    return context.send({
      ...base, error: 'SNAPSHOT_NOT_FOUND', chunk: new Uint8Array(0), snapshotBytes: 0, voters: [],
    });
  }
  const chunk = snapshotChunk(snapshot.data, request.position, context.options.snapshotChunkBytes);
  context.send({
    ...base, error: null, chunk, snapshotBytes: snapshot.data.length, voters: snapshot.voters,
  });
}

/**
 * Recomputes the high watermark from the voters' end offsets (the leader counts its durable
 * end offset only). Observers never count. The result is adopted only when it is past the
 * leader's epoch start offset and ahead of the current one.
 */
export function maybeAdvanceHighWatermark(context: Context, state: LeaderState): void {
  const endOffsets = context.voters.map((voter) => voter === context.id
    ? context.log.durableEndOffset
    : state.replicas.get(voter)?.endOffset ?? offset(0));
  const reached = majorityEndOffset(endOffsets);
  if (reached <= context.highWatermark) return;
  const ownEpochCommitted = reached > state.epochStartOffset;
  if (!ownEpochCommitted && context.options.unsafe.commitWithoutCurrentEpochEntry !== true) return;
  context.advanceHighWatermark(reached);
  maybeLeaveAfterRemoval(context, state);
}

/** KIP-853: a leader removed from the voters steps down once the removal is committed. */
function maybeLeaveAfterRemoval(context: Context, state: LeaderState): void {
  if (context.isVoter()) return;
  const removalOffset = context.log.latestVotersOffset;
  if (removalOffset !== null && removalOffset >= context.highWatermark) return;
  resign(context, 'removed-from-voters', preferredSuccessors(context, state));
}

/** Appends the state machine's records; the caller checked that this node leads. */
export function proposeAsLeader(context: Context, payloads: readonly Uint8Array[]): Offset[] {
  // The high watermark moves once these are durable here (advance) and fetched by a majority.
  return appendAsLeader(context, payloads.map((payload) => ({ kind: 'data' as const, payload })));
}
