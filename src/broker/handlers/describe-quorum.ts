// DescribeQuorum (API key 55; KIP-595, KIP-853), versions 0-2: the metadata quorum's leader,
// epoch, high watermark and each voter's end offset, from the local Raft node's status. Only
// the leader knows the voters' offsets, so a broker that is not the leader forwards the request to
// the active controller (the controller listener answers NOT_LEADER_OR_FOLLOWER on any other node). Only __cluster_metadata-0 exists; anything else is UNKNOWN_TOPIC_OR_PARTITION.
import { ErrorCode, ZERO_UUID, type Uuid } from '../../protocol/mod.js';
import type { NodeId, TopicName } from '../../protocol/mod.js';
import type {
  DescribeQuorumRequest, DescribeQuorumResponse, DescribeQuorumResponsePartitionData,
  DescribeQuorumResponseReplicaState,
} from '../../protocol/generated/messages/describe-quorum.js';
import {
  createDescribeQuorumResponse, createDescribeQuorumResponsePartitionData,
} from '../../protocol/generated/messages/describe-quorum.js';
import type { RaftStatus } from '../../../raft/mod.js';
import type { NodeConfig } from '../../config/node-config.js';
import type { BrokerServices, QuorumVoter, RequestContext } from '../broker-services.js';

/** Versions of DescribeQuorum this broker handles. */
export const describeQuorumVersions = { lowestVersion: 0, highestVersion: 2 } as const;

const metadataTopic = '__cluster_metadata';

/** What a DescribeQuorum answer is made of: the local Raft status and the voters' endpoints. */
export interface QuorumView {
  readonly status: RaftStatus;
  readonly nowMs: number;
  /** Every voter's endpoints, for version 2's Nodes (KIP-853). */
  readonly nodes: ReadonlyArray<{ readonly nodeId: number; readonly listeners: ReadonlyArray<{ name: string; host: string; port: number }> }>;
  /** Each voter's directory id where known (the log's VotersRecord); ZERO_UUID otherwise. */
  readonly directoryIds?: ReadonlyMap<number, Uuid>;
}

/**
 * The view of the voters the quorum has now (`status.voters`, KIP-853), each described by what
 * `known` holds of it (the log's VotersRecords): never the static controller.quorum.voters, which
 * only bootstrap the set.
 */
export function quorumViewOf(status: RaftStatus, known: ReadonlyMap<number, QuorumVoter>, nowMs: number): QuorumView {
  const nodes = status.voters.flatMap((voter) => {
    const info = known.get(voter);
    return info === undefined ? [] : [{ nodeId: voter as number, listeners: info.endpoints.map((endpoint) => ({ ...endpoint })) }];
  });
  const directoryIds = new Map([...known].map(([voter, info]) => [voter, info.directoryId]));
  return { status, nowMs, nodes, directoryIds };
}

/**
 * Answers a DescribeQuorum request on the broker listener: from the local Raft status and the
 * voters it knows when this node leads the quorum, else forwarded to the active controller, as
 * Kafka's brokers do.
 */
export function handleDescribeQuorum(services: BrokerServices, request: DescribeQuorumRequest,
  context: RequestContext): Promise<DescribeQuorumResponse> {
  const status = services.raftStatus();
  if (status.role !== 'leader') return services.controller.describeQuorum(request, context);
  const view = quorumViewOf(status, services.knownVoters(), services.clock.now());
  return Promise.resolve(describeQuorum(view, request, context.apiVersion));
}

/** The bootstrap voters of controller.quorum.voters, as a broker without the quorum's own view names them. */
export function staticVoters(config: NodeConfig): ReadonlyMap<number, QuorumVoter> {
  const listenerName = config.controllerListenerNames[0] ?? 'CONTROLLER';
  return new Map(config.controllerQuorumVoters.map((voter) => [voter.id, {
    directoryId: ZERO_UUID, endpoints: [{ name: listenerName, host: voter.host, port: voter.port }],
  }]));
}

/** The DescribeQuorum answer for `view` (the broker's and the controller listener's). */
export function describeQuorum(view: QuorumView, request: DescribeQuorumRequest, apiVersion: number): DescribeQuorumResponse {
  const topics = request.topics.map((topic) => ({
    topicName: topic.topicName,
    partitions: topic.partitions.map((partition) => topic.topicName === metadataTopic && partition.partitionIndex === 0
      ? describeMetadataPartition(view, apiVersion)
      : createDescribeQuorumResponsePartitionData({ partitionIndex: partition.partitionIndex,
        errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION })),
  }));
  const nodes = apiVersion >= 2 ? view.nodes.map((node) => ({
    nodeId: node.nodeId as NodeId,
    listeners: node.listeners.map((listener) => ({ ...listener })),
  })) : [];
  return createDescribeQuorumResponse({ errorCode: ErrorCode.NONE, errorMessage: null,
    topics: topics.map((topic) => ({ ...topic, topicName: topic.topicName as TopicName })), nodes });
}

function describeMetadataPartition(view: QuorumView, apiVersion: number): DescribeQuorumResponsePartitionData {
  const status = view.status;
  if (status.role !== 'leader') {
    return createDescribeQuorumResponsePartitionData({ partitionIndex: 0, errorCode: ErrorCode.NOT_LEADER_OR_FOLLOWER,
      leaderId: (status.leader ?? -1) as NodeId, leaderEpoch: status.epoch });
  }
  const nowMs = view.nowMs;
  // A clock may report fractions of a millisecond (the simulator's does); the wire wants whole ones.
  const timestamp = (known: boolean): bigint => (apiVersion >= 1 && known ? BigInt(Math.floor(nowMs)) : -1n);
  const voters: DescribeQuorumResponseReplicaState[] = status.voters.map((voter) => {
    const isSelf = voter === status.id;
    const endOffset = isSelf ? status.endOffset : status.replicas.find((replica) => replica.id === voter)?.endOffset ?? null;
    return {
      replicaId: voter as unknown as NodeId,
      replicaDirectoryId: view.directoryIds?.get(voter) ?? ZERO_UUID,
      logEndOffset: BigInt(endOffset ?? -1),
      lastFetchTimestamp: timestamp(isSelf),
      lastCaughtUpTimestamp: timestamp(isSelf),
    };
  });
  return createDescribeQuorumResponsePartitionData({
    partitionIndex: 0,
    errorCode: ErrorCode.NONE,
    leaderId: status.id as unknown as NodeId,
    leaderEpoch: status.epoch,
    highWatermark: BigInt(status.highWatermark),
    currentVoters: voters,
    // Replicas that fetch without voting: broker-only nodes and controllers waiting to be added
    // (KIP-853: an operator checks a new controller has caught up here before AddRaftVoter).
    observers: status.replicas.filter((replica) => !status.voters.includes(replica.id)).map((replica) => ({
      replicaId: replica.id as unknown as NodeId, replicaDirectoryId: ZERO_UUID, logEndOffset: BigInt(replica.endOffset ?? -1),
      lastFetchTimestamp: -1n, lastCaughtUpTimestamp: -1n,
    })),
  });
}
