// Goal: the controller's part of replication works across a cluster over the Kafka protocol, as
// a Kafka admin client would use it, sent to a broker-only node (so every request is forwarded to
// the active controller): CreateTopics honours replication_factor up to the unfenced brokers
// (INVALID_REPLICATION_FACTOR beyond, -1 takes default.replication.factor) and places replicas on
// different racks (broker.rack, sent in each broker's registration and reported by Metadata and
// DescribeCluster); ElectLeaders answers with Kafka's codes; AlterPartitionReassignments starts a
// reassignment (to a crashed broker, so it cannot complete) that ListPartitionReassignments
// shows, and cancelling it reverts. Method: the simulator's world with 3 combined nodes and 1 broker-only
// node, a KafkaClient on the same network, every wait a bounded run of virtual time.
import { describe, expect, test } from 'vitest';
import { ApiKey, ErrorCode, nodeId, topicName, type NodeId } from '../../src/protocol/mod.js';
import { createCreateTopicsRequest, type CreateTopicsResponse } from '../../src/protocol/generated/messages/create-topics.js';
import { createMetadataRequest, type MetadataResponse } from '../../src/protocol/generated/messages/metadata.js';
import {
  createDescribeClusterRequest, type DescribeClusterResponse,
} from '../../src/protocol/generated/messages/describe-cluster.js';
import { createElectLeadersRequest, type ElectLeadersResponse } from '../../src/protocol/generated/messages/elect-leaders.js';
import {
  createAlterPartitionReassignmentsRequest, type AlterPartitionReassignmentsResponse,
} from '../../src/protocol/generated/messages/alter-partition-reassignments.js';
import {
  createListPartitionReassignmentsRequest, type ListPartitionReassignmentsResponse,
} from '../../src/protocol/generated/messages/list-partition-reassignments.js';
import type { WeirNode } from '../../src/node/weir-node.js';
import { SimWeirCluster } from './support/sim-weir-cluster.js';

const racks: Record<number, string> = { 1: 'east', 2: 'west', 3: 'north', 4: 'east' };
const BROKER_ONLY = 'node-4:9092';

async function startedCluster(seed: number): Promise<SimWeirCluster> {
  const cluster = new SimWeirCluster(seed, { combined: [1, 2, 3], brokersOnly: [4] },
    { extraConfig: (id) => [['broker.rack', racks[id] ?? ''], ['default.replication.factor', '2']] });
  cluster.startAll();
  const ready = (): boolean => cluster.liveNodes().length === 4 && cluster.liveNodes().every((node) => node.isReady()) &&
    cluster.liveNodes().every((node) => [...node.image().brokers.values()].filter((broker) => !broker.fenced).length === 4);
  expect(await cluster.runUntil(ready, 20_000)).toBe(true);
  return cluster;
}

async function send<Response extends object>(cluster: SimWeirCluster, apiKey: number, body: object, apiVersion?: number): Promise<Response> {
  const outcome = await cluster.ask(() => cluster.client.send<Response>(BROKER_ONLY, {
    apiKey, body, ...(apiVersion === undefined ? {} : { apiVersion }),
  }));
  if (outcome.kind !== 'response') throw new Error(`API ${apiKey} ended ${outcome.kind}`);
  return outcome.body;
}

async function createTopic(cluster: SimWeirCluster, name: string, replicationFactor: number): Promise<number> {
  const response = await send<CreateTopicsResponse>(cluster, ApiKey.CreateTopics, createCreateTopicsRequest({
    topics: [{ name: topicName(name), numPartitions: 3, replicationFactor, assignments: [], configs: [] }],
    timeoutMs: 5_000, validateOnly: false,
  }));
  return response.topics[0]?.errorCode ?? -1;
}

function activeImage(cluster: SimWeirCluster): ReturnType<WeirNode['image']> {
  const active = cluster.liveNodes().find((node) => node.raftStatus().role === 'leader');
  expect(active).toBeDefined();
  return (active as WeirNode).image();
}

describe('replication control across a cluster, through a broker-only node', () => {
  test('replication factors, rack-aware placement, and the racks Metadata and DescribeCluster report', async () => {
    const cluster = await startedCluster(21);
    expect(await createTopic(cluster, 'wide', 3)).toBe(ErrorCode.NONE);
    expect(await createTopic(cluster, 'too-wide', 5)).toBe(ErrorCode.INVALID_REPLICATION_FACTOR);
    expect(await createTopic(cluster, 'defaulted', -1)).toBe(ErrorCode.NONE);
    const image = activeImage(cluster);
    for (const partition of image.topicsByName.get(topicName('wide'))?.partitions ?? []) {
      expect(partition.replicas).toHaveLength(3);
      // Three racks among four brokers: a partition of three replicas uses all three.
      expect(new Set(partition.replicas.map((id) => racks[id])).size).toBe(3);
    }
    for (const partition of image.topicsByName.get(topicName('defaulted'))?.partitions ?? []) {
      expect(partition.replicas).toHaveLength(2);
    }
    const metadata = await send<MetadataResponse>(cluster, ApiKey.Metadata, createMetadataRequest({ topics: [] }), 12);
    expect(metadata.brokers.map((broker) => [broker.nodeId, broker.rack])).toEqual(
      [1, 2, 3, 4].map((id) => [id, racks[id]]));
    const described = await send<DescribeClusterResponse>(cluster, ApiKey.DescribeCluster, createDescribeClusterRequest({}), 0);
    expect(described.brokers.map((broker) => broker.rack)).toEqual([1, 2, 3, 4].map((id) => racks[id]));
    expect(cluster.world.violation).toBeNull();
  });

  test('ElectLeaders, AlterPartitionReassignments and ListPartitionReassignments are forwarded and answered', async () => {
    const cluster = await startedCluster(22);
    expect(await createTopic(cluster, 'moved', 1)).toBe(ErrorCode.NONE);
    const before = activeImage(cluster).topicsByName.get(topicName('moved'))?.partitions[0];
    expect(before).toBeDefined();
    const owner = before?.replicas[0] as NodeId;
    // Freshly placed: every leader is its preferred replica already.
    const elected = await send<ElectLeadersResponse>(cluster, ApiKey.ElectLeaders, createElectLeadersRequest({
      electionType: 0, topicPartitions: [{ topic: topicName('moved'), partitions: [0, 9] }], timeoutMs: 5_000,
    }), 2);
    expect(elected.errorCode).toBe(ErrorCode.NONE);
    expect(elected.replicaElectionResults[0]?.partitionResult.map((result) => result.errorCode))
      .toEqual([ErrorCode.ELECTION_NOT_NEEDED, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION]);
    // The target replica is a voter that is neither the owner nor the active controller, crashed
    // just before the request: still registered and unfenced (its session has not run out), it
    // can never catch up, so the reassignment stays under way whatever replication does.
    const activeId = [1, 2, 3].find((id) => cluster.machine(id).node?.raftStatus().role === 'leader');
    const target = nodeId([1, 2, 3].find((id) => id !== owner && id !== activeId) as number);
    cluster.crash(target);
    const altered = await send<AlterPartitionReassignmentsResponse>(cluster, ApiKey.AlterPartitionReassignments,
      createAlterPartitionReassignmentsRequest({ timeoutMs: 5_000, topics: [{ name: topicName('moved'),
        partitions: [{ partitionIndex: 0, replicas: [target] }] }] }));
    expect(altered.responses[0]?.partitions[0]?.errorCode).toBe(ErrorCode.NONE);
    const listed = await send<ListPartitionReassignmentsResponse>(cluster, ApiKey.ListPartitionReassignments,
      createListPartitionReassignmentsRequest({ timeoutMs: 5_000, topics: null }));
    expect(listed.errorCode).toBe(ErrorCode.NONE);
    expect(listed.topics.find((topic) => topic.name === 'moved')?.partitions).toEqual([
      { partitionIndex: 0, replicas: [target, owner], addingReplicas: [target], removingReplicas: [owner] }]);
    const cancelled = await send<AlterPartitionReassignmentsResponse>(cluster, ApiKey.AlterPartitionReassignments,
      createAlterPartitionReassignmentsRequest({ timeoutMs: 5_000, topics: [{ name: topicName('moved'),
        partitions: [{ partitionIndex: 0, replicas: null }] }] }));
    expect(cancelled.responses[0]?.partitions[0]?.errorCode).toBe(ErrorCode.NONE);
    expect(activeImage(cluster).topicsByName.get(topicName('moved'))?.partitions[0]).toMatchObject({
      replicas: [owner], addingReplicas: [], removingReplicas: [] });
    expect(cluster.world.violation).toBeNull();
  });
});
