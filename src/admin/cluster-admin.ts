// Cluster-wide reads over the Kafka protocol (src/admin/): the cluster id, the active controller
// and the brokers (DescribeCluster, KIP-700), and the metadata quorum (DescribeQuorum, KIP-595,
// KIP-836): leader, epoch, high watermark, each voter's and observer's log end and lag.
import { ApiKey, topicName } from '../protocol/mod.js';
import { createDescribeClusterRequest, type DescribeClusterResponse } from '../protocol/generated/messages/describe-cluster.js';
import {
  createDescribeQuorumRequest, createDescribeQuorumRequestPartitionData, createDescribeQuorumRequestTopicData,
  type DescribeQuorumResponse, type DescribeQuorumResponseReplicaState,
} from '../protocol/generated/messages/describe-quorum.js';
import { AdminError } from './admin-error.js';
import { expectNoError, type AdminSession } from './admin-session.js';

/** The cluster as DescribeCluster reports it. */
export interface ClusterDescription {
  readonly clusterId: string;
  readonly controllerId: number;
  readonly brokers: ReadonlyArray<{ readonly id: number; readonly host: string; readonly port: number; readonly rack: string | null }>;
}

/** One member of the metadata quorum. */
export interface QuorumReplica {
  readonly nodeId: number;
  readonly role: 'leader' | 'voter' | 'observer';
  readonly logEndOffset: number;
  /** Entries behind the leader's log end. */
  readonly lag: number;
}

/** The metadata quorum as DescribeQuorum reports it. */
export interface QuorumDescription {
  readonly leaderId: number;
  readonly leaderEpoch: number;
  readonly highWatermark: number;
  readonly replicas: readonly QuorumReplica[];
}

/** The metadata log's topic (KIP-500); its one partition is 0. */
const METADATA_TOPIC = '__cluster_metadata';

/** The cluster id, the active controller and the brokers, sorted by id. */
export async function describeCluster(session: AdminSession): Promise<ClusterDescription> {
  const cluster = await session.request<DescribeClusterResponse>({ apiKey: ApiKey.DescribeCluster, body: createDescribeClusterRequest() });
  expectNoError(cluster.errorCode, cluster.errorMessage, 'describe the cluster');
  const brokers = [...cluster.brokers].sort((a, b) => a.brokerId - b.brokerId)
    .map((broker) => ({ id: broker.brokerId, host: broker.host, port: broker.port, rack: broker.rack }));
  return { clusterId: cluster.clusterId, controllerId: cluster.controllerId, brokers };
}

/** The metadata quorum: its leader and every voter's and observer's progress. */
export async function describeQuorum(session: AdminSession): Promise<QuorumDescription> {
  const response = await session.request<DescribeQuorumResponse>({
    apiKey: ApiKey.DescribeQuorum,
    body: createDescribeQuorumRequest({ topics: [createDescribeQuorumRequestTopicData({
      topicName: topicName(METADATA_TOPIC), partitions: [createDescribeQuorumRequestPartitionData({ partitionIndex: 0 })] })] }),
  });
  expectNoError(response.errorCode, response.errorMessage, 'describe the quorum');
  const partition = response.topics[0]?.partitions[0];
  if (partition === undefined) throw new AdminError('Cannot describe the quorum: the answer lacks the metadata partition', 'refused');
  expectNoError(partition.errorCode, partition.errorMessage, 'describe the quorum');
  const leaderEnd = partition.currentVoters.find((voter) => voter.replicaId === partition.leaderId)?.logEndOffset ?? 0n;
  const replica = (role: 'voter' | 'observer') => (state: DescribeQuorumResponseReplicaState): QuorumReplica => ({
    nodeId: state.replicaId, role: state.replicaId === partition.leaderId ? 'leader' : role,
    logEndOffset: Number(state.logEndOffset), lag: Number(leaderEnd - state.logEndOffset),
  });
  return {
    leaderId: partition.leaderId, leaderEpoch: partition.leaderEpoch, highWatermark: Number(partition.highWatermark),
    replicas: [...partition.currentVoters.map(replica('voter')), ...partition.observers.map(replica('observer'))],
  };
}
