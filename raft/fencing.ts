// Epoch fencing: what a message's epoch does to the receiver before any handler sees it.
// Part of raft/. Every KRaft message carries an epoch (KIP-595). A newer epoch means the
// receiver is behind: it joins that epoch first, as follower when the message names a leader,
// else unattached. An older one means the sender is behind: requests get an answer carrying the
// newer epoch so the sender catches up, responses are dropped. Pre-votes are the exception:
// they never move anyone's epoch (KIP-996).
import assert from 'node:assert/strict';
import type { Context } from './context.js';
import type { Message } from './messages.js';
import { becomeFollower } from './roles/follower.js';
import { becomeUnattached } from './roles/unattached.js';
import type { Epoch, NodeId } from './types.js';

/** Whether the message goes on to its handler. */
export type FencingVerdict = 'handle' | 'done';

/** Applies the epoch rules to `message`. */
export function fenceByEpoch(context: Context, message: Message): FencingVerdict {
  switch (message.type) {
    case 'VoteRequest': return fenceVoteRequest(context, message.epoch, message.preVote);
    case 'VoteResponse':
      if (message.preVote && message.epoch <= context.epoch) return 'handle';
      return fenceResponse(context, message.epoch, message.leaderId);
    case 'BeginQuorumEpochRequest':
      return fenceRequest(context, message, message.leaderId);
    case 'EndQuorumEpochRequest': return fenceRequest(context, message, null);
    case 'FetchRequest': return fenceRequest(context, message, null);
    case 'FetchSnapshotRequest': return fenceRequest(context, message, null);
    case 'BeginQuorumEpochResponse': return fenceResponse(context, message.epoch, message.leaderId);
    case 'EndQuorumEpochResponse': return fenceResponse(context, message.epoch, null);
    case 'FetchResponse': return fenceResponse(context, message.epoch, message.leaderId);
    case 'FetchSnapshotResponse': return fenceResponse(context, message.epoch, message.leaderId);
    default: {
      const unexpected: never = message;
      assert.fail(`unknown message ${JSON.stringify(unexpected)}`);
    }
  }
}

/** Joins a newer epoch: following its leader when known, else unattached. */
export function joinEpoch(context: Context, toEpoch: Epoch, leader: NodeId | null): void {
  assert.ok(toEpoch > context.epoch, 'only a newer epoch is joined');
  if (leader !== null && leader !== context.id) return becomeFollower(context, toEpoch, leader);
  becomeUnattached(context, toEpoch);
}

/** A real vote in a newer epoch makes the node asked join it; the handler then answers. */
function fenceVoteRequest(context: Context, requestEpoch: Epoch, preVote: boolean): FencingVerdict {
  if (!preVote && requestEpoch > context.epoch) joinEpoch(context, requestEpoch, null);
  return 'handle';
}

function fenceResponse(
  context: Context,
  responseEpoch: Epoch,
  leader: NodeId | null,
): FencingVerdict {
  if (responseEpoch > context.epoch) {
    joinEpoch(context, responseEpoch, leader);
    return 'done';
  }
  return responseEpoch === context.epoch ? 'handle' : 'done';
}

type Request = Extract<Message, {
  type:
    | 'BeginQuorumEpochRequest'
    | 'EndQuorumEpochRequest'
    | 'FetchRequest'
    | 'FetchSnapshotRequest';
}>;

function fenceRequest(context: Context, request: Request, leader: NodeId | null): FencingVerdict {
  if (request.epoch > context.epoch) {
    joinEpoch(context, request.epoch, leader);
    return 'handle';
  }
  if (request.epoch === context.epoch) return 'handle';
  answerStaleRequest(context, request);
  return 'done';
}

/** Tells a sender from an older epoch about the current one (FENCED_LEADER_EPOCH). */
function answerStaleRequest(context: Context, request: Request): void {
  const base = { to: request.from, epoch: context.epoch };
  const leaderId = context.knownLeader();
  switch (request.type) {
    case 'BeginQuorumEpochRequest':
      return context.send({ ...base, type: 'BeginQuorumEpochResponse', leaderId });
    case 'EndQuorumEpochRequest':
      return context.send({ ...base, type: 'EndQuorumEpochResponse' });
    case 'FetchRequest':
      return context.send({
        ...base, type: 'FetchResponse', error: 'FENCED_LEADER_EPOCH', leaderId,
        fetchOffset: request.fetchOffset, lastFetchedEpoch: request.lastFetchedEpoch, entries: [],
        highWatermark: context.highWatermark,
        divergingEpoch: null, snapshotId: null,
      });
    case 'FetchSnapshotRequest':
      return context.send({
        ...base, type: 'FetchSnapshotResponse', error: 'FENCED_LEADER_EPOCH', leaderId,
        snapshotId: request.snapshotId, position: request.position, chunk: new Uint8Array(0),
        snapshotBytes: 0, voters: [],
      });
    default: {
      const unexpected: never = request;
      assert.fail(`unknown request ${JSON.stringify(unexpected)}`);
    }
  }
}
