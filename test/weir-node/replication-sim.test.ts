// Goal: partition replication across whole WeirNodes, Kafka's way (issue 11): a topic with
// replication factor 3 is hosted on all three brokers, the followers fetch the leader's batches
// and hold byte-identical logs below the high watermark, and an acks=all produce is answered
// only once every in-sync replica has the batch. Method: the simulator's world (virtual clock,
// network, disks) with three combined nodes; a KafkaClient on the same network plays the
// producer; every wait is a bounded run of virtual time.
import { describe, expect, test } from 'vitest';
import { ApiKey, ErrorCode, topicName } from '../../src/protocol/mod.js';
import { createCreateTopicsRequest, type CreateTopicsResponse } from '../../src/protocol/generated/messages/create-topics.js';
import {
  createProduceRequest, createProduceRequestPartitionProduceData, createProduceRequestTopicProduceData, type ProduceResponse,
} from '../../src/protocol/generated/messages/produce.js';
import { encodeRecordBatch } from '../../storage/mod.js';
import type { Partition } from '../../src/broker/partition/partition.js';
import type { WeirNode } from '../../src/node/weir-node.js';
import { SimWeirCluster } from './support/sim-weir-cluster.js';

const topic = 'replicated';

async function startedCluster(seed: number): Promise<SimWeirCluster> {
  const cluster = new SimWeirCluster(seed, { combined: [1, 2, 3] });
  cluster.startAll();
  expect(await cluster.runUntil(() => cluster.liveNodes().length === 3 && cluster.liveNodes().every((node) => node.isReady()),
    20_000)).toBe(true);
  return cluster;
}

async function createTopic(cluster: SimWeirCluster, configs: Record<string, string> = {}): Promise<void> {
  const outcome = await cluster.ask(() => cluster.client.send<CreateTopicsResponse>('node-1:9092', {
    apiKey: ApiKey.CreateTopics,
    body: createCreateTopicsRequest({ topics: [{ name: topicName(topic), numPartitions: 1, replicationFactor: 3, assignments: [],
      configs: Object.entries(configs).map(([name, value]) => ({ name, value })) }], timeoutMs: 5_000, validateOnly: false }),
  }));
  if (outcome.kind !== 'response') throw new Error(`CreateTopics ended ${outcome.kind}`);
  expect(outcome.body.topics[0]?.errorCode).toBe(ErrorCode.NONE);
  expect(await cluster.runUntil(() => replicasOf(cluster).length === 3, 5_000)).toBe(true);
}

/** The hosted replicas of the topic's partition 0, one per live node. */
function replicasOf(cluster: SimWeirCluster): Partition[] {
  return cluster.liveNodes().flatMap((node) => node.hostedPartitions().filter((partition) => partition.id.topicName === topic));
}

function leaderNode(cluster: SimWeirCluster): { node: WeirNode; id: number } {
  const leader = cluster.liveNodes()[0]?.image().topicsByName.get(topic as never)?.partitions[0]?.leader ?? -1;
  const node = cluster.machine(leader).node;
  if (node === null) throw new Error(`leader ${leader} is not running`);
  return { node, id: leader };
}

function produce(cluster: SimWeirCluster, address: string, values: string[], acks: number): Promise<ProduceResponse> {
  return cluster.ask(async () => {
    const outcome = await cluster.client.send<ProduceResponse>(address, {
      apiKey: ApiKey.Produce,
      body: createProduceRequest({ acks, timeoutMs: 5_000, topicData: [createProduceRequestTopicProduceData({
        name: topicName(topic), partitionData: [createProduceRequestPartitionProduceData({ index: 0,
          records: encodeRecordBatch({ records: values.map((value) => ({ value: new TextEncoder().encode(value), timestampMs: 0 })) }) })] })] }),
    });
    if (outcome.kind !== 'response') throw new Error(`Produce ended ${outcome.kind}`);
    return outcome.body;
  });
}

/** Every batch of `partition` below its high watermark, concatenated as stored. */
async function logBytes(cluster: SimWeirCluster, partition: Partition, below: number): Promise<Uint8Array> {
  return cluster.ask(async () => {
    const chunks: Uint8Array[] = [];
    for await (const chunk of partition.scanBatches(1 << 20)) chunks.push(chunk);
    const bytes = Buffer.concat(chunks);
    expect(partition.highWatermark).toBeGreaterThanOrEqual(below);
    return new Uint8Array(bytes);
  });
}

describe('replication across three WeirNodes', () => {
  test('replication factor 3: every replica hosts the log and holds it byte-identical below the high watermark', async () => {
    const cluster = await startedCluster(31);
    await createTopic(cluster);
    const replicas = replicasOf(cluster);
    expect(replicas.map((replica) => replica.role.kind).sort()).toEqual(['follower', 'follower', 'leader']);
    const { id } = leaderNode(cluster);
    for (let round = 0; round < 5; round += 1) {
      const answer = await produce(cluster, `node-${id}:9092`, [`a${round}`, `b${round}`], -1);
      expect(answer.responses[0]?.partitionResponses[0]).toMatchObject({ errorCode: ErrorCode.NONE, baseOffset: BigInt(round * 2) });
    }
    // The followers learn the leader's high watermark on their next fetch.
    expect(await cluster.runUntil(() => replicasOf(cluster).every((replica) => replica.highWatermark === 10), 5_000)).toBe(true);
    const logs = await Promise.all(replicasOf(cluster).map((replica) => logBytes(cluster, replica, 10)));
    expect(logs[0]?.length).toBeGreaterThan(0);
    for (const log of logs) expect(Buffer.from(log).equals(Buffer.from(logs[0] as Uint8Array))).toBe(true);
    expect(cluster.world.violation).toBeNull();
  });

  test('acks=all is answered only once the followers have the batch; acks=1 at the leader\'s append', async () => {
    const cluster = await startedCluster(32);
    await createTopic(cluster);
    const { id } = leaderNode(cluster);
    await produce(cluster, `node-${id}:9092`, ['one'], 1);
    const answer = await produce(cluster, `node-${id}:9092`, ['all'], -1);
    expect(answer.responses[0]?.partitionResponses[0]?.errorCode).toBe(ErrorCode.NONE);
    // When the answer came, every replica's log already held offset 1.
    for (const replica of replicasOf(cluster)) expect(replica.offsets.logEndOffset).toBe(2);
    expect(cluster.world.violation).toBeNull();
  });
});
