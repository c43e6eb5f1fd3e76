// DescribeQuorum (API key 55; KIP-595, KIP-853), versions 0-2: the metadata quorum's leader,
// epoch, high watermark and each voter's end offset, from the local Raft node's status. Only
// the leader knows the voters' offsets, so another node answers NOT_LEADER_OR_FOLLOWER for the
// partition. Only __cluster_metadata-0 exists; anything else is UNKNOWN_TOPIC_OR_PARTITION.
import { ErrorCode, ZERO_UUID } from '../../protocol/mod.js';
import type { NodeId, TopicName } from '../../protocol/mod.js';
import type {
  DescribeQuorumRequest, DescribeQuorumResponse, DescribeQuorumResponsePartitionData,
  DescribeQuorumResponseReplicaState,
} from '../../protocol/generated/messages/describe-quorum.js';
import {
  createDescribeQuorumResponse, createDescribeQuorumResponsePartitionData,
} from '../../protocol/generated/messages/describe-quorum.js';
import type { BrokerServices, RequestContext } from '../broker-services.js';

/** Versions of DescribeQuorum this broker handles. */
export const describeQuorumVersions = { lowestVersion: 0, highestVersion: 2 } as const;

const metadataTopic = '__cluster_metadata';

/** Answers a DescribeQuorum request. */
export function handleDescribeQuorum(services: BrokerServices, request: DescribeQuorumRequest,
  context: RequestContext): DescribeQuorumResponse {
  const topics = request.topics.map((topic) => ({
    topicName: topic.topicName,
    partitions: topic.partitions.map((partition) => topic.topicName === metadataTopic && partition.partitionIndex === 0
      ? describeMetadataPartition(services, context.apiVersion)
      : createDescribeQuorumResponsePartitionData({ partitionIndex: partition.partitionIndex,
        errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION })),
  }));
  const nodes = context.apiVersion >= 2 ? services.config.controllerQuorumVoters.map((voter) => ({
    nodeId: voter.id as NodeId,
    listeners: services.config.controllerListenerNames.slice(0, 1).map((name) => ({ name, host: voter.host,
      port: voter.port })),
  })) : [];
  return createDescribeQuorumResponse({ errorCode: ErrorCode.NONE, errorMessage: null,
    topics: topics.map((topic) => ({ ...topic, topicName: topic.topicName as TopicName })), nodes });
}

function describeMetadataPartition(services: BrokerServices, apiVersion: number): DescribeQuorumResponsePartitionData {
  const status = services.raftStatus();
  if (status.role !== 'leader') {
    return createDescribeQuorumResponsePartitionData({ partitionIndex: 0, errorCode: ErrorCode.NOT_LEADER_OR_FOLLOWER,
      leaderId: (status.leader ?? -1) as NodeId, leaderEpoch: status.epoch });
  }
  const nowMs = services.clock.now();
  const timestamp = (known: boolean): bigint => (apiVersion >= 1 && known ? BigInt(nowMs) : -1n);
  const voters: DescribeQuorumResponseReplicaState[] = status.voters.map((voter) => {
    const isSelf = voter === status.id;
    const endOffset = isSelf ? status.endOffset : status.replicas.find((replica) => replica.id === voter)?.endOffset ?? null;
    return {
      replicaId: voter as unknown as NodeId,
      replicaDirectoryId: ZERO_UUID,
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
    observers: [],
  });
}
