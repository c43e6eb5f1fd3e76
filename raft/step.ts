// Routes each incoming message to the handler of the receiver's role.
// Part of raft/. Fencing (fencing.ts) has already applied the epoch rules, so every handler
// here sees a message of its own epoch (pre-vote answers excepted). Each routing function is a
// switch of one-line calls; messages a role has no use for are ignored by name.
import assert from 'node:assert/strict';
import type { Context } from './context.js';
import { onVoteRequest } from './election.js';
import type {
  BeginQuorumEpochResponse, EndQuorumEpochResponse, FetchRequest, FetchResponse,
  FetchSnapshotRequest, FetchSnapshotResponse, Message, VoteResponse,
} from './messages.js';
import { onVoteResponse as onCandidateVoteResponse } from './roles/candidate.js';
import {
  becomeFollower, onBeginQuorumEpochRequest, onEndQuorumEpochRequest,
  onFetchResponse as onFollowerFetchResponse,
  onFetchSnapshotResponse as onFollowerFetchSnapshotResponse,
} from './roles/follower.js';
import {
  onBeginQuorumEpochResponse as onLeaderBeginQuorumEpochResponse,
  onFetchRequest as onLeaderFetchRequest,
  onFetchSnapshotRequest as onLeaderFetchSnapshotRequest,
} from './roles/leader.js';
import { onPreVoteResponse } from './roles/prospective.js';
import { onEndQuorumEpochResponse as onResignedEndQuorumEpochResponse } from './roles/resigned.js';
import type { NodeId } from './types.js';

/** Hands a message (already past fencing) to its handler. */
export function routeMessage(context: Context, message: Message): void {
  switch (message.type) {
    case 'VoteRequest': return onVoteRequest(context, message);
    case 'VoteResponse': return onVoteResponse(context, message);
    case 'BeginQuorumEpochRequest': return onBeginQuorumEpochRequest(context, message);
    case 'BeginQuorumEpochResponse': return onBeginQuorumEpochResponse(context, message);
    case 'EndQuorumEpochRequest': return onEndQuorumEpochRequest(context, message);
    case 'EndQuorumEpochResponse': return onEndQuorumEpochResponse(context, message);
    case 'FetchRequest': return onFetchRequest(context, message);
    case 'FetchResponse': return onFetchResponse(context, message);
    case 'FetchSnapshotRequest': return onFetchSnapshotRequest(context, message);
    case 'FetchSnapshotResponse': return onFetchSnapshotResponse(context, message);
    default: {
      const unexpected: never = message;
      assert.fail(`unknown message ${JSON.stringify(unexpected)}`);
    }
  }
}

function onVoteResponse(context: Context, response: VoteResponse): void {
  const state = context.quorum.role;
  switch (state.role) {
    case 'prospective': return onPreVoteResponse(context, state, response);
    case 'candidate': return onCandidateVoteResponse(context, state, response);
    case 'unattached': case 'leader': case 'follower': case 'resigned': return ignoreVoteResponse();
    default: {
      const unexpected: never = state;
      assert.fail(`unknown role ${JSON.stringify(unexpected)}`);
    }
  }
}

/** The election this answer belongs to is over. */
function ignoreVoteResponse(): void {}

function onBeginQuorumEpochResponse(context: Context, response: BeginQuorumEpochResponse): void {
  const state = context.quorum.role;
  if (state.role === 'leader') onLeaderBeginQuorumEpochResponse(context, state, response);
}

function onEndQuorumEpochResponse(context: Context, response: EndQuorumEpochResponse): void {
  const state = context.quorum.role;
  if (state.role === 'resigned') onResignedEndQuorumEpochResponse(context, state, response);
}

function onFetchRequest(context: Context, request: FetchRequest): void {
  const state = context.quorum.role;
  if (state.role === 'leader') return onLeaderFetchRequest(context, state, request);
  refuseFetch(context, request);
}

/** Not the leader: say so, naming the leader known, which is how observers find it. */
function refuseFetch(context: Context, request: FetchRequest): void {
  context.send({
    type: 'FetchResponse', to: request.from, epoch: context.epoch, error: 'NOT_LEADER',
    leaderId: context.knownLeader(), fetchOffset: request.fetchOffset,
    lastFetchedEpoch: request.lastFetchedEpoch, entries: [],
    highWatermark: context.highWatermark, divergingEpoch: null, snapshotId: null,
  });
}

function onFetchSnapshotRequest(context: Context, request: FetchSnapshotRequest): void {
  const state = context.quorum.role;
  if (state.role === 'leader') return onLeaderFetchSnapshotRequest(context, state, request);
  context.send({
    type: 'FetchSnapshotResponse', to: request.from, epoch: context.epoch, error: 'NOT_LEADER',
    leaderId: context.knownLeader(), snapshotId: request.snapshotId, position: request.position,
    chunk: new Uint8Array(0), snapshotBytes: 0, voters: [],
  });
}

function onFetchResponse(context: Context, response: FetchResponse): void {
  const state = context.quorum.role;
  switch (state.role) {
    case 'follower': return onFollowerFetchResponse(context, state, response);
    case 'unattached': case 'prospective': case 'candidate': case 'resigned':
      return followNamedLeader(context, response.leaderId);
    case 'leader': return ignoreFetchResponse();
    default: {
      const unexpected: never = state;
      assert.fail(`unknown role ${JSON.stringify(unexpected)}`);
    }
  }
}

/** A leader never fetches; an answer addressed to it is from an older role. */
function ignoreFetchResponse(): void {}

function onFetchSnapshotResponse(context: Context, response: FetchSnapshotResponse): void {
  const state = context.quorum.role;
  if (state.role === 'follower') return onFollowerFetchSnapshotResponse(context, state, response);
  if (state.role !== 'leader') followNamedLeader(context, response.leaderId);
}

/** An answer in this epoch named its leader: follow it (KIP-595 leader discovery). */
function followNamedLeader(context: Context, leader: NodeId | null): void {
  if (!context.mayFollow(context.epoch, leader)) return;
  if (context.quorum.role.role === 'resigned') return;
  becomeFollower(context, context.epoch, leader);
}
