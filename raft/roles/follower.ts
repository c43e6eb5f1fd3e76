// The follower role: the node knows the leader of its epoch and pulls the log from it.
// Part of raft/roles/ (Kafka's FollowerState.java). Voters and observers follow alike (KIP-595):
// each keeps one Fetch (or FetchSnapshot) in flight, asks again at once after a response that
// brought entries and one tick later after an empty one, so it never busy-loops. A diverging
// epoch makes it truncate; a snapshot id makes it fetch the snapshot in chunks (KIP-630). With
// no answer from the leader within the fetch timeout a voter asks for pre-votes (KIP-996) and
// an observer goes back to looking for the leader.
import assert from 'node:assert/strict';
import type { Context } from '../context.js';
import { truncationOffset } from '../log/divergence.js';
import type {
  BeginQuorumEpochRequest, EndQuorumEpochRequest, FetchResponse, FetchSnapshotResponse,
} from '../messages.js';
import { transitionToFollower } from '../quorum-state.js';
import {
  addChunk, finishDownload, sameSnapshotId, startDownload, type SnapshotDownload,
} from '../snapshot.js';
import { offset, type Epoch, type NodeId, type Offset, type OffsetAndEpoch } from '../types.js';
import { becomeProspective } from './prospective.js';
import { becomeUnattached } from './unattached.js';

/** The state of a follower. */
export interface FollowerState {
  readonly role: 'follower';
  readonly leader: NodeId;
  /** Without an answer from the leader by this tick, the leader is presumed gone. */
  fetchDeadlineTicks: number;
  /** Whether the leader answered a fetch in this epoch (KAFKA-17641: pre-votes wait on it). */
  heardFromLeader: boolean;
  /** The request in flight and the tick it was sent, or null. */
  inFlight: { readonly sentTicks: number } | null;
  /** The tick at which the next fetch goes out when none is in flight. */
  nextFetchTicks: number;
  /** The snapshot being fetched, or null while fetching the log. */
  snapshotDownload: SnapshotDownload | null;
  /**
   * The leader's high watermark as its latest fetch answer gave it. This follower's own rises to
   * it only over entries it has persisted (`followHighWatermark`).
   */
  leaderHighWatermark: Offset;
}

/** Follows `leader` in `toEpoch` and fetches from it at once. */
export function becomeFollower(context: Context, toEpoch: Epoch, leader: NodeId): void {
  transitionToFollower(context, toEpoch, leader);
  sendFetch(context, followerState(context));
}

function followerState(context: Context): FollowerState {
  const state = context.quorum.role;
  assert.equal(state.role, 'follower');
  return state;
}

/** One tick: the fetch timeout, a lost request, or the next fetch after an empty one. */
export function onFollowerTick(context: Context, state: FollowerState): void {
  if (context.nowTicks >= state.fetchDeadlineTicks) return onFetchTimeout(context);
  const lost = state.inFlight !== null &&
    context.nowTicks - state.inFlight.sentTicks >= context.options.retryTicks;
  if (lost) state.inFlight = null;
  const due = state.inFlight === null && context.nowTicks >= state.nextFetchTicks;
  if (due) sendFetch(context, state);
}

function onFetchTimeout(context: Context): void {
  if (context.mayCampaign()) return becomeProspective(context);
  becomeUnattached(context, context.epoch);
}

/** Sends the next Fetch, or the next FetchSnapshot while a snapshot download is running. */
function sendFetch(context: Context, state: FollowerState): void {
  state.inFlight = { sentTicks: context.nowTicks };
  const download = state.snapshotDownload;
  if (download !== null) {
    context.send({
      type: 'FetchSnapshotRequest', to: state.leader, epoch: context.epoch,
      snapshotId: download.snapshotId, position: download.receivedBytes,
    });
    return;
  }
  context.send({
    type: 'FetchRequest', to: state.leader, epoch: context.epoch,
    fetchOffset: context.log.endOffset, lastFetchedEpoch: context.log.lastEpoch,
  });
}

/** Any answer from the leader proves it alive: the fetch timeout starts again. */
function heardFromLeader(context: Context, state: FollowerState): void {
  state.heardFromLeader = true;
  state.fetchDeadlineTicks = context.nowTicks + context.options.fetchTimeoutTicks;
}

/** Handles the leader's answer to a fetch. */
export function onFetchResponse(
  context: Context,
  state: FollowerState,
  response: FetchResponse,
): void {
  if (response.from !== state.leader) return;
  if (response.error === 'NOT_LEADER') return onLeaderGone(context);
  heardFromLeader(context, state);
  if (ignoreFetchResponse(context, state, response)) return;
  state.inFlight = null;
  const diverging = response.divergingEpoch;
  if (diverging !== null) return onDivergingEpoch(context, state, diverging);
  if (response.snapshotId !== null) return onSnapshotId(context, state, response.snapshotId);
  appendFetched(context, state, response);
  if (response.entries.length > 0) return sendFetch(context, state);
  state.nextFetchTicks = context.nowTicks + 1;
}

/** The leader says it no longer leads this epoch (it resigned): stop following it. */
function onLeaderGone(context: Context): void {
  context.leaderGoneInEpoch = context.epoch;
  becomeUnattached(context, context.epoch);
}

/** Drops errors and answers to a request other than the latest one (late or duplicated). */
function ignoreFetchResponse(
  context: Context,
  state: FollowerState,
  response: FetchResponse,
): boolean {
  if (response.error !== null) {
    state.inFlight = null;
    state.nextFetchTicks = context.nowTicks + 1;
    return true;
  }
  if (state.snapshotDownload !== null) return true;
  if (response.fetchOffset !== context.log.endOffset) return true;
  // Same end offset, but is it the same log? An answer about an older log state (a duplicate
  // overtaken by later answers) is only valid if the entry before the end is of the same epoch.
  return response.lastFetchedEpoch !== context.log.lastEpoch;
}

function appendFetched(context: Context, state: FollowerState, response: FetchResponse): void {
  if (response.entries.length > 0) {
    const first = context.log.endOffset;
    const previousVoters = context.voters;
    context.log.appendEntries(response.entries);
    context.emit({ type: 'entries-appended', first, entryCount: response.entries.length });
    if (context.voters !== previousVoters) reportVotersChange(context);
  }
  state.leaderHighWatermark = response.highWatermark;
  followHighWatermark(context, state);
}

/**
 * Raises the follower's high watermark to the leader's, but only over entries this node has
 * persisted: what a crash could take away is not called committed here (etcd's
 * CommittedIsDurableInv). Kafka gets the same bound by flushing a voter's appended batch before
 * anything reads its high watermark; here the entries fetched in this step persist with the
 * next Ready, and `advance` calls this again once they are durable.
 */
export function followHighWatermark(context: Context, state: FollowerState): void {
  const bound = context.options.unsafe.commitBeforeDurable === true ? context.log.endOffset : context.log.durableEndOffset;
  const reached = offset(Math.min(state.leaderHighWatermark, bound));
  if (reached > context.highWatermark) context.advanceHighWatermark(reached);
}

function reportVotersChange(context: Context): void {
  const changedAt = context.log.latestVotersOffset;
  if (changedAt === null) return;
  context.emit({ type: 'voters-changed', offset: changedAt, voters: context.voters });
}

/** KIP-595: truncate to where the logs agree, then fetch again from there. */
function onDivergingEpoch(
  context: Context,
  state: FollowerState,
  divergingEpoch: OffsetAndEpoch,
): void {
  const truncateTo = truncationOffset(context.log, divergingEpoch);
  assert.ok(truncateTo >= context.highWatermark, 'a follower never truncates committed entries');
  assert.ok(truncateTo < context.log.endOffset, 'a diverging epoch always shortens the log');
  const previousVoters = context.voters;
  context.log.truncateTo(truncateTo);
  context.emit({ type: 'log-truncated', endOffset: truncateTo });
  if (context.voters !== previousVoters) reportVotersChange(context);
  sendFetch(context, state);
}

function onSnapshotId(context: Context, state: FollowerState, snapshotId: OffsetAndEpoch): void {
  // The snapshot covers only committed entries, so it never ends below what this node committed.
  assert.ok(snapshotId.offset >= context.highWatermark, 'a snapshot never undoes commits');
  state.snapshotDownload = startDownload(snapshotId);
  context.emit({ type: 'snapshot-fetch-started', snapshotId });
  sendFetch(context, state);
}

/** Adds a snapshot chunk; the last one installs the snapshot in place of the whole log. */
export function onFetchSnapshotResponse(
  context: Context,
  state: FollowerState,
  response: FetchSnapshotResponse,
): void {
  if (response.from !== state.leader) return;
  if (response.error === 'NOT_LEADER') return onLeaderGone(context);
  heardFromLeader(context, state);
  const download = state.snapshotDownload;
  if (download === null || !sameSnapshotId(download.snapshotId, response.snapshotId)) return;
  if (response.error !== null) {
    // The leader replaced that snapshot: start over with a plain fetch.
    state.snapshotDownload = null;
    state.inFlight = null;
    return sendFetch(context, state);
  }
  if (response.position !== download.receivedBytes) return;
  state.inFlight = null;
  addChunk(download, response.position, response.chunk);
  assert.ok(download.receivedBytes <= response.snapshotBytes, 'chunks never overrun the snapshot');
  const complete = download.receivedBytes === response.snapshotBytes;
  if (complete) installSnapshot(context, state, response.voters);
  sendFetch(context, state);
}

function installSnapshot(context: Context, state: FollowerState, voters: readonly NodeId[]): void {
  assert.ok(state.snapshotDownload !== null);
  const snapshot = finishDownload(state.snapshotDownload, voters);
  state.snapshotDownload = null;
  assert.ok(context.appliedEndOffset <= snapshot.id.offset, 'a snapshot never undoes applied work');
  context.log.replaceWithSnapshot(snapshot.id, snapshot.voters);
  context.snapshot = snapshot;
  context.snapshotToPersist = snapshot;
  context.snapshotToApply = snapshot;
  context.appliedEndOffset = snapshot.id.offset;
  if (snapshot.id.offset > context.highWatermark) context.advanceHighWatermark(snapshot.id.offset);
  context.emit({ type: 'snapshot-installed', snapshotId: snapshot.id });
}

/** BeginQuorumEpoch in this epoch: follow its leader (already following it: just answer). */
export function onBeginQuorumEpochRequest(
  context: Context,
  request: BeginQuorumEpochRequest,
): void {
  const role = context.quorum.role;
  const alreadyFollowing = role.role === 'follower' && role.leader === request.leaderId;
  const leadsItself = role.role === 'leader' || role.role === 'resigned';
  assert.ok(!leadsItself || context.unsafe, 'one leader per epoch: a leader hears of no other');
  const mayFollow = context.mayFollow(request.epoch, request.leaderId);
  if (!alreadyFollowing && !leadsItself && mayFollow) {
    becomeFollower(context, request.epoch, request.leaderId);
  }
  context.send({
    type: 'BeginQuorumEpochResponse', to: request.from, epoch: context.epoch,
    leaderId: context.knownLeader(),
  });
}

/**
 * EndQuorumEpoch in this epoch: the leader resigned. Forget it and elect a successor soon;
 * the first preferred successor asks for pre-votes at once (KIP-595).
 */
export function onEndQuorumEpochRequest(context: Context, request: EndQuorumEpochRequest): void {
  context.send({ type: 'EndQuorumEpochResponse', to: request.from, epoch: context.epoch });
  context.leaderGoneInEpoch = context.epoch;
  const role = context.quorum.role.role;
  if (role === 'leader' || role === 'candidate' || role === 'prospective') return;
  if (role === 'follower' || role === 'resigned') becomeUnattached(context, context.epoch);
  if (!context.mayCampaign()) return;
  const position = request.preferredSuccessors.indexOf(context.id);
  if (position === 0) return becomeProspective(context);
  const unattached = context.quorum.role;
  if (position > 0 && unattached.role === 'unattached') {
    // Later successors wait a little longer each, so the first one usually wins.
    unattached.electionDeadlineTicks = context.nowTicks + position;
  }
}
