// The public surface of raft/, the pure KRaft core. Everything outside raft/ imports from here
// and nowhere else (test/tidy.test.ts enforces it). raft/README.md explains the pieces.
export { RaftCore } from './core.js';
export type { ProposeResult, RaftStatus } from './core.js';
export type { RaftOptions, RestoredState } from './options.js';
export type { TestOnlyUnsafe } from './context.js';
export { renderEvent } from './events.js';
export type { RaftEvent, RaftEventType, ResignReason, VoteRefusal } from './events.js';
export type { ChangeResult, MembershipError } from './membership.js';
export type {
  BeginQuorumEpochRequest, BeginQuorumEpochResponse, EndQuorumEpochRequest,
  EndQuorumEpochResponse, FetchError, FetchRequest, FetchResponse, FetchSnapshotRequest,
  FetchSnapshotResponse, Message, MessageBase, MessageType, VoteRequest, VoteResponse,
} from './messages.js';
export type { Role } from './quorum-state.js';
export type { HardState, Ready, Snapshot } from './ready.js';
export { assertValidLogSlice, epoch, nodeId, offset, sortedVoters } from './types.js';
export type { Entry, EntryKind, Epoch, NodeId, Offset, OffsetAndEpoch, Random } from './types.js';
