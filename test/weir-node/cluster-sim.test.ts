// Goal: whole WeirNodes form a cluster on their own, as KRaft nodes do: controllers elect one
// active controller over the controller listener, every broker (combined or broker-only, the
// latter an observer of the metadata log) registers with it over the Kafka protocol and is
// unfenced once caught up, admin requests sent to any broker reach the active controller
// (Envelope forwarding), a crashed broker is fenced after its session timeout and leads nothing,
// and a restarted one catches up and leads again; without a quorum no metadata change is
// accepted while partitions with live leaders keep serving; a node down past a snapshot catches
// up by FetchSnapshot. Method: the simulator's world (virtual clock,
// network and disks) with 3 combined nodes and 1 broker-only node; a KafkaClient on the same
// network plays the admin client; every wait is a bounded run of virtual time.
import { describe, expect, test } from 'vitest';
import { ApiKey, ErrorCode, topicName, type NodeId } from '../../src/protocol/mod.js';
import {
  createCreateTopicsRequest, type CreateTopicsResponse,
} from '../../src/protocol/generated/messages/create-topics.js';
import {
  createBrokerHeartbeatRequest, type BrokerHeartbeatResponse,
} from '../../src/protocol/generated/messages/broker-heartbeat.js';
import { createMetadataRequest } from '../../src/protocol/generated/messages/metadata.js';
import {
  createDescribeQuorumRequest, type DescribeQuorumResponse,
} from '../../src/protocol/generated/messages/describe-quorum.js';
import {
  createProduceRequest, createProduceRequestPartitionProduceData, createProduceRequestTopicProduceData, type ProduceResponse,
} from '../../src/protocol/generated/messages/produce.js';
import { encodeRecordBatch } from '../../storage/mod.js';
import type { WeirNode } from '../../src/node/weir-node.js';
import { SimWeirCluster } from './support/sim-weir-cluster.js';

function activeController(cluster: SimWeirCluster): WeirNode | undefined {
  return cluster.liveNodes().find((node) => node.raftStatus().role === 'leader');
}

function allReady(cluster: SimWeirCluster, count: number): boolean {
  const nodes = cluster.liveNodes();
  return nodes.length === count && nodes.every((node) => node.isReady());
}

async function createTopic(cluster: SimWeirCluster, address: string, name: string, partitions: number): Promise<number> {
  const outcome = await cluster.ask(() => cluster.client.send<CreateTopicsResponse>(address, {
    apiKey: ApiKey.CreateTopics,
    body: createCreateTopicsRequest({
      topics: [{ name: topicName(name), numPartitions: partitions, replicationFactor: 1, assignments: [], configs: [] }],
      timeoutMs: 5_000, validateOnly: false,
    }),
  }));
  if (outcome.kind !== 'response') throw new Error(`CreateTopics ended ${outcome.kind}`);
  return outcome.body.topics[0]?.errorCode ?? -1;
}

async function produceOne(cluster: SimWeirCluster, address: string, topic: string, partition: number): Promise<number> {
  const outcome = await cluster.ask(() => cluster.client.send<ProduceResponse>(address, {
    apiKey: ApiKey.Produce,
    body: createProduceRequest({ acks: -1, timeoutMs: 2_000, topicData: [createProduceRequestTopicProduceData({
      name: topicName(topic), partitionData: [createProduceRequestPartitionProduceData({ index: partition,
        records: encodeRecordBatch({ records: [{ value: new TextEncoder().encode('v'), timestampMs: 0 }] }) })] })] }),
  }));
  if (outcome.kind !== 'response') throw new Error(`Produce ended ${outcome.kind}`);
  return outcome.body.responses[0]?.partitionResponses[0]?.errorCode ?? -1;
}

async function startedCluster(seed: number, options: { snapshotEveryEntries?: number } = {}): Promise<SimWeirCluster> {
  const cluster = new SimWeirCluster(seed, { combined: [1, 2, 3], brokersOnly: [4] }, options);
  cluster.startAll();
  expect(await cluster.runUntil(() => allReady(cluster, 4), 20_000)).toBe(true);
  expect(cluster.world.violation).toBeNull();
  return cluster;
}

describe('a cluster of WeirNodes in the simulator', () => {
  test('one active controller; every broker, the observer included, registered and unfenced', async () => {
    const cluster = await startedCluster(11);
    const leaders = cluster.liveNodes().filter((node) => node.raftStatus().role === 'leader');
    expect(leaders).toHaveLength(1);
    const observer = cluster.machine(4).node as WeirNode;
    expect(observer.raftStatus().isVoter).toBe(false);
    expect(observer.controllerAddress()).toBe('');
    // Every broker's image comes to list the same four unfenced brokers.
    expect(await cluster.runUntil(() => cluster.liveNodes().every((node) =>
      [...node.image().brokers.values()].filter((broker) => !broker.fenced).length === 4), 5_000)).toBe(true);
    const epochs = [...(leaders[0] as WeirNode).image().brokers.values()].map((broker) => broker.epoch);
    expect(new Set(epochs).size).toBe(4);
  });

  test('CreateTopics sent to brokers that are not the active controller is forwarded and seen by every broker', async () => {
    const cluster = await startedCluster(12);
    const active = activeController(cluster) as WeirNode;
    const others = [...cluster.machines.values()].filter((machine) => machine.node !== active);
    expect(others.length).toBe(3);
    for (const [index, machine] of others.entries()) {
      expect(await createTopic(cluster, `${machine.host}:9092`, `forwarded-${index}`, 2)).toBe(ErrorCode.NONE);
    }
    // DescribeQuorum asked of a broker that is not the leader is forwarded: the leader's answer comes back.
    const quorum = await cluster.ask(() => cluster.client.send<DescribeQuorumResponse>('node-4:9092', {
      apiKey: ApiKey.DescribeQuorum,
      body: createDescribeQuorumRequest({ topics: [{ topicName: topicName('__cluster_metadata'), partitions: [{ partitionIndex: 0 }] }] }),
    }));
    if (quorum.kind !== 'response') throw new Error(`DescribeQuorum ended ${quorum.kind}`);
    const partition = quorum.body.topics[0]?.partitions[0];
    expect(partition?.errorCode).toBe(ErrorCode.NONE);
    expect(partition?.leaderId).toBe(active.raftStatus().leader);
    expect(partition?.currentVoters.map((voter) => voter.replicaId).sort()).toEqual([1, 2, 3]);
    // The broker-only node forwards too, and a repeated name is refused by the controller, not by the broker.
    expect(await createTopic(cluster, 'node-4:9092', 'forwarded-0', 2)).toBe(ErrorCode.TOPIC_ALREADY_EXISTS);
    expect(await cluster.runUntil(() => cluster.liveNodes().every((node) =>
      [0, 1, 2].every((index) => node.image().topicsByName.has(`forwarded-${index}` as never))), 5_000)).toBe(true);
  });

  test('the active controller crashes: another takes over, its broker is fenced and leads nothing; restarted, it is unfenced', async () => {
    const cluster = await startedCluster(13);
    const first = activeController(cluster) as WeirNode;
    const firstId = [...cluster.machines.values()].find((machine) => machine.node === first)?.id as number;
    const survivor = [...cluster.machines.values()].find((machine) => machine.id !== firstId && machine.id !== 4)?.host as string;
    expect(await createTopic(cluster, `${survivor}:9092`, 'spread', 8)).toBe(ErrorCode.NONE);
    expect(await cluster.runUntil(() => (first.image().topicsByName.get('spread' as never)?.partitions.length ?? 0) === 8, 5_000))
      .toBe(true);
    const ledByFirst = (first.image().topicsByName.get('spread' as never)?.partitions ?? [])
      .filter((partition) => partition.leader === firstId).length;
    cluster.crash(firstId);
    const fencedEverywhere = (): boolean => cluster.liveNodes().every((node) => {
      const broker = node.image().brokers.get(firstId as NodeId);
      const partitions = node.image().topicsByName.get('spread' as never)?.partitions ?? [];
      return broker?.fenced === true && partitions.every((partition) => partition.leader !== firstId);
    });
    expect(await cluster.runUntil(() => activeController(cluster) !== undefined && fencedEverywhere(), 15_000)).toBe(true);
    expect(await createTopic(cluster, `${survivor}:9092`, 'after-failover', 1)).toBe(ErrorCode.NONE);
    if (ledByFirst > 0) {
      const leaderless = (activeController(cluster) as WeirNode).image().topicsByName.get('spread' as never)?.partitions
        .filter((partition) => partition.leader === -1).length;
      // Replication factor 1: nobody else holds the crashed broker's partitions.
      expect(leaderless).toBe(ledByFirst);
    }
    cluster.start(firstId);
    expect(await cluster.runUntil(() => allReady(cluster, 4), 20_000)).toBe(true);
    const restarted = cluster.machine(firstId).node as WeirNode;
    expect(await cluster.runUntil(() => restarted.image().topicsByName.has('after-failover' as never) &&
      (restarted.image().topicsByName.get('spread' as never)?.partitions ?? []).every((partition) => partition.leader !== -1),
    10_000)).toBe(true);
    expect(cluster.world.violation).toBeNull();
  });

  test('the controller listener serves Raft peers and Kafka clients on one port, with the controller APIs only', async () => {
    const cluster = await startedCluster(14);
    const heartbeat = await cluster.ask(() => cluster.client.send<BrokerHeartbeatResponse>('node-1:9093', {
      apiKey: ApiKey.BrokerHeartbeat,
      body: createBrokerHeartbeatRequest({ brokerId: 99 as NodeId, brokerEpoch: 1n, currentMetadataOffset: 0n }),
    }));
    if (heartbeat.kind !== 'response') throw new Error(`BrokerHeartbeat ended ${heartbeat.kind}`);
    // An unknown broker is refused by the active controller (STALE_BROKER_EPOCH, as Kafka's
    // checkBrokerEpoch answers a broker without a registration); a standby says it is not the controller.
    expect([ErrorCode.STALE_BROKER_EPOCH, ErrorCode.NOT_CONTROLLER]).toContain(heartbeat.body.errorCode);
    // A client API is not advertised there, so the client cannot even pick a version for it.
    const metadata = await cluster.ask(() => cluster.client.send('node-1:9093', {
      apiKey: ApiKey.Metadata, body: createMetadataRequest({ topics: null }),
    }));
    expect(metadata.kind).toBe('unsupported-version');
    expect(cluster.world.violation).toBeNull();
  });

  test('two of three controllers down: no metadata change is accepted, partitions with live leaders keep serving; one back, changes resume', async () => {
    const cluster = await startedCluster(15);
    expect(await createTopic(cluster, 'node-4:9092', 'steady', 4)).toBe(ErrorCode.NONE);
    expect(await cluster.runUntil(() => (cluster.machine(4).node as WeirNode).image().topicsByName.has('steady' as never), 5_000))
      .toBe(true);
    const observer = cluster.machine(4).node as WeirNode;
    const ledByObserver = (observer.image().topicsByName.get('steady' as never)?.partitions ?? [])
      .filter((partition) => partition.leader === 4).map((partition) => partition.partition);
    expect(ledByObserver.length).toBeGreaterThan(0);
    const downed = [1, 2, 3].filter((id) => id !== 3);
    for (const id of downed) cluster.crash(id);
    // No quorum: the change is refused with a retriable error, and nothing of it is applied anywhere.
    expect(await createTopic(cluster, 'node-4:9092', 'no-quorum', 1)).toBe(ErrorCode.NOT_CONTROLLER);
    expect(observer.image().topicsByName.has('no-quorum' as never)).toBe(false);
    expect((cluster.machine(3).node as WeirNode).image().topicsByName.has('no-quorum' as never)).toBe(false);
    for (const partition of ledByObserver) expect(await produceOne(cluster, 'node-4:9092', 'steady', partition)).toBe(ErrorCode.NONE);
    cluster.start(downed[0] as number);
    expect(await cluster.runUntil(() => activeController(cluster) !== undefined, 15_000)).toBe(true);
    expect(await createTopic(cluster, 'node-4:9092', 'quorum-back', 1)).toBe(ErrorCode.NONE);
    expect(cluster.world.violation).toBeNull();
  });

  test('a node that was down past a metadata snapshot catches up by FetchSnapshot', async () => {
    const cluster = await startedCluster(16, { snapshotEveryEntries: 4 });
    cluster.crash(4);
    for (let index = 0; index < 10; index += 1) {
      expect(await createTopic(cluster, 'node-1:9092', `while-down-${index}`, 1)).toBe(ErrorCode.NONE);
    }
    const active = activeController(cluster) as WeirNode;
    expect(await cluster.runUntil(() => active.raftStatus().logStartOffset > 0, 5_000)).toBe(true);
    const linesBefore = cluster.logLines.length;
    cluster.start(4);
    expect(await cluster.runUntil(() => allReady(cluster, 4), 20_000)).toBe(true);
    const back = cluster.machine(4).node as WeirNode;
    expect(Array.from({ length: 10 }, (_, index) => back.image().topicsByName.has(`while-down-${index}` as never)))
      .toEqual(Array.from({ length: 10 }, () => true));
    expect(cluster.logLines.slice(linesBefore).some((line) => line.includes('node 4/raft') && line.includes('snapshot'))).toBe(true);
  });

  test('the same seed gives the same run, log line for log line', async () => {
    const first = await startedCluster(21);
    const second = await startedCluster(21);
    expect(second.logLines).toEqual(first.logLines);
    const other = await startedCluster(22);
    expect(other.logLines).not.toEqual(first.logLines);
  });
});
