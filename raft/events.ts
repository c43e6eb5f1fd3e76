// Structured events: every state change of a Raft core, each with a one-line rendering.
// Part of raft/. The core reports what it did as data (for the simulator's trace and the
// transcript tests) and `renderEvent` turns one into a sentence a student can read, such as
// "node 3: pre-vote granted by 1 in epoch 7".
import assert from 'node:assert/strict';
import type { Epoch, NodeId, Offset, OffsetAndEpoch } from './types.js';

interface EventBase {
  /** The node the event happened on. */
  readonly node: NodeId;
  /** That node's epoch after the change. */
  readonly epoch: Epoch;
}

/** Why a leader gave up its office. */
export type ResignReason = 'requested' | 'check-quorum' | 'removed-from-voters' | 'restarted';

/** Why a vote or pre-vote was refused. */
export type VoteRefusal =
  | 'stale-epoch'
  | 'already-voted'
  | 'log-not-up-to-date'
  | 'has-leader'
  | 'leader-is-alive';

/** Anything that changed inside a core. Switch on `type`. */
export type RaftEvent =
  | (EventBase & { readonly type: 'became-unattached'; readonly votedFor: NodeId | null })
  | (EventBase & { readonly type: 'became-prospective' })
  | (EventBase & { readonly type: 'became-candidate' })
  | (EventBase & { readonly type: 'became-leader'; readonly epochStartOffset: Offset })
  | (EventBase & { readonly type: 'became-follower'; readonly leader: NodeId })
  | (EventBase & {
    readonly type: 'resigned';
    readonly reason: ResignReason;
    readonly preferredSuccessors: readonly NodeId[];
  })
  | (EventBase & {
    readonly type: 'vote-answered';
    readonly preVote: boolean;
    readonly candidate: NodeId;
    readonly granted: boolean;
    readonly refusal: VoteRefusal | null;
  })
  | (EventBase & {
    readonly type: 'vote-received';
    readonly preVote: boolean;
    readonly voter: NodeId;
    readonly granted: boolean;
  })
  | (EventBase & {
    readonly type: 'entries-appended';
    readonly first: Offset;
    readonly entryCount: number;
  })
  | (EventBase & { readonly type: 'log-truncated'; readonly endOffset: Offset })
  | (EventBase & { readonly type: 'high-watermark-advanced'; readonly highWatermark: Offset })
  | (EventBase & {
    readonly type: 'voters-changed';
    readonly offset: Offset;
    readonly voters: readonly NodeId[];
  })
  | (EventBase & { readonly type: 'snapshot-taken'; readonly snapshotId: OffsetAndEpoch })
  | (EventBase & { readonly type: 'snapshot-fetch-started'; readonly snapshotId: OffsetAndEpoch })
  | (EventBase & { readonly type: 'snapshot-installed'; readonly snapshotId: OffsetAndEpoch });

/** The `type` tag of every event. */
export type RaftEventType = RaftEvent['type'];

function renderIds(ids: readonly NodeId[]): string {
  return `[${ids.join(',')}]`;
}

function renderCount(entryCount: number): string {
  return `${entryCount} ${entryCount === 1 ? 'entry' : 'entries'}`;
}

function renderSnapshotId(id: OffsetAndEpoch): string {
  return `end offset ${id.offset} epoch ${id.epoch}`;
}

function renderVoteAnswered(event: Extract<RaftEvent, { type: 'vote-answered' }>): string {
  const what = event.preVote ? 'pre-vote' : 'vote';
  if (event.granted) return `grants ${what} to ${event.candidate}`;
  return `refuses ${what} to ${event.candidate} (${event.refusal ?? 'unknown'})`;
}

function renderVoteReceived(event: Extract<RaftEvent, { type: 'vote-received' }>): string {
  const what = event.preVote ? 'pre-vote' : 'vote';
  return `${what} ${event.granted ? 'granted' : 'refused'} by ${event.voter}`;
}

function renderBody(event: RaftEvent): string {
  switch (event.type) {
    case 'became-unattached':
      return event.votedFor === null ? 'unattached' : `unattached, voted for ${event.votedFor}`;
    case 'became-prospective': return 'prospective, asking for pre-votes';
    case 'became-candidate': return 'candidate, voted for itself';
    case 'became-leader': return `leader from offset ${event.epochStartOffset}`;
    case 'became-follower': return `follower of ${event.leader}`;
    case 'resigned':
      return `resigned (${event.reason}), successors ${renderIds(event.preferredSuccessors)}`;
    case 'vote-answered': return renderVoteAnswered(event);
    case 'vote-received': return renderVoteReceived(event);
    case 'entries-appended':
      return `appended ${renderCount(event.entryCount)} from offset ${event.first}`;
    case 'log-truncated': return `log truncated to end offset ${event.endOffset}`;
    case 'high-watermark-advanced': return `high watermark advanced to ${event.highWatermark}`;
    case 'voters-changed': return `voters ${renderIds(event.voters)} from offset ${event.offset}`;
    case 'snapshot-taken': return `snapshot taken at ${renderSnapshotId(event.snapshotId)}`;
    case 'snapshot-fetch-started':
      return `fetching snapshot at ${renderSnapshotId(event.snapshotId)}`;
    case 'snapshot-installed':
      return `snapshot installed at ${renderSnapshotId(event.snapshotId)}`;
    default: {
      const unexpected: never = event;
      assert.fail(`unknown event ${JSON.stringify(unexpected)}`);
    }
  }
}

/**
 * One human-readable line for an event.
 * @example renderEvent(event) // "node 3: pre-vote granted by 1 in epoch 7"
 */
export function renderEvent(event: RaftEvent): string {
  return `node ${event.node}: ${renderBody(event)} in epoch ${event.epoch}`;
}
