// Every message one Raft core sends to another: the KRaft RPCs as one discriminated union.
// Part of raft/. The shapes follow Kafka's Vote (KIP-595, with KIP-996's preVote flag),
// BeginQuorumEpoch, EndQuorumEpoch, Fetch and FetchSnapshot (KIP-630), reduced to the fields a
// single metadata partition needs. Messages are plain data (numbers, booleans, null, arrays,
// objects, Uint8Array) so a driver can send them through structured clone or msgpack unchanged.
import type { Entry, Epoch, NodeId, Offset, OffsetAndEpoch } from './types.js';

/**
 * Fields every message carries. `epoch` is the sender's current epoch, except in a pre-vote
 * request, where it is the epoch the prospective would campaign in (its epoch plus one).
 */
export interface MessageBase {
  readonly from: NodeId;
  readonly to: NodeId;
  readonly epoch: Epoch;
}

/**
 * Vote (KIP-595) or, with `preVote`, the question "would you vote for me?" (KIP-996).
 * `lastEpoch` and `endOffset` describe the candidate's log for the up-to-date check.
 */
export interface VoteRequest extends MessageBase {
  readonly type: 'VoteRequest';
  readonly preVote: boolean;
  readonly lastEpoch: Epoch;
  readonly endOffset: Offset;
}

/**
 * The answer to a VoteRequest. `epoch` is the voter's epoch; `candidateEpoch` echoes the
 * request's epoch so the candidate can tell which round the answer belongs to.
 */
export interface VoteResponse extends MessageBase {
  readonly type: 'VoteResponse';
  readonly preVote: boolean;
  readonly candidateEpoch: Epoch;
  readonly granted: boolean;
  /** The leader the voter knows in its epoch, if any. */
  readonly leaderId: NodeId | null;
}

/** A new leader announces itself to the voters (KIP-595); needed because replication is pulled. */
export interface BeginQuorumEpochRequest extends MessageBase {
  readonly type: 'BeginQuorumEpochRequest';
  readonly leaderId: NodeId;
}

/** Acknowledges a BeginQuorumEpochRequest, so the leader stops repeating it. */
export interface BeginQuorumEpochResponse extends MessageBase {
  readonly type: 'BeginQuorumEpochResponse';
  readonly leaderId: NodeId | null;
}

/**
 * A resigning leader tells the voters to elect someone else now rather than after a timeout,
 * naming the voters it prefers, most caught up first (KIP-595).
 */
export interface EndQuorumEpochRequest extends MessageBase {
  readonly type: 'EndQuorumEpochRequest';
  readonly leaderId: NodeId;
  readonly preferredSuccessors: readonly NodeId[];
}

/** Acknowledges an EndQuorumEpochRequest. */
export interface EndQuorumEpochResponse extends MessageBase {
  readonly type: 'EndQuorumEpochResponse';
}

/**
 * A follower or observer pulls entries from `fetchOffset` on (its end offset), naming the
 * epoch of its entry just before that offset so the leader can detect a diverging log.
 */
export interface FetchRequest extends MessageBase {
  readonly type: 'FetchRequest';
  readonly fetchOffset: Offset;
  readonly lastFetchedEpoch: Epoch;
}

/**
 * Why a fetch was refused. `NOT_LEADER` comes from a node that is not the leader of the
 * request's epoch; it names the leader it knows, which is how observers find the leader.
 * `FENCED_LEADER_EPOCH` means the request's epoch is older than the responder's.
 */
export type FetchError = 'NOT_LEADER' | 'FENCED_LEADER_EPOCH';

/**
 * The leader's answer to a fetch. At most one of `entries` (non-empty), `divergingEpoch` and
 * `snapshotId` carries news:
 * - `entries`: the next entries from `fetchOffset` on;
 * - `divergingEpoch`: the follower's log differs from the leader's; truncate to the end offset
 *   of that epoch (its `offset` is the end offset) and fetch again;
 * - `snapshotId`: the entries wanted are only in a snapshot; fetch it with FetchSnapshot.
 */
export interface FetchResponse extends MessageBase {
  readonly type: 'FetchResponse';
  readonly error: FetchError | null;
  readonly leaderId: NodeId | null;
  /**
   * Echo the request's position. An answer only holds for a log that still ends at
   * `fetchOffset` with an entry of `lastFetchedEpoch` before it; a late or duplicated answer
   * about a log that has changed since is recognised and ignored.
   */
  readonly fetchOffset: Offset;
  readonly lastFetchedEpoch: Epoch;
  readonly entries: readonly Entry[];
  readonly highWatermark: Offset;
  readonly divergingEpoch: OffsetAndEpoch | null;
  readonly snapshotId: OffsetAndEpoch | null;
}

/** Asks for the bytes of snapshot `snapshotId` from byte `position` on (KIP-630). */
export interface FetchSnapshotRequest extends MessageBase {
  readonly type: 'FetchSnapshotRequest';
  readonly snapshotId: OffsetAndEpoch;
  readonly position: number;
}

/**
 * One chunk of a snapshot. `chunk` holds bytes [position, position + chunk.length) of
 * `snapshotBytes` in all. `error` is `SNAPSHOT_NOT_FOUND` when the leader no longer has that
 * snapshot (it took a newer one), `NOT_LEADER` or `FENCED_LEADER_EPOCH` as for fetches.
 */
export interface FetchSnapshotResponse extends MessageBase {
  readonly type: 'FetchSnapshotResponse';
  readonly error: FetchError | 'SNAPSHOT_NOT_FOUND' | null;
  readonly leaderId: NodeId | null;
  readonly snapshotId: OffsetAndEpoch;
  readonly position: number;
  readonly chunk: Uint8Array;
  readonly snapshotBytes: number;
  /** The voter set as of the snapshot's end offset. */
  readonly voters: readonly NodeId[];
}

/** Any message between Raft cores. Switch on `type`. */
export type Message =
  | VoteRequest
  | VoteResponse
  | BeginQuorumEpochRequest
  | BeginQuorumEpochResponse
  | EndQuorumEpochRequest
  | EndQuorumEpochResponse
  | FetchRequest
  | FetchResponse
  | FetchSnapshotRequest
  | FetchSnapshotResponse;

/** The `type` tag of every message. */
export type MessageType = Message['type'];
