// The metadata quorum's own Kafka APIs on the controller listener (KIP-853, KIP-595):
// AddRaftVoter (80), RemoveRaftVoter (81), UpdateRaftVoter (82) and DescribeQuorum (55). Only the
// active controller (the Raft leader) changes voters; another node answers NOT_CONTROLLER, so a
// forwarding broker (Envelope) and an admin client look for the active one.
//
// Kafka's error codes (KafkaRaftClient's AddVoterHandler / RemoveVoterHandler): a change while
// the previous one or the leader's own epoch is uncommitted, or of a voter not yet caught up as
// an observer, is REQUEST_TIMED_OUT with a message saying which; adding a voter already in the
// set is DUPLICATE_VOTER; removing or updating one not in it (or under another directory id)
// is VOTER_NOT_FOUND.
import type { NodeId as RaftNodeId } from '../../raft/mod.js';
import { nodeId as raftNodeId } from '../../raft/mod.js';
import { describeQuorum, quorumViewOf } from '../broker/handlers/describe-quorum.js';
import { ErrorCode, type NodeId } from '../protocol/mod.js';
import type { AddRaftVoterRequest, AddRaftVoterResponse } from '../protocol/generated/messages/add-raft-voter.js';
import type { DescribeQuorumRequest, DescribeQuorumResponse } from '../protocol/generated/messages/describe-quorum.js';
import type { RemoveRaftVoterRequest, RemoveRaftVoterResponse } from '../protocol/generated/messages/remove-raft-voter.js';
import type { UpdateRaftVoterRequest, UpdateRaftVoterResponse } from '../protocol/generated/messages/update-raft-voter.js';
import type { RaftDriver, VoterChange, VoterChangeOutcome } from '../quorum/raft-driver.js';
import type { VoterInfo } from '../quorum/voters-record.js';
import type { Clock } from '../runtime/seam.js';

/** The longest a voter change waits for its commit when the request names no timeout. */
const defaultChangeTimeoutMs = 30_000;

/** What the quorum APIs need of the node. */
export interface QuorumRequestOptions {
  readonly raft: Pick<RaftDriver, 'status' | 'changeVoters' | 'knownVoters'>;
  readonly clock: Clock;
  readonly clusterId: string;
}

interface ErrorAnswer {
  readonly errorCode: number;
  readonly errorMessage: string | null;
}

/** Answers the quorum APIs from the local Raft driver. */
export class QuorumRequests {
  constructor(private readonly options: QuorumRequestOptions) {}

  async addRaftVoter(request: AddRaftVoterRequest): Promise<AddRaftVoterResponse> {
    const refusal = this.refuseRequest(request.clusterId);
    if (refusal !== null) return { throttleTimeMs: 0, ...refusal };
    if (request.listeners.length === 0) {
      return { throttleTimeMs: 0, errorCode: ErrorCode.INVALID_REQUEST, errorMessage: 'AddRaftVoter names no listener for the voter' };
    }
    const voter = voterOf(request.voterId, request.voterDirectoryId, request.listeners);
    return { throttleTimeMs: 0, ...await this.change({ kind: 'add', voter }, request.timeoutMs) };
  }

  async removeRaftVoter(request: RemoveRaftVoterRequest): Promise<RemoveRaftVoterResponse> {
    const refusal = this.refuseRequest(request.clusterId);
    if (refusal !== null) return { throttleTimeMs: 0, ...refusal };
    const change: VoterChange = { kind: 'remove', id: raftNodeId(request.voterId), directoryId: request.voterDirectoryId };
    return { throttleTimeMs: 0, ...await this.change(change, defaultChangeTimeoutMs) };
  }

  async updateRaftVoter(request: UpdateRaftVoterRequest): Promise<UpdateRaftVoterResponse> {
    const refusal = this.refuseRequest(request.clusterId);
    const answer = refusal ?? (request.listeners.length === 0
      ? { errorCode: ErrorCode.INVALID_REQUEST, errorMessage: 'UpdateRaftVoter names no listener' }
      : await this.change({ kind: 'update', voter: voterOf(request.voterId, request.voterDirectoryId, request.listeners) },
        defaultChangeTimeoutMs));
    return { throttleTimeMs: 0, errorCode: answer.errorCode, currentLeader: this.currentLeader() };
  }

  describeQuorum(request: DescribeQuorumRequest, apiVersion: number): DescribeQuorumResponse {
    const view = quorumViewOf(this.options.raft.status(), this.options.raft.knownVoters(), this.options.clock.now());
    return describeQuorum(view, request, apiVersion);
  }

  /** NOT_CONTROLLER off the leader; INCONSISTENT_CLUSTER_ID for another cluster's request. */
  private refuseRequest(clusterId: string | null): ErrorAnswer | null {
    if (clusterId !== null && clusterId !== this.options.clusterId) {
      return { errorCode: ErrorCode.INCONSISTENT_CLUSTER_ID, errorMessage: `this is cluster ${this.options.clusterId}` };
    }
    if (this.options.raft.status().role !== 'leader') {
      return { errorCode: ErrorCode.NOT_CONTROLLER, errorMessage: 'this node is not the active controller' };
    }
    return null;
  }

  /** Runs a voter change and waits, at most `timeoutMs`, for its commit. */
  private async change(change: VoterChange, timeoutMs: number): Promise<ErrorAnswer> {
    let cancel = (): void => {};
    const timedOut = new Promise<'timeout'>((resolve) => {
      cancel = this.options.clock.setTimer(timeoutMs > 0 ? timeoutMs : defaultChangeTimeoutMs, () => resolve('timeout'));
    });
    const outcome = await Promise.race([this.options.raft.changeVoters(change), timedOut]);
    cancel();
    if (outcome === 'timeout') {
      return { errorCode: ErrorCode.REQUEST_TIMED_OUT, errorMessage: 'the voter change did not commit in time' };
    }
    return answerOf(change, outcome);
  }

  private currentLeader(): UpdateRaftVoterResponse['currentLeader'] {
    const status = this.options.raft.status();
    const leader = status.leader === null ? undefined : this.options.raft.knownVoters().get(status.leader);
    const endpoint = leader?.endpoints[0];
    return {
      leaderId: (status.leader ?? -1) as NodeId, leaderEpoch: status.epoch,
      host: endpoint?.host ?? '', port: endpoint?.port ?? 0,
    };
  }
}

function voterOf(id: number, directoryId: VoterInfo['directoryId'],
  listeners: ReadonlyArray<{ name: string; host: string; port: number }>): VoterInfo {
  return { id: raftNodeId(id) as RaftNodeId, directoryId, endpoints: listeners.map(({ name, host, port }) => ({ name, host, port })) };
}

/** Kafka's error code for what became of a change. */
function answerOf(change: VoterChange, outcome: VoterChangeOutcome): ErrorAnswer {
  if (outcome.status === 'committed') return { errorCode: ErrorCode.NONE, errorMessage: null };
  if (outcome.status === 'failed') {
    return { errorCode: ErrorCode.REQUEST_TIMED_OUT, errorMessage: 'the leader changed before the voter change committed' };
  }
  switch (outcome.error) {
    case 'NOT_LEADER':
      return { errorCode: ErrorCode.NOT_CONTROLLER, errorMessage: 'this node is not the active controller' };
    case 'LEADER_NOT_READY':
      return { errorCode: ErrorCode.REQUEST_TIMED_OUT, errorMessage: 'the leader has not committed its epoch yet' };
    case 'CHANGE_IN_PROGRESS':
      return { errorCode: ErrorCode.REQUEST_TIMED_OUT, errorMessage: 'a previous voter change has not committed yet' };
    case 'VOTER_NOT_CAUGHT_UP':
      return { errorCode: ErrorCode.REQUEST_TIMED_OUT,
        errorMessage: 'the new voter has not caught up with the leader as an observer yet' };
    case 'ALREADY_VOTER':
      return { errorCode: ErrorCode.DUPLICATE_VOTER, errorMessage: 'the voter is already in the voter set' };
    case 'NOT_A_VOTER':
    case 'VOTER_KEY_MISMATCH':
      return { errorCode: ErrorCode.VOTER_NOT_FOUND,
        errorMessage: `no voter ${change.kind === 'remove' ? change.id : change.voter.id} with that directory id` };
    case 'LAST_VOTER':
      return { errorCode: ErrorCode.INVALID_REQUEST, errorMessage: 'the last voter cannot be removed' };
    default: {
      const unexpected: never = outcome.error;
      return { errorCode: ErrorCode.UNKNOWN_SERVER_ERROR, errorMessage: `unexpected refusal ${String(unexpected)}` };
    }
  }
}
